// The visitor store's sentences (StoreError, SealingError, the staff PIN):
// VITRINE_ROOM_MESSAGE(id, French, English); {1}, {2}... are values. No include guard:
// content/message_table.inc expands it twice. One line per sentence, for grep.
// clang-format off

// What went wrong (store_file.cpp), in words stand staff understand; the SQLite detail follows.
VITRINE_ROOM_MESSAGE(cause_full, "Disque plein", "Disk full")
VITRINE_ROOM_MESSAGE(cause_read_only, "Support en lecture seule", "Read-only medium")
VITRINE_ROOM_MESSAGE(cause_write, "Erreur d'écriture sur le support", "Write error on the medium")
VITRINE_ROOM_MESSAGE(cause_read, "Erreur de lecture du support", "Read error on the medium")
VITRINE_ROOM_MESSAGE(cause_cannot_open, "Fichier des visiteurs impossible à ouvrir ou à créer", "The visitor file cannot be opened or created")
VITRINE_ROOM_MESSAGE(cause_busy, "Fichier des visiteurs occupé par un autre programme", "The visitor file is busy in another program")
VITRINE_ROOM_MESSAGE(cause_damaged, "Fichier des visiteurs endommagé ou d'un autre format", "The visitor file is damaged or of another format")
VITRINE_ROOM_MESSAGE(cause_other, "Erreur de la base des visiteurs", "Visitor database error")
// {1} a cause above, {2} what did not happen (a consequence below), {3} SQLite's own words.
VITRINE_ROOM_MESSAGE(cause_and_consequence, "{1} : {2} (SQLite : {3})", "{1}: {2} (SQLite: {3})")
VITRINE_ROOM_MESSAGE(with_sqlite_detail, "{1} (SQLite : {2})", "{1} (SQLite: {2})")

// Opening a visitor file (store_file.cpp).
VITRINE_ROOM_MESSAGE(store_not_a_file, "« {1} » n'est pas un fichier ({2}) : donnez à --store un fichier, par exemple /var/lib/vitrine/visitors.db. Rien n'y a été écrit.", "\"{1}\" is not a file ({2}): give --store a file, for example /var/lib/vitrine/visitors.db. Nothing was written to it.")
VITRINE_ROOM_MESSAGE(not_a_store_but_pack, "« {1} » n'est pas un fichier des visiteurs de Vitrine : c'est un pack de contenu. Donnez à --store un autre fichier, par exemple visitors.db.", "\"{1}\" is not a Vitrine visitor file: it is a content pack. Give --store another file, for example visitors.db.")
VITRINE_ROOM_MESSAGE(not_a_store, "« {1} » n'est pas un fichier des visiteurs de Vitrine. Rien n'y a été écrit.", "\"{1}\" is not a Vitrine visitor file. Nothing was written to it.")
VITRINE_ROOM_MESSAGE(not_a_store_no_answers, "« {1} » n'est pas un fichier des visiteurs de Vitrine (pas de réponses).", "\"{1}\" is not a Vitrine visitor file (no answers).")
VITRINE_ROOM_MESSAGE(readable_by_others, "Le fichier des visiteurs « {1} » est lisible par d'autres comptes de la machine. Corrigez avec : chmod 600 {1} (en tant que son propriétaire).", "The visitor file \"{1}\" can be read by other accounts of the machine. Fix it with: chmod 600 {1} (as its owner).")
VITRINE_ROOM_MESSAGE(folder_missing, "Dossier du fichier des visiteurs introuvable : « {1} » n'existe pas. À corriger : créez-le (mkdir -p {1}) ou donnez à --store un fichier dans un dossier existant.", "The visitor file's folder is missing: \"{1}\" does not exist. Fix: create it (mkdir -p {1}) or give --store a file in an existing folder.")
VITRINE_ROOM_MESSAGE(not_a_folder, "« {1} » n'est pas un dossier : donnez à --store un fichier dans un dossier (par exemple /var/lib/vitrine/visitors.db).", "\"{1}\" is not a folder: give --store a file in a folder (for example /var/lib/vitrine/visitors.db).")
VITRINE_ROOM_MESSAGE(folder_read_only, "Support en lecture seule : le dossier « {1} » ne peut pas recevoir le fichier des visiteurs. À corriger : remontez-le en écriture (mount -o remount,rw) ou donnez à --store un autre dossier.", "Read-only medium: the folder \"{1}\" cannot take the visitor file. Fix: remount it writable (mount -o remount,rw) or give --store another folder.")
VITRINE_ROOM_MESSAGE(no_right_file, "Pas le droit d'écrire dans « {1} » ({2}). À corriger : donnez ce fichier au compte du kiosque (chown) ou donnez à --store un autre dossier.", "No right to write to \"{1}\" ({2}). Fix: give this file to the kiosk's account (chown) or give --store another folder.")
VITRINE_ROOM_MESSAGE(no_right_folder, "Pas le droit d'écrire dans « {1} » ({2}). À corriger : donnez ce dossier au compte du kiosque (chown) ou donnez à --store un autre dossier.", "No right to write to \"{1}\" ({2}). Fix: give this folder to the kiosk's account (chown) or give --store another folder.")
VITRINE_ROOM_MESSAGE(unfinished_journal, "« {1} » a un journal « -wal » non terminé sur un support en lecture seule : copiez le fichier et son journal sur l'ordinateur, puis relancez.", "\"{1}\" has an unfinished \"-wal\" journal on a read-only medium: copy the file and its journal to the computer, then run again.")
VITRINE_ROOM_MESSAGE(newer_store_kiosk, "Fichier des visiteurs créé par une version plus récente de Vitrine : mettez la borne à jour avant de l'utiliser.", "Visitor file made by a newer version of Vitrine: update the kiosk before using it.")
VITRINE_ROOM_MESSAGE(newer_store_ctl, "« {1} » a été créé par une version plus récente de Vitrine : mettez kioskctl à jour pour le lire.", "\"{1}\" was made by a newer version of Vitrine: update kioskctl to read it.")
VITRINE_ROOM_MESSAGE(store_not_found, "Fichier des visiteurs introuvable : « {1} ».", "Visitor file not found: \"{1}\".")

// Consequences: what did not happen.
VITRINE_ROOM_MESSAGE(cannot_open, "impossible d'ouvrir le fichier des visiteurs « {1} ».", "cannot open the visitor file \"{1}\".")
VITRINE_ROOM_MESSAGE(cannot_read, "impossible de lire le fichier des visiteurs « {1} ».", "cannot read the visitor file \"{1}\".")
VITRINE_ROOM_MESSAGE(answer_not_saved, "la réponse n'a pas été enregistrée.", "the answer was not saved.")
VITRINE_ROOM_MESSAGE(answers_unread, "les réponses n'ont pas pu être lues.", "the answers could not be read.")
VITRINE_ROOM_MESSAGE(stats_unread, "les statistiques n'ont pas pu être lues.", "the statistics could not be read.")
VITRINE_ROOM_MESSAGE(merge_not_done, "la fusion n'a pas été faite (rien n'a été modifié).", "the merge was not done (nothing was changed).")
VITRINE_ROOM_MESSAGE(nothing_erased, "rien n'a été effacé.", "nothing was erased.")
VITRINE_ROOM_MESSAGE(nothing_redated, "rien n'a été redaté ni effacé.", "nothing was redated nor erased.")
VITRINE_ROOM_MESSAGE(clear_not_sealed, "les coordonnées en clair n'ont pas été scellées (rien n'a changé).", "the contact details in clear were not sealed (nothing changed).")
VITRINE_ROOM_MESSAGE(clear_not_sealed_because, "{1} : les coordonnées en clair n'ont pas été scellées.", "{1}: the contact details in clear were not sealed.")
VITRINE_ROOM_MESSAGE(settings_unread, "les réglages n'ont pas pu être lus.", "the settings could not be read.")
VITRINE_ROOM_MESSAGE(setting_not_saved, "réglage non enregistré ({1}).", "setting not saved ({1}).")
VITRINE_ROOM_MESSAGE(org_without_key, "L'organisation « {1} » n'a pas de clé de scellement dans le pack : ses coordonnées ne peuvent pas être enregistrées en clair. La réponse n'a pas été enregistrée.", "The organisation \"{1}\" has no sealing key in the pack: its contact details cannot be saved in clear. The answer was not saved.")
VITRINE_ROOM_MESSAGE(internal_not_saved, "Erreur interne : la réponse n'a pas été enregistrée. ({1})", "Internal error: the answer was not saved. ({1})")

// The staff PIN (staff_pin.cpp).
VITRINE_ROOM_MESSAGE(pin_unreadable, "Lecture du code du personnel impossible : {1}", "The staff PIN cannot be read: {1}")
VITRINE_ROOM_MESSAGE(pin_not_saved, "le code du personnel n'a pas été enregistré.", "the staff PIN was not saved.")
VITRINE_ROOM_MESSAGE(pin_format, "le code doit compter 4 à 8 chiffres", "the PIN must have 4 to 8 digits")
VITRINE_ROOM_MESSAGE(pin_no_memory, "mémoire insuffisante pour calculer l'empreinte du code", "not enough memory to hash the PIN")

// Sealing keys and sealed exports (sealing.cpp, sealed_file.cpp).
VITRINE_ROOM_MESSAGE(internal_seal_file, "Erreur interne : scellement du fichier impossible", "Internal error: the file cannot be sealed")
VITRINE_ROOM_MESSAGE(internal_padding, "Erreur interne : bourrage impossible", "Internal error: padding failed")
VITRINE_ROOM_MESSAGE(internal_seal, "Erreur interne : scellement impossible", "Internal error: sealing failed")
VITRINE_ROOM_MESSAGE(not_a_sealed_export, "Ce fichier n'est pas un export scellé de Vitrine (<organisation>.sealed).", "This file is not a Vitrine sealed export (<organisation>.sealed).")
VITRINE_ROOM_MESSAGE(sealed_truncated, "Export scellé tronqué : recopiez-le depuis la clé USB.", "Sealed export cut short: copy it again from the USB stick.")
VITRINE_ROOM_MESSAGE(sealed_damaged, "Export scellé endommagé : recopiez-le depuis la clé USB.", "Sealed export damaged: copy it again from the USB stick.")
VITRINE_ROOM_MESSAGE(key_not_for_file, "Cette clé (« {1} ») n'ouvre pas ce fichier : il est scellé pour « {2} ». Utilisez la clé secrète de « {2} ».", "This key (\"{1}\") does not open this file: it is sealed for \"{2}\". Use the secret key of \"{2}\".")
VITRINE_ROOM_MESSAGE(key_not_for_contacts, "Cette clé ouvre le fichier mais pas les coordonnées qu'il contient (scellées pour une autre clé de « {1} »).", "This key opens the file but not the contact details in it (sealed for another key of \"{1}\").")
VITRINE_ROOM_MESSAGE(bad_org_id, "Identifiant d'organisation invalide (ni espace ni /) : « {1} »", "Invalid organisation id (no space, no /): \"{1}\"")
VITRINE_ROOM_MESSAGE(secret_key_comment, "Clé secrète de « {1} » : elle seule ouvre ses contacts. Gardez-la au bureau (copie de secours sous clé), jamais sur une borne ni sur une clé USB de la borne.", "Secret key of \"{1}\": it alone opens its contacts. Keep it at the office (with a backup under lock), never on a kiosk nor on a kiosk's USB stick.")
VITRINE_ROOM_MESSAGE(secret_key_missing, "Clé secrète introuvable : « {1} ».", "Secret key not found: \"{1}\".")
VITRINE_ROOM_MESSAGE(not_an_org_secret, "« {1} » n'est pas une clé secrète d'organisation (kioskctl keys new --org).", "\"{1}\" is not an organisation's secret key (kioskctl keys new --org).")

// The staff's USB export (staff_export.cpp, and the staff screen's export worker); {1} the stick or
// file, {2} the system's or the store's own words. export_nothing_erased follows each failure.
VITRINE_ROOM_MESSAGE(leads_unreadable, "Lecture des fiches impossible : {1}", "Cannot read the leads: {1}")
VITRINE_ROOM_MESSAGE(export_nothing_erased, "Rien n'a été effacé du kiosque : rebranchez la clé et recommencez.", "Nothing was erased from the kiosk: plug the stick in again and start over.")
VITRINE_ROOM_MESSAGE(stick_gone, "La clé « {1} » n'est plus accessible (retirée ?). {2}", "The stick \"{1}\" can no longer be reached (removed?). {2}")
VITRINE_ROOM_MESSAGE(export_folder_failed, "Impossible de créer le dossier « {1} » : {2}. {3}", "Cannot create the folder \"{1}\": {2}. {3}")
VITRINE_ROOM_MESSAGE(sealing_failed, "Scellement impossible : {1} {2}", "Sealing failed: {1} {2}")
VITRINE_ROOM_MESSAGE(export_interrupted, "Export interrompu — la clé a-t-elle été retirée ? {1}. {2}", "Export stopped — was the stick removed? {1}. {2}")
VITRINE_ROOM_MESSAGE(export_verify_failed, "Vérification échouée pour « {1} » : le fichier relu diffère. {2}", "Check failed for \"{1}\": the file read back differs. {2}")

// clang-format on

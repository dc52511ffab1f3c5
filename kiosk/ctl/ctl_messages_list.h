// kioskctl's own sentences: VITRINE_ROOM_MESSAGE(id, French, English); {1}, {2}... are values.
// No include guard: content/message_table.inc expands it twice. The pack
// builder's sentences are in content/messages_list.h, the visitor store's in
// kiosk/store/store_messages_list.h. A sentence stays on one line, so that grep finds it; a
// usage keeps its layout (kioskctl.cpp reads the top one line by line).
// clang-format off

// The top-level usage (kioskctl --help); `kioskctl <command> --help` shows the command's lines.
VITRINE_ROOM_MESSAGE(usage_top,
  "usage : kioskctl <commande> ...\n"
  "  pack build <dossier-sources> -o <fichier.kpack>   construire un pack, erreurs en fichier:ligne\n"
  "  pack check <dossier-sources>                   tous les problèmes d'un coup, en fichier:ligne\n"
  "  pack info <fichier.kpack>                      ce que contient un pack\n"
  "  pack diff <ancien.kpack> <nouveau.kpack>       métiers et offres ajoutés, retirés, modifiés\n"
  "  pack sign <fichier.kpack> --key <nom.sign.secret>   signer un pack pour les bornes qui vous font confiance\n"
  "  keys new --publisher -o <dossier> [--name <nom>]    la paire de clés de signature d'un éditeur\n"
  "  keys new --org <id> -o <dossier>               la paire de clés de scellement d'une organisation\n"
  "  leads export --store <visiteurs.db> [--org <id>] [--format csv|json] [--delimiter ';']\n"
  "               [-o <fichier>]\n"
  "  leads export ... --key <org.secret>            les fiches scellées d'une organisation, ouvertes\n"
  "  leads open <org.sealed> --key <org.secret>     un fichier de l'export USB du personnel, ouvert\n"
  "  leads merge <fichier>... -o <fichier>          réunir les fiches et statistiques de plusieurs bornes\n"
  "  leads erase --store <visiteurs.db> <e-mail|téléphone>   droit à l'effacement\n"
  "  leads purge --store <visiteurs.db> --older-than <jours>\n"
  "  stats report <visiteurs.db> -o <rapport.html|rapport.png>\n"
  "  pin set|check|status --store <visiteurs.db>    code du personnel, lu sur l'entrée standard\n"
  "  site export <fichier.kpack> -o <dossier>       les métiers et offres en page web statique\n"
  "  -h, --help                                     cette aide ; après une commande, l'aide de la commande\n"
  "  --version                                      la version de kioskctl\n",
  "usage: kioskctl <command> ...\n"
  "  pack build <sources-dir> -o <file.kpack>   build a content pack, errors as file:line\n"
  "  pack check <sources-dir>                   every problem at once, as file:line\n"
  "  pack info <file.kpack>                     show what a pack holds\n"
  "  pack diff <old.kpack> <new.kpack>          careers and offers added, removed, changed\n"
  "  pack sign <file.kpack> --key <name.sign.secret>   sign a pack for kiosks that trust you\n"
  "  keys new --publisher -o <dir> [--name <name>]     a publisher's signing key pair\n"
  "  keys new --org <id> -o <dir>                an organisation's sealing key pair\n"
  "  leads export --store <visitors.db> [--org <id>] [--format csv|json] [--delimiter ';']\n"
  "               [-o <file>]\n"
  "  leads export ... --key <org.secret>        an organisation's sealed leads, opened\n"
  "  leads open <org.sealed> --key <org.secret> a staff USB export file, opened\n"
  "  leads merge <store>... -o <store>          merge several kiosks' leads and statistics\n"
  "  leads erase --store <visitors.db> <e-mail|phone>   right to erasure\n"
  "  leads purge --store <visitors.db> --older-than <days>\n"
  "  stats report <visitors.db> -o <report.html|report.png>\n"
  "  pin set|check|status --store <visitors.db>  staff PIN, read on standard input\n"
  "  site export <file.kpack> -o <dir>           the careers and offers as a static web page\n"
  "  -h, --help                                 this help; after a command, that command's\n"
  "  --version                                  kioskctl's version\n")
VITRINE_ROOM_MESSAGE(usage_heading, "usage :", "usage:")
VITRINE_ROOM_MESSAGE(unknown_group, "kioskctl : commande inconnue « {1} »", "kioskctl: unknown command \"{1}\"")
// A verb's problem, before its usage: {1} the command (leads, pin...), {2} the problem.
VITRINE_ROOM_MESSAGE(verb_problem, "kioskctl {1} : {2}", "kioskctl {1}: {2}")

// Options (ctl_options.cpp).
VITRINE_ROOM_MESSAGE(store_required, "--store est obligatoire", "--store is required")
VITRINE_ROOM_MESSAGE(unexpected_argument, "argument inattendu : {1}", "unexpected argument: {1}")
VITRINE_ROOM_MESSAGE(unknown_command, "commande inconnue : {1}", "unknown command: {1}")
VITRINE_ROOM_MESSAGE(option_without_value, "option sans valeur : {1}", "option without a value: {1}")
VITRINE_ROOM_MESSAGE(org_needs_id, "--org demande l'identifiant d'une organisation", "--org needs an organisation's id")
VITRINE_ROOM_MESSAGE(unknown_format, "format inconnu : {1} (csv ou json)", "unknown format: {1} (csv or json)")
VITRINE_ROOM_MESSAGE(unsupported_delimiter, "séparateur non pris en charge : {1} (';', ',' ou 'tab')", "unsupported delimiter: {1} (';', ',' or 'tab')")
VITRINE_ROOM_MESSAGE(unsupported_country, "pays non pris en charge (BE, FR, CH, LU, NL, DE) : {1}", "unsupported country (BE, FR, CH, LU, NL, DE): {1}")
VITRINE_ROOM_MESSAGE(older_than_days, "--older-than attend un nombre de jours (0 à 36500) : {1}", "--older-than wants a number of days (0 to 36500): {1}")
VITRINE_ROOM_MESSAGE(unknown_option, "option inconnue : {1}", "unknown option: {1}")

// kioskctl leads.
VITRINE_ROOM_MESSAGE(usage_leads,
  "usage : kioskctl leads export --store <visiteurs.db> [--org <id> --key <id.secret>\n"
  "                              [--pack <fichier.kpack>]] [--format csv|json] [--delimiter ';']\n"
  "                              [-o <fichier>]\n"
  "        kioskctl leads open <org.sealed> --key <org.secret> [--format csv|json] [-o <fichier>]\n"
  "        kioskctl leads merge <fichier>... -o <fichier>\n"
  "        kioskctl leads erase --store <visiteurs.db> [--key <id.secret>]...\n"
  "                             [--country BE|FR|CH|LU|NL|DE] <e-mail|téléphone>\n"
  "        kioskctl leads purge --store <visiteurs.db> --older-than <jours>\n"
  "  --org         seulement les fiches qui ont consenti à cette organisation, seulement son\n"
  "                consentement, les métiers et ses propres stages ; un id qu'aucune fiche ni\n"
  "                aucun pack ne connaît est une erreur\n"
  "  --key         la clé secrète d'une organisation (kioskctl keys new --org) : les coordonnées\n"
  "                sont scellées, seule sa clé les ouvre ; erase : répétez-la pour chaque clé\n"
  "  --pack        le pack de contenu qui dit à qui est chaque stage (sans lui, l'export d'une\n"
  "                organisation ne liste aucun stage)\n"
  "  --delimiter   ';' (par défaut, Excel en français), ',' ou 'tab'\n"
  "  -o            export : fichier de sortie (écrit atomiquement), la sortie standard sinon ;\n"
  "                merge : le fichier qui reçoit les fiches et statistiques (créé s'il manque)\n"
  "  --country     comment lire un numéro national (0470…), BE par défaut\n"
  "  --older-than  purge : les coordonnées des réponses plus vieilles que ce nombre de jours\n"
  "                sont effacées\n",
  "usage: kioskctl leads export --store <visitors.db> [--org <id> --key <id.secret>\n"
  "                             [--pack <file.kpack>]] [--format csv|json] [--delimiter ';']\n"
  "                             [-o <file>]\n"
  "       kioskctl leads open <org.sealed> --key <org.secret> [--format csv|json] [-o <file>]\n"
  "       kioskctl leads merge <store>... -o <store>\n"
  "       kioskctl leads erase --store <visitors.db> [--key <id.secret>]...\n"
  "                            [--country BE|FR|CH|LU|NL|DE] <e-mail|phone>\n"
  "       kioskctl leads purge --store <visitors.db> --older-than <days>\n"
  "  --org         only the leads that consented to this organisation, only its consent, the\n"
  "                careers and only its own stages; an id no lead and no pack knows is an error\n"
  "  --key         an organisation's secret key (kioskctl keys new --org): contact details\n"
  "                are sealed, only its key opens them; erase: repeat it for every key you have\n"
  "  --pack        the content pack that says whose each stage is (without it, an\n"
  "                organisation's export lists no stage)\n"
  "  --delimiter   ';' (default, French Excel), ',' or 'tab'\n"
  "  -o            export: output file (written atomically), standard output when absent;\n"
  "                merge: the store receiving the leads and statistics (created if missing)\n"
  "  --country     how a national phone number (0470…) is read, BE by default\n"
  "  --older-than  purge: contact details of answers older than this many days are erased\n")
VITRINE_ROOM_MESSAGE(export_not_done, "{1} — l'export n'a pas été fait.", "{1} — nothing was exported.")
VITRINE_ROOM_MESSAGE(stdout_failed, "Sortie standard impossible à écrire : l'export n'a pas été fait.", "Standard output cannot be written: nothing was exported.")
VITRINE_ROOM_MESSAGE(sealed_need_key, "{1} fiche(s) de « {2} » ont des coordonnées scellées : seule la clé secrète de l'organisation les ouvre. Donnez-la avec --key {2}.secret (faite par kioskctl keys new --org {2}, ou la clé du stand).", "{1} lead(s) of \"{2}\" have sealed contact details: only the organisation's secret key opens them. Give it with --key {2}.secret (made by kioskctl keys new --org {2}, or the stand key).")
VITRINE_ROOM_MESSAGE(key_does_not_open, "La clé donnée n'ouvre pas {1} fiche(s) de « {2} » : ce n'est pas la clé avec laquelle elles ont été scellées (celle de « {2} », ou la clé du stand si l'organisation n'en avait pas). Rien n'a été exporté.", "The key given does not open {1} lead(s) of \"{2}\": it is not the key they were sealed with (that of \"{2}\", or the stand key if the organisation had none). Nothing was exported.")
VITRINE_ROOM_MESSAGE(org_not_in_pack, "Organisation « {1} » inconnue du pack — rien n'a été exporté.", "Organisation \"{1}\" is not in the pack — nothing was exported.")
VITRINE_ROOM_MESSAGE(org_unknown, "Organisation « {1} » inconnue : aucune fiche ne la nomme (vérifiez l'identifiant, ou donnez --pack pour le vérifier) — rien n'a été exporté.", "Unknown organisation \"{1}\": no lead names it (check the id, or give --pack to check it) — nothing was exported.")
VITRINE_ROOM_MESSAGE(no_known_org, "Aucune organisation connue.", "No organisation known.")
VITRINE_ROOM_MESSAGE(known_orgs, "Organisations connues : {1}.", "Known organisations: {1}.")
VITRINE_ROOM_MESSAGE(stages_left_out, "Stages omis : sans --pack, on ne sait pas lesquels sont à « {1} ».", "Stages left out: without --pack, which ones belong to \"{1}\" is unknown.")
VITRINE_ROOM_MESSAGE(sealed_not_exported, "{1} fiche(s) ont des coordonnées scellées, absentes de cet export : chaque organisation les exporte avec --org <id> --key <id>.secret.", "{1} lead(s) have sealed contact details, left out of this export: each organisation exports them with --org <id> --key <id>.secret.")
VITRINE_ROOM_MESSAGE(exported, "{1} fiche(s) exportée(s).", "{1} lead(s) exported.")
VITRINE_ROOM_MESSAGE(exported_for, "{1} fiche(s) exportée(s) pour l'organisation « {2} ».", "{1} lead(s) exported for the organisation \"{2}\".")
VITRINE_ROOM_MESSAGE(one_sealed_file, "indiquez un seul fichier .sealed", "give one .sealed file")
VITRINE_ROOM_MESSAGE(one_key_required, "--key <organisation>.secret est obligatoire (une seule)", "--key <organisation>.secret is required (only one)")
VITRINE_ROOM_MESSAGE(file_unreadable, "Fichier introuvable ou illisible : {1}", "File missing or unreadable: {1}")
VITRINE_ROOM_MESSAGE(opened, "{1} fiche(s) ouvertes pour l'organisation « {2} ».", "{1} lead(s) opened for the organisation \"{2}\".")
VITRINE_ROOM_MESSAGE(merge_output_required, "-o <fichier> est obligatoire (le fichier qui reçoit les fiches)", "-o <store> is required (the file receiving the leads)")
VITRINE_ROOM_MESSAGE(nothing_to_merge, "aucun fichier à fusionner", "no file to merge")
VITRINE_ROOM_MESSAGE(nothing_merged, "Rien n'a été fusionné.", "Nothing was merged.")
VITRINE_ROOM_MESSAGE(merged_one, "{1} : {2} ajoutée(s), {3} déjà présente(s) ; statistiques : {4} évènement(s) ajouté(s), {5} déjà présent(s)", "{1}: {2} added, {3} already there; statistics: {4} event(s) added, {5} already there")
VITRINE_ROOM_MESSAGE(merged_total, "Total : {1} ajoutée(s), {2} déjà présente(s) ; « {3} » contient {4} fiche(s).", "Total: {1} added, {2} already there; \"{3}\" holds {4} lead(s).")
VITRINE_ROOM_MESSAGE(merged_events, "Statistiques : {1} évènement(s) ajouté(s), {2} déjà présent(s) ; {3} évènement(s) en tout.", "Statistics: {1} event(s) added, {2} already there; {3} event(s) in all.")
VITRINE_ROOM_MESSAGE(not_merged, "Fichier non fusionné : {1}.", "File not merged: {1}.")
VITRINE_ROOM_MESSAGE(not_merged_after, "Fichier non fusionné : {1} (ceux d'avant, ci-dessus, le sont).", "File not merged: {1} (the ones before, above, are).")
VITRINE_ROOM_MESSAGE(store_missing, "Fichier des visiteurs introuvable : {1}", "Visitor file not found: {1}")
VITRINE_ROOM_MESSAGE(journal_kept, "Attention : la borne (ou un autre programme) lit encore ce fichier ; une copie des données effacées peut rester dans le journal « -wal » jusqu'à sa fermeture. Relancez la commande borne arrêtée.", "Warning: the kiosk (or another program) is still reading this file; a copy of the erased data may stay in its \"-wal\" journal until it closes. Run the command again with the kiosk stopped.")
VITRINE_ROOM_MESSAGE(one_contact, "indiquez une seule adresse e-mail ou un numéro", "give one e-mail address or phone number")
VITRINE_ROOM_MESSAGE(empty_contact, "adresse e-mail ou numéro vide", "empty e-mail address or phone number")
VITRINE_ROOM_MESSAGE(erased, "{1} fiche(s) effacée(s) pour « {2} ».", "{1} lead(s) erased for \"{2}\".")
VITRINE_ROOM_MESSAGE(erase_sealed_unsearched, "{1} autre(s) fiche(s) ont des coordonnées scellées, où cette personne n'a pas pu être cherchée : donnez les clés des organisations avec --key (plusieurs fois si besoin).", "{1} other lead(s) have sealed contact details, where this person could not be looked for: give the organisations' keys with --key (several times if needed).")
VITRINE_ROOM_MESSAGE(older_than_required, "--older-than <jours> est obligatoire", "--older-than <days> is required")
VITRINE_ROOM_MESSAGE(redated, "{1} fiche(s) datée(s) dans le futur : l'horloge de la borne avançait quand elles ont été enregistrées. Elles comptent comme enregistrées maintenant ({2}).", "{1} lead(s) dated in the future: the kiosk's clock was ahead when they were saved. They count as saved now ({2}).")
VITRINE_ROOM_MESSAGE(purged, "{1} fiche(s) : coordonnées effacées (réponses d'avant le {2}).", "{1} lead(s): contact details erased (answers before {2}).")

// kioskctl keys.
VITRINE_ROOM_MESSAGE(usage_keys,
  "usage : kioskctl keys new --publisher -o <dossier> [--name <nom>]\n"
  "        kioskctl keys new --org <id> -o <dossier>   (id « stand » : la clé du stand)\n",
  "usage: kioskctl keys new --publisher -o <dir> [--name <name>]\n"
  "       kioskctl keys new --org <id> -o <dir>   (id \"stand\": the stand key)\n")
VITRINE_ROOM_MESSAGE(secret_key_file, "clé secrète : {1}", "secret key: {1}")
VITRINE_ROOM_MESSAGE(public_key_file, "clé publique : {1}", "public key: {1}")
VITRINE_ROOM_MESSAGE(org_key_warning, "Attention : {1} est la seule à ouvrir les contacts de « {2} » : gardez-la au bureau (et une copie de secours sous clé), jamais sur une borne. Donnez {3} à l'éditeur du pack (keys/).", "Warning: {1} is the only key that opens the contacts of \"{2}\": keep it at the office (and a backup under lock), never on a kiosk. Give {3} to the pack's editor (keys/).")
VITRINE_ROOM_MESSAGE(publisher_key_warning, "Attention : {1} signe des packs que les kiosques croiront : gardez-la sur l'ordinateur de l'éditeur (mode 0600), jamais sur un kiosque ni sur la clé USB des packs.", "Warning: {1} signs packs that kiosks will trust: keep it on the editor's computer (mode 0600), never on a kiosk nor on the packs' USB stick.")

// kioskctl pin.
VITRINE_ROOM_MESSAGE(usage_pin,
  "usage : kioskctl pin set --store <visiteurs.db>     lit le nouveau code (4 à 8 chiffres) sur\n"
  "                                                    l'entrée standard\n"
  "        kioskctl pin check --store <visiteurs.db>   lit un code sur l'entrée standard ; sortie 0\n"
  "                                                    s'il est bon (les erreurs comptent comme à l'écran)\n"
  "        kioskctl pin status --store <visiteurs.db>\n",
  "usage: kioskctl pin set --store <visitors.db>     reads the new PIN (4 to 8 digits) on\n"
  "                                                  standard input\n"
  "       kioskctl pin check --store <visitors.db>   reads a PIN on standard input; exit 0 if\n"
  "                                                  right (wrong PINs count like on screen)\n"
  "       kioskctl pin status --store <visitors.db>\n")
VITRINE_ROOM_MESSAGE(pin_prompt, "Code (4 à 8 chiffres) : ", "PIN (4 to 8 digits): ")
VITRINE_ROOM_MESSAGE(no_pin_read, "aucun code lu sur l'entrée standard", "no PIN read on standard input")
VITRINE_ROOM_MESSAGE(pin_refused, "Code refusé : il doit compter 4 à 8 chiffres. Rien n'a changé.", "PIN refused: it must have 4 to 8 digits. Nothing changed.")
VITRINE_ROOM_MESSAGE(pin_saved, "Code du personnel enregistré (empreinte Argon2id).", "Staff PIN saved (Argon2id hash).")
VITRINE_ROOM_MESSAGE(pin_right, "Code correct.", "Right PIN.")
VITRINE_ROOM_MESSAGE(pin_not_set, "Aucun code défini : utilisez kioskctl pin set", "No PIN set: use kioskctl pin set")
VITRINE_ROOM_MESSAGE(pin_wait, "Trop d'essais : réessayez dans {1} s.", "Too many tries: try again in {1} s.")
VITRINE_ROOM_MESSAGE(pin_wrong, "Code incorrect ({1} essai(s) manqué(s)).", "Wrong PIN ({1} failed attempt(s)).")
VITRINE_ROOM_MESSAGE(pin_status_set, "Code défini ; essais manqués : {1} ; attente : {2} s", "PIN set; failed attempts: {1}; wait: {2} s")
VITRINE_ROOM_MESSAGE(pin_status_unset, "Aucun code défini ; essais manqués : {1} ; attente : {2} s", "No PIN set; failed attempts: {1}; wait: {2} s")

// kioskctl stats.
VITRINE_ROOM_MESSAGE(usage_stats, "usage : kioskctl stats report <visiteurs.db> -o <rapport.html|rapport.png>\n", "usage: kioskctl stats report <visitors.db> -o <report.html|report.png>\n")
VITRINE_ROOM_MESSAGE(unknown_report_format, "format de rapport inconnu : « {1} » (le nom doit finir par .html ou .png)", "unknown report format: \"{1}\" (the name must end in .html or .png)")
VITRINE_ROOM_MESSAGE(stats_unreadable, "Statistiques illisibles : {1}", "Statistics unreadable: {1}")
VITRINE_ROOM_MESSAGE(report_image_failed, "Image du rapport impossible à encoder.", "The report's image cannot be encoded.")

// kioskctl site (its pages follow the pack's languages; only these console lines follow the locale).
VITRINE_ROOM_MESSAGE(usage_site, "usage : kioskctl site export <fichier.kpack> -o <dossier>\n", "usage: kioskctl site export <file.kpack> -o <dir>\n")
VITRINE_ROOM_MESSAGE(cannot_create_folder, "Impossible de créer le dossier {1} : {2}", "Cannot create the folder {1}: {2}")
VITRINE_ROOM_MESSAGE(cannot_write, "Impossible d'écrire {1}", "Cannot write {1}")
VITRINE_ROOM_MESSAGE(site_written, "{1} : {2} métiers, {3} offres, {4} questions de quiz, {5} images", "{1}: {2} careers, {3} offers, {4} quiz questions, {5} images")

// kioskctl pack sign (the other pack lines are the pack builder's, in content/messages_list.h).
VITRINE_ROOM_MESSAGE(pack_signed, "{1} : signé par « {2} »", "{1}: signed by \"{2}\"")

// clang-format on

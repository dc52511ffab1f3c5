// Sentences of the packs room (publishers' signatures): VITRINE_ROOM_MESSAGE(id, French,
// English); {1}, {2}... are values. No include guard:
// content/message_table.inc expands it twice. One line per sentence, so that grep finds it.
// clang-format off

// pack_signature.cpp: keys new --publisher, pack sign, and the kiosk's check.
VITRINE_ROOM_MESSAGE(bad_key_name, "Nom de clé invalide (ni espace ni /) : « {1} »", "Invalid key name (no space, no /): \"{1}\"")
VITRINE_ROOM_MESSAGE(not_a_publisher_secret, "« {1} » n'est pas une clé secrète d'éditeur (kioskctl keys new --publisher)", "\"{1}\" is not a publisher's secret key (kioskctl keys new --publisher)")
VITRINE_ROOM_MESSAGE(signature_not_written, "Signature impossible à écrire dans « {1} » : {2}", "The signature cannot be written into \"{1}\": {2}")
VITRINE_ROOM_MESSAGE(publisher_key_unreadable, "clé d'éditeur illisible : {1}", "unreadable publisher key: {1}")
VITRINE_ROOM_MESSAGE(signature_unverifiable, "libsodium ne s'initialise pas : signature non vérifiable", "libsodium does not start: the signature cannot be checked")
VITRINE_ROOM_MESSAGE(only_signed, "Ce kiosque n'accepte que les packs signés par un éditeur de {1} (kioskctl pack sign).", "This kiosk only takes packs signed by a publisher in {1} (kioskctl pack sign).")
VITRINE_ROOM_MESSAGE(unsigned_pack, "Pack non signé. {1}", "Unsigned pack. {1}")
VITRINE_ROOM_MESSAGE(signature_invalid, "Signature de « {1} » invalide : le pack a été modifié après avoir été signé.", "The signature of \"{1}\" is invalid: the pack was changed after it was signed.")
VITRINE_ROOM_MESSAGE(unknown_signer, "Pack signé par « {1} », un éditeur que ce kiosque ne connaît pas. {2}", "Pack signed by \"{1}\", a publisher this kiosk does not know. {2}")
VITRINE_ROOM_MESSAGE(signature_unreadable, "Signature illisible : {1}", "Unreadable signature: {1}")

// pack_slot.cpp: the packs folder's events (the staff's Contenu page and the log), the checks'
// refusals and the <name>.rejected.txt beside a refused pack. {1}, {2}: files, folders, reasons.
VITRINE_ROOM_MESSAGE(warning, "Avertissement : {1}", "Warning: {1}")
VITRINE_ROOM_MESSAGE(no_career, "Ce pack ne contient aucun métier — il afficherait un écran vide : {1}", "This pack has no career — it would show an empty screen: {1}")
VITRINE_ROOM_MESSAGE(no_offer, "Ce pack ne contient aucune offre de stage : {1}", "This pack has no internship offer: {1}")
VITRINE_ROOM_MESSAGE(not_synced, "Avertissement : {1} n’a pas pu être écrit sur le disque (fsync)", "Warning: {1} could not be written to the disk (fsync)")
VITRINE_ROOM_MESSAGE(validated, "Nouveau pack validé : {1} — affiché à la prochaine remise à zéro", "New pack checked: {1} — shown at the next reset")
VITRINE_ROOM_MESSAGE(changed_since_check, "Le pack {1} a changé depuis sa validation — il sera vérifié à nouveau", "The pack {1} changed since it was checked — it will be checked again")
VITRINE_ROOM_MESSAGE(in_service, "Pack {1} en service (current.kpack)", "Pack {1} in service (current.kpack)")
VITRINE_ROOM_MESSAGE(in_service_previous_kept, "Pack {1} en service (current.kpack), l’ancien gardé en previous.kpack", "Pack {1} in service (current.kpack), the old one kept as previous.kpack")
VITRINE_ROOM_MESSAGE(current_opened, "Pack current.kpack ouvert", "Pack current.kpack opened")
VITRINE_ROOM_MESSAGE(back_to_previous, "current.kpack manquant ou inutilisable : le kiosque repart sur le pack précédent", "current.kpack missing or unusable: the kiosk goes back to the previous pack")
VITRINE_ROOM_MESSAGE(no_usable_pack, "Aucun pack de contenu utilisable dans {1} — déposez-y un fichier .kpack", "No usable content pack in {1} — drop a .kpack file into it")
VITRINE_ROOM_MESSAGE(no_usable_pack_because, "Aucun pack de contenu utilisable dans {1} — déposez-y un fichier .kpack. {2}", "No usable content pack in {1} — drop a .kpack file into it. {2}")
VITRINE_ROOM_MESSAGE(not_a_pack_file, "Ce n’est pas un fichier de pack (.kpack) : {1}", "This is not a pack file (.kpack): {1}")
VITRINE_ROOM_MESSAGE(copy_failed, "Copie du pack impossible vers {1} : {2}", "Cannot copy the pack to {1}: {2}")
VITRINE_ROOM_MESSAGE(copied, "Pack copié depuis {1} : {2} — vérification en cours", "Pack copied from {1}: {2} — being checked")
VITRINE_ROOM_MESSAGE(refused_on, "Pack refusé le {1} : {2}", "Pack refused on {1}: {2}")
VITRINE_ROOM_MESSAGE(refused_what_to_do, "Le kiosque ne l’utilise pas et garde un pack qui marche. Corrigez, reconstruisez le pack (kioskctl pack build, puis kioskctl pack info), puis déposez-le à nouveau.", "The kiosk does not use it and keeps a pack that works. Fix it, rebuild the pack (kioskctl pack build, then kioskctl pack info), then drop it in again.")
VITRINE_ROOM_MESSAGE(cannot_write_note, "Impossible d’écrire {1}.txt dans {2}", "Cannot write {1}.txt in {2}")
VITRINE_ROOM_MESSAGE(refused, "Pack refusé : {1} — {2}", "Pack refused: {1} — {2}")
VITRINE_ROOM_MESSAGE(cannot_rename, "Impossible de renommer {1} en {2} dans {3} : {4}", "Cannot rename {1} to {2} in {3}: {4}")
VITRINE_ROOM_MESSAGE(folder_not_synced, "Avertissement : fsync du dossier {1}", "Warning: fsync of the folder {1}")

// clang-format on

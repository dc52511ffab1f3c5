// Sentences of the base room (files written atomically, key files): VITRINE_ROOM_MESSAGE(id,
// French, English); {1}, {2}... are values. No include guard:
// content/message_table.inc expands it twice. One line per sentence, so that grep finds it.
// clang-format off

// Writing a file (atomic_file.cpp, key_file.cpp); {2} is the system's own words (strerror).
VITRINE_ROOM_MESSAGE(cannot_create, "Impossible de créer « {1} » : {2}", "Cannot create \"{1}\": {2}")
VITRINE_ROOM_MESSAGE(cannot_create_key_kept, "Impossible de créer « {1} » : {2} (clé déjà là, gardée)", "Cannot create \"{1}\": {2} (a key is already there, kept)")
VITRINE_ROOM_MESSAGE(cannot_write, "Écriture de « {1} » impossible", "Cannot write \"{1}\"")
VITRINE_ROOM_MESSAGE(write_error, "Erreur d'écriture de « {1} » : {2}", "Error writing \"{1}\": {2}")
VITRINE_ROOM_MESSAGE(folder_not_confirmed, "« {1} » est écrit, mais son dossier n'a pas pu être confirmé sur le support (fsync : {2}) : il pourrait manquer après une coupure de courant.", "\"{1}\" is written, but its folder could not be confirmed on the medium (fsync: {2}): it might be missing after a power cut.")
// libsodium (keys, sealing, signatures, the staff PIN's hash).
VITRINE_ROOM_MESSAGE(sodium_failed, "libsodium ne s'initialise pas", "libsodium does not start")

// clang-format on

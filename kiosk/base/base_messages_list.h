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

// The clock's check (clock_check.cpp), for the staff's Kiosque page (and the log). {1} the clock's
// reading, {2} the build date; clock_what_to_do follows each.
VITRINE_ROOM_MESSAGE(clock_before_build, "l'horloge indique {1}, avant la construction de ce logiciel ({2}) : {3}", "the clock reads {1}, before this software was built ({2}): {3}")
VITRINE_ROOM_MESSAGE(clock_before_pack, "l'horloge indique {1}, avant la construction du pack affiché ({2}) : {3}", "the clock reads {1}, before the pack shown was built ({2}): {3}")
VITRINE_ROOM_MESSAGE(clock_what_to_do, "les dates des fiches et l'effacement des coordonnées en dépendent. Réglez la date du système (ou installez fake-hwclock / une horloge RTC), puis redémarrez le kiosque.", "the leads' dates and the erasing of contact details depend on it. Set the system's date (or install fake-hwclock / an RTC clock), then restart the kiosk.")
// A step of the clock while the kiosk ran: {1} how long (a span below), {2} before, {3} after.
VITRINE_ROOM_MESSAGE(clock_went_back, "l'horloge a reculé de {1} (de {2} à {3})", "the clock went back by {1} (from {2} to {3})")
VITRINE_ROOM_MESSAGE(clock_went_forward, "l'horloge a avancé de {1} (de {2} à {3})", "the clock went forward by {1} (from {2} to {3})")
VITRINE_ROOM_MESSAGE(span_days, "{1} j {2} h", "{1} d {2} h")
VITRINE_ROOM_MESSAGE(span_hours, "{1} h {2} min", "{1} h {2} min")
VITRINE_ROOM_MESSAGE(span_minutes, "{1} min", "{1} min")
VITRINE_ROOM_MESSAGE(span_seconds, "{1} s", "{1} s")

// clang-format on

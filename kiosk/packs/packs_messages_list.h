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

// clang-format on

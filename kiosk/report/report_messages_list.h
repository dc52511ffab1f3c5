// Sentences of the report room (the PNG report's font): VITRINE_ROOM_MESSAGE(id, French,
// English); {1}, {2}... are values. No include guard:
// content/message_table.inc expands it twice. One line per sentence, so that grep finds it.
// clang-format off

VITRINE_ROOM_MESSAGE(font_unreadable, "Police illisible : « {1} » (paquet fonts-noto-core installé ?)", "Unreadable font: \"{1}\" (is the fonts-noto-core package installed?)")

// clang-format on

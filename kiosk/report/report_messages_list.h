// Sentences of the report room (the PNG report's font): VITRINE_REPORT_MESSAGE(id, French,
// English); {1}, {2}... are values. No include guard: report_messages.h expands it twice, with its
// own macro. One line per sentence, so that grep finds it.
// clang-format off

VITRINE_REPORT_MESSAGE(font_unreadable, "Police illisible : « {1} » (paquet fonts-noto-core installé ?)", "Unreadable font: \"{1}\" (is the fonts-noto-core package installed?)")

// clang-format on

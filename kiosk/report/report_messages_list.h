// Sentences of the report room (the PNG report's font): VITRINE_ROOM_MESSAGE(id, French,
// English); {1}, {2}... are values. No include guard:
// content/message_table.inc expands it twice. One line per sentence, so that grep finds it.
// clang-format off

VITRINE_ROOM_MESSAGE(font_unreadable, "Police illisible : « {1} » (paquet fonts-noto-core installé ?)", "Unreadable font: \"{1}\" (is the fonts-noto-core package installed?)")

// The statistics report (kioskctl stats report: PNG and HTML), in the staff's language.
VITRINE_ROOM_MESSAGE(title, "Statistiques anonymes de la borne", "Anonymous statistics of the kiosk")
VITRINE_ROOM_MESSAGE(html_title, "Vitrine — statistiques", "Vitrine — statistics")
VITRINE_ROOM_MESSAGE(no_events, "aucun évènement", "no events")
VITRINE_ROOM_MESSAGE(on_day, "le {1}", "on {1}")
VITRINE_ROOM_MESSAGE(from_to, "du {1} au {2}", "from {1} to {2}")
VITRINE_ROOM_MESSAGE(period_line, "{1} · {2} évènements · aucune donnée personnelle", "{1} · {2} events · no personal data")
VITRINE_ROOM_MESSAGE(source_line, "Source : {1} — {2} évènements, aucune donnée personnelle.", "Source: {1} — {2} events, no personal data.")
VITRINE_ROOM_MESSAGE(journey, "Parcours", "Journey")
VITRINE_ROOM_MESSAGE(sessions, "Sessions", "Sessions")
VITRINE_ROOM_MESSAGE(forms_started, "Formulaires ouverts", "Forms opened")
VITRINE_ROOM_MESSAGE(forms_sent, "Formulaires envoyés", "Forms sent")
VITRINE_ROOM_MESSAGE(forms_abandoned, "Formulaires abandonnés", "Forms abandoned")
VITRINE_ROOM_MESSAGE(per_hour, "Sessions par heure", "Sessions per hour")
VITRINE_ROOM_MESSAGE(top_careers, "Métiers les plus consultés", "Most viewed careers")
VITRINE_ROOM_MESSAGE(top_offers, "Stages les plus consultés", "Most viewed internships")
VITRINE_ROOM_MESSAGE(quiz, "Quiz « Quel métier pour moi ? »", "Quiz \"Which career for me?\"")
VITRINE_ROOM_MESSAGE(quiz_started, "Quiz commencés", "Quizzes started")
VITRINE_ROOM_MESSAGE(quiz_finished, "Quiz terminés", "Quizzes finished")
VITRINE_ROOM_MESSAGE(quiz_abandoned, "Quiz abandonnés", "Quizzes abandoned")
VITRINE_ROOM_MESSAGE(quiz_proposed, "Métiers proposés par le quiz", "Careers the quiz suggested")
VITRINE_ROOM_MESSAGE(quiz_abandoned_at, "Quiz abandonnés, par question", "Quizzes abandoned, by question")
VITRINE_ROOM_MESSAGE(quiz_answers, "Réponses du quiz", "Quiz answers")
VITRINE_ROOM_MESSAGE(searches, "Recherches", "Searches")
VITRINE_ROOM_MESSAGE(misses, "Recherches sans résultat", "Searches without results")
VITRINE_ROOM_MESSAGE(filters, "Filtres utilisés", "Filters used")
VITRINE_ROOM_MESSAGE(screens, "Écrans vus", "Screens viewed")
VITRINE_ROOM_MESSAGE(satisfaction, "Satisfaction", "Satisfaction")
VITRINE_ROOM_MESSAGE(rating_happy, "Ravi", "Delighted")
VITRINE_ROOM_MESSAGE(rating_middle, "Moyen", "So-so")
VITRINE_ROOM_MESSAGE(rating_sad, "Déçu", "Disappointed")
VITRINE_ROOM_MESSAGE(touches, "Où les doigts touchent l’écran", "Where fingers touch the screen")
VITRINE_ROOM_MESSAGE(heat_grid, "L’écran de la borne en 16 × 9 cases :", "The kiosk's screen in 16 × 9 cells:")
VITRINE_ROOM_MESSAGE(heat_darker, "plus la case est foncée, plus on y touche.", "the darker the cell, the more it is touched.")
VITRINE_ROOM_MESSAGE(heat_few, "quelques touches", "a few touches")
VITRINE_ROOM_MESSAGE(heat_most, "la case la plus touchée : {1} touches", "the most touched cell: {1} touches")

// clang-format on

// The kiosk's command line (kiosk_options.cpp, main.cpp): VITRINE_ROOM_MESSAGE(id, French,
// English); {1}, {2}... are values. No include guard:
// content/message_table.inc expands it twice. One line per sentence, so that grep finds it.
// clang-format off

VITRINE_ROOM_MESSAGE(usage,
  "usage : kiosk --pack <fichier.kpack> [options]\n"
  "        kiosk --packs <dossier> [options]   lance current.kpack, passe aux nouveaux sans risque\n"
  "  --store <visiteurs.db>      le fichier des visiteurs (visitors.db par défaut)\n"
  "  --host <organisation-id>    les stages et événements de l'hôte d'abord (sa journée portes ouvertes)\n"
  "  --trusted <dossier>         seulement les packs signés par une clé d'éditeur de <dossier>\n"
  "                              (/etc/vitrine/trusted par défaut ; aucune clé : non signés acceptés)\n"
  "  --windowed                  une fenêtre au lieu du plein écran (fermable, pour le développement)\n"
  "  --size LxH                  taille de la fenêtre, chaque côté de 320 à 16384 pixels\n"
  "  --idle <secondes>           sans toucher pendant ce temps, la visite est effacée : 10 à 3600 (90) ;\n"
  "                              « Toujours là ? » décompte le dernier sixième, 5 à 15 s\n"
  "  --event <nom>               le nom de l'événement dans les statistiques (1 à 100 octets)\n"
  "  --kiosk-id <id>             le nom de cette borne dans les statistiques (1 à 100 octets)\n"
  "  --country BE|FR|CH|LU|NL|DE le pays de la borne : numéros de téléphone, « À l'étranger » (BE)\n"
  "  --keyboard azerty|qwertz|qwerty   par défaut : selon le pays et la langue\n"
  "  --fonts <dossier>           où se trouvent NotoSans-Regular.ttf et -Bold.ttf\n"
  "  --start-screen attract|home\n"
  "  --hide-cursor               pas de pointeur à l'écran\n"
  "  --log <fichier>             fichier du journal (par défaut : le journal système, ou ~/.local/state/vitrine)\n"
  "  --retention-days <N>        au démarrage, efface les coordonnées de plus de N jours : 0 à 3650\n"
  "                              (0, par défaut : gardées jusqu'à l'export et la purge du personnel)\n"
  "  --scale auto|0.5..3         la taille de l'interface au lieu de celle de l'écran (2 pour la 4K)\n"
  "  --tour <dossier>            une capture de chaque écran dans <dossier>, puis quitte\n"
  "  -h, --help                  affiche cette aide et quitte\n"
  "  --version                   affiche la version et quitte\n",
  "usage: kiosk --pack <file.kpack> [options]\n"
  "       kiosk --packs <dir> [options]   runs current.kpack, switches new ones safely\n"
  "  --store <visitors.db>       the visitor store (default visitors.db)\n"
  "  --host <organisation-id>    the host's stages and events first (its open day)\n"
  "  --trusted <dir>             only packs signed by a publisher key in <dir>\n"
  "                              (default /etc/vitrine/trusted; no key there: unsigned ok)\n"
  "  --windowed                  a window instead of fullscreen (closable, for development)\n"
  "  --size WxH                  window size, each side 320 to 16384 pixels\n"
  "  --idle <seconds>            no touch for this long wipes the visit: 10 to 3600 (90);\n"
  "                              the \"still there?\" countdown takes its last sixth, 5 to 15 s\n"
  "  --event <tag>               the event's name in statistics (1 to 100 bytes)\n"
  "  --kiosk-id <id>             this kiosk's name in statistics (1 to 100 bytes)\n"
  "  --country BE|FR|CH|LU|NL|DE the kiosk's country: phone numbers, abroad choice (BE)\n"
  "  --keyboard azerty|qwertz|qwerty   default: from the country and the language\n"
  "  --fonts <dir>               where NotoSans-Regular.ttf and -Bold.ttf are\n"
  "  --start-screen attract|home\n"
  "  --hide-cursor               no pointer on screen\n"
  "  --log <file>                log file (default: the journal, or ~/.local/state/vitrine)\n"
  "  --retention-days <N>        erase contact details older than N days at start: 0 to 3650\n"
  "                              (0, the default: keep them until staff export and purge)\n"
  "  --scale auto|0.5..3         the UI's size instead of the display's (2 for 4K)\n"
  "  --tour <dir>                take a screenshot of every screen into <dir> and exit\n"
  "  -h, --help                  show this help and exit\n"
  "  --version                   show the version and exit\n")
VITRINE_ROOM_MESSAGE(problem, "kiosk : {1}", "kiosk: {1}")
VITRINE_ROOM_MESSAGE(unit_pixels, "pixels", "pixels")
VITRINE_ROOM_MESSAGE(unit_seconds, "secondes", "seconds")
VITRINE_ROOM_MESSAGE(unit_days, "jours", "days")
// {1} the option, {2} a unit above, {3} and {4} the range, {5} what was given.
VITRINE_ROOM_MESSAGE(whole_number, "{1} attend un nombre entier de {2} de {3} à {4}, pas « {5} »", "{1} wants a whole number of {2} from {3} to {4}, not \"{5}\"")
VITRINE_ROOM_MESSAGE(size, "--size attend LARGEURxHAUTEUR, chacune de {1} à {2} pixels (par exemple 1920x1080), pas « {3} »", "--size wants WIDTHxHEIGHT, each from {1} to {2} pixels (e.g. 1920x1080), not \"{3}\"")
VITRINE_ROOM_MESSAGE(one_of, "{1} attend une de ces valeurs : {2}, pas « {3} »", "{1} wants one of {2}, not \"{3}\"")
VITRINE_ROOM_MESSAGE(tag, "{1} attend un texte UTF-8 de 1 à {2} octets, sans caractère de contrôle, pas « {3} »", "{1} wants a UTF-8 text of 1 to {2} bytes, without control characters, not \"{3}\"")
VITRINE_ROOM_MESSAGE(needs_value, "{1} demande une valeur", "{1} needs a value")
VITRINE_ROOM_MESSAGE(scale, "--scale attend auto ou un nombre de 0.5 à 3 (1 = 1080p, 2 = 4K), pas « {1} »", "--scale wants auto or a number from 0.5 to 3 (1 = 1080p, 2 = 4K), not \"{1}\"")
VITRINE_ROOM_MESSAGE(unknown_option, "option inconnue « {1} » (kiosk --help les liste)", "unknown option \"{1}\" (kiosk --help lists them)")
VITRINE_ROOM_MESSAGE(pack_or_packs, "donnez soit --pack <fichier>, soit --packs <dossier>", "give either --pack <file> or --packs <dir>")

// clang-format on

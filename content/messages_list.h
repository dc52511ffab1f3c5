// Every editor-facing sentence: VITRINE_MESSAGE(id, French, English); {1}, {2}... are values.
// No include guard: messages.h and messages.cpp expand it with their own VITRINE_MESSAGE.
// content/README.md lists these messages with their fix; keep both languages one sentence each.
// A sentence stays on one line, so that grep finds it:
// clang-format off

// Severity words and counts (kioskctl pack build/check).
VITRINE_MESSAGE(sev_error, "erreur", "error")
VITRINE_MESSAGE(sev_warning, "avertissement", "warning")
VITRINE_MESSAGE(sev_note, "note", "note")
VITRINE_MESSAGE(count_problems, "{1} erreur(s), {2} avertissement(s)", "{1} error(s), {2} warning(s)")
VITRINE_MESSAGE(pack_not_written, "{1} — pack non écrit", "{1} — pack not written")
VITRINE_MESSAGE(pack_written, "{1} — pack écrit", "{1} — pack written")
VITRINE_MESSAGE(build_summary,
                "{1} : {2} métiers, {3} offres, {4} organisations, {5} événements, {6} images, {7}",
                "{1}: {2} careers, {3} offers, {4} organisations, {5} events, {6} images, {7}")
VITRINE_MESSAGE(build_hash, "empreinte : {1}", "content hash: {1}")
VITRINE_MESSAGE(check_summary, "{1} : {2}", "{1}: {2}")
VITRINE_MESSAGE(records_read, "{1} : {2} enregistrement(s) lu(s)", "{1}: {2} record(s) read")
VITRINE_MESSAGE(diff_summary, "{1} ajout(s), {2} suppression(s), {3} modification(s)",
                "{1} added, {2} removed, {3} changed")
VITRINE_MESSAGE(usage_pack,
                "usage : kioskctl pack build <dossier-sources> -o <fichier.kpack>\n"
                "        kioskctl pack check <dossier-sources>\n"
                "        kioskctl pack info <fichier.kpack>\n"
                "        kioskctl pack diff <ancien.kpack> <nouveau.kpack>\n"
                "        kioskctl pack sign <fichier.kpack> --key <nom.sign.secret>\n",
                "usage: kioskctl pack build <sources-dir> -o <file.kpack>\n"
                "       kioskctl pack check <sources-dir>\n"
                "       kioskctl pack info <file.kpack>\n"
                "       kioskctl pack diff <old.kpack> <new.kpack>\n"
                "       kioskctl pack sign <file.kpack> --key <name.sign.secret>\n")
VITRINE_MESSAGE(info_signer, "signé par :               {1}\n", "signed by:       {1}\n")
VITRINE_MESSAGE(info_keys, "clés de scellement :      {1} organisation(s){2}\n",
                "sealing keys:    {1} organisation(s){2}\n")
VITRINE_MESSAGE(info_stand_key, " + clé du stand", " + stand key")
VITRINE_MESSAGE(info_retention, "conservation :            {1} jours\n", "retention:       {1} days\n")
VITRINE_MESSAGE(info_no_retention, "conservation :            non indiquée\n",
                "retention:       not stated\n")
VITRINE_MESSAGE(info_unsigned, "personne (les bornes qui ont des clés de confiance le refusent)",
                "nobody (kiosks with trusted keys refuse it)")
VITRINE_MESSAGE(info_signed_by, "{1} (les bornes le vérifient avec leurs clés de confiance)",
                "{1} (kiosks check it against their trusted keys)")
VITRINE_MESSAGE(info_table,
                "pack :                    {1}\ntitre :                   {2}\nversion du schéma :       {3}\n"
                "construit le :            {4}\nconstructeur :            {5}\nempreinte :               {6}\n"
                "langues :                 {7} (par défaut {8})\nversion du consentement : {9}\n",
                "pack:            {1}\ntitle:           {2}\nschema version:  {3}\n"
                "built:           {4}\nbuilder:         {5}\ncontent hash:    {6}\n"
                "languages:       {7} (default {8})\nconsent version: {9}\n")
VITRINE_MESSAGE(info_counts,
                "métiers :                 {1}\noffres :                  {2}\norganisations :           {3}\n"
                "événements :              {4}\nécoles :                  {5}\nquestions du quiz :       {6}\n"
                "images :                  {7}\ntaille :                  {8}\n",
                "careers:         {1}\noffers:          {2}\norganisations:   {3}\n"
                "events:          {4}\nschools:         {5}\nquiz questions:  {6}\n"
                "images:          {7}\nsize:            {8}\n")
VITRINE_MESSAGE(size_mib, "{1} Mio", "{1} MiB")
VITRINE_MESSAGE(size_kib, "{1} Kio", "{1} KiB")

// The sources folder and reading files safely.
VITRINE_MESSAGE(not_sources_folder, "pas un dossier de sources de pack", "not a folder of pack sources")
VITRINE_MESSAGE(notice_language_unlisted,
                "« {1} » est dans une langue que le pack ne liste pas dans `languages:`",
                "\"{1}\" is in a language the pack does not list in `languages:`")
VITRINE_MESSAGE(description_too_long,
                "la description compte {1} caractères ; une fiche d'organisation en tient {2} au plus "
                "(deux ou trois phrases)",
                "description is {1} characters; an organisation card holds {2} at most (two or three "
                "sentences)")
VITRINE_MESSAGE(key_is_secret,
                "c'est une clé SECRÈTE : elle ne doit jamais être dans un pack. Retirez-la des sources "
                "et faites une nouvelle paire de clés pour l'organisation (kioskctl keys new --org), "
                "puisqu'elle a été partagée",
                "this is a SECRET key: it must never be in a pack. Remove it from the sources, and "
                "make the organisation a new key pair (kioskctl keys new --org), since it was shared")
VITRINE_MESSAGE(key_malformed,
                "pas une clé publique d'organisation (attendu : ce que kioskctl keys new --org écrit "
                "dans <id>.public, « vitrine-org-public-v1 » et 64 chiffres hexadécimaux)",
                "not an organisation public key (expected what kioskctl keys new --org writes in "
                "<id>.public: \"vitrine-org-public-v1\" and 64 hexadecimal digits)")
VITRINE_MESSAGE(bad_retention_days,
                "retention_days doit être un nombre de jours de 1 à 3650 : « {1} »",
                "retention_days must be a number of days from 1 to 3650: \"{1}\"")
VITRINE_MESSAGE(secret_key_in_sources,
                "une clé SECRÈTE ne doit jamais être dans les sources du pack : retirez-la (elle reste "
                "au bureau de l'organisation)",
                "a SECRET key must never be in the pack sources: remove it (keep it at the "
                "organisation's office)")
VITRINE_MESSAGE(key_unknown_organisation,
                "aucune organisation « {1} » dans organisations.csv (le nom du fichier est "
                "l'identifiant de l'organisation)",
                "no organisation \"{1}\" in organisations.csv (the file name is the organisation's "
                "id)")
VITRINE_MESSAGE(key_stand_fallback,
                "l'organisation « {1} » n'a pas de clé à elle : ses contacts sont scellés avec la clé "
                "du stand (keys/stand.public), que tout détenteur de stand.secret ouvre",
                "organisation \"{1}\" has no key of its own: its contacts are sealed to the stand key "
                "(keys/stand.public), which whoever holds stand.secret opens")
VITRINE_MESSAGE(key_missing,
                "l'organisation « {1} » n'a pas de clé et il n'y a pas de clé du stand : la borne ne "
                "proposera pas sa case de consentement",
                "organisation \"{1}\" has no key and there is no stand key: the kiosk will not offer "
                "its consent box")
VITRINE_MESSAGE(org_needs_contact,
                "l'organisation « {1} » peut recevoir des coordonnées mais n'a pas de contact (e-mail "
                "ou téléphone dans la colonne contact) pour que les visiteurs retirent leur "
                "consentement",
                "organisation \"{1}\" can receive contact details but has no contact (e-mail or "
                "phone in the contact column) for visitors to withdraw their consent")
VITRINE_MESSAGE(pack_too_big,
                "le pack ferait {1} octets (au plus {2}) : moins d'images, ou plus petites",
                "the pack would be {1} bytes (at most {2}): fewer or smaller images")
VITRINE_MESSAGE(pack_dir_unsynced,
                "écrit, mais son dossier n'a pas pu être synchronisé (fsync : {1}) : une coupure de "
                "courant maintenant pourrait le perdre",
                "written, but its folder could not be synced (fsync: {1}): a power cut now could lose it")
VITRINE_MESSAGE(pack_write_failed, "impossible d'écrire le pack : {1}", "cannot write the pack: {1}")
VITRINE_MESSAGE(file_unreadable, "impossible de lire le fichier", "cannot read the file")
VITRINE_MESSAGE(file_not_regular,
                "pas un fichier ordinaire ({1}) : seuls les fichiers du dossier des sources sont lus",
                "not a regular file ({1}): only plain files of the sources folder are read")
VITRINE_MESSAGE(kind_folder, "dossier", "folder")
VITRINE_MESSAGE(kind_device, "périphérique", "device")
VITRINE_MESSAGE(kind_fifo, "tube nommé", "named pipe")
VITRINE_MESSAGE(kind_socket, "socket", "socket")
VITRINE_MESSAGE(file_link_outside,
                "lien symbolique vers {1}, hors du dossier des sources : refusé (copiez le fichier)",
                "symbolic link to {1}, outside the sources folder: refused (copy the file instead)")
VITRINE_MESSAGE(file_link_broken,
                "lien symbolique vers {1}, qui ne mène à aucun fichier (cassé ou en boucle) : copiez le fichier ici",
                "symbolic link to {1}, which leads to no file (broken or a loop): copy the file here instead")
VITRINE_MESSAGE(folder_link_outside,
                "lien symbolique vers {1}, hors du dossier des sources : rien n'y est lu (copiez le dossier)",
                "symbolic link to {1}, outside the sources folder: nothing in it is read (copy the folder instead)")
VITRINE_MESSAGE(pack_not_a_file, "« {1} » n'est pas un fichier ({2}) : donnez le fichier .kpack lui-même",
                "\"{1}\" is not a file ({2}): give the .kpack file itself")
VITRINE_MESSAGE(undrawable_char,
                "caractère « {1} » ({2}) que la borne ne sait pas afficher : il apparaîtrait comme « ? » ; remplacez-le ou supprimez-le",
                "character \"{1}\" ({2}) the kiosk cannot draw: it would show as \"?\"; replace or remove it")
VITRINE_MESSAGE(file_too_large, "fichier trop gros ({1} octets, au plus {2})",
                "file too large ({1} bytes, at most {2})")
VITRINE_MESSAGE(careers_dir_unlistable, "impossible de lister le dossier des métiers : {1}",
                "cannot list the careers folder: {1}")
VITRINE_MESSAGE(repeated_more, "{1} autre(s) problème(s) du même genre dans ce fichier, non affiché(s) : « {2} »",
                "{1} more problem(s) of the same kind in this file, not shown: \"{2}\"")

// Encodings.
VITRINE_MESSAGE(converted_1252,
                "converti depuis Windows-1252 ; enregistrez en {1} pour ne plus voir ce message",
                "converted from Windows-1252; save as {1} to silence this")
VITRINE_MESSAGE(converted_8859_15,
                "converti depuis ISO-8859-15 (€ et œ lus comme tels) ; enregistrez en {1}",
                "converted from ISO-8859-15 (€ and œ read as such); save as {1}")
VITRINE_MESSAGE(save_as_csv_utf8, "« CSV UTF-8 »", "\"CSV UTF-8\"")
VITRINE_MESSAGE(save_as_utf8_text, "texte UTF-8", "UTF-8 text")
VITRINE_MESSAGE(not_utf8, "pas du texte UTF-8 (enregistrez-le en {1})", "not UTF-8 text (save it as {1})")
VITRINE_MESSAGE(mixed_encoding,
                "cette ligne est en Windows-1252 alors que le reste du fichier est en UTF-8 (texte collé d'un autre fichier ?) : retapez ses accents ou enregistrez tout le fichier en {1}",
                "this line is Windows-1252 while the rest of the file is UTF-8 (text pasted from another file?): retype its accents, or save the whole file as {1}")
VITRINE_MESSAGE(double_encoded,
                "accents encodés deux fois (« {1} ») : vouliez-vous dire « {2} » ? Rouvrez le fichier en UTF-8 et enregistrez-le en {3}",
                "accents encoded twice (\"{1}\"): did you mean \"{2}\"? Reopen the file as UTF-8 and save it as {3}")
VITRINE_MESSAGE(control_char,
                "caractère de contrôle {1} dans le texte (mauvais jeu de caractères à l'export ?) : supprimez-le ou enregistrez en {2}",
                "control character {1} in the text (wrong character set on export?): delete it or save as {2}")
VITRINE_MESSAGE(currency_sign,
                "« ¤ » (symbole monétaire) : un € perdu par une conversion ? Tapez € à la place",
                "\"¤\" (currency sign): a € lost in a conversion? Type € instead")

// CSV structure.
VITRINE_MESSAGE(csv_unclosed_quote,
                "un guillemet (\") ouvert à cette ligne n'est jamais fermé : fermez-le ou supprimez-le",
                "a quote (\") opened on this line is never closed: close it or remove it")
VITRINE_MESSAGE(csv_text_after_quote,
                "du texte suit un guillemet fermant (« {1} ») : mettez toute la cellule entre guillemets en doublant ceux du texte, ou retirez les guillemets",
                "text after a closing quote (\"{1}\"): put the whole cell in quotes, doubling the quotes inside, or remove the quotes")
VITRINE_MESSAGE(csv_long_cell,
                "une cellule entre guillemets va de la ligne {1} à la ligne {2} : vérifiez que ses guillemets sont bien placés",
                "a quoted cell runs from line {1} to line {2}: check that its quotes are where you meant them")
VITRINE_MESSAGE(csv_cell_holds_row,
                "une cellule entre guillemets contient un saut de ligne et {1} séparateurs, autant qu'une ligne entière : un guillemet manque-t-il ?",
                "a quoted cell holds a line break and {1} separators, as many as a whole row: is a quote missing?")
VITRINE_MESSAGE(csv_empty, "le fichier est vide : la première ligne doit nommer les colonnes",
                "the file is empty: the first line must name the columns")
VITRINE_MESSAGE(column_no_name, "la colonne {1} n'a pas de nom", "column {1} has no name")
VITRINE_MESSAGE(column_no_name_filled,
                "la colonne {1} n'a pas de nom mais contient du texte (ligne {2}) : nommez-la ou supprimez-la",
                "column {1} has no name but holds text (line {2}): name it or delete it")
VITRINE_MESSAGE(trailing_columns,
                "{1} colonne(s) sans nom et vide(s) en fin de ligne (laissées par le tableur) : ignorées",
                "{1} column(s) without a name and empty on every row at the end (left by the spreadsheet): ignored")
VITRINE_MESSAGE(unknown_column, "colonne inconnue « {1} »", "unknown column \"{1}\"")
VITRINE_MESSAGE(unknown_column_nbsp,
                "colonne inconnue « {1} » : elle contient une espace insécable ; retapez son nom",
                "unknown column \"{1}\": it holds a non-breaking space; retype its name")
VITRINE_MESSAGE(column_twice, "la colonne « {1} » apparaît deux fois", "column \"{1}\" appears twice")
VITRINE_MESSAGE(missing_column, "colonne « {1} » manquante", "missing column \"{1}\"")
VITRINE_MESSAGE(field_count,
                "{1} champs au lieu de {2} (vérifiez les séparateurs {3} et les guillemets)",
                "{1} fields instead of {2} (check the {3} separators and quotes)")
VITRINE_MESSAGE(sep_tab, "tabulation", "tab")
VITRINE_MESSAGE(missing_required, "{1} manquant (champ obligatoire)", "missing {1} (a required field)")
VITRINE_MESSAGE(header_only_offers,
                "aucune offre, seulement la ligne d'en-tête : l'écran Stages sera vide",
                "no offers, only the header line: the Stages screen will be empty")
VITRINE_MESSAGE(note_no_apply_url,
                "pas de colonne apply_url : aucune offre n'aura de QR code pour postuler",
                "no apply_url column: no offer shows a QR code to apply")
VITRINE_MESSAGE(note_no_deadline,
                "pas de colonne deadline : aucune date limite de candidature n'est affichée",
                "no deadline column: no application deadline is shown")
VITRINE_MESSAGE(note_no_careers,
                "pas de colonne careers : les offres n'apparaissent sur aucune fiche métier",
                "no careers column: offers appear on no career page")
VITRINE_MESSAGE(note_no_description,
                "pas de colonne description : les fiches des offres n'ont pas de texte",
                "no description column: offer pages have no text")

// key: value headers.
VITRINE_MESSAGE(header_expected_kv, "attendu `clé: valeur`, trouvé « {1} »", "expected `key: value`, got \"{1}\"")
VITRINE_MESSAGE(header_expected_kv_body,
                "attendu `clé: valeur`, trouvé « {1} » (laissez une ligne vide entre l'en-tête et le texte)",
                "expected `key: value`, got \"{1}\" (leave a blank line between the header and the text)")
VITRINE_MESSAGE(unknown_key, "clé inconnue « {1} »", "unknown key \"{1}\"")
VITRINE_MESSAGE(key_twice, "clé « {1} » donnée deux fois (d'abord ligne {2})",
                "key \"{1}\" given twice (first on line {2})")
VITRINE_MESSAGE(missing_key, "clé obligatoire « {1} » manquante", "missing required key \"{1}\"")

// Ids and references.
VITRINE_MESSAGE(duplicate_id, "identifiant « {1} » en double (d'abord ligne {2})",
                "duplicate id \"{1}\" (first on line {2})")
VITRINE_MESSAGE(bad_id,
                "identifiant « {1} » invalide : minuscules ASCII, chiffres et - seulement ; utilisez {2}",
                "invalid id \"{1}\": lower-case ASCII letters, digits and - only; use {2}")
VITRINE_MESSAGE(bad_career_file,
                "« {1} » n'est pas un identifiant de métier valide : renommez le fichier {2}.txt, ou supprimez-le si c'est une copie",
                "\"{1}\" is not a valid career id: rename the file {2}.txt, or delete it if it is a copy")
VITRINE_MESSAGE(unknown_organisation, "organisation inconnue « {1} »", "unknown organisation \"{1}\"")
VITRINE_MESSAGE(failed_organisation,
                "{1} ligne(s) ({2}) citent l'organisation « {3} », dont la ligne organisations.csv:{4} a une erreur : corrigez-la d'abord",
                "{1} row(s) ({2}) name organisation \"{3}\", whose line organisations.csv:{4} has an error: fix it first")
VITRINE_MESSAGE(failed_career,
                "{1} ligne(s) ({2}) citent le métier « {3} », dont le fichier {4} n'a pas pu être lu : corrigez-le d'abord",
                "{1} row(s) ({2}) name career \"{3}\", whose file {4} could not be read: fix it first")
VITRINE_MESSAGE(organisations_unread,
                "{1} ligne(s) citent une organisation alors que organisations.csv n'a pas pu être lu : corrigez-le d'abord",
                "{1} row(s) name an organisation while organisations.csv could not be read: fix it first")
VITRINE_MESSAGE(unknown_career, "métier inconnu « {1} »", "unknown career \"{1}\"")
VITRINE_MESSAGE(translation_unknown_career,
                "traduction d'un métier inconnu « {1} » (pas de careers/{1}.txt)",
                "translation of an unknown career \"{1}\" (no careers/{1}.txt)")

// Values.
VITRINE_MESSAGE(bad_url, "{1} doit commencer par https://, trouvé « {2} »",
                "{1} must start with https://, got \"{2}\"")
VITRINE_MESSAGE(bad_country, "le pays doit être un code ISO à deux lettres comme BE, trouvé « {1} »",
                "country must be a two-letter ISO code like BE, got \"{1}\"")
VITRINE_MESSAGE(bad_language,
                "la langue « {1} » doit être un code à deux lettres comme fr, nl, de ou en",
                "language \"{1}\" must be a two-letter code such as fr, nl, de or en")
VITRINE_MESSAGE(unknown_org_kind,
                "type inconnu « {1} » (cpas, school, public, association, foreign)",
                "unknown kind \"{1}\" (cpas, school, public, association, foreign)")
VITRINE_MESSAGE(unknown_route, "voie inconnue « {1} » (initial, fee, ftp, apprenticeship, vae)",
                "unknown route \"{1}\" (initial, fee, ftp, apprenticeship, vae)")
VITRINE_MESSAGE(unknown_audience, "public inconnu « {1} » (pupils, students, career_changers)",
                "unknown audience \"{1}\" (pupils, students, career_changers)")
VITRINE_MESSAGE(no_domain, "pas de domain : le métier n'apparaît sous aucun filtre de domaine ({1})",
                "no domain: the career shows under no domain filter ({1})")
VITRINE_MESSAGE(unknown_domain, "domaine inconnu « {1} » (attendu : {2})",
                "unknown domain \"{1}\" (expected one of: {2})")
VITRINE_MESSAGE(testimonial_needs_name,
                "un témoignage demande testimonial_name (qui l'a dit)",
                "a testimonial needs testimonial_name (who said it)")
VITRINE_MESSAGE(translation_language_ignored,
                "la langue « {1} » n'est pas une des autres langues de pack.txt : ignoré",
                "language \"{1}\" is not one of the other languages in pack.txt: ignored")
VITRINE_MESSAGE(missing_translation_key, "traduction {1} de {2} manquante", "missing {1} translation of {2}")
VITRINE_MESSAGE(missing_career_translation, "traduction {1} manquante (careers/{2}.{1}.txt)",
                "missing {1} translation (careers/{2}.{1}.txt)")
VITRINE_MESSAGE(missing_translation_cell, "traduction {1} de {2} manquante (colonne {2}@{1})",
                "missing {1} translation of {2} (column {2}@{1})")
VITRINE_MESSAGE(missing_translation_column,
                "traductions {1} manquantes : pas de colonne {2}@{1} (les visiteurs {1} voient le texte {3})",
                "missing {1} translations: no column {2}@{1} ({1} visitors see the {3} text)")
VITRINE_MESSAGE(bad_years, "les années d'études sont 1, 2 ou 3 séparées par |, trouvé « {1} »",
                "study years must be 1, 2 or 3 separated by |, got \"{1}\"")
VITRINE_MESSAGE(bad_date,
                "date {1} invalide « {2} » (écrivez AAAA-MM-JJ comme 2027-02-08, ou JJ/MM/AAAA)",
                "invalid {1} date \"{2}\" (use YYYY-MM-DD like 2027-02-08, or DD/MM/YYYY)")
VITRINE_MESSAGE(day_first_dates,
                "colonne {1} : dates JJ/MM/AAAA lues jour d'abord ({2} = {3}) ; AAAA-MM-JJ évite toute ambiguïté",
                "column {1}: DD/MM/YYYY dates read day first ({2} = {3}); YYYY-MM-DD avoids any doubt")
VITRINE_MESSAGE(period_reversed, "la période se termine ({1}) avant de commencer ({2})",
                "the period ends ({1}) before it starts ({2})")
VITRINE_MESSAGE(deadline_after_start, "la date limite ({1}) est après le début ({2})",
                "the deadline ({1}) is after the start ({2})")
VITRINE_MESSAGE(deadline_past, "la date limite ({1}) est déjà passée", "the deadline ({1}) is already past")
VITRINE_MESSAGE(period_over, "la période de stage est déjà terminée ({1})",
                "the stage period already ended ({1})")
VITRINE_MESSAGE(unknown_welcome, "condition d'accueil inconnue « {1} »", "unknown welcome condition \"{1}\"")
VITRINE_MESSAGE(bad_weeks, "weeks doit être un nombre entier de 1 à 52, trouvé « {1} »",
                "weeks must be a whole number from 1 to 52, got \"{1}\"")
VITRINE_MESSAGE(bad_offer_languages,
                "languages doit contenir des codes à deux lettres comme fr|nl, trouvé « {1} »",
                "languages must be two-letter codes like fr|nl, got \"{1}\"")
VITRINE_MESSAGE(unknown_document,
                "document inconnu « {1} » (cv, motivation_letter, transcript, recommendation, criminal_record, agreement)",
                "unknown document \"{1}\" (cv, motivation_letter, transcript, recommendation, criminal_record, agreement)")
VITRINE_MESSAGE(bad_places, "places doit être un nombre entier positif, trouvé « {1} »",
                "places must be a positive whole number, got \"{1}\"")
VITRINE_MESSAGE(unknown_event_kind,
                "type inconnu « {1} » (open_day, info_session, roadshow, fair, other)",
                "unknown kind \"{1}\" (open_day, info_session, roadshow, fair, other)")
VITRINE_MESSAGE(bad_event_date,
                "date invalide « {1} » (écrivez AAAA-MM-JJ comme 2027-02-08, ou JJ/MM/AAAA)",
                "invalid date \"{1}\" (use YYYY-MM-DD like 2027-02-08, or DD/MM/YYYY)")
VITRINE_MESSAGE(event_past, "la date de l'événement ({1}) est déjà passée",
                "the event date ({1}) is already past")
VITRINE_MESSAGE(bad_time, "{1} invalide « {2} » (écrivez HH:MM)", "invalid {1} \"{2}\" (use HH:MM)")
VITRINE_MESSAGE(event_reversed, "l'événement se termine ({1}) avant de commencer ({2})",
                "the event ends ({1}) before it starts ({2})")
VITRINE_MESSAGE(bad_weight,
                "un poids s'écrit métier:points avec des points de 1 à 5, trouvé « {1} »",
                "weight must be career:points with points 1 to 5, got \"{1}\"")
VITRINE_MESSAGE(career_weighted_twice, "métier « {1} » pondéré deux fois", "career \"{1}\" weighted twice")
VITRINE_MESSAGE(quiz_missing_text,
                "question_text manquant (obligatoire sur la première ligne d'une question)",
                "missing question_text (required on a question's first row)")
VITRINE_MESSAGE(quiz_unreachable,
                "le métier « {1} » ne sort jamais premier du quiz, quelles que soient les réponses",
                "career \"{1}\" never comes out first in the quiz, whatever the answers")
VITRINE_MESSAGE(quiz_unreachable_no_points,
                "le métier « {1} » ne sort jamais premier du quiz : aucune réponse ne lui donne de "
                "points",
                "career \"{1}\" never comes out first in the quiz (no answer gives it points)")
VITRINE_MESSAGE(quiz_too_large_to_search,
                "quiz trop grand ({1} questions, {2} métiers) pour chercher quels métiers n'en "
                "sortent jamais premiers : cette vérification n'est pas faite",
                "quiz too large ({1} questions, {2} careers) to search which careers never come out "
                "first: that check is skipped")
VITRINE_MESSAGE(quiz_answers_apart,
                "identifiant de question « {1} » en double : les réponses d'une question doivent se "
                "suivre (elle commence ligne {2})",
                "duplicate question id \"{1}\": the answers of a question must follow each other "
                "(it started on line {2})")
VITRINE_MESSAGE(quiz_few_answers, "la question « {1} » demande au moins deux réponses",
                "question \"{1}\" needs at least two answers")

// Images.
VITRINE_MESSAGE(image_bad_name, "l'image doit être un nom de fichier de images/, trouvé « {1} »",
                "image must be a file name in images/, got \"{1}\"")
VITRINE_MESSAGE(image_not_found, "image introuvable : {1}", "image not found: {1}")
VITRINE_MESSAGE(image_did_you_mean, "image introuvable : {1} (vouliez-vous dire {2} ?)",
                "image not found: {1} (did you mean {2}?)")
VITRINE_MESSAGE(image_too_small, "image trop petite ({1}x{2}), au moins {3} px de chaque côté",
                "image too small ({1}x{2}), at least {3} px on each side")
VITRINE_MESSAGE(image_reencode_failed, "impossible de redimensionner et réencoder l'image",
                "cannot be resized and re-encoded")
VITRINE_MESSAGE(image_not_png_jpeg,
                "pas une image PNG ou JPEG (HEIC, WebP, GIF… ?) : exportez-la en JPEG",
                "not a PNG or JPEG file (HEIC, WebP, GIF…?): export it as JPEG")
VITRINE_MESSAGE(image_file_too_large, "fichier trop gros", "file too large")
VITRINE_MESSAGE(image_too_large, "trop grande ({1}x{2}, au plus {3} pixels de côté)",
                "too large ({1}x{2}, at most {3} pixels a side)")
VITRINE_MESSAGE(image_damaged,
                "image tronquée ou abîmée : rouvrez-la dans un logiciel photo et enregistrez-la de nouveau",
                "image truncated or damaged: open it in a photo tool and save it again")
VITRINE_MESSAGE(image_unsupported,
                "variante de PNG ou JPEG non prise en charge (JPEG progressif 12 bits, PNG entrelacé 16 bits… ?) : enregistrez-la en JPEG standard",
                "unsupported kind of PNG or JPEG: save it as a standard JPEG")
// Pack limits (pack_limits.cpp): at build time and when the kiosk opens a pack.
VITRINE_MESSAGE(limit_id, "{1} : ", "{1}: ")  // before the others when the limit is one item's
VITRINE_MESSAGE(limit_field, "{1} fait {2} octets (au plus {3})", "{1} is {2} bytes long (at most {3})")
VITRINE_MESSAGE(limit_paragraph, "le paragraphe {1} du corps fait {2} octets (au plus {3})", "paragraph {1} of the body is {2} bytes long (at most {3})")
VITRINE_MESSAGE(limit_body_lines, "le corps a {1} titres, paragraphes et puces (au plus {2})", "the body has {1} headings, paragraphs and bullets (at most {2})")
VITRINE_MESSAGE(limit_body_bytes, "le corps fait {1} octets (au plus {2})", "the body is {1} bytes long (at most {2})")
VITRINE_MESSAGE(limit_rows, "{1} lignes (au plus {2})", "{1} rows (at most {2})")
VITRINE_MESSAGE(limit_careers, "{1} métiers (au plus {2})", "{1} careers (at most {2})")
VITRINE_MESSAGE(limit_questions, "{1} questions (au plus {2})", "{1} questions (at most {2})")
VITRINE_MESSAGE(limit_answers, "{1} réponses (au plus {2})", "{1} answers (at most {2})")
VITRINE_MESSAGE(limit_weights, "{1} poids de réponses (au plus {2})", "{1} answer weights (at most {2})")
VITRINE_MESSAGE(limit_translations, "{1} textes traduits (au plus {2})", "{1} translated texts (at most {2})")
VITRINE_MESSAGE(limit_images, "{1} images (au plus {2})", "{1} images (at most {2})")
VITRINE_MESSAGE(limit_image_pixels, "enregistrée en {1}x{2} pixels (au plus {3}x{4})", "stored at {1}x{2} pixels (at most {3}x{4})")
VITRINE_MESSAGE(limit_image_bytes, "enregistrée en {1} octets (au plus {2})", "stored in {1} bytes (at most {2})")

// Opening a pack (pack.cpp): PackError, on the kiosk and in kioskctl.
VITRINE_MESSAGE(pack_over_limit, "Ce pack dépasse une limite de Vitrine ({1}) — corrigez les sources et reconstruisez-le avec kioskctl pack build : {2}", "This pack exceeds a limit of Vitrine ({1}) — fix the sources and build it again with kioskctl pack build: {2}")
VITRINE_MESSAGE(limit_pack_file, "fichier de {1} octets, au plus {2}", "a file of {1} bytes, at most {2}")
VITRINE_MESSAGE(pack_not_found, "Le fichier de contenu est introuvable : {1}", "The content file is missing: {1}")
VITRINE_MESSAGE(pack_is_store, "Ce fichier est le fichier des visiteurs de la borne, pas un pack de contenu : {1}", "This file is the kiosk's visitor file, not a content pack: {1}")
VITRINE_MESSAGE(not_a_pack, "Ce fichier n’est pas un pack de contenu Vitrine : {1}", "This file is not a Vitrine content pack: {1}")
VITRINE_MESSAGE(pack_damaged, "Le pack de contenu est endommagé ({1}) — copiez-le à nouveau : {2}", "The content pack is damaged ({1}) — copy it again: {2}")
VITRINE_MESSAGE(pack_unreadable, "Le pack de contenu est endommagé ou illisible ({1}) — copiez-le à nouveau : {2}", "The content pack is damaged or unreadable ({1}) — copy it again: {2}")
VITRINE_MESSAGE(pack_newer, "Ce pack demande une version plus récente de Vitrine (schéma {1}, cette borne lit le schéma {2}) — mettez Vitrine à jour ou reconstruisez le pack avec le kioskctl de cette borne : {3}", "This pack needs a newer version of Vitrine (schema {1}, this kiosk reads schema {2}) — update Vitrine or build the pack again with this kiosk's kioskctl: {3}")
VITRINE_MESSAGE(pack_old_schema, "Ce pack a été construit pour le schéma {1} — reconstruisez-le avec kioskctl pack build : {2}", "This pack was built for schema {1} — build it again with kioskctl pack build: {2}")
VITRINE_MESSAGE(schema_unknown, "inconnu", "unknown")
VITRINE_MESSAGE(pack_modified, "Le contenu de ce pack a été modifié après sa construction (empreinte SHA-256 différente) — reconstruisez-le avec kioskctl pack build : {1}", "This pack's content was changed after it was built (different SHA-256 hash) — build it again with kioskctl pack build: {1}")
VITRINE_MESSAGE(pack_foreign_object, "Ce pack contient « {1} », que kioskctl pack build n'écrit pas : il a été modifié après sa construction — reconstruisez-le avec kioskctl pack build : {2}", "This pack holds \"{1}\", which kioskctl pack build does not write: it was changed after it was built — build it again with kioskctl pack build: {2}")

// clang-format on

#!/usr/bin/env bash
# End-to-end: the real kioskctl on real store files, as stand staff and organisations use it:
# merge two kiosks (and a Vitrine 1 file), export one organisation's leads as CSV and JSON,
# erase a visitor, purge old contact details; checks outputs and the raw bytes of the files.
set -euo pipefail
KIOSKCTL="$2"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"

passed=0
fail() { echo "FAIL: $*"; exit 1; }
ok() { passed=$((passed + 1)); echo "ok: $*"; }
# Runs kioskctl, keeping stdout, stderr and the exit code for the checks; in French (the words
# checked below), whatever the machine's locale.
run() { set +e; LC_ALL=fr_BE.UTF-8 LANGUAGE= "$KIOSKCTL" "$@" >out.txt 2>err.txt; rc=$?; set -e; }
has() { grep -qF -- "$2" "$1" || { echo "--- $1:"; cat "$1"; fail "$3"; }; }

# A store written by Vitrine 1 (user_version 1, one consent box, no per-organisation table).
sqlite3 v1.db >/dev/null <<'SQL'
PRAGMA journal_mode=WAL;
CREATE TABLE submissions(
  id TEXT PRIMARY KEY, created_at TEXT NOT NULL, kiosk_id TEXT, event_tag TEXT, pack_id TEXT,
  profile TEXT, career_ids TEXT, offer_ids TEXT, consent INTEGER NOT NULL,
  consent_version TEXT, consent_at TEXT);
CREATE TABLE personal(
  submission_id TEXT PRIMARY KEY REFERENCES submissions(id) ON DELETE CASCADE,
  first_name TEXT, email TEXT, phone TEXT, postal_code TEXT, message TEXT);
PRAGMA user_version = 1;
INSERT INTO submissions VALUES('11111111-1111-4111-8111-111111111111','2025-02-01T10:00:00.000Z',
  'borne-v1','salon 2025','demo','parent','educateur-specialise','',1,'2024-09',
  '2025-02-01T10:00:00.000Z');
INSERT INTO personal VALUES('11111111-1111-4111-8111-111111111111','Amélie','amelie@exemple.fr',
  '+33612345678','75011','Rappelez-moi');
INSERT INTO submissions VALUES('22222222-2222-4222-8222-222222222222','2025-02-01T11:00:00.000Z',
  'borne-v1','salon 2025','demo','pupil','animateur-socioculturel','',0,'2024-09',NULL);
SQL

# Kiosk A: the old file merged into a new store, then two answers of the day.
run leads merge v1.db -o a.db
[ $rc -eq 0 ] || { cat err.txt; fail "merge of a Vitrine 1 store failed"; }
has out.txt "v1.db : 2 ajoutée(s), 0 déjà présente(s)" "v1 merge counts"
ok "a Vitrine 1 store merges into a new one"
NOW=$(date -u +%Y-%m-%dT%H:%M:%S.000Z)
sqlite3 a.db <<SQL
INSERT INTO submissions VALUES('aaaaaaaa-0000-4000-8000-000000000001','$NOW','borne-a',
  'Cité des métiers','demo','student:2','educateur-specialise|mediateur-social','cpas-namur-isp',
  1,'2025-01','$NOW',
  (SELECT coalesce(max(seq), 0) + 1 FROM submissions));
INSERT INTO personal VALUES('aaaaaaaa-0000-4000-8000-000000000001','Zoé 🎓','zoe@exemple.be',
  '+32470111222','5000','Stage ; "ISP" si possible, مرحبا');
INSERT INTO consents VALUES('aaaaaaaa-0000-4000-8000-000000000001','cpas-namur','2025-01','$NOW');
INSERT INTO consents VALUES('aaaaaaaa-0000-4000-8000-000000000001','henallux','2025-01','$NOW');
INSERT INTO submissions VALUES('aaaaaaaa-0000-4000-8000-000000000002','$NOW','borne-a',
  'Cité des métiers','demo','jobseeker','ingenieur-social','',1,'2025-01','$NOW',
  (SELECT coalesce(max(seq), 0) + 1 FROM submissions));
INSERT INTO personal VALUES('aaaaaaaa-0000-4000-8000-000000000002','Yann','yann@exemple.be',
  '','1000','=HYPERLINK("http://x")');
INSERT INTO consents VALUES('aaaaaaaa-0000-4000-8000-000000000002','henallux','2025-01','$NOW');
SQL

# Kiosk B already holds a copy of A's leads, plus one of its own.
run leads merge a.db -o b.db
[ $rc -eq 0 ] || fail "merge into b.db failed"
sqlite3 b.db <<SQL
INSERT INTO submissions VALUES('bbbbbbbb-0000-4000-8000-000000000001','$NOW','borne-b',
  'Cité des métiers','demo','professional','assistant-service-social','',0,'2025-01',NULL,
  (SELECT coalesce(max(seq), 0) + 1 FROM submissions));
SQL

run leads merge a.db b.db -o stand.db
[ $rc -eq 0 ] || { cat err.txt; fail "merge of two kiosks failed"; }
has out.txt "a.db : 4 ajoutée(s), 0 déjà présente(s)" "merge counts for a.db"
has out.txt "b.db : 1 ajoutée(s), 4 déjà présente(s)" "merge counts for b.db"
has out.txt "contient 5 fiche(s)" "merged total"
[ "$(sqlite3 stand.db 'SELECT count(*) FROM submissions')" = 5 ] || fail "stand.db should hold 5"
ok "two kiosks merge, de-duplicated by id, with counts"
run leads merge a.db b.db -o stand.db
has out.txt "Total : 0 ajoutée(s), 9 déjà présente(s)" "second merge must add nothing"
ok "merging again adds nothing (idempotent)"
run stats report stand.db -o rapport.png
[ $rc -eq 0 ] || { cat err.txt; fail "PNG report failed"; }
[ "$(head -c 8 rapport.png | od -An -tx1 | tr -d ' ')" = 89504e470d0a1a0a ] || fail "not a PNG"
run stats report stand.db -o rapport.pdf
[ $rc -eq 2 ] || fail "an unknown report format must be refused (exit $rc)"
[ ! -e rapport.pdf ] || fail "a refused report was written"
ok "the statistics report of the merged store is written as PNG; other formats are refused"
run leads merge a.db nulle-part.db -o other.db
[ $rc -eq 1 ] || fail "a missing input must fail (exit $rc)"
has err.txt "introuvable" "missing input message"
[ ! -e other.db ] || fail "a failed merge created its output"
ok "a missing input is refused clearly, nothing written"

# CSV for one organisation: only its consenting lead, BOM, neutralised formulas.
run leads export --store stand.db --org cpas-namur -o cpas-namur.csv
[ $rc -eq 0 ] || { cat err.txt; fail "CSV export failed"; }
has err.txt "1 fiche(s) exportée(s) pour l'organisation « cpas-namur »" "export count"
[ "$(head -c 3 cpas-namur.csv | od -An -tx1 | tr -d ' ')" = efbbbf ] || fail "no UTF-8 BOM"
[ "$(wc -l <cpas-namur.csv)" -eq 2 ] || fail "cpas-namur.csv should have a header and 1 lead"
has cpas-namur.csv "zoe@exemple.be" "the consenting lead's e-mail"
has cpas-namur.csv '"Stage ; ""ISP"" si possible, مرحبا"' "quoted message kept exactly"
if grep -q "yann@\|amelie@" cpas-namur.csv; then fail "another organisation's lead leaked"; fi
ok "CSV for cpas-namur holds only its lead"
run leads export --store stand.db --org henallux --delimiter , -o henallux.csv
has henallux.csv "'=HYPERLINK" "formula cell must be neutralised"
ok "formula-looking cells are neutralised"

# JSON for one organisation, validated and read back by SQLite's JSON functions.
run leads export --store stand.db --org henallux --format json -o henallux.json
[ $rc -eq 0 ] || fail "JSON export failed"
q() { sqlite3 :memory: "SELECT $1 FROM (SELECT readfile('henallux.json') AS j)"; }
[ "$(q 'json_valid(j)')" = 1 ] || fail "henallux.json is not valid JSON"
[ "$(q 'json_array_length(j)')" = 2 ] || fail "henallux.json should hold 2 leads"
[ "$(q "json_extract(j, '\$[0].contact.first_name')")" = "Zoé 🎓" ] || fail "first name"
[ "$(q "json_extract(j, '\$[0].contact.message')")" = 'Stage ; "ISP" si possible, مرحبا' ] ||
  fail "message not read back exactly"
[ "$(q "json_extract(j, '\$[0].consent.organisations')")" = '["henallux"]' ] ||
  fail "consent should list only the receiving organisation"
[ "$(q "json_extract(j, '\$[1].consent.version')")" = 2025-01 ] || fail "consent version"
ok "JSON for henallux is valid and reads back exactly"

# Right to erasure, by the phone number as the visitor says it.
run leads erase --store stand.db "0470 11 12 22"
[ $rc -eq 0 ] || { cat err.txt; fail "erase failed"; }
has out.txt "1 fiche(s) effacée(s)" "erase count"
if grep -qa "470111222\|zoe@exemple" stand.db*; then fail "erased data still in the files"; fi
[ "$(sqlite3 stand.db 'SELECT count(*) FROM submissions')" = 5 ] || fail "anonymous interest lost"
ok "erasure leaves no byte of the contact in stand.db or its journal"

# Retention: contact details older than 30 days go (the Vitrine 1 lead of 2025).
run leads purge --store stand.db --older-than 30
[ $rc -eq 0 ] || { cat err.txt; fail "purge failed"; }
has out.txt "1 fiche(s) : coordonnées effacées" "purge count"
if grep -qa "amelie@exemple" stand.db*; then fail "purged data still in the files"; fi
has <(sqlite3 stand.db 'SELECT email FROM personal') "yann@exemple.be" "recent lead kept"
[ "$(sqlite3 stand.db 'PRAGMA integrity_check')" = ok ] || fail "integrity check"
ok "purge removes old contact details only"

run leads export --store stand.db --format xlsx
[ $rc -eq 2 ] || fail "unknown format must be a usage error"
run leads purge --store stand.db --older-than -1
[ $rc -eq 2 ] || fail "negative days must be a usage error"
run leads erase --store typo.db x@exemple.be
[ $rc -eq 1 ] && [ ! -e typo.db ] || fail "erase on a missing store must fail without creating it"
ok "mistakes are refused with an exit code"

echo "e2e: $passed passed, 0 failed"

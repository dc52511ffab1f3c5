#!/usr/bin/env bash
# End-to-end: a visitor leaves real contact details with real clicks on the real kiosk under
# Xvfb — a first name with an accent, an e-mail with digits (zoe.martin1987@exemple.be) and a
# French mobile (06 12 34 56 78) with a Paris postal code at a Belgian kiosk — sends with one box
# ticked; kioskctl then exports them intact (+33612345678) and erases them by the French reading.
# Where to click comes from click_plan, which replays the same journey headless.
set -euo pipefail
KIOSK="$1"
KIOSKCTL="$2"
SRC="$3"
PLAN="$4"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$KIOSKCTL" pack build "$SRC/content/demo" -o "$WORK/demo.kpack" >/dev/null
"$PLAN" "$WORK/demo.kpack" 1920 1080 attract home.offers first:offer: interested selection \
  field.firstname key:shift "type:zoé" field.email type:zoe.martin1987 key:@ type:exemple \
  key:.be field.postalcode type:75011 field.phone "type:06 12 34 56 78" form.next \
  first:consent: send >"$WORK/clicks.txt" || fail "click_plan could not plan the journey"
echo "$(wc -l <"$WORK/clicks.txt") clicks planned"

cat >"$WORK/inner.sh" <<'INNER'
#!/usr/bin/env bash
set -euo pipefail
KIOSK="$1"; WORK="$2"
"$KIOSK" --pack "$WORK/demo.kpack" --store "$WORK/visitors.db" --country BE &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
  xdotool search --name '^Vitrine$' >/dev/null 2>&1 && break
  kill -0 $PID 2>/dev/null || { echo "FAIL: kiosk exited early"; exit 1; }
  sleep 0.2
done
sleep 1.5
STOPPED=0
while read -r x y name; do
  # FROZEN=1: each run of keys is typed while the kiosk is stopped (a frame that lasts the
  # whole word), so every tap waits in the window system's queue with its own position.
  if [ "${FROZEN:-0}" = 1 ]; then
    case "$name" in
      key:*) [ "$STOPPED" = 1 ] || { kill -STOP $PID; STOPPED=1; } ;;
      *) [ "$STOPPED" = 0 ] || { kill -CONT $PID; STOPPED=0; sleep 1; } ;;
    esac
  fi
  xdotool mousemove "$x" "$y" click 1
  case "$name" in
    key:*) [ "$STOPPED" = 1 ] || sleep 0.08 ;;   # a brisk typist; the input queue keeps every tap
    *) sleep 0.6 ;;        # a new screen or field
  esac
done <"$WORK/clicks.txt"
[ "$STOPPED" = 0 ] || kill -CONT $PID
sleep 1
kill -0 $PID || { echo "FAIL: kiosk died"; exit 1; }
kill -TERM $PID
wait $PID || true
INNER
chmod +x "$WORK/inner.sh"
xvfb-run -a -s "-screen 0 1920x1080x24 -noreset" "$WORK/inner.sh" "$KIOSK" "$WORK"

# Contact details are sealed to the organisation ticked: its (demo) key opens them, at its office.
q() { sqlite3 :memory: "SELECT $1 FROM (SELECT readfile('$WORK/leads.json') AS j)"; }
KEY=""
for k in "$SRC"/content/demo/keys/DEMO-SECRETS-not-for-real-use/*.DEMO.secret; do
  "$KIOSKCTL" leads export --store "$WORK/visitors.db" --key "$k" --format json \
    -o "$WORK/leads.json" 2>"$WORK/err.txt" || continue
  [ "$(q 'json_array_length(j)')" = 1 ] && { KEY="$k"; break; }
done
[ -n "$KEY" ] || { cat "$WORK/err.txt"; fail "no organisation's key exports the lead"; }
email=$(q "json_extract(j, '\$[0].contact.email')")
phone=$(q "json_extract(j, '\$[0].contact.phone')")
name=$(q "json_extract(j, '\$[0].contact.first_name')")
postal=$(q "json_extract(j, '\$[0].contact.postal_code')")
echo "stored: $name <$email> $phone $postal"
[ "$email" = "zoe.martin1987@exemple.be" ] || fail "e-mail not intact: $email"
[ "$phone" = "+33612345678" ] || fail "French phone not read as French: $phone"
[ "$name" = "Zoé" ] || fail "first name not intact: $name"
[ "$postal" = "75011" ] || fail "postal code not intact: $postal"

LC_ALL=fr_BE.UTF-8 "$KIOSKCTL" leads erase --store "$WORK/visitors.db" --key "$KEY" --country FR \
  "06 12 34 56 78" >"$WORK/out.txt"  # French: the words checked below
grep -qF "1 fiche(s) effacée(s)" "$WORK/out.txt" || { cat "$WORK/out.txt"; fail "erase by FR"; }
echo "e2e: 1 passed, 0 failed"

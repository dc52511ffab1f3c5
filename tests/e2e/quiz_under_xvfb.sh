#!/usr/bin/env bash
# End-to-end: the orientation quiz on the real kiosk under Xvfb, tapped through with real clicks
# (xdotool): the home screen's middle door, the first answer of every question, then the result.
# Checks from pixels that the question and result screens are drawn, and from the anonymous
# statistics in the visitor store that the run finished with the career the demo pack's weights
# put first (computed here from quiz.csv), and that « Découvrir le métier » opens that career.
set -euo pipefail
KIOSK="$1"
KIOSKCTL="$2"
SRC="$3"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

"$KIOSKCTL" pack build "$SRC/content/demo" -o "$WORK/demo.kpack" >/dev/null
# The first answer of each question (its first row), weights in the column named so: the career
# with the most points, then the most answers giving points, then the first id (content/README.md).
EXPECTED=$(awk -F';' 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "weights") col = i; next }
  !seen[$1]++ {
    n = split($col, w, "|")
    for (i = 1; i <= n; i++) { split(w[i], p, ":"); pts[p[1]] += p[2]; cnt[p[1]]++ }
  } END { for (c in pts) print pts[c], cnt[c], c }' "$SRC/content/demo/quiz.csv" |
  sort -k1,1nr -k2,2nr -k3,3 | head -1 | cut -d' ' -f3)
QUESTIONS=$(awk -F';' 'NR > 1 && !seen[$1]++' "$SRC/content/demo/quiz.csv" | wc -l)
echo "expected first career for the first answers: $EXPECTED ($QUESTIONS questions)"

cat >"$WORK/inner.sh" <<'INNER'
#!/usr/bin/env bash
set -euo pipefail
KIOSK="$1"; WORK="$2"; QUESTIONS="$3"
"$KIOSK" --pack "$WORK/demo.kpack" --store "$WORK/visitors.db" &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT

fail() { echo "FAIL: $*"; exit 1; }
shot() { sleep "${2:-1.2}"; import -window root "$WORK/$1.png"; }
pixel() { convert "$WORK/$1.png" -format "%[fx:int(255*p{$2,$3}.r)] %[fx:int(255*p{$2,$3}.g)] %[fx:int(255*p{$2,$3}.b)]" info:; }
near() {  # near "r g b" R G B: every channel within 12
  read -r r g b <<<"$1"
  [ $(( (r-$2)*(r-$2) < 144 && (g-$3)*(g-$3) < 144 && (b-$4)*(b-$4) < 144 )) -eq 1 ]
}
events() { sqlite3 "$WORK/visitors.db" "SELECT count(*) FROM events WHERE kind = '$1'"; }

for _ in $(seq 1 50); do
  xdotool search --name '^Vitrine$' >/dev/null 2>&1 && break
  kill -0 $PID 2>/dev/null || fail "kiosk exited early"
  sleep 0.2
done
sleep 1.5
xdotool mousemove 960 540 click 1  # the attract loop's first slide is a career: home
shot home
door=$(pixel home 960 960)
echo "home: middle door $door"
near "$door" 42 39 48 || fail "no dark quiz door in the middle of the home screen"

xdotool mousemove 960 800 click 1
shot question
tile=$(pixel question 300 420)
echo "question 1: first answer tile $tile"
near "$tile" 255 255 255 || fail "no white answer tile on the first question"
# Answer A of every question: the first tile, top left, in every question's grid.
for q in $(seq 1 "$QUESTIONS"); do
  xdotool mousemove 300 450 click 1
  sleep 0.6
done
shot result 1.5
bar=$(pixel result 960 1060)
echo "result: bottom bar $bar"
near "$bar" 243 230 211 || fail "no result screen (its sand bar with « Recommencer »)"
[ "$(events quiz_start)" = 1 ] || fail "quiz_start was not counted once"
[ "$(events quiz_answer)" = "$QUESTIONS" ] || fail "not every answer was counted"
[ "$(events quiz_finish)" = 1 ] || fail "the run did not finish"
sqlite3 "$WORK/visitors.db" "SELECT subject FROM events WHERE kind = 'quiz_top'" >"$WORK/top.txt"

# « Découvrir le métier » of the first card: the first terracotta pixel below its picture.
convert "$WORK/result.png" -crop 1x440+340+500 +repage txt:- >"$WORK/column.txt"
y=$(awk -F'[ ,:()]+' 'NR > 1 && $3 > 200 && $4 > 100 && $4 < 130 && $5 > 65 && $5 < 95 { print $2 + 500; exit }' "$WORK/column.txt")
[ -n "$y" ] || fail "no « Découvrir le métier » button on the first card"
xdotool mousemove 340 "$(( y + 20 ))" click 1
sleep 1.2
sqlite3 "$WORK/visitors.db" "SELECT subject FROM events WHERE kind = 'career_view'" >"$WORK/view.txt"
kill -0 $PID || fail "kiosk died"
echo "OK"
INNER
chmod +x "$WORK/inner.sh"
xvfb-run -a -s "-screen 0 1920x1080x24 -noreset" "$WORK/inner.sh" "$KIOSK" "$WORK" "$QUESTIONS"
top=$(cat "$WORK/top.txt")
view=$(cat "$WORK/view.txt")
echo "quiz_top: $top, career opened from the result: $view"
[ "$top" = "$EXPECTED" ] || { echo "FAIL: the quiz put $top first, the weights say $EXPECTED"; exit 1; }
[ "$view" = "$EXPECTED" ] || { echo "FAIL: « Découvrir le métier » opened $view"; exit 1; }
echo "e2e: 1 passed, 0 failed"

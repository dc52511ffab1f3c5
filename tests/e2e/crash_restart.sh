#!/usr/bin/env bash
# End-to-end: a crash (SIGKILL) mid-visit, then a restart as systemd would do it (Restart=always,
# RestartSec=1): the kiosk must come back on the attract screen, not be blocked by the instance
# lock the dead process held, and still keep a true second instance out.
set -euo pipefail
KIOSK="$1"
KIOSKCTL="$2"
SRC="$3"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

"$KIOSKCTL" pack build "$SRC/content/demo" -o "$WORK/demo.kpack" >/dev/null

cat >"$WORK/inner.sh" <<'INNER'
#!/usr/bin/env bash
set -euo pipefail
KIOSK="$1"; WORK="$2"
fail() { echo "FAIL: $*"; echo "--- supervisor log:"; cat "$WORK/runs.log" || true; exit 1; }
shot() { sleep "${2:-1.5}"; import -window root "$WORK/$1.png"; }
pixel() { convert "$WORK/$1.png" -format "%[fx:int(255*p{$2,$3}.r)] %[fx:int(255*p{$2,$3}.g)] %[fx:int(255*p{$2,$3}.b)]" info:; }
near() {  # near "r g b" R G B: every channel within 12
  read -r r g b <<<"$1"
  [ $(( (r-$2)*(r-$2) < 144 && (g-$3)*(g-$3) < 144 && (b-$4)*(b-$4) < 144 )) -eq 1 ]
}
# The attract screen's "Touchez l'écran pour commencer" button is terracotta at the bottom left;
# the home screen has its teal "Métiers" tile there instead.
on_attract() { near "$(pixel "$1" 120 900)" 217 115 78 && ! near "$(pixel "$1" 500 1000)" 31 95 91; }
on_home() { near "$(pixel "$1" 500 1000)" 31 95 91; }
kiosk_pid() { cat "$WORK/kiosk.pid" 2>/dev/null || true; }
wait_window() {
  for _ in $(seq 1 100); do
    xdotool search --name '^Vitrine$' >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  return 1
}

# A supervisor like systemd's Restart=always / RestartSec=1: logs each exit, restarts.
(
  run=0
  while [ ! -e "$WORK/stop" ]; do
    run=$((run + 1))
    echo "run $run start" >>"$WORK/runs.log"
    rc=0
    "$KIOSK" --pack "$WORK/demo.kpack" --store "$WORK/visitors.db" --log "$WORK/kiosk.log" \
      2>>"$WORK/runs.log" &
    echo $! >"$WORK/kiosk.pid"
    wait $! 2>/dev/null || rc=$?
    echo "run $run exit $rc" >>"$WORK/runs.log"
    sleep 1
  done
) &
SUPERVISOR=$!
trap 'touch "$WORK/stop"; kill "$(kiosk_pid)" 2>/dev/null || true; wait $SUPERVISOR || true' EXIT

wait_window || fail "no kiosk window"
shot attract1 2
on_attract attract1 || fail "the first start is not on the attract screen"
xdotool mousemove 960 540 click 1
shot home
on_home home || fail "a tap did not open the home screen"

first=$(kiosk_pid)
[ -n "$first" ] || fail "no kiosk process"
kill -KILL "$first"
echo "killed kiosk $first with SIGKILL on the home screen"
[ -e "$WORK/visitors.db.lock" ] || fail "no lock file next to the store"
for _ in $(seq 1 100); do
  second=$(kiosk_pid)
  [ -n "$second" ] && [ "$second" != "$first" ] && break
  sleep 0.1
done
[ -n "$second" ] && [ "$second" != "$first" ] || fail "the supervisor did not restart the kiosk"
wait_window || fail "the restarted kiosk shows no window"
shot attract2 2
kill -0 "$second" 2>/dev/null || fail "the restarted kiosk died (instance lock?)"
on_attract attract2 || fail "after the crash the kiosk is not back on the attract screen"
grep -q 'another kiosk' "$WORK/runs.log" && fail "the dead kiosk's lock blocked the restart"
grep -q "run 1 exit 137" "$WORK/runs.log" || fail "run 1 did not end by SIGKILL"
echo "restarted as $second, back on the attract screen"

# The lock still does its job: a genuine second kiosk on the same store leaves at once.
rc=0
"$KIOSK" --pack "$WORK/demo.kpack" --store "$WORK/visitors.db" --log "$WORK/second.log" \
  2>"$WORK/second.err" || rc=$?
[ "$rc" -eq 3 ] || fail "a second instance exited with $rc, want 3"
grep -q 'another kiosk is already running' "$WORK/second.err" || fail "no clear message for a second instance"
kill -0 "$second" 2>/dev/null || fail "the second instance disturbed the running kiosk"
grep -q 'starting Vitrine' "$WORK/kiosk.log" || fail "no start line in the log file"
[ "$(grep -c 'starting Vitrine' "$WORK/kiosk.log")" -ge 2 ] || fail "the restart was not logged"
echo "OK"
INNER
chmod +x "$WORK/inner.sh"
xvfb-run -a -s "-screen 0 1920x1080x24 -noreset" "$WORK/inner.sh" "$KIOSK" "$WORK"
echo "e2e: 1 passed, 0 failed"

#!/usr/bin/env bash
# End-to-end: the kiosk under Xvfb as systemd would start it (Type=notify, WatchdogSec): a fake
# NOTIFY_SOCKET must receive READY=1 once the attract screen is up, then WATCHDOG=1 again and
# again while nobody touches the screen (the idle frame loop must wake up to feed the watchdog).
# Also checks the journal log format (JOURNAL_STREAM) and that SIGTERM is a clean stop.
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
count() { { grep -o "$1" "$WORK/notify.log" || true; } | wc -l; }
fail() { echo "FAIL: $*"; echo "--- kiosk stderr:"; cat "$WORK/stderr" || true; exit 1; }

# systemd's notify socket is a unix datagram socket; socat writes each datagram on its own line.
socat -u UNIX-RECV:"$WORK/notify.sock" STDOUT,ignoreeof >"$WORK/notify.log" &
SOCAT=$!
for _ in $(seq 1 50); do [ -S "$WORK/notify.sock" ] && break; sleep 0.1; done
[ -S "$WORK/notify.sock" ] || fail "socat did not create the notify socket"

# WATCHDOG_USEC=2 s: the kiosk must wake at least every second while idle.
exec 2>"$WORK/stderr"
JOURNAL_STREAM="$(stat -c '%d:%i' "$WORK/stderr")" \
NOTIFY_SOCKET="$WORK/notify.sock" WATCHDOG_USEC=2000000 \
  "$KIOSK" --pack "$WORK/demo.kpack" --store "$WORK/visitors.db" &
PID=$!
exec 2>&1
trap 'kill $PID $SOCAT 2>/dev/null || true' EXIT

for _ in $(seq 1 100); do
  grep -q 'READY=1' "$WORK/notify.log" 2>/dev/null && break
  kill -0 $PID 2>/dev/null || fail "kiosk exited early"
  sleep 0.1
done
grep -q 'READY=1' "$WORK/notify.log" || fail "no READY=1 on the notify socket"
xdotool search --name '^Vitrine$' >/dev/null || fail "READY=1 came but there is no kiosk window"
echo "READY=1 received"

# Nobody touches the screen now: the attract screen is idle. Count pings over 8 seconds.
before=$(count WATCHDOG=1)
sleep 8
after=$(count WATCHDOG=1)
pings=$((after - before))
echo "WATCHDOG=1 pings while idle for 8 s (WatchdogSec=2): $pings"
# A ping every WatchdogSec/2 would be 8; systemd needs one per 2 s (4). Fewer means a restart.
[ "$pings" -ge 4 ] || fail "the idle kiosk does not feed the watchdog often enough ($pings pings)"

# A frozen frame loop must stop the pings (that is what gets it restarted).
kill -STOP $PID
sleep 0.5
frozen_before=$(count WATCHDOG=1)
sleep 3
frozen_after=$(count WATCHDOG=1)
kill -CONT $PID
[ "$frozen_after" -eq "$frozen_before" ] || fail "pings kept coming while the kiosk was frozen"
echo "no ping while frozen"

# Under the journal, log lines carry a syslog priority prefix and say what was loaded.
grep -q '^<6>starting Vitrine' "$WORK/stderr" || fail "no '<6>starting Vitrine' journal line"
grep -q '^<6>pack loaded: .*15 careers' "$WORK/stderr" || fail "no 'pack loaded' journal line"

kill -TERM $PID
for _ in $(seq 1 50); do kill -0 $PID 2>/dev/null || break; sleep 0.1; done
kill -0 $PID 2>/dev/null && fail "kiosk still running 5 s after SIGTERM"
wait $PID && rc=0 || rc=$?
[ "$rc" -eq 0 ] || fail "kiosk exited with $rc after SIGTERM (want a clean 0)"
grep -q 'STOPPING=1' "$WORK/notify.log" || fail "no STOPPING=1 on SIGTERM"
grep -q '^<6>stopping on request' "$WORK/stderr" || fail "no 'stopping' journal line"
echo "OK"
INNER
chmod +x "$WORK/inner.sh"
xvfb-run -a -s "-screen 0 1920x1080x24 -noreset" "$WORK/inner.sh" "$KIOSK" "$WORK"
echo "e2e: 1 passed, 0 failed"

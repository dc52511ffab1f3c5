#!/usr/bin/env bash
# Deployment files: the systemd units pass `systemd-analyze verify`, keep the settings that make
# the kiosk unattended (restart forever, watchdog, notify), only use options the kiosk knows, and
# the Xorg snippet and scripts/deploy --dry-run do what the README promises.
set -euo pipefail
KIOSK="$(realpath "$1")"
SRC="$3"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
UNIT="$SRC/scripts/system/vitrine-kiosk.service"
XUNIT="$SRC/scripts/system/vitrine-x.service"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# The value of Key= in [Section] of a unit file (last one wins, like systemd).
value() {
  awk -v sec="[$2]" -v key="$3" '
    /^\[/ { in_sec = ($0 == sec) }
    in_sec && index($0, key "=") == 1 { v = substr($0, length(key) + 2) }
    END { print v }' "$1"
}
expect() {  # expect FILE SECTION KEY VALUE
  local got
  got="$(value "$1" "$2" "$3")"
  [ "$got" = "$4" ] || fail "$(basename "$1"): [$2] $3=$got, want $4"
}

expect "$UNIT" Unit StartLimitIntervalSec 0
expect "$UNIT" Service Type notify
expect "$UNIT" Service WatchdogSec 10
expect "$UNIT" Service Restart always
expect "$UNIT" Service RestartSec 1
expect "$UNIT" Service User vitrine
grep -q '^Environment=DISPLAY=:0$' "$UNIT" || fail "vitrine-kiosk.service does not draw on :0"
expect "$XUNIT" Unit StartLimitIntervalSec 0
expect "$XUNIT" Service Restart always
grep -q -- '-nocursor' "$XUNIT" || fail "the X server shows a cursor (no -nocursor)"

# Every option the unit passes must be one the kiosk accepts (a typo would crash-loop it).
usage="$(LC_ALL=C.UTF-8 "$KIOSK" --no-such-option 2>&1 || true)"  # the English usage
for opt in $(value "$UNIT" Service ExecStart | grep -o -- '--[a-z-]*'); do
  grep -q -- "\[$opt\b\|^usage: kiosk $opt\|$opt " <<<"$usage" || fail "ExecStart uses $opt, unknown to kiosk"
done

conf="$SRC/scripts/system/xorg.conf.d/10-vitrine.conf"
for opt in DontZap DontVTSwitch; do
  grep -Eq "Option +\"$opt\" +\"true\"" "$conf" || fail "xorg snippet lacks $opt"
done
for opt in BlankTime StandbyTime SuspendTime OffTime; do
  grep -Eq "Option +\"$opt\" +\"0\"" "$conf" || fail "xorg snippet lacks $opt 0"
done
sh -n "$SRC/scripts/system/session" || fail "scripts/system/session has a syntax error"
grep -q 'xset s off -dpms s noblank' "$SRC/scripts/system/session" || fail "the session does not stop blanking"

# scripts/deploy --dry-run: changes nothing, and shows every step of a real install.
plan="$(bash "$SRC/scripts/deploy" --dry-run)" || fail "scripts/deploy --dry-run failed"
for step in "useradd --system" "install -D -m 0755 .*/kiosk /usr/local/bin/kiosk" \
  "/var/lib/vitrine/packs /var/lib/vitrine/store" "write /etc/systemd/system/vitrine-kiosk.service" \
  "write /etc/X11/xorg.conf.d/10-vitrine.conf" "systemctl enable vitrine-x.service vitrine-kiosk.service"; do
  grep -q -- "$step" <<<"$plan" || fail "scripts/deploy --dry-run does not show: $step"
done
# On a Raspberry Pi (its device-tree model), Xorg is told that vc4 drives the screen; not elsewhere.
grep -q 20-vitrine-rpi.conf <<<"$plan" && fail "scripts/deploy writes the Raspberry Pi snippet on a PC"
pi="$(VITRINE_DEVICE_MODEL="Raspberry Pi 4 Model B Rev 1.5" bash "$SRC/scripts/deploy" --dry-run 2>&1)" ||
  fail "scripts/deploy --dry-run failed on a Raspberry Pi"
grep -A6 'write /etc/X11/xorg.conf.d/20-vitrine-rpi.conf' <<<"$pi" | grep -q 'MatchDriver "vc4"' ||
  fail "scripts/deploy on a Raspberry Pi does not make vc4 Xorg's screen: $pi"

# systemd-analyze verify: load the units exactly as systemd would. The binaries are not installed
# here, so ExecStart points at the freshly built kiosk (verify checks that it is executable).
if ! command -v systemd-analyze >/dev/null; then
  echo "SKIP systemd-analyze verify: systemd-analyze is not installed (apt-get install systemd)"
else
  sed "s|/usr/local/bin/kiosk|$KIOSK|" "$UNIT" >"$WORK/vitrine-kiosk.service"
  cp "$XUNIT" "$WORK/vitrine-x.service"
  # A control: a broken copy must be reported, or this environment's verify proves nothing.
  sed 's/^Type=notify/Type=notfy/' "$WORK/vitrine-kiosk.service" >"$WORK/broken.service"
  control="$(cd "$WORK" && SYSTEMD_LOG_COLOR=0 systemd-analyze verify broken.service 2>&1 || true)"
  if ! grep -q 'notfy' <<<"$control"; then
    echo "SKIP systemd-analyze verify: it cannot run here (a broken unit passed: $control)"
  else
    out="$(cd "$WORK" && SYSTEMD_LOG_COLOR=0 systemd-analyze verify vitrine-kiosk.service vitrine-x.service 2>&1)" \
      || fail "systemd-analyze verify failed"
    # verify only warns about unknown keys and bad values: any message about our units fails.
    if grep -E 'vitrine-(kiosk|x)\.service' <<<"$out"; then fail "systemd-analyze verify complains"; fi
    [ -z "$out" ] && echo "systemd-analyze verify: both units clean"
  fi
fi

[ "$failures" -eq 0 ] || { echo "e2e: $failures check(s) failed"; exit 1; }
echo "e2e: 1 passed, 0 failed"

#!/usr/bin/env bash
# The kiosk's --scale option: a bad value stops it at once (exit 2, before any window) with a
# sentence saying what it wants (in English: run under C.UTF-8); a good value gets past the option
# parser.
set -euo pipefail
KIOSK="$1"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

run() {  # run <scale>: sets rc and out; no display, so a kiosk past the parser stops quickly
  set +e
  out="$(env -u DISPLAY -u WAYLAND_DISPLAY LC_ALL=C.UTF-8 "$KIOSK" --pack "$WORK/none.kpack" \
         --store "$WORK/visitors.db" --scale "$1" 2>&1)"
  rc=$?
  set -e
}

for bad in 7 0.4 abc 1.5x 150% ""; do
  run "$bad"
  [ "$rc" -eq 2 ] || fail "--scale '$bad' exited $rc, want 2"
  grep -qF -- "--scale wants auto or a number from 0.5 to 3 (1 = 1080p, 2 = 4K), not \"$bad\"" \
    <<<"$out" || fail "--scale '$bad' said: $out"
done
for good in auto 0.75 2; do
  run "$good"
  [ "$rc" -ne 2 ] || fail "--scale $good was refused: $out"
  if grep -qF -- "--scale wants" <<<"$out"; then fail "--scale $good was refused: $out"; fi
done
[ "$failures" -eq 0 ] && echo "scale option: OK"
exit "$failures"

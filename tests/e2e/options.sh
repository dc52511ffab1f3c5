#!/usr/bin/env bash
# Command lines: every kiosk option value is range-checked with a message naming the option and
# what it accepts (exit 2, before any window opens); --help and -h print usage and exit 0 for
# kiosk, kioskctl and every kioskctl command (GNU conventions). No display needed. Each command
# runs in the locale its words are in (English by default; French with expect_fr).
set -uo pipefail
KIOSK="$1"
CTL="$2"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# expect CODE WORDS -- COMMAND...: exit code CODE and WORDS somewhere in stdout+stderr, the
# command run under LC_ALL=$LOCALE_FOR (C.UTF-8: English), whatever the machine's locale.
LOCALE_FOR=C.UTF-8
expect() {
  local code="$1" words="$2"
  shift 3
  local out rc
  out="$(env LC_ALL="$LOCALE_FOR" LANGUAGE= "$@" 2>&1 </dev/null)"
  rc=$?
  [ "$rc" -eq "$code" ] || fail "$(basename "$1") ${*:2}: exit $rc, wanted $code: $out"
  [[ "$out" == *"$words"* ]] || fail "$(basename "$1") ${*:2}: no « $words » in: $out"
}

P=(--pack /nonexistent.kpack --store /nonexistent/visitors.db)
expect 0 "usage: kiosk" -- "$KIOSK" --help
expect 0 "usage: kiosk" -- "$KIOSK" -h
expect 0 "--retention-days" -- "$KIOSK" --idle abc --help  # --help wins
expect 2 "--size wants WIDTHxHEIGHT, each from 320 to 16384" -- "$KIOSK" "${P[@]}" --size -5x-5
expect 2 "--size wants" -- "$KIOSK" "${P[@]}" --size 1920
expect 2 "--idle wants a whole number of seconds from 10 to 3600, not \"0\"" -- "$KIOSK" "${P[@]}" --idle 0
expect 2 "--idle wants a whole number of seconds from 10 to 3600, not \"-5\"" -- "$KIOSK" "${P[@]}" --idle -5
expect 2 "--idle wants a whole number of seconds from 10 to 3600, not \"abc\"" -- "$KIOSK" "${P[@]}" --idle abc
expect 2 "--idle wants" -- "$KIOSK" "${P[@]}" --idle 90s
expect 2 "--retention-days wants a whole number of days from 0 to 3650, not \"-3\"" -- "$KIOSK" "${P[@]}" --retention-days -3
expect 2 "--country wants one of BE|FR|CH|LU|NL|DE, not \"XX\"" -- "$KIOSK" "${P[@]}" --country XX
# A country in lower case is that country: the options pass and the kiosk starts (then stops, as
# there is no display here).
out="$(env LC_ALL=C.UTF-8 DISPLAY= "$KIOSK" "${P[@]}" --country be --scale 1.5 2>&1 </dev/null)"
[[ "$out" == *"starting Vitrine"* ]] || fail "kiosk --country be --scale 1.5 refused: $out"
expect 2 "--scale wants auto or a number from 0.5 to 3" -- "$KIOSK" "${P[@]}" --scale 0x1p1
expect 2 "--keyboard wants one of azerty|qwertz|qwerty" -- "$KIOSK" "${P[@]}" --keyboard dvorak
expect 2 "--scale wants auto or a number from 0.5 to 3" -- "$KIOSK" "${P[@]}" --scale 9
expect 2 "--start-screen wants one of attract|home" -- "$KIOSK" "${P[@]}" --start-screen quiz
expect 2 "--event wants a UTF-8 text of 1 to 100 bytes, without control characters, not \"\"" -- "$KIOSK" "${P[@]}" --event ""
# Names written into every statistics row and export: a line break would split a coordinator's CSV.
expect 2 "--event wants a UTF-8 text of 1 to 100 bytes, without control characters, not \"Salon<U+000A>SIEP\"" -- "$KIOSK" "${P[@]}" --event $'Salon\nSIEP'
expect 2 "--kiosk-id wants a UTF-8 text" -- "$KIOSK" "${P[@]}" --kiosk-id $'borne\x01'
expect 2 "--kiosk-id wants a UTF-8 text" -- "$KIOSK" "${P[@]}" --kiosk-id $'borne\xc2\x85'  # U+0085
expect 2 "--event wants a UTF-8 text" -- "$KIOSK" "${P[@]}" --event $'Salon \xe9t\xe9'  # Latin-1
expect 2 "--idle needs a value" -- "$KIOSK" "${P[@]}" --idle
expect 2 "unknown option \"--frobnicate\"" -- "$KIOSK" "${P[@]}" --frobnicate

expect 0 "usage: kioskctl" -- "$CTL" --help
expect 0 "usage: kioskctl" -- "$CTL" -h
expect 0 "kioskctl (Vitrine) " -- "$CTL" --version
expect 0 "kiosk (Vitrine) " -- "$KIOSK" --version
for cmd in "pack build" "pack check" "pack info" "pack diff" "leads export" "leads merge" \
           "leads erase" "leads purge" "stats report" "pin set" "pin check" "pin status" \
           "site export" pack leads stats pin site; do
  want="kioskctl $cmd"
  [[ "$cmd" == pin* ]] && want="kioskctl pin set|check|status"  # one usage line for the three
  # shellcheck disable=SC2086
  expect 0 "$want" -- "$CTL" $cmd --help
  # shellcheck disable=SC2086
  expect 0 "$want" -- "$CTL" $cmd -h
done
expect 0 "kioskctl pack build" -- "$CTL" pack build content -o x.kpack --help  # help wins
expect 2 "unknown command \"frobnicate\"" -- "$CTL" frobnicate --help

# The same in French: a French locale, or none at all (Vitrine's staff read French first).
expect_fr() { LOCALE_FOR=fr_BE.UTF-8 expect "$@"; }
expect_fr 0 "usage : kiosk" -- "$KIOSK" --help
expect_fr 2 "--idle attend un nombre entier de secondes de 10 à 3600, pas « 0 »" -- "$KIOSK" "${P[@]}" --idle 0
expect_fr 2 "option inconnue « --frobnicate »" -- "$KIOSK" "${P[@]}" --frobnicate
expect_fr 0 "usage : kioskctl" -- "$CTL" --help
expect_fr 0 "kioskctl pin set|check|status --store <visiteurs.db>" -- "$CTL" pin --help
expect_fr 2 "commande inconnue « frobnicate »" -- "$CTL" frobnicate --help
out="$(env -u LC_ALL -u LC_MESSAGES -u LANG -u LANGUAGE "$CTL" leads export 2>&1)"
[[ "$out" == *"--store est obligatoire"*"usage : kioskctl leads export"* ]] ||
  fail "no locale at all: kioskctl should speak French, said: $out"

if [ "$failures" -gt 0 ]; then
  echo "$failures failure(s)"
  exit 1
fi
echo "ok: options checked, --help everywhere"

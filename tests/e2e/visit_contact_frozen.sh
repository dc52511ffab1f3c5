#!/usr/bin/env bash
# End-to-end: the same visit as visit_contact.sh, but every run of keys is clicked while the
# kiosk is stopped (SIGSTOP), then resumed: the taps reach it all at once, as on a machine too
# busy to draw between two taps. Each must land on the key it was made on: a position read from
# the window system when the press is handled (not when it happened) typed the last key of the
# run for every one of them.
FROZEN=1 exec bash "$(dirname "$0")/visit_contact.sh" "$@"

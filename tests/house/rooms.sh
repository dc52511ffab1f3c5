#!/usr/bin/env bash
# The house's doors: scripts/rooms passes on the tree, and fails once a lower room includes a
# higher one (a copy of the tree with store.cpp including the app's header).
set -euo pipefail
SRC="$1"
"$SRC/scripts/rooms" >/dev/null || { "$SRC/scripts/rooms"; exit 1; }
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
cp -r "$SRC/content" "$SRC/platform" "$SRC/kiosk" "$tmp/"
rm -rf "$tmp/content/demo"
sed -i '0,/#include "store.h"/s//#include "store.h"\n#include "app.h"/' "$tmp/kiosk/store/store.cpp"
if out="$(VITRINE_ROOMS_ROOT="$tmp" "$SRC/scripts/rooms")"; then
  echo "scripts/rooms accepted store.cpp including app.h"; exit 1
fi
grep -q 'UPWARD: kiosk/store/store.cpp includes app.h' <<<"$out" || { echo "$out"; exit 1; }
echo "rooms: the tree passes, an upward include is caught"

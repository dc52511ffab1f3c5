#!/usr/bin/env bash
# End-to-end: the real kiosk under Xvfb with real GL, driven by xdotool clicks like a finger.
# Checks from pixels that the attract screen is drawn, that a tap opens the home screen with its
# two tiles, that an offer's QR code decodes with a real reader (zbarimg), and that a drag
# scrolls the offers list without opening a card.
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
"$KIOSK" --pack "$WORK/demo.kpack" --store "$WORK/visitors.db" &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT

fail() { echo "FAIL: $*"; exit 1; }
shot() { sleep "${2:-1.5}"; import -window root "$WORK/$1.png"; }
pixel() { convert "$WORK/$1.png" -format "%[fx:int(255*p{$2,$3}.r)] %[fx:int(255*p{$2,$3}.g)] %[fx:int(255*p{$2,$3}.b)]" info:; }
near() {  # near "r g b" R G B: every channel within 12
  read -r r g b <<<"$1"
  [ $(( (r-$2)*(r-$2) < 144 && (g-$3)*(g-$3) < 144 && (b-$4)*(b-$4) < 144 )) -eq 1 ]
}

for _ in $(seq 1 50); do
  xdotool search --name '^Vitrine$' >/dev/null 2>&1 && break
  kill -0 $PID 2>/dev/null || fail "kiosk exited early"
  sleep 0.2
done
shot attract 2
sd=$(convert "$WORK/attract.png" -colorspace gray -format "%[fx:standard_deviation]" info:)
echo "attract screen grey std-dev: $sd"
awk -v s="$sd" 'BEGIN { exit !(s > 0.05) }' || fail "attract screen looks blank"

xdotool mousemove 960 540 click 1
shot home
teal=$(pixel home 500 1000)
terra=$(pixel home 1500 1000)
echo "home tiles: Métiers=$teal Stages=$terra"
near "$teal" 31 95 91 || fail "no teal Métiers tile on the home screen"
near "$terra" 217 115 78 || fail "no terracotta Stages tile on the home screen"

xdotool mousemove 1500 900 click 1
shot offers
xdotool mousemove 1200 272 click 1
shot offer
url=$(zbarimg --quiet --raw "$WORK/offer.png" || true)
echo "QR code on the offer screen: $url"
[ -n "$url" ] || fail "no readable QR code on the offer detail screen"
echo "$url" >"$WORK/qr.txt"

# Back to the list, then a real drag: the list scrolls and no card opens.
xdotool mousemove 135 72 click 1
shot list
xdotool mousemove 1300 900 mousedown 1
for y in 860 800 720 640 560 480 420 380; do xdotool mousemove 1300 "$y"; sleep 0.03; done
xdotool mouseup 1
shot dragged 2.5
crop() { convert "$WORK/$1.png" -crop "$2" +repage "$WORK/$1-$3.png"; }
differ() { compare -metric AE -fuzz 8% "$WORK/$1" "$WORK/$2" null: 2>&1 || true; }
crop list 1280x700+620+320 cards; crop dragged 1280x700+620+320 cards
crop list 900x110+0+10 header; crop dragged 900x110+0+10 header
moved=$(differ list-cards.png dragged-cards.png)
header=$(differ list-header.png dragged-header.png)
echo "drag: $moved pixels of the list changed, $header of the header"
[ "${moved%%.*}" -gt 20000 ] || fail "a drag on the offers list did not scroll it"
[ "${header%%.*}" -lt 500 ] || fail "a drag on the offers list opened something"
kill -0 $PID || fail "kiosk died"
echo "OK"
INNER
chmod +x "$WORK/inner.sh"
xvfb-run -a -s "-screen 0 1920x1080x24 -noreset" "$WORK/inner.sh" "$KIOSK" "$WORK"
grep -qF "$(cat "$WORK/qr.txt")" "$SRC/content/demo/offers.csv" || {
  echo "FAIL: the QR code does not carry an application URL from the pack"
  exit 1
}
echo "e2e: 1 passed, 0 failed"

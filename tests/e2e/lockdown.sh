#!/usr/bin/env bash
# End-to-end lockdown: under Xvfb, the fullscreen kiosk ignores a window manager's close request
# (what Alt+F4 sends), Escape, Alt+F4, Ctrl+W/Q and friends, and keeps the X screen saver
# suspended while it runs; a stop request (SIGTERM, what systemd sends) ends it cleanly at once.
# Control: in --windowed (development) mode the same close request does close it, so the request
# really reaches the window.
set -euo pipefail
KIOSK="$1"
KIOSKCTL="$2"
SRC="$3"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

"$KIOSKCTL" pack build "$SRC/content/demo" -o "$WORK/demo.kpack" >/dev/null
# A tiny X client: sends WM_DELETE_WINDOW to a window by name, or prints the screen-saver state.
cat >"$WORK/xhelper.c" <<'C'
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/scrnsaver.h>
#include <stdio.h>
#include <string.h>
int main(int argc, char** argv) {
  Display* d = XOpenDisplay(NULL);
  if (!d || argc < 2) return 2;
  if (strcmp(argv[1], "saver") == 0) {
    XScreenSaverInfo* info = XScreenSaverAllocInfo();
    if (!XScreenSaverQueryInfo(d, DefaultRootWindow(d), info)) return 2;
    puts(info->state == ScreenSaverOn ? "on" : info->state == ScreenSaverOff ? "off" : "disabled");
    return 0;
  }
  Window root = DefaultRootWindow(d), r, p, *kids = NULL;
  unsigned n = 0;
  XQueryTree(d, root, &r, &p, &kids, &n);
  Atom protocols = XInternAtom(d, "WM_PROTOCOLS", False);
  Atom del = XInternAtom(d, "WM_DELETE_WINDOW", False);
  int sent = 0;
  for (unsigned i = 0; i < n; ++i) {
    char* name = NULL;
    if (XFetchName(d, kids[i], &name) && name && argc > 2 && strcmp(name, argv[2]) == 0) {
      XEvent e;
      memset(&e, 0, sizeof e);
      e.xclient.type = ClientMessage;
      e.xclient.window = kids[i];
      e.xclient.message_type = protocols;
      e.xclient.format = 32;
      e.xclient.data.l[0] = (long)del;
      e.xclient.data.l[1] = CurrentTime;
      XSendEvent(d, kids[i], False, NoEventMask, &e);
      ++sent;
    }
    if (name) XFree(name);
  }
  XCloseDisplay(d);
  return sent ? 0 : 1;
}
C
cc -o "$WORK/xhelper" "$WORK/xhelper.c" -lX11 -lXss

cat >"$WORK/inner.sh" <<'INNER'
#!/usr/bin/env bash
set -euo pipefail
KIOSK="$1"; WORK="$2"
X="$WORK/xhelper"
fail() { echo "FAIL: $*"; echo "--- kiosk stderr:"; cat "$WORK/stderr" || true; exit 1; }
wait_window() {
  for _ in $(seq 1 100); do
    xdotool search --name '^Vitrine$' >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  return 1
}

saver_before="$("$X" saver)"
[ "$saver_before" != disabled ] || fail "the screen saver is suspended before the kiosk runs"
# On the home screen nothing is timed: the kiosk sleeps until input (up to 30 s at a time).
"$KIOSK" --pack "$WORK/demo.kpack" --store "$WORK/visitors.db" --hide-cursor --start-screen home \
  --idle 3600 --log "$WORK/kiosk.log" 2>"$WORK/stderr" &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
wait_window || fail "no kiosk window"
sleep 1
saver="$("$X" saver)"
echo "screen saver: $saver_before without the kiosk, $saver with it"
[ "$saver" = disabled ] || fail "the kiosk does not suspend the screen saver"

"$X" close Vitrine || fail "could not send a close request"
sleep 1
kill -0 $PID 2>/dev/null || fail "a window close request closed the kiosk"
grep -q 'window close request ignored' "$WORK/stderr" || fail "the close request never arrived"
echo "close request ignored"

win=$(xdotool search --name '^Vitrine$' | head -1)
for k in alt+F4 Escape ctrl+w ctrl+q alt+Tab super ctrl+alt+BackSpace F11; do
  xdotool key --window "$win" "$k" 2>/dev/null || true
  xdotool key "$k" 2>/dev/null || true
done
sleep 1
kill -0 $PID 2>/dev/null || fail "a key combination closed the kiosk"
xdotool search --name '^Vitrine$' >/dev/null || fail "the kiosk window is gone after key presses"
echo "keys ignored"
kill -TERM $PID
for _ in $(seq 1 50); do kill -0 $PID 2>/dev/null || break; sleep 0.1; done
kill -0 $PID 2>/dev/null && fail "the kiosk still runs 5 s after a stop request (SIGTERM)"
rc=0
wait $PID || rc=$?
[ "$rc" -eq 0 ] || fail "the kiosk exited with $rc on a stop request"
grep -q 'stopping on request' "$WORK/kiosk.log" || fail "no clean stop in the log"
echo "stop request honoured at once, cleanly"

# Control: the same request closes a --windowed kiosk (development mode), cleanly.
"$KIOSK" --pack "$WORK/demo.kpack" --store "$WORK/visitors.db" --windowed --size 800x600 \
  2>"$WORK/stderr" &
PID=$!
wait_window || fail "no windowed kiosk"
sleep 1
"$X" close Vitrine || fail "could not send a close request to the windowed kiosk"
for _ in $(seq 1 50); do kill -0 $PID 2>/dev/null || break; sleep 0.1; done
kill -0 $PID 2>/dev/null && fail "a windowed kiosk ignores close requests: the helper proves nothing"
rc=0
wait $PID || rc=$?
[ "$rc" -eq 0 ] || fail "the windowed kiosk exited with $rc on close"
echo "control: the windowed kiosk closes on the same request"
echo "OK"
INNER
chmod +x "$WORK/inner.sh"
# -noreset: Xvfb otherwise resets when its last client leaves (the helper above), and a kiosk
# connecting during that reset cannot open the display.
xvfb-run -a -s "-screen 0 1920x1080x24 -noreset" "$WORK/inner.sh" "$KIOSK" "$WORK"
echo "e2e: 1 passed, 0 failed"

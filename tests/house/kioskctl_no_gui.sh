#!/usr/bin/env bash
# kioskctl carries no GUI: no ImGui, GLFW or OpenGL symbol in the binary, none of their libraries.
set -euo pipefail
KIOSKCTL="$1"
syms="$(nm -C "$KIOSKCTL" | grep -E ' (ImGui|ImDraw|ImFont|glfw|gl[A-Z])' || true)"
if [ -n "$syms" ]; then echo "kioskctl holds GUI symbols:"; head -20 <<<"$syms"; exit 1; fi
# The libraries it loads, as its own dynamic loader lists them: ldd, or in a cross build the loader
# of the target run under the emulator. A listing without SQLite means the listing failed.
if [ -n "${VITRINE_EMULATOR:-}" ]; then
  # qemu's -E: the variable reaches the target's loader, not the emulator's own.
  loaded="$($VITRINE_EMULATOR -E LD_TRACE_LOADED_OBJECTS=1 "$KIOSKCTL")"
else
  loaded="$(ldd "$KIOSKCTL")"
fi
grep -q libsqlite3 <<<"$loaded" || { echo "could not list kioskctl's libraries: $loaded"; exit 1; }
libs="$(grep -E 'libglfw|libGL|libEGL|libX11|libsystemd' <<<"$loaded" || true)"
if [ -n "$libs" ]; then echo "kioskctl loads GUI libraries:"; echo "$libs"; exit 1; fi
# The kiosk itself does have them: the check can see a GUI where there is one.
n="$(nm -C "$(dirname "$KIOSKCTL")/kiosk" | grep -cE ' (ImGui|GImGui|glfw)' || true)"
[ "$n" -gt 0 ] || { echo "nm found no ImGui in kiosk"; exit 1; }
echo "kioskctl: $(nm "$KIOSKCTL" | wc -l) symbols, none from ImGui, GLFW or GL"

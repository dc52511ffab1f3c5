#!/bin/bash
# stb_image confined: neither kiosk nor kioskctl takes a decoder entry point from Debian's libstb
# (its GIF/TGA/HDR code has known flaws); they decode with their own PNG/JPEG-only copy
# (content/stb_image_impl.c). Usage: stb_confined.sh KIOSK KIOSKCTL SOURCE_DIR
set -u
status=0
for bin in "$1" "$2"; do
  imported=$(nm -D --undefined-only "$bin" | grep -E ' stbi_(load|info|is_hdr|loadf)' || true)
  if [ -n "$imported" ]; then
    echo "FAIL: $(basename "$bin") takes stb_image's decoder from libstb:" >&2
    echo "$imported" >&2
    status=1
  fi
  if ! nm "$bin" | grep -q ' T vitrine_stbi_load_rgba$'; then
    echo "FAIL: $(basename "$bin") lacks our own decoder (vitrine_stbi_load_rgba)" >&2
    status=1
  fi
done
[ $status -eq 0 ] && echo "ok: decoding stays in our PNG/JPEG-only stb_image"
exit $status

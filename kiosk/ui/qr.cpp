// Encoding with libqrencode (error correction M, 8-bit mode keeps URLs exact).
#include "qr.h"

#include <qrencode.h>

#include <cmath>

#include "theme.h"

namespace vitrine::ui {

QrCode QrCode::encode(const std::string& text) {
  QrCode out;
  QRcode* code = QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M);
  if (!code) return out;
  out.size = code->width;
  out.dark.resize(static_cast<size_t>(code->width) * code->width);
  for (size_t i = 0; i < out.dark.size(); ++i) out.dark[i] = code->data[i] & 1;
  QRcode_free(code);
  return out;
}

void drawQr(ImDrawList* dl, const QrCode& qr, ImVec2 min, float side) {
  dl->AddRectFilled(min, ImVec2(min.x + side, min.y + side), color::white);
  if (qr.size == 0) return;
  const int total = qr.size + 8;  // 4 modules of quiet zone each side
  // Whole pixels per module keep edges sharp for camera readers.
  float module = std::floor(side / static_cast<float>(total));
  float offset = std::floor((side - module * static_cast<float>(qr.size)) * 0.5f);
  ImVec2 o(std::floor(min.x + offset), std::floor(min.y + offset));
  // One rectangle per horizontal run of dark modules, not per module: a version 40 code would
  // otherwise need ~60,000 vertices and overflow ImGui's 16-bit indices (an abort on renderers
  // without VtxOffset, e.g. GL < 3.2 and the null platform).
  for (int y = 0; y < qr.size; ++y) {
    const size_t row = static_cast<size_t>(y) * qr.size;
    for (int x = 0; x < qr.size;) {
      if (!qr.dark[row + x]) {
        ++x;
        continue;
      }
      int end = x;
      while (end < qr.size && qr.dark[row + end]) ++end;
      dl->AddRectFilled(ImVec2(o.x + x * module, o.y + y * module),
                        ImVec2(o.x + end * module, o.y + (y + 1) * module), color::ink);
      x = end;
    }
  }
}

}  // namespace vitrine::ui

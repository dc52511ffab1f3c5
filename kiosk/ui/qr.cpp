// Encoding with libqrencode (error correction M, 8-bit mode keeps URLs exact, UTF-8 declared).
#include "qr.h"

#include <qrencode.h>

#include <algorithm>
#include <cmath>

#include "theme.h"

namespace vitrine::ui {

namespace {

bool ascii(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return (c & 0x80) == 0; });
}

// Text beyond ASCII says it is UTF-8 with an ECI header (26): without one, readers guess, and
// many (zbar among them) guess Latin-1. Plain ASCII (URLs) needs no header and stays smaller.
QRcode* encodeUtf8(const std::string& text) {
  if (ascii(text)) return QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M);
  QRinput* input = QRinput_new2(0, QR_ECLEVEL_M);
  if (!input) return nullptr;
  QRcode* code = nullptr;
  if (QRinput_appendECIheader(input, 26) == 0 &&
      QRinput_append(input, QR_MODE_8, static_cast<int>(text.size()),
                     reinterpret_cast<const unsigned char*>(text.data())) == 0)
    code = QRcode_encodeInput(input);
  QRinput_free(input);
  return code;
}

}  // namespace

QrCode QrCode::encode(const std::string& text) {
  QrCode out;
  QRcode* code = encodeUtf8(text);
  if (!code) return out;
  out.size = code->width;
  out.dark.resize(static_cast<size_t>(code->width) * code->width);
  for (size_t i = 0; i < out.dark.size(); ++i) out.dark[i] = code->data[i] & 1;
  QRcode_free(code);
  return out;
}

float drawQr(ImDrawList* dl, const QrCode& qr, ImVec2 min, float side) {
  dl->AddRectFilled(min, ImVec2(min.x + side, min.y + side), color::white);
  if (qr.size == 0) return 0.0f;
  const int total = qr.size + 2 * kQrQuietZone;
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
  return module;
}

}  // namespace vitrine::ui

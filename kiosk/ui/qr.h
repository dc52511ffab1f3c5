// QR codes (libqrencode) drawn as crisp squares: offer application links, the visitor's selection.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

namespace vitrine::ui {

struct QrCode {
  int size = 0;                 // modules per side; 0 if encoding failed
  std::vector<bool> dark;       // size * size, row-major
  static QrCode encode(const std::string& text);
};

// Draws `qr` with a white quiet zone of 4 modules into a square of side `side` at `min`.
void drawQr(ImDrawList* dl, const QrCode& qr, ImVec2 min, float side);

}  // namespace vitrine::ui

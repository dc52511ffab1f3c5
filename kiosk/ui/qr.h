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

// The white margin readers need around a code, in modules, on each side.
inline constexpr int kQrQuietZone = 4;

// Draws `qr` with its quiet zone into a square of side `side` at `min`, in whole pixels per
// module; returns that module size (0 when there is no code).
float drawQr(ImDrawList* dl, const QrCode& qr, ImVec2 min, float side);

}  // namespace vitrine::ui

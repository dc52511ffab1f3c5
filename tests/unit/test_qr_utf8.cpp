// The QR codes the kiosk draws are read back by a real reader (zbarimg) as the UTF-8 text encoded.
#include <doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "qr.h"

namespace {

// The code as a greyscale image, `module` pixels per module, with its quiet zone.
std::filesystem::path writePgm(const vitrine::ui::QrCode& qr, int module) {
  const int side = (qr.size + 2 * vitrine::ui::kQrQuietZone) * module;
  auto path = std::filesystem::temp_directory_path() / "vitrine-qr-utf8.pgm";
  std::ofstream out(path, std::ios::binary);
  out << "P5\n" << side << " " << side << "\n255\n";
  for (int y = 0; y < side; ++y)
    for (int x = 0; x < side; ++x) {
      const int mx = x / module - vitrine::ui::kQrQuietZone,
                my = y / module - vitrine::ui::kQrQuietZone;
      const bool dark = mx >= 0 && my >= 0 && mx < qr.size && my < qr.size &&
                        qr.dark[static_cast<size_t>(my) * qr.size + mx];
      out.put(static_cast<char>(dark ? 0 : 255));
    }
  return path;
}

std::string zbar(const std::filesystem::path& image) {
  std::string out;
  FILE* p = popen(("zbarimg --quiet --raw '" + image.string() + "' 2>/dev/null").c_str(), "r");
  if (!p) return out;
  char buf[512];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  pclose(p);
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

}  // namespace

TEST_CASE("a selection with accents reads back as the same UTF-8 text") {
  if (std::system("command -v zbarimg >/dev/null 2>&1") != 0) {
    MESSAGE("zbarimg missing: skipped");
    return;
  }
  const std::string text =
      "Ma sélection\n- Éducateur·rice spécialisé·e\n- Assistant·e de service social — Liège : "
      "https://www.cpasdeliege.be/stages\n- Stage à l’Hospice général « ISP »";
  auto qr = vitrine::ui::QrCode::encode(text);
  REQUIRE(qr.size > 0);
  CHECK(zbar(writePgm(qr, 4)) == text);
  const std::string url = "https://www.example.org/cpas-tournai";  // ASCII: as before, no header
  CHECK(zbar(writePgm(vitrine::ui::QrCode::encode(url), 4)) == url);
}

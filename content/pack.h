// Opening a built .kpack read-only: validation, the in-memory catalogue, lazy image access.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "model.h"

namespace vitrine {

// Thumbnails stored next to each image for grid cards (~440 px wide at 1080p): decoding one
// costs a quarter of the detail image.
inline constexpr int kThumbMaxW = 480, kThumbMaxH = 320;

namespace sql {
class Database;
}

// A pack that cannot be used: not SQLite, corrupt, wrong schema version... The message is for
// staff.
class PackError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Pack {
 public:
  // Throws PackError with a clear, human message. `lang` as for setLanguage().
  static std::unique_ptr<Pack> open(const std::filesystem::path& path,
                                    const std::string& lang = {});
  ~Pack();

  // The catalogue in the current language. setLanguage() replaces it: pointers and indices into
  // it are invalidated (screens keep ids, never pointers, across frames).
  const Catalogue& catalogue() const { return catalogue_; }
  // Texts translated into `lang` where the pack has them, the default language elsewhere; an
  // unknown or empty `lang` gives the default language.
  void setLanguage(const std::string& lang);
  // What setLanguage() was last asked for (catalogue().language says what was found).
  const std::string& language() const { return requested_; }
  // The pack's read-only, defensive connection, for queries on its own tables (search.h).
  sql::Database& database() const { return *db_; }
  // Encoded (PNG) bytes of an image stored in the pack (detail size); empty if unknown.
  std::vector<uint8_t> imageBytes(const std::string& imageId) const;
  // The same image at thumbnail size (grid cards), or the detail image where the pack has no
  // smaller one (a small image, a pack built before thumbnails).
  std::vector<uint8_t> thumbnailBytes(const std::string& imageId) const;

 private:
  Pack() = default;
  std::unique_ptr<sql::Database> db_;
  bool hasThumbnails_ = false;
  Catalogue base_;  // default language
  std::vector<Translation> translations_;
  std::string requested_;
  Catalogue catalogue_;
};

// Opens, reads everything in `lang` (falling back to the default language), closes.
Catalogue openPack(const std::filesystem::path& path, const std::string& lang);

}  // namespace vitrine

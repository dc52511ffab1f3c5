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

namespace sql {
class Database;
}

// A pack that cannot be used: not SQLite, corrupt, wrong schema version... The message is for staff.
class PackError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Pack {
 public:
  // Throws PackError with a clear, human message.
  static std::unique_ptr<Pack> open(const std::filesystem::path& path);
  ~Pack();

  const Catalogue& catalogue() const { return catalogue_; }
  // Encoded (PNG) bytes of an image stored in the pack; empty if unknown.
  std::vector<uint8_t> imageBytes(const std::string& imageId) const;

 private:
  Pack() = default;
  std::unique_ptr<sql::Database> db_;
  Catalogue catalogue_;
};

}  // namespace vitrine

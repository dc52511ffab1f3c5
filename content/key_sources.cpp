// Reading the organisations' sealing keys and the announced retention from a pack's sources.
#include "key_sources.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

namespace vitrine {
namespace fs = std::filesystem;

namespace {

constexpr const char* kPublicTag = "vitrine-org-public-v1";
constexpr const char* kStandId = "stand";

bool isHexKey(const std::string& hex) {
  return hex.size() == 64 && std::all_of(hex.begin(), hex.end(), [](char c) {
           return std::isxdigit(static_cast<unsigned char>(c)) != 0;
         });
}

// The first line of a `.public` file: "vitrine-org-public-v1 <64 hex digits> <id>".
std::string readKeyHex(sources::Reader& r, const std::string& file) {
  std::string text;
  if (!r.slurp(file, text)) return {};
  std::istringstream words(sources::splitLines(text).empty() ? "" : sources::splitLines(text)[0]);
  std::string tag, hex;
  words >> tag >> hex;
  if (tag == "vitrine-org-secret-v1") {
    r.error(file, 1,
            "this is a SECRET key: it must never be in a pack. Remove it from the sources, and "
            "make the organisation a new key pair (kioskctl keys new --org), since it was shared");
    return {};
  }
  if (tag != kPublicTag || !isHexKey(hex)) {
    r.error(file, 1,
            "not an organisation public key (expected what kioskctl keys new --org writes in "
            "<id>.public: \"vitrine-org-public-v1\" and 64 hexadecimal digits)");
    return {};
  }
  std::transform(hex.begin(), hex.end(), hex.begin(), [](char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  });
  return hex;
}

}  // namespace

int readRetentionDays(sources::Reader& r, const sources::Header& kv) {
  const std::string v = kv.get("retention_days");
  if (v.empty()) return 0;  // the kiosk then applies only the staff setting, if any
  const bool digits = v.size() <= 4 && std::all_of(v.begin(), v.end(), [](char c) {
                        return std::isdigit(static_cast<unsigned char>(c)) != 0;
                      });
  const int days = digits ? std::stoi(v) : 0;
  if (days < 1 || days > 3650) {
    r.error("pack.txt", kv.line("retention_days"),
            "retention_days must be a number of days from 1 to 3650: \"" + v + "\"");
    return 0;
  }
  return days;
}

void readKeys(sources::Reader& r, Catalogue& cat) {
  const fs::path dir = r.dir / "keys";
  std::error_code ec;
  std::vector<std::string> files;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.size() > 7 && name.compare(name.size() - 7, 7, ".public") == 0)
      files.push_back(name);
    else if (name.size() > 7 && name.compare(name.size() - 7, 7, ".secret") == 0)
      r.error("keys/" + name, 0,
              "a SECRET key must never be in the pack sources: remove it (keep it at the "
              "organisation's office)");
  }
  std::sort(files.begin(), files.end());  // same sources, same pack
  for (const auto& name : files) {
    const std::string file = "keys/" + name;
    const std::string id = name.substr(0, name.size() - 7);
    const std::string hex = readKeyHex(r, file);
    if (hex.empty()) continue;
    if (id == kStandId) {
      cat.meta.standKey = hex;
    } else if (cat.organisation(id)) {
      cat.meta.orgKeys[id] = hex;
    } else {
      r.error(file, 0,
              "no organisation \"" + id +
                  "\" in organisations.csv (the file name is "
                  "the organisation's id)");
    }
  }
  for (const Organisation& o : cat.organisations) {
    const bool own = cat.meta.orgKeys.count(o.id) > 0;
    const bool stand = !own && !cat.meta.standKey.empty();
    if (stand)
      r.warning("keys/", 0,
                "organisation \"" + o.id +
                    "\" has no key of its own: its contacts are sealed to "
                    "the stand key (keys/stand.public), which whoever holds stand.secret opens");
    else if (!own && !cat.meta.orgKeys.empty())
      r.warning("keys/", 0,
                "organisation \"" + o.id +
                    "\" has no key and there is no stand key: the kiosk "
                    "will not offer its consent box");
    if ((own || stand) && o.contact.empty())
      r.error("organisations.csv", 0,
              "organisation \"" + o.id +
                  "\" can receive contact details but has no contact "
                  "(e-mail or phone in the contact column) for visitors to withdraw their consent");
  }
}

}  // namespace vitrine

// Reading the organisations' sealing keys and the announced retention from a pack's sources.
#include "key_sources.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include "messages.h"

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
    r.error(file, 1, M::key_is_secret);
    return {};
  }
  if (tag != kPublicTag || !isHexKey(hex)) {
    r.error(file, 1, M::key_malformed);
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
    r.error("pack.txt", kv.line("retention_days"), M::bad_retention_days, {v});
    return 0;
  }
  return days;
}

void readKeys(sources::Reader& r, Catalogue& cat) {
  const fs::path dir = r.dir / "keys";
  std::error_code ec;
  std::vector<std::string> files;
  if (!r.folderInside("keys")) return;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.size() > 7 && name.compare(name.size() - 7, 7, ".public") == 0)
      files.push_back(name);
    else if (name.size() > 7 && name.compare(name.size() - 7, 7, ".secret") == 0)
      r.error("keys/" + name, 0, M::secret_key_in_sources);
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
      r.error(file, 0, M::key_unknown_organisation, {id});
    }
  }
  for (const Organisation& o : cat.organisations) {
    const bool own = cat.meta.orgKeys.count(o.id) > 0;
    const bool stand = !own && !cat.meta.standKey.empty();
    if (stand)
      r.warning("keys/", 0, M::key_stand_fallback, {o.id});
    else if (!own && !cat.meta.orgKeys.empty())
      r.warning("keys/", 0, M::key_missing, {o.id});
    if ((own || stand) && o.contact.empty())
      r.error("organisations.csv", 0, M::org_needs_contact, {o.id});
  }
}

}  // namespace vitrine

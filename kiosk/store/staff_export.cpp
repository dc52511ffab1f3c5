// Finding USB sticks (/proc/mounts + /sys/block) and the verified per-organisation CSV export.
#include "staff_export.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <set>
#include <sstream>
#include <system_error>

#include "atomic_file.h"
#include "sealed_file.h"
#include "store.h"
#include "store_messages.h"

namespace vitrine {
namespace {

// /proc/mounts escapes spaces and tabs in paths as octal (\040).
std::string unescapeMount(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 3 < s.size()) {
      int v = 0;
      bool octal = true;
      for (size_t k = 1; k <= 3; ++k) {
        char c = s[i + k];
        if (c < '0' || c > '7') octal = false;
        v = v * 8 + (c - '0');
      }
      if (octal) {
        out += static_cast<char>(v);
        i += 3;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

bool startsWith(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

// The whole disk behind a partition (sdb1 -> sdb, mmcblk0p1 -> mmcblk0): the longest
// /sys/block entry that prefixes the device name.
bool removableDisk(const std::string& device, const std::filesystem::path& sysBlock) {
  if (!startsWith(device, "/dev/")) return false;
  std::string name = device.substr(5);
  std::error_code ec;
  std::string best;
  for (const auto& entry : std::filesystem::directory_iterator(sysBlock, ec)) {
    std::string disk = entry.path().filename().string();
    if (startsWith(name, disk) && disk.size() > best.size()) best = disk;
  }
  if (best.empty()) return false;
  std::ifstream flag(sysBlock / best / "removable");
  std::string value;
  if (flag >> value && value == "1") return true;
  // USB hard disks and some sticks say removable=0; their sysfs device path shows the USB bus.
  auto target = std::filesystem::read_symlink(sysBlock / best, ec);
  return !ec && target.string().find("/usb") != std::string::npos;
}

std::string sanitize(const std::string& s) {
  std::string out;
  for (char c : s) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '-' || c == '_';
    out += keep ? c : '-';
  }
  return out.empty() ? std::string("kiosque") : out;
}

}  // namespace

std::vector<RemovableMedia> findRemovableMedia(const std::filesystem::path& procMounts,
                                               const std::filesystem::path& sysBlock) {
  std::vector<RemovableMedia> out;
  std::ifstream in(procMounts);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string device, mountPoint;
    if (!(fields >> device >> mountPoint)) continue;
    mountPoint = unescapeMount(mountPoint);
    if (!startsWith(mountPoint, "/media/") && !startsWith(mountPoint, "/run/media/")) continue;
    if (!removableDisk(device, sysBlock)) continue;
    out.push_back({mountPoint, device});
  }
  return out;
}

std::string exportFolderName(const std::string& day, const std::string& kioskId) {
  return "vitrine-" + sanitize(day) + "-" + sanitize(kioskId);
}

ExportReport exportLeadsTo(const VisitorStore& store, const std::filesystem::path& root,
                           const std::string& folderName,
                           const std::function<void(size_t)>& afterFile, const OfferOwner& owner) {
  ExportReport r;
  r.folder = root / folderName;
  const std::string keep = tr(SM::export_nothing_erased);
  std::set<std::string> orgIds;
  try {
    r.purgeBefore = isoTimestamp();
    // Organisations named by the leads themselves: a lead for an organisation that a newer
    // pack dropped is still exported before any purge.
    for (const StoredLead& l : store.leads())
      for (const auto& id : l.submission.consentOrgIds) orgIds.insert(id);
  } catch (const StoreError& e) {
    r.error = trWhole(SM::leads_unreadable, {e.what()});
    return r;
  }
  std::error_code ec;
  if (!std::filesystem::is_directory(root, ec)) {
    r.error = trWhole(SM::stick_gone, {root.string(), keep});
    return r;
  }
  std::filesystem::create_directories(r.folder, ec);
  if (ec) {
    r.error = trWhole(SM::export_folder_failed, {r.folder.string(), ec.message(), keep});
    return r;
  }
  for (const std::string& orgId : orgIds) {
    std::vector<StoredLead> leads;
    try {
      leads = store.leadsFor(orgId);
    } catch (const StoreError& e) {
      r.error = trWhole(SM::leads_unreadable, {e.what()});
      return r;
    }
    if (leads.empty()) continue;
    keepOwnStages(leads, orgId, owner);
    // Sealed to the organisation's key: a lost stick reveals nobody. Only records kept in clear
    // for an organisation the pack has no key for (an older Vitrine's) still go out as CSV.
    const OrgPublicKey* key = store.sealingKeys() ? store.sealingKeys()->forOrg(orgId) : nullptr;
    std::string csv;
    try {
      csv = key ? sealLeadsFile(orgId, leads, *key) : leadsToCsv(leads);
    } catch (const SealingError& e) {
      r.error = trWhole(SM::sealing_failed, {e.what(), keep});
      return r;
    }
    for (auto& l : leads) wipe(l.submission.personal);
    auto file = r.folder / (sanitize(orgId) + (key ? ".sealed" : ".csv"));
    std::string error, back;
    if (!writeFileAtomically(file, csv, error)) {
      r.error = trWhole(SM::export_interrupted, {error, keep});
      return r;
    }
    if (!readWholeFile(file, back) || back != csv) {
      r.error = trWhole(SM::export_verify_failed, {file.string(), keep});
      return r;
    }
    r.files.push_back(file);
    r.leads += static_cast<int>(leads.size());
    if (afterFile) afterFile(r.files.size());
  }
  r.ok = true;
  return r;
}

}  // namespace vitrine

// Staff export: find mounted USB sticks, write each organisation's leads sealed, verify them.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "store.h"

namespace vitrine {

struct RemovableMedia {
  std::filesystem::path mountPoint;  // e.g. /media/kiosk/CLE-USB
  std::string device;                // e.g. /dev/sdb1
};

// Mounted removable media: mount points under /media/ or /run/media/ whose block device says
// removable=1 in sysfs or hangs off a USB bus. Paths are parameters so tests can fake them.
std::vector<RemovableMedia> findRemovableMedia(
    const std::filesystem::path& procMounts = "/proc/mounts",
    const std::filesystem::path& sysBlock = "/sys/block");

struct ExportReport {
  bool ok = false;
  std::filesystem::path folder;              // where the files went
  std::vector<std::filesystem::path> files;  // one sealed file (or legacy CSV) per organisation
  int leads = 0;                             // lines written, all files together
  std::string purgeBefore;  // ISO 8601 time taken before reading: purge what was exported
  std::string error;        // a French sentence for staff when !ok
};

// Writes <root>/<folderName>/<organisation>.sealed (sealed_file.h, to the organisation's key in
// store.sealingKeys(); <organisation>.csv only for an organisation without any key) for every
// organisation that has leads with contact details still in the store, each atomically (temp file,
// fsync, rename), then reads each back and compares. `afterFile` (tests) runs after each file.
// Never changes the store. Each file lists the careers and only that organisation's own stages
// (`owner` says whose a stage is; without it no stage is listed).
ExportReport exportLeadsTo(const VisitorStore& store, const std::filesystem::path& root,
                           const std::string& folderName,
                           const std::function<void(size_t)>& afterFile = {},
                           const OfferOwner& owner = {});

// "vitrine-2026-11-23-kiosk-1": letters, digits and dashes only (FAT sticks, any OS).
std::string exportFolderName(const std::string& day, const std::string& kioskId);

}  // namespace vitrine

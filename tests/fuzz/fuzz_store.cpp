// libFuzzer: any bytes opened as another kiosk's visitor store (a mutated SQLite file from a USB
// stick), read, exported and merged into a store of our own, as `kioskctl leads merge` does.
// StoreError is the only way out.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "fuzz_sources.h"
#include "store.h"

namespace fs = std::filesystem;

namespace {

// The merge target is started afresh now and then, so that it does not grow without end.
constexpr int kRunsPerTarget = 200;

void removeStore(const fs::path& p) {
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(p.string() + suffix, ec);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const fs::path dir = vitrine::fuzz::scratchDir("store");
  static const fs::path input = dir / "other.db", output = dir / "merged.db";
  static std::unique_ptr<vitrine::VisitorStore> target;
  static int runs = 0;
  if (!target || ++runs % kRunsPerTarget == 0) {
    target.reset();
    removeStore(output);
    target = std::make_unique<vitrine::VisitorStore>(output, "fuzz", "fuzz");
  }
  removeStore(input);
  std::ofstream(input, std::ios::binary | std::ios::trunc)
      .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  try {
    vitrine::VisitorStore other = vitrine::VisitorStore::openForReading(input);
    const auto leads = other.leads();
    const auto events = other.events();
    vitrine::leadsToCsv(leads);
    if (!leads.empty()) {
      const std::string org = leads.front().submission.consentOrgIds.empty()
                                  ? std::string("cpas-liege")
                                  : leads.front().submission.consentOrgIds.front();
      vitrine::leadsToJson(other.leadsFor(org), org);
    }
    const vitrine::MergeReport r = target->merge(leads, events);
    if (r.added + r.duplicates != static_cast<int>(leads.size())) __builtin_trap();
    if (r.eventsAdded + r.eventsDuplicates != static_cast<int>(events.size())) __builtin_trap();
  } catch (const vitrine::StoreError&) {
    // the expected answer to a damaged or foreign file
  }
  return 0;
}

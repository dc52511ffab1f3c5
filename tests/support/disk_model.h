// What a disk keeps of a file across a power cut: the content at its last sync, maybe more.
#pragma once

#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <vector>

namespace powercut {

// What the disk keeps of the writes that were not synced when the power goes out.
enum class Cut {
  Drop,  // nothing: each file is as it was at its last sync, each directory at its last sync
  Torn,  // a random prefix of each file's pending writes, the last one cut at a 512-byte sector
         // boundary, and maybe some of the directory changes never synced
};

// A write or truncate the disk may or may not have kept.
struct Op {
  bool truncate = false;
  int64_t offset = 0;  // truncate: the new size
  std::string data;
};

inline void applyOp(std::string& content, const Op& op) {
  if (op.truncate) {
    content.resize(static_cast<size_t>(op.offset));
    return;
  }
  const size_t end = static_cast<size_t>(op.offset) + op.data.size();
  if (content.size() < end) content.resize(end, '\0');
  std::memcpy(content.data() + op.offset, op.data.data(), op.data.size());
}

// File content: what the last sync made durable, and the writes since, in order.
struct Inode {
  std::string durable;
  std::vector<Op> pending;

  void sync() {
    for (const Op& op : pending) applyOp(durable, op);
    pending.clear();
  }
};

// What the disk holds of one file when the power goes.
inline std::string contentAtCut(const Inode& inode, Cut kind, std::mt19937& rng) {
  std::string content = inode.durable;
  if (kind == Cut::Drop || inode.pending.empty()) return content;
  const size_t kept = std::uniform_int_distribution<size_t>(0, inode.pending.size())(rng);
  for (size_t i = 0; i < kept; ++i) applyOp(content, inode.pending[i]);
  if (kept == inode.pending.size()) return content;
  Op torn = inode.pending[kept];
  if (torn.truncate) return content;  // a truncate happens whole or not at all
  constexpr int64_t kSector = 512;
  const int64_t end = torn.offset + static_cast<int64_t>(torn.data.size());
  std::vector<int64_t> cuts;  // sector boundaries strictly inside the write
  for (int64_t b = (torn.offset / kSector + 1) * kSector; b < end; b += kSector) cuts.push_back(b);
  if (cuts.empty()) return content;  // a write within one sector is atomic
  const int64_t at = cuts[std::uniform_int_distribution<size_t>(0, cuts.size() - 1)(rng)];
  torn.data.resize(static_cast<size_t>(at - torn.offset));
  applyOp(content, torn);
  return content;
}

}  // namespace powercut

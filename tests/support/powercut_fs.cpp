// The simulated disk: real files for the program, a model of the device for the power cut.
#include "powercut_fs.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace powercut {
namespace fs = std::filesystem;

SimulatedDisk::SimulatedDisk(fs::path dir) : dir_(fs::absolute(std::move(dir))) {
  snapshot();
  vitrine::setFileSystemForTesting(this);
}

SimulatedDisk::~SimulatedDisk() {
  vitrine::setFileSystemForTesting(nullptr);
}

void SimulatedDisk::snapshot() {
  durable_.clear();
  for (const auto& e : fs::directory_iterator(dir_)) {
    if (!e.is_regular_file()) continue;
    std::ifstream in(e.path(), std::ios::binary);
    auto inode = std::make_shared<Inode>();
    inode->durable.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    durable_[e.path().filename().string()] = inode;
  }
  current_ = durable_;
  pendingDir_.clear();
  afterCut_.clear();
  ops_ = 0;
  cutAt_ = -1;
  off_ = false;
}

void SimulatedDisk::armCut(long afterOps, Cut kind, uint32_t seed) {
  ops_ = 0;
  cutAt_ = afterOps;
  kind_ = kind;
  seed_ = seed;
}

void SimulatedDisk::applyDirOp(Names& names, const DirOp& op) {
  if (op.inode) {
    names[op.name] = op.inode;
  } else if (!op.to.empty()) {
    auto it = names.find(op.name);
    if (it == names.end()) return;
    auto inode = it->second;
    names.erase(it);
    names[op.to] = inode;
  } else {
    names.erase(op.name);
  }
}

void SimulatedDisk::cut() {
  off_ = true;
  std::mt19937 rng(seed_);
  Names names = durable_;
  if (kind_ == Cut::Torn) {  // a journalling file system commits metadata in order
    const size_t kept = std::uniform_int_distribution<size_t>(0, pendingDir_.size())(rng);
    for (size_t i = 0; i < kept; ++i) applyDirOp(names, pendingDir_[i]);
  }
  for (const auto& [name, inode] : names) afterCut_[name] = contentAtCut(*inode, kind_, rng);
}

bool SimulatedDisk::tick() {
  if (!off_ && cutAt_ >= 0 && ops_ >= cutAt_) cut();
  if (off_) {
    errno = EIO;
    return false;
  }
  ++ops_;
  return true;
}

void SimulatedDisk::reboot() {
  if (off_) {
    for (const auto& e : fs::directory_iterator(dir_))
      if (e.is_regular_file()) fs::remove(e.path());
    for (const auto& [name, content] : afterCut_) {
      std::ofstream out(dir_ / name, std::ios::binary | std::ios::trunc);
      out.write(content.data(), static_cast<std::streamsize>(content.size()));
      if (!out) throw std::runtime_error("cannot restore " + name);
    }
  }
  snapshot();
}

bool SimulatedDisk::inDir(const char* path) const {
  return fs::absolute(path).parent_path() == dir_;
}

int SimulatedDisk::open(const char* path, int flags, mode_t mode) {
  if (off_) {
    errno = EIO;
    return -1;
  }
  if (fs::absolute(path) == dir_) {
    int fd = ::open(path, flags, mode);
    if (fd >= 0) dirFds_.insert(fd);
    return fd;
  }
  if (!inDir(path)) return ::open(path, flags, mode);
  const std::string name = fs::path(path).filename().string();
  auto known = current_.find(name);
  const bool writes = (flags & O_ACCMODE) != O_RDONLY;
  const bool creates = known == current_.end() && (flags & O_CREAT);
  const bool truncates = known != current_.end() && writes && (flags & O_TRUNC);
  if ((creates || truncates) && !tick()) return -1;
  int fd = ::open(path, flags, mode);
  if (fd < 0) return fd;
  if (creates) {
    auto inode = std::make_shared<Inode>();
    current_[name] = inode;
    pendingDir_.push_back({name, "", inode});
    files_[fd] = inode;
  } else if (known != current_.end()) {
    if (truncates) known->second->pending.push_back({true, 0, {}});
    files_[fd] = known->second;
  }
  return fd;
}

ssize_t SimulatedDisk::write(int fd, const void* data, size_t size) {
  auto it = files_.find(fd);
  if (it == files_.end()) return ::write(fd, data, size);
  if (!tick()) return -1;
  const off_t at = ::lseek(fd, 0, SEEK_CUR);
  ssize_t n = ::write(fd, data, size);
  if (n > 0)
    it->second->pending.push_back(
        {false, at, std::string(static_cast<const char*>(data), static_cast<size_t>(n))});
  return n;
}

// Recorded, not performed: the model decides what is durable.
int SimulatedDisk::fsync(int fd) {
  if (dirFds_.count(fd)) {
    if (!tick()) return -1;
    durable_ = current_;
    pendingDir_.clear();
    return 0;
  }
  auto it = files_.find(fd);
  if (it == files_.end()) return ::fsync(fd);
  if (!tick()) return -1;
  it->second->sync();
  return 0;
}

int SimulatedDisk::close(int fd) {
  files_.erase(fd);
  dirFds_.erase(fd);
  return ::close(fd);
}

int SimulatedDisk::rename(const char* from, const char* to) {
  if (!inDir(from) || !inDir(to)) return std::rename(from, to);
  if (!tick()) return -1;
  if (std::rename(from, to) != 0) return -1;
  DirOp op{fs::path(from).filename().string(), fs::path(to).filename().string(), nullptr};
  applyDirOp(current_, op);
  pendingDir_.push_back(op);
  return 0;
}

int SimulatedDisk::unlink(const char* path) {
  if (!inDir(path)) return ::unlink(path);
  if (!tick()) return -1;
  if (::unlink(path) != 0) return -1;
  DirOp op{fs::path(path).filename().string(), "", nullptr};
  applyDirOp(current_, op);
  pendingDir_.push_back(op);
  return 0;
}

}  // namespace powercut

// The kiosk's own getpid() (platform/glfw_platform.cpp) answers every library's call from memory:
// it must be the one libraries find, and a forked child must still get its own process id
// (SQLite, for one, reseeds and drops its file locks when the id changes).
#include <doctest.h>

#include <dlfcn.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {
pid_t kernelPid() { return static_cast<pid_t>(syscall(SYS_getpid)); }
}  // namespace

TEST_CASE("libraries find the kiosk's getpid, and it gives the kernel's answer") {
  using GetPid = pid_t (*)();
  GetPid ours = &getpid;
  const bool exported = reinterpret_cast<GetPid>(dlsym(RTLD_DEFAULT, "getpid")) == ours;
  CHECK(exported);  // libGLX's calls come here, not to the system call
  CHECK(getpid() == kernelPid());
  CHECK(getpid() == kernelPid());  // the second answer comes from memory
}

TEST_CASE("a forked child gets its own process id") {
  const pid_t parent = getpid();
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) _exit(getpid() == kernelPid() && getpid() != parent ? 0 : 1);
  int status = 0;
  REQUIRE(waitpid(child, &status, 0) == child);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(getpid() == parent);
}

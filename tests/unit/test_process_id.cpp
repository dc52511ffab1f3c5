// The kiosk's own getpid() (platform/glfw_platform.cpp) answers from memory only while GLFW
// creates the window: it must be the one libraries find, and every other caller, a forked or
// cloned child included, gets the kernel's answer (SQLite, for one, reseeds and drops its file
// locks when the id changes).
#include <doctest.h>

#include <dlfcn.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>

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

TEST_CASE("outside the window's creation getpid() is the kernel's, even in a raw clone") {
  // A child made by the clone system call itself runs no fork handlers: a process-wide cache
  // would hand it its parent's id (and SQLite would then trust the parent's file locks).
  const pid_t parent = getpid();
  const long child = syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0);
  REQUIRE(child >= 0);
  if (child == 0) _exit(getpid() == kernelPid() && getpid() != parent ? 0 : 1);
  int status = 0;
  REQUIRE(waitpid(static_cast<pid_t>(child), &status, 0) == child);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
}

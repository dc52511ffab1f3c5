// Crash-test child: saves submissions in a loop and prints each id once its COMMIT returned.
// The parent (test_store_crash) kills it with SIGKILL at random moments; every id printed here
// is a promise ("Merci !" was shown) that the store must keep.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>

#include "store.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: store_writer <visitors.db> [count]\n");
    return 2;
  }
  const long count = argc > 2 ? std::strtol(argv[2], nullptr, 10) : -1;
  try {
    vitrine::VisitorStore store(argv[1], "borne-crash", "test de coupure");
    vitrine::Submission s;
    s.profile = "student:2";
    s.careerIds = {"educateur-specialise", "assistant-service-social"};
    s.offerIds = {"cpas-namur-isp"};
    s.consent = true;
    s.consentOrgIds = {"cpas-namur", "henallux"};
    s.consentVersion = "2025-01";
    s.personal = {"Zoé", "zoe@exemple.be", "+32470123456", "5000",
                  "Message assez long pour déborder d'une page : " + std::string(5000, 'm')};
    for (long i = 0; count < 0 || i < count; ++i) {
      const std::string line = store.save(s, "demo") + "\n";
      // write(2), not stdio: nothing sits in a buffer when the kill comes after this returns.
      if (::write(STDOUT_FILENO, line.data(), line.size()) != static_cast<ssize_t>(line.size()))
        return 1;
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "store_writer: %s\n", e.what());
    return 1;
  }
  return 0;
}

// kioskctl keys new --publisher: the signing key pair of whoever builds and signs packs.
#include <iostream>

#include "ctl.h"
#include "pack_signature.h"

namespace vitrine::ctl {

int keys(const Args& a) {
  constexpr const char* kUsage = "usage: kioskctl keys new --publisher -o <dir> [--name <name>]\n";
  std::string dir, name = "publisher";
  bool publisher = false;
  bool ok = !a.empty() && a[0] == "new";
  for (size_t i = 1; ok && i < a.size(); ++i) {
    if (a[i] == "--publisher")
      publisher = true;
    else if (a[i] == "-o" && i + 1 < a.size())
      dir = a[++i];
    else if (a[i] == "--name" && i + 1 < a.size())
      name = a[++i];
    else
      ok = false;
  }
  if (!ok || !publisher || dir.empty()) {
    std::cerr << kUsage;
    return 2;
  }
  try {
    const auto files = newPublisherKeys(dir, name);
    std::cout << "clé secrète : " << files[0].string() << "\n"
              << "clé publique : " << files[1].string() << "\n";
    std::cerr << "Attention : " << files[0].string()
              << " signe des packs que les kiosques croiront : gardez-la sur l'ordinateur de "
                 "l'éditeur (mode 0600), jamais sur un kiosque ni sur la clé USB des packs.\n";
    return 0;
  } catch (const SignatureError& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
}

}  // namespace vitrine::ctl

// kioskctl keys new --publisher | --org: the signing key pair of whoever builds and signs packs,
// and an organisation's sealing key pair (its contacts are sealed to the public half).
#include <iostream>

#include "ctl.h"
#include "ctl_options.h"
#include "pack_signature.h"
#include "sealing.h"

namespace vitrine::ctl {
namespace {

int newOrgKeyPair(const std::string& dir, const std::string& org) {
  try {
    const auto files = newOrgKeys(dir, org);
    std::cout << "clé secrète : " << files[0].string() << "\n"
              << "clé publique : " << files[1].string() << "\n";
    std::cerr << "Attention : " << files[0].string() << " est la seule à ouvrir les contacts de « "
              << org << " » : gardez-la au bureau (et une copie de secours sous clé), jamais sur "
              << "une borne. Donnez " << files[1].string() << " à l'éditeur du pack (keys/).\n";
    return 0;
  } catch (const SealingError& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
}

}  // namespace

int keys(const Args& a) {
  constexpr const char* kUsage =
      "usage: kioskctl keys new --publisher -o <dir> [--name <name>]\n"
      "       kioskctl keys new --org <id> -o <dir>   (id \"stand\": the stand key)\n";
  KeysOptions o;
  if (!parseKeysOptions(a, o)) {
    std::cerr << kUsage;
    return 2;
  }
  const std::string &dir = o.dir, &name = o.name, &org = o.org;
  if (!org.empty()) return newOrgKeyPair(dir, org);
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

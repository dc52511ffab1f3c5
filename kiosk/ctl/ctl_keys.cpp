// kioskctl keys new --publisher | --org: the signing key pair of whoever builds and signs packs,
// and an organisation's sealing key pair (its contacts are sealed to the public half).
#include <iostream>

#include "ctl.h"
#include "ctl_messages.h"
#include "ctl_options.h"
#include "pack_signature.h"
#include "sealing.h"

namespace vitrine::ctl {
namespace {

// The two files just written, full paths (a file that exists has a bounded name).
template <class Files>
std::string keyFiles(const Files& files) {
  return trWhole(CM::secret_key_file, {files[0].string()}) + "\n" +
         trWhole(CM::public_key_file, {files[1].string()}) + "\n";
}

int newOrgKeyPair(const std::string& dir, const std::string& org) {
  try {
    const auto files = newOrgKeys(dir, org);
    std::cout << keyFiles(files);
    std::cerr << trWhole(CM::org_key_warning,
                         {files[0].string(), msg::echo(org), files[1].string()})
              << "\n";
    return 0;
  } catch (const SealingError& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
}

}  // namespace

int keys(const Args& a) {
  KeysOptions o;
  if (!parseKeysOptions(a, o)) {
    std::cerr << tr(CM::usage_keys);
    return 2;
  }
  const std::string &dir = o.dir, &name = o.name, &org = o.org;
  if (!org.empty()) return newOrgKeyPair(dir, org);
  try {
    const auto files = newPublisherKeys(dir, name);
    std::cout << keyFiles(files);
    std::cerr << trWhole(CM::publisher_key_warning, {files[0].string()}) << "\n";
    return 0;
  } catch (const SignatureError& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
}

}  // namespace vitrine::ctl

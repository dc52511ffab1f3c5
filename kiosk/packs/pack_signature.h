// Signed packs: publisher keys (Ed25519, libsodium), signing a pack, and the kiosk's check.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace vitrine {

// A key file that cannot be read or written, a pack that cannot be signed.
class SignatureError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct PublisherKey {
  std::string name;  // from the key file: who signs (a school's communication office…)
  std::array<uint8_t, 32> publicKey{};
};

// The publishers a kiosk trusts: every `*.sign.public` file of one folder (on a deployed kiosk
// /etc/vitrine/trusted/). With at least one such file the kiosk accepts only packs signed by one
// of them; with none (or no folder) it accepts unsigned packs, as before.
struct TrustedPublishers {
  std::filesystem::path dir;
  std::vector<PublisherKey> keys;
  std::vector<std::string> problems;  // key files that could not be read, one line each
  bool enforced = false;              // a key file is there, even an unreadable one
};
TrustedPublishers loadTrustedPublishers(const std::filesystem::path& dir);

// Writes <dir>/<name>.sign.secret (mode 0600, never overwritten) and <dir>/<name>.sign.public.
// Returns the two paths, secret first. Throws SignatureError.
std::array<std::filesystem::path, 2> newPublisherKeys(const std::filesystem::path& dir,
                                                      const std::string& name);

// Signs the pack's content hash (checked first: an edited pack is not signed) with a secret key
// file, storing the signature in the pack's `signature` table, which the content hash does not
// cover. Signing again replaces the signature. Returns the publisher's name. Throws
// SignatureError (or PackError for a pack that does not open).
std::string signPack(const std::filesystem::path& pack, const std::filesystem::path& secretKey);

// Who signed the pack, as its signature table says ("" when unsigned); not a verification.
std::string packSigner(const std::filesystem::path& pack);

// Empty when the pack (whose content hash `contentHash` was verified by Pack::open) carries a
// valid signature by one of `trusted`; otherwise why it is refused, in French for staff.
std::string signatureProblem(const std::filesystem::path& pack, const std::string& contentHash,
                             const TrustedPublishers& trusted);
// The kiosk's rule, for the packs folder and a single --pack file alike: with enforced trusted
// publishers, throws PackError with signatureProblem()'s reason; otherwise does nothing.
void requireTrustedSignature(const std::filesystem::path& pack, const std::string& contentHash,
                             const TrustedPublishers& trusted);

}  // namespace vitrine

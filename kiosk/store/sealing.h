// Sealing contact details to each organisation's X25519 key (libsodium crypto_box_seal): the
// kiosk can write them, only the organisation holding the secret key can read them back.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "store.h"

namespace vitrine {

using OrgPublicKey = std::array<uint8_t, 32>;

// A key file that cannot be read or written, a box that cannot be made.
class SealingError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The public keys the running pack carries: one per organisation, and optionally the stand key
// for organisations without one.
struct SealingKeys {
  std::map<std::string, OrgPublicKey> orgs;
  std::optional<OrgPublicKey> stand;
  // The key a consent for `orgId` is sealed to: its own, else the stand key, else none.
  const OrgPublicKey* forOrg(const std::string& orgId) const;
  bool empty() const { return orgs.empty() && !stand; }
};

// "0123…" (64 hex digits) → key; nullopt when malformed.
std::optional<OrgPublicKey> parsePublicKeyHex(const std::string& hex);
// The keys of a pack's catalogue (PackMeta::orgKeys / standKey, already validated by the builder).
SealingKeys sealingKeysOf(const std::map<std::string, std::string>& orgKeysHex,
                          const std::string& standKeyHex);

// An organisation's key pair as kept at the office: secret and public halves, and the id it was
// made for (the organisation, or "stand").
struct OrgKeyPair {
  std::string id;
  OrgPublicKey publicKey{};
  std::array<uint8_t, 32> secretKey{};
  ~OrgKeyPair();
};

// Writes <dir>/<id>.secret (mode 0600, never overwritten, with a line saying to keep it safe)
// and <dir>/<id>.public (for the pack editor). Returns the two paths, secret first.
// Throws SealingError.
std::array<std::filesystem::path, 2> newOrgKeys(const std::filesystem::path& dir,
                                                const std::string& id);
// Reads a `.secret` file made by newOrgKeys. Throws SealingError with a clear reason.
OrgKeyPair readOrgSecretKey(const std::filesystem::path& file);
// Reads a `.public` file made by newOrgKeys (nullopt when it is not one); `id` receives its id.
std::optional<OrgPublicKey> readOrgPublicKey(const std::filesystem::path& file, std::string* id);

// One submission's contact details sealed for one organisation. The box also binds the
// submission id and the organisation, so that a box cannot be moved to another row unnoticed.
std::vector<uint8_t> sealPersonal(const Submission::Personal& p, const std::string& submissionId,
                                  const std::string& orgId, const OrgPublicKey& key);
// Opens a box with the key pair; nullopt when it was not sealed to that key or not for this row.
std::optional<Submission::Personal> openPersonal(const std::vector<uint8_t>& box,
                                                 const std::string& submissionId,
                                                 const std::string& orgId, const OrgKeyPair& key);

// Fills `personal` of every lead holding a box for `orgId` that `key` opens; returns how many
// leads had a box for `orgId` that the key could NOT open (wrong key).
int openLeads(std::vector<StoredLead>& leads, const std::string& orgId, const OrgKeyPair& key);

// Wipes the bytes of a string (sodium_memzero), then empties it.
// Length-prefixed fields (4 bytes little-endian, then the bytes) inside sealed plaintexts.
void putField(std::string& out, const std::string& field);
// The field at `pos`, which moves past it; false when the text is cut short.
bool getField(const std::string& in, size_t& pos, std::string& field);

void wipe(std::string& s);
void wipe(Submission::Personal& p);

}  // namespace vitrine

// Sealed contact details: organisation key files, crypto_box_seal boxes, opening them.
#include "sealing.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "base_messages.h"
#include "key_file.h"
#include "store_messages.h"

namespace vitrine {
namespace fs = std::filesystem;
namespace {

constexpr const char* kSecretTag = "vitrine-org-secret-v1";
constexpr const char* kPublicTag = "vitrine-org-public-v1";
// The plaintext starts with this, so a box made for something else never opens as a lead.
constexpr const char* kDomain = "vitrine sealed contact v1";
// Boxes are padded to a multiple of this: their length tells little about a name or message.
constexpr size_t kPadBlock = 128;

void initSodium() {
  if (sodium_init() < 0) throw SealingError(tr(BM::sodium_failed));
}

void writeNew(const fs::path& file, const std::string& text, mode_t mode) {
  if (std::string error; !writeNewFile(file, text, mode, error)) throw SealingError(error);
}

}  // namespace

void putField(std::string& out, const std::string& field) {
  const auto n = static_cast<uint32_t>(field.size());
  for (int i = 0; i < 4; ++i) out += static_cast<char>((n >> (8 * i)) & 0xFF);
  out += field;
}

bool getField(const std::string& in, size_t& pos, std::string& field) {
  if (pos + 4 > in.size()) return false;
  uint32_t n = 0;
  for (int i = 0; i < 4; ++i)
    n |= static_cast<uint32_t>(static_cast<unsigned char>(in[pos + i])) << (8 * i);
  pos += 4;
  if (n > in.size() - pos) return false;
  field.assign(in, pos, n);
  pos += n;
  return true;
}

const OrgPublicKey* SealingKeys::forOrg(const std::string& orgId) const {
  auto it = orgs.find(orgId);
  if (it != orgs.end()) return &it->second;
  return stand ? &*stand : nullptr;
}

std::optional<OrgPublicKey> parsePublicKeyHex(const std::string& hex) {
  OrgPublicKey k{};
  if (!fromHex(hex, k.data(), k.size())) return std::nullopt;
  return k;
}

SealingKeys sealingKeysOf(const std::map<std::string, std::string>& orgKeysHex,
                          const std::string& standKeyHex) {
  SealingKeys keys;
  for (const auto& [org, hex] : orgKeysHex)
    if (auto k = parsePublicKeyHex(hex)) keys.orgs[org] = *k;
  if (!standKeyHex.empty()) keys.stand = parsePublicKeyHex(standKeyHex);
  return keys;
}

OrgKeyPair::~OrgKeyPair() {
  sodium_memzero(secretKey.data(), secretKey.size());
}

std::array<fs::path, 2> newOrgKeys(const fs::path& dir, const std::string& id) {
  initSodium();
  if (id.empty() || id.find_first_of("/ \n\t") != std::string::npos)
    throw SealingError(tr(SM::bad_org_id, {id}));
  std::error_code ec;
  fs::create_directories(dir, ec);
  OrgKeyPair k;
  crypto_box_keypair(k.publicKey.data(), k.secretKey.data());
  const fs::path secret = dir / (id + ".secret"), pub = dir / (id + ".public");
  std::string text = std::string(kSecretTag) + " " + toHex(k.secretKey.data(), k.secretKey.size()) +
                     " " + id + "\n# " + trWhole(SM::secret_key_comment, {id}) + "\n";
  try {
    writeNew(secret, text, 0600);
  } catch (...) {
    sodium_memzero(text.data(), text.size());
    throw;
  }
  sodium_memzero(text.data(), text.size());
  writeNew(pub,
           std::string(kPublicTag) + " " + toHex(k.publicKey.data(), k.publicKey.size()) + " " +
               id + "\n",
           0644);
  return {secret, pub};
}

OrgKeyPair readOrgSecretKey(const fs::path& file) {
  initSodium();
  OrgKeyPair k;
  std::error_code ec;
  if (!fs::is_regular_file(file, ec))
    throw SealingError(tr(SM::secret_key_missing, {file.string()}));
  if (!readKeyLine(file, kSecretTag, k.secretKey.data(), k.secretKey.size(), k.id))
    throw SealingError(tr(SM::not_an_org_secret, {file.string()}));
  crypto_scalarmult_base(k.publicKey.data(), k.secretKey.data());
  return k;
}

std::optional<OrgPublicKey> readOrgPublicKey(const fs::path& file, std::string* id) {
  OrgPublicKey k{};
  std::string name;
  if (!readKeyLine(file, kPublicTag, k.data(), k.size(), name)) return std::nullopt;
  if (id) *id = name;
  return k;
}

std::vector<uint8_t> sealPersonal(const Submission::Personal& p, const std::string& submissionId,
                                  const std::string& orgId, const OrgPublicKey& key) {
  initSodium();
  std::string plain;
  for (const std::string* f :
       {&submissionId, &orgId, &p.firstName, &p.email, &p.phone, &p.postalCode, &p.message})
    putField(plain, *f);
  plain.insert(0, kDomain);
  size_t padded = 0;
  plain.resize(plain.size() + kPadBlock);
  const size_t used = plain.size() - kPadBlock;
  if (sodium_pad(&padded, reinterpret_cast<unsigned char*>(plain.data()), used, kPadBlock,
                 plain.size()) != 0) {
    sodium_memzero(plain.data(), plain.size());
    throw SealingError(tr(SM::internal_padding));
  }
  std::vector<uint8_t> box(padded + crypto_box_SEALBYTES);
  const int rc = crypto_box_seal(box.data(), reinterpret_cast<const unsigned char*>(plain.data()),
                                 padded, key.data());
  sodium_memzero(plain.data(), plain.size());
  if (rc != 0) throw SealingError(tr(SM::internal_seal));
  return box;
}

std::optional<Submission::Personal> openPersonal(const std::vector<uint8_t>& box,
                                                 const std::string& submissionId,
                                                 const std::string& orgId, const OrgKeyPair& key) {
  initSodium();
  if (box.size() < crypto_box_SEALBYTES) return std::nullopt;
  std::string plain(box.size() - crypto_box_SEALBYTES, '\0');
  auto* bytes = reinterpret_cast<unsigned char*>(plain.data());
  size_t unpadded = 0;
  if (crypto_box_seal_open(bytes, box.data(), box.size(), key.publicKey.data(),
                           key.secretKey.data()) != 0 ||
      sodium_unpad(&unpadded, bytes, plain.size(), kPadBlock) != 0)
    return std::nullopt;
  plain.resize(unpadded);
  std::optional<Submission::Personal> out;
  const size_t domain = std::strlen(kDomain);
  if (plain.compare(0, domain, kDomain) == 0) {
    size_t pos = domain;
    std::string sid, oid;
    Submission::Personal p;
    if (getField(plain, pos, sid) && getField(plain, pos, oid) &&
        getField(plain, pos, p.firstName) && getField(plain, pos, p.email) &&
        getField(plain, pos, p.phone) && getField(plain, pos, p.postalCode) &&
        getField(plain, pos, p.message) && sid == submissionId && oid == orgId)
      out = std::move(p);
  }
  sodium_memzero(plain.data(), plain.size());
  return out;
}

int openLeads(std::vector<StoredLead>& leads, const std::string& orgId, const OrgKeyPair& key) {
  int failed = 0;
  for (auto& l : leads)
    for (const auto& copy : l.sealed) {
      if (copy.orgId != orgId) continue;
      if (auto p = openPersonal(copy.box, l.id, orgId, key))
        l.submission.personal = std::move(*p);
      else
        ++failed;
    }
  return failed;
}

void wipe(std::string& s) {
  if (!s.empty()) sodium_memzero(s.data(), s.size());
  s.clear();
}

void wipe(Submission::Personal& p) {
  for (std::string* f : {&p.firstName, &p.email, &p.phone, &p.postalCode, &p.message}) wipe(*f);
}

}  // namespace vitrine

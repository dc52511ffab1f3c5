// Sealed export files: one per organisation, a whole-file crypto_box_seal over length-prefixed
// records, opened only with that organisation's secret key.
#include "sealed_file.h"

#include <sodium.h>

#include <cstdint>

#include "base_messages.h"
#include "store_messages.h"

namespace vitrine {
namespace {

constexpr const char* kMagic = "vitrine-sealed-leads-v1 ";

constexpr int kFields = 15;  // per lead, in the order below

}  // namespace

std::string sealLeadsFile(const std::string& orgId, const std::vector<StoredLead>& leads,
                          const OrgPublicKey& key) {
  if (sodium_init() < 0) throw SealingError(tr(BM::sodium_failed));
  std::string plain;
  putField(plain, orgId);
  for (const StoredLead& l : leads) {
    const Submission& s = l.submission;
    std::string box;
    for (const auto& copy : l.sealed)
      if (copy.orgId == orgId) box.assign(copy.box.begin(), copy.box.end());
    // A record kept in clear (older Vitrine) travels inside this file's seal only.
    const Submission::Personal p = l.plaintext ? s.personal : Submission::Personal{};
    for (const std::string& f :
         {l.id, l.createdAt, l.kioskId, l.eventTag, l.packId, s.profile, joinIds(s.careerIds),
          joinIds(s.offerIds), s.consentVersion, l.consentAt, box, p.firstName, p.email, p.phone,
          p.postalCode + '\n' + p.message})
      putField(plain, f);
  }
  std::string out = std::string(kMagic) + orgId + "\n";
  const size_t head = out.size();
  out.resize(head + plain.size() + crypto_box_SEALBYTES);
  const int rc = crypto_box_seal(reinterpret_cast<unsigned char*>(out.data() + head),
                                 reinterpret_cast<const unsigned char*>(plain.data()), plain.size(),
                                 key.data());
  sodium_memzero(plain.data(), plain.size());
  if (rc != 0) throw SealingError(tr(SM::internal_seal_file));
  return out;
}

std::vector<StoredLead> openLeadsFile(const std::string& bytes, const OrgKeyPair& key,
                                      std::string& orgId) {
  if (sodium_init() < 0) throw SealingError(tr(BM::sodium_failed));
  const size_t magic = std::char_traits<char>::length(kMagic);
  const size_t eol = bytes.find('\n');
  if (bytes.compare(0, magic, kMagic) != 0 || eol == std::string::npos)
    throw SealingError(tr(SM::not_a_sealed_export));
  const std::string named = bytes.substr(magic, eol - magic);
  const size_t head = eol + 1;
  if (bytes.size() < head + crypto_box_SEALBYTES) throw SealingError(tr(SM::sealed_truncated));
  std::string plain(bytes.size() - head - crypto_box_SEALBYTES, '\0');
  if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(plain.data()),
                           reinterpret_cast<const unsigned char*>(bytes.data() + head),
                           bytes.size() - head, key.publicKey.data(), key.secretKey.data()) != 0)
    throw SealingError(tr(SM::key_not_for_file, {key.id, named}));
  std::vector<StoredLead> leads;
  size_t pos = 0;
  bool ok = getField(plain, pos, orgId) && orgId == named;
  while (ok && pos < plain.size()) {
    std::string f[kFields];
    for (auto& field : f) ok = ok && getField(plain, pos, field);
    if (!ok) break;
    StoredLead l;
    Submission& s = l.submission;
    l.id = f[0];
    l.createdAt = f[1];
    l.kioskId = f[2];
    l.eventTag = f[3];
    l.packId = f[4];
    s.profile = f[5];
    s.careerIds = splitIds(f[6]);
    s.offerIds = splitIds(f[7]);
    s.consentVersion = f[8];
    l.consentAt = f[9];
    s.consent = true;
    s.consentOrgIds = {orgId};
    if (!f[10].empty()) {
      l.sealed.push_back({orgId, std::vector<uint8_t>(f[10].begin(), f[10].end())});
    } else {
      const size_t nl = f[14].find('\n');
      s.personal = {f[11], f[12], f[13], f[14].substr(0, nl),
                    nl == std::string::npos ? std::string() : f[14].substr(nl + 1)};
      l.plaintext = true;
    }
    for (auto& field : f) sodium_memzero(field.data(), field.size());
    leads.push_back(std::move(l));
  }
  sodium_memzero(plain.data(), plain.size());
  if (!ok) throw SealingError(tr(SM::sealed_damaged));
  if (openLeads(leads, orgId, key) > 0) throw SealingError(tr(SM::key_not_for_contacts, {orgId}));
  return leads;
}

}  // namespace vitrine

// Ed25519 over "vitrine pack signature v1" + the content hash, kept in the pack's signature table.
#include "pack_signature.h"

#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "base_messages.h"
#include "key_file.h"
#include "pack.h"
#include "packs_messages.h"
#include "sqlite.h"

namespace vitrine {
namespace fs = std::filesystem;
namespace {

constexpr const char* kSecretTag = "vitrine-sign-secret-v1";
constexpr const char* kPublicTag = "vitrine-sign-public-v1";
constexpr const char* kPublicSuffix = ".sign.public";
// The domain string: a signature made for a pack can never be passed off for anything else.
constexpr const char* kDomain = "vitrine pack signature v1\n";

void initSodium() {
  if (sodium_init() < 0) throw SignatureError(tr(BM::sodium_failed));
}

std::string message(const std::string& contentHash) {
  return kDomain + contentHash;
}

void writeNew(const fs::path& file, const std::string& text, mode_t mode) {
  if (std::string error; !writeNewFile(file, text, mode, error)) throw SignatureError(error);
}

bool endsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

TrustedPublishers loadTrustedPublishers(const fs::path& dir) {
  TrustedPublishers t;
  t.dir = dir;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string file = it->path().filename().string();
    if (!endsWith(file, kPublicSuffix)) continue;
    t.enforced = true;  // a key someone meant to trust, even unreadable: never fall back open
    PublisherKey k;
    if (readKeyLine(it->path(), kPublicTag, k.publicKey.data(), k.publicKey.size(), k.name)) {
      if (k.name.empty()) k.name = file.substr(0, file.size() - std::strlen(kPublicSuffix));
      t.keys.push_back(k);
    } else {
      t.problems.push_back(tr(PM::publisher_key_unreadable, {it->path().string()}));
    }
  }
  return t;
}

std::array<fs::path, 2> newPublisherKeys(const fs::path& dir, const std::string& name) {
  initSodium();
  if (name.empty() || name.find_first_of("/ \n") != std::string::npos)
    throw SignatureError(tr(PM::bad_key_name, {name}));
  std::error_code ec;
  fs::create_directories(dir, ec);
  uint8_t pk[crypto_sign_PUBLICKEYBYTES], sk[crypto_sign_SECRETKEYBYTES];
  crypto_sign_keypair(pk, sk);
  const fs::path secret = dir / (name + ".sign.secret"), pub = dir / (name + kPublicSuffix);
  std::string secretLine = std::string(kSecretTag) + " " + toHex(sk, sizeof sk) + " " + name + "\n";
  sodium_memzero(sk, sizeof sk);
  try {
    writeNew(secret, secretLine, 0600);
  } catch (...) {
    sodium_memzero(secretLine.data(), secretLine.size());
    throw;
  }
  sodium_memzero(secretLine.data(), secretLine.size());
  writeNew(pub, std::string(kPublicTag) + " " + toHex(pk, sizeof pk) + " " + name + "\n", 0644);
  return {secret, pub};
}

std::string signPack(const fs::path& packFile, const fs::path& secretKey) {
  initSodium();
  uint8_t sk[crypto_sign_SECRETKEYBYTES];
  std::string name;
  if (!readKeyLine(secretKey, kSecretTag, sk, sizeof sk, name))
    throw SignatureError(tr(PM::not_a_publisher_secret, {secretKey.string()}));
  std::string hash;
  {
    auto pack = Pack::open(packFile);  // refuses a pack whose content no longer matches its hash
    hash = pack->catalogue().meta.contentHash;
  }
  const std::string m = message(hash);
  uint8_t sig[crypto_sign_BYTES];
  crypto_sign_detached(sig, nullptr, reinterpret_cast<const uint8_t*>(m.data()), m.size(), sk);
  std::vector<uint8_t> pk(sk + crypto_sign_SECRETKEYBYTES - crypto_sign_PUBLICKEYBYTES,
                          sk + crypto_sign_SECRETKEYBYTES);
  sodium_memzero(sk, sizeof sk);
  try {
    sql::Database db(packFile, sql::Mode::ReadWriteCreate);
    sql::Transaction tx(db);
    db.exec(
        "CREATE TABLE IF NOT EXISTS signature(publisher TEXT NOT NULL, public_key BLOB NOT NULL, "
        "signature BLOB NOT NULL)");
    db.exec("DELETE FROM signature");
    db.prepare("INSERT INTO signature(publisher, public_key, signature) VALUES (?, ?, ?)")
        .bind(1, name)
        .bind(2, pk)
        .bind(3, std::vector<uint8_t>(sig, sig + sizeof sig))
        .run();
    tx.commit();
  } catch (const sql::Error& e) {
    throw SignatureError(tr(PM::signature_not_written, {packFile.string(), e.what()}));
  }
  return name;
}

std::string signatureProblem(const fs::path& packFile, const std::string& contentHash,
                             const TrustedPublishers& trusted) {
  if (sodium_init() < 0) return tr(PM::signature_unverifiable);
  const std::string where = tr(PM::only_signed, {trusted.dir.string()});
  try {
    sql::Database db(packFile, sql::Mode::ReadOnly);
    auto has =
        db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'signature'");
    if (!has.step()) return trWhole(PM::unsigned_pack, {where});
    auto rows = db.prepare("SELECT publisher, public_key, signature FROM signature");
    const std::string m = message(contentHash);
    std::string signer;
    while (rows.step()) {
      signer = rows.text(0);
      const std::vector<uint8_t> pk = rows.blob(1), sig = rows.blob(2);
      for (const PublisherKey& k : trusted.keys) {
        if (pk.size() != k.publicKey.size() ||
            !std::equal(pk.begin(), pk.end(), k.publicKey.begin()))
          continue;
        if (sig.size() == crypto_sign_BYTES &&
            crypto_sign_verify_detached(sig.data(), reinterpret_cast<const uint8_t*>(m.data()),
                                        m.size(), k.publicKey.data()) == 0)
          return {};
        return tr(PM::signature_invalid, {k.name});
      }
    }
    if (signer.empty()) return trWhole(PM::unsigned_pack, {where});
    return trWhole(PM::unknown_signer, {msg::echo(signer), where});
  } catch (const sql::Error& e) {
    return tr(PM::signature_unreadable, {e.what()});
  }
}

std::string packSigner(const fs::path& packFile) {
  try {
    sql::Database db(packFile, sql::Mode::ReadOnly);
    auto has =
        db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'signature'");
    if (!has.step()) return {};
    auto row = db.prepare("SELECT publisher FROM signature LIMIT 1");
    return row.step() ? row.text(0) : std::string();
  } catch (const sql::Error&) {
    return {};
  }
}

void requireTrustedSignature(const fs::path& packFile, const std::string& contentHash,
                             const TrustedPublishers& trusted) {
  if (!trusted.enforced) return;
  const std::string problem = signatureProblem(packFile, contentHash, trusted);
  if (!problem.empty()) throw PackError(problem + " (" + packFile.string() + ")");
}

}  // namespace vitrine

// kioskctl pack build | check | info | diff: the content editor's commands, errors as file:line on
// stderr.
#include <filesystem>
#include <iostream>
#include <set>

#include "ctl.h"
#include "ctl_messages.h"
#include "ctl_options.h"
#include "messages.h"
#include "pack.h"
#include "pack_builder.h"
#include "pack_diff.h"
#include "pack_signature.h"
#include "pack_sources.h"

namespace vitrine::ctl {
namespace fs = std::filesystem;
namespace {

// Paths inside the sources get the folder prefix, so that editors' tools can open file:line;
// problems with the folder itself or with the output file already name a full path.
void printDiagnostics(std::vector<Diagnostic> problems, const std::string& sources,
                      const std::string& out) {
  for (auto& d : problems) {
    if (d.file != sources && d.file != out) d.file = (fs::path(sources) / d.file).string();
    std::cerr << d.str() << "\n";
  }
}

// Notes (what an absent optional column hides) are printed but not counted as problems.
std::string counts(const std::vector<Diagnostic>& problems) {
  return tr(M::count_problems,
            {std::to_string(errorCount(problems)), std::to_string(warningCount(problems))});
}

size_t imageCount(const Catalogue& c) {
  std::set<std::string> ids;  // every image a career names is stored once in the pack
  for (const auto& k : c.careers)
    if (!k.image.empty()) ids.insert(k.image);
  for (const auto& o : c.organisations)
    if (!o.logo.empty()) ids.insert(o.logo);
  return ids.size();
}

std::string sizeText(const fs::path& p) {
  std::error_code ec;
  auto bytes = fs::file_size(p, ec);
  if (ec) return "?";
  return bytes >= 1024 * 1024 ? tr(M::size_mib, {std::to_string(bytes / (1024 * 1024))})
                              : tr(M::size_kib, {std::to_string(bytes / 1024)});
}

int build(const Args& a) {
  const auto args = parsePathAndFlag(a, "-o");
  if (!args) {
    std::cerr << tr(M::usage_pack);
    return 2;
  }
  const std::string &sources = args->path, &out = args->flagged;
  auto problems = buildPack(sources, out);
  printDiagnostics(problems, sources, out);
  if (errorCount(problems) > 0) {
    std::cerr << tr(M::pack_not_written, {counts(problems)}) << "\n";
    return 1;
  }
  if (!problems.empty()) std::cerr << tr(M::pack_written, {counts(problems)}) << "\n";
  try {
    auto pack = Pack::open(out);  // what the kiosk will do: proves the file is usable
    const auto& c = pack->catalogue();
    std::cout << tr(M::build_summary,
                    {out, std::to_string(c.careers.size()), std::to_string(c.offers.size()),
                     std::to_string(c.organisations.size()), std::to_string(c.events.size()),
                     std::to_string(imageCount(c)), sizeText(out)})
              << "\n"
              << tr(M::build_hash, {c.meta.contentHash}) << "\n";
  } catch (const PackError& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
  return 0;
}

// Everything `build` checks, without writing anything: for editors between two saves.
int check(const Args& a) {
  if (a.size() != 1) {
    std::cerr << tr(M::usage_pack);
    return 2;
  }
  std::vector<Diagnostic> problems;
  std::error_code ec;
  Sources s;
  if (!fs::is_directory(a[0], ec))
    problems.push_back({a[0], 0, tr(M::not_sources_folder)});
  else
    checkLimits(s = readSources(a[0], problems, SourceOptions{{}, false}), problems);
  printDiagnostics(problems, a[0], {});
  // Records read per file: a row merged into another or lost would show here.
  for (const auto& [file, n] : s.recordsRead)
    std::cerr << tr(M::records_read, {(fs::path(a[0]) / file).string(), std::to_string(n)}) << "\n";
  std::cerr << tr(M::check_summary, {a[0], counts(problems)}) << "\n";
  return errorCount(problems) > 0 ? 1 : 0;
}

int diff(const Args& a) {
  if (a.size() != 2) {
    std::cerr << tr(M::usage_pack);
    return 2;
  }
  try {
    auto before = Pack::open(a[0]), after = Pack::open(a[1]);
    auto changes = diffPacks(*before, *after);
    for (const auto& c : changes) std::cout << formatChange(c) << "\n";
    size_t n[3] = {};
    for (const auto& c : changes) ++n[static_cast<int>(c.kind)];
    std::cout << tr(M::diff_summary,
                    {std::to_string(n[0]), std::to_string(n[1]), std::to_string(n[2])})
              << "\n";
    return 0;
  } catch (const PackError& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
}

std::string signerText(const fs::path& pack) {
  const std::string who = packSigner(pack);
  return who.empty() ? tr(M::info_unsigned) : tr(M::info_signed_by, {who});
}

int info(const Args& a) {
  if (a.size() != 1) {
    std::cerr << tr(M::usage_pack);
    return 2;
  }
  try {
    auto pack = Pack::open(a[0]);
    const auto& c = pack->catalogue();
    std::string languages;
    for (const auto& l : c.meta.languages) languages += (languages.empty() ? "" : ", ") + l;
    std::cout << tr(M::info_table,
                    {c.meta.packId, c.meta.title, std::to_string(c.meta.schemaVersion),
                     c.meta.buildTime, c.meta.builderVersion, c.meta.contentHash, languages,
                     c.meta.defaultLanguage, c.meta.consentVersion})
              << tr(M::info_signer, {signerText(a[0])})
              << tr(M::info_keys, {std::to_string(c.meta.orgKeys.size()),
                                   c.meta.standKey.empty() ? "" : tr(M::info_stand_key)})
              << (c.meta.retentionDays > 0
                      ? tr(M::info_retention, {std::to_string(c.meta.retentionDays)})
                      : tr(M::info_no_retention))
              << tr(M::info_counts,
                    {std::to_string(c.careers.size()), std::to_string(c.offers.size()),
                     std::to_string(c.organisations.size()), std::to_string(c.events.size()),
                     std::to_string(c.schools.size()), std::to_string(c.quiz.size()),
                     std::to_string(imageCount(c)), sizeText(a[0])});
    return 0;
  } catch (const PackError& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
}

// Signs in place: the signature goes into the pack's `signature` table, outside the content hash.
int sign(const Args& a) {
  const auto args = parsePathAndFlag(a, "--key");
  if (!args) {
    std::cerr << tr(M::usage_pack);
    return 2;
  }
  const std::string &file = args->path, &key = args->flagged;
  try {
    const std::string publisher = signPack(file, key);
    std::cout << tr(CM::pack_signed, {file, publisher}) << "\n";
    return 0;
  } catch (const std::exception& e) {  // SignatureError, PackError
    std::cerr << e.what() << "\n";
    return 1;
  }
}

}  // namespace

int pack(const Args& a) {
  if (!a.empty() && a[0] == "build") return build(Args(a.begin() + 1, a.end()));
  if (!a.empty() && a[0] == "check") return check(Args(a.begin() + 1, a.end()));
  if (!a.empty() && a[0] == "info") return info(Args(a.begin() + 1, a.end()));
  if (!a.empty() && a[0] == "diff") return diff(Args(a.begin() + 1, a.end()));
  if (!a.empty() && a[0] == "sign") return sign(Args(a.begin() + 1, a.end()));
  std::cerr << tr(M::usage_pack);
  return 2;
}

}  // namespace vitrine::ctl

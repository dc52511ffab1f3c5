// kioskctl pack build | check | info | diff: the content editor's commands, errors as file:line on
// stderr.
#include <filesystem>
#include <iostream>
#include <set>

#include "ctl.h"
#include "pack.h"
#include "pack_builder.h"
#include "pack_diff.h"
#include "pack_signature.h"
#include "pack_sources.h"

namespace vitrine::ctl {
namespace fs = std::filesystem;
namespace {

constexpr const char* kUsage =
    "usage: kioskctl pack build <sources-dir> -o <file.kpack>\n"
    "       kioskctl pack check <sources-dir>\n"
    "       kioskctl pack info <file.kpack>\n"
    "       kioskctl pack diff <old.kpack> <new.kpack>\n"
    "       kioskctl pack sign <file.kpack> --key <name.sign.secret>\n";

// Paths inside the sources get the folder prefix, so that editors' tools can open file:line;
// problems with the folder itself or with the output file already name a full path.
void printDiagnostics(std::vector<Diagnostic> problems, const std::string& sources,
                      const std::string& out) {
  for (auto& d : problems) {
    if (d.file != sources && d.file != out) d.file = (fs::path(sources) / d.file).string();
    std::cerr << d.str() << "\n";
  }
}

std::string counts(const std::vector<Diagnostic>& problems) {
  size_t errors = errorCount(problems);
  return std::to_string(errors) + " erreur(s), " + std::to_string(problems.size() - errors) +
         " avertissement(s)";
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
  return bytes >= 1024 * 1024 ? std::to_string(bytes / (1024 * 1024)) + " Mio"
                              : std::to_string(bytes / 1024) + " Kio";
}

int build(const Args& a) {
  std::string sources, out;
  bool extra = false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i] == "-o" && i + 1 < a.size())
      out = a[++i];
    else if (sources.empty())
      sources = a[i];
    else
      extra = true;
  }
  if (sources.empty() || out.empty() || extra) {
    std::cerr << kUsage;
    return 2;
  }
  auto problems = buildPack(sources, out);
  printDiagnostics(problems, sources, out);
  if (errorCount(problems) > 0) {
    std::cerr << counts(problems) << " — pack non écrit\n";
    return 1;
  }
  if (!problems.empty()) std::cerr << counts(problems) << " — pack écrit\n";
  try {
    auto pack = Pack::open(out);  // what the kiosk will do: proves the file is usable
    const auto& c = pack->catalogue();
    std::cout << out << " : " << c.careers.size() << " métiers, " << c.offers.size() << " offres, "
              << c.organisations.size() << " organisations, " << c.events.size() << " événements, "
              << imageCount(c) << " images, " << sizeText(out) << "\n"
              << "empreinte : " << c.meta.contentHash << "\n";
  } catch (const PackError& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
  return 0;
}

// Everything `build` checks, without writing anything: for editors between two saves.
int check(const Args& a) {
  if (a.size() != 1) {
    std::cerr << kUsage;
    return 2;
  }
  std::vector<Diagnostic> problems;
  std::error_code ec;
  if (!fs::is_directory(a[0], ec))
    problems.push_back({a[0], 0, "not a folder of pack sources"});
  else
    readSources(a[0], problems, SourceOptions{{}, false});
  printDiagnostics(problems, a[0], {});
  std::cerr << a[0] << " : " << counts(problems) << "\n";
  return errorCount(problems) > 0 ? 1 : 0;
}

int diff(const Args& a) {
  if (a.size() != 2) {
    std::cerr << kUsage;
    return 2;
  }
  try {
    auto before = Pack::open(a[0]), after = Pack::open(a[1]);
    auto changes = diffPacks(*before, *after);
    for (const auto& c : changes) std::cout << formatChange(c) << "\n";
    size_t n[3] = {};
    for (const auto& c : changes) ++n[static_cast<int>(c.kind)];
    std::cout << n[0] << " ajout(s), " << n[1] << " suppression(s), " << n[2]
              << " modification(s)\n";
    return 0;
  } catch (const PackError& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
}

std::string signerText(const fs::path& pack) {
  const std::string who = packSigner(pack);
  return who.empty() ? "nobody (kiosks with trusted keys refuse it)"
                     : who + " (kiosks check it against their trusted keys)";
}

int info(const Args& a) {
  if (a.size() != 1) {
    std::cerr << kUsage;
    return 2;
  }
  try {
    auto pack = Pack::open(a[0]);
    const auto& c = pack->catalogue();
    std::string languages;
    for (const auto& l : c.meta.languages) languages += (languages.empty() ? "" : ", ") + l;
    std::cout << "pack:            " << c.meta.packId << "\n"
              << "title:           " << c.meta.title << "\n"
              << "schema version:  " << c.meta.schemaVersion << "\n"
              << "built:           " << c.meta.buildTime << "\n"
              << "builder:         " << c.meta.builderVersion << "\n"
              << "content hash:    " << c.meta.contentHash << "\n"
              << "signed by:       " << signerText(a[0]) << "\n"
              << "languages:       " << languages << " (default " << c.meta.defaultLanguage << ")\n"
              << "consent version: " << c.meta.consentVersion << "\n"
              << "sealing keys:    " << c.meta.orgKeys.size() << " organisation(s)"
              << (c.meta.standKey.empty() ? "" : " + stand key") << "\n"
              << "retention:       "
              << (c.meta.retentionDays > 0 ? std::to_string(c.meta.retentionDays) + " days"
                                           : std::string("not stated"))
              << "\n"
              << "careers:         " << c.careers.size() << "\n"
              << "offers:          " << c.offers.size() << "\n"
              << "organisations:   " << c.organisations.size() << "\n"
              << "events:          " << c.events.size() << "\n"
              << "schools:         " << c.schools.size() << "\n"
              << "quiz questions:  " << c.quiz.size() << "\n"
              << "images:          " << imageCount(c) << "\n"
              << "size:            " << sizeText(a[0]) << "\n";
    return 0;
  } catch (const PackError& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
}

// Signs in place: the signature goes into the pack's `signature` table, outside the content hash.
int sign(const Args& a) {
  std::string file, key;
  bool extra = false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i] == "--key" && i + 1 < a.size())
      key = a[++i];
    else if (file.empty())
      file = a[i];
    else
      extra = true;
  }
  if (file.empty() || key.empty() || extra) {
    std::cerr << kUsage;
    return 2;
  }
  try {
    const std::string publisher = signPack(file, key);
    std::cout << file << " : signé par « " << publisher << " »\n";
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
  std::cerr << kUsage;
  return 2;
}

}  // namespace vitrine::ctl

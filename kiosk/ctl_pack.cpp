// kioskctl pack build | info: for content editors.
#include <filesystem>
#include <iostream>

#include "ctl.h"
#include "pack.h"
#include "pack_builder.h"

namespace vitrine::ctl {
namespace {

int build(const Args& a) {
  std::string sources, out;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i] == "-o" && i + 1 < a.size())
      out = a[++i];
    else if (sources.empty())
      sources = a[i];
    else
      out.clear(), sources.clear(), i = a.size();
  }
  if (sources.empty() || out.empty()) {
    std::cerr << "usage: kioskctl pack build <sources-dir> -o <file.kpack>\n";
    return 2;
  }
  auto problems = buildPack(sources, out);
  for (const auto& d : problems) std::cerr << sources << "/" << d.str() << "\n";
  if (!problems.empty()) {
    std::cerr << problems.size() << " erreur(s) — pack non écrit\n";
    return 1;
  }
  auto pack = Pack::open(out);
  const auto& c = pack->catalogue();
  std::cout << out << ": " << c.careers.size() << " métiers, " << c.offers.size() << " stages, "
            << c.organisations.size() << " organisations, "
            << std::filesystem::file_size(out) / 1024 << " Kio\n";
  return 0;
}

int info(const Args& a) {
  if (a.size() != 1) {
    std::cerr << "usage: kioskctl pack info <file.kpack>\n";
    return 2;
  }
  try {
    auto pack = Pack::open(a[0]);
    const auto& c = pack->catalogue();
    std::cout << "pack:            " << c.meta.packId << "\n"
              << "title:           " << c.meta.title << "\n"
              << "schema version:  " << c.meta.schemaVersion << "\n"
              << "built:           " << c.meta.buildTime << "\n"
              << "consent version: " << c.meta.consentVersion << "\n"
              << "careers:         " << c.careers.size() << "\n"
              << "offers:          " << c.offers.size() << "\n"
              << "organisations:   " << c.organisations.size() << "\n";
    return 0;
  } catch (const PackError& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
}

}  // namespace

int pack(const Args& a) {
  if (!a.empty() && a[0] == "build") return build(Args(a.begin() + 1, a.end()));
  if (!a.empty() && a[0] == "info") return info(Args(a.begin() + 1, a.end()));
  std::cerr << "usage: kioskctl pack build <sources-dir> -o <file.kpack> | pack info <file.kpack>\n";
  return 2;
}

}  // namespace vitrine::ctl

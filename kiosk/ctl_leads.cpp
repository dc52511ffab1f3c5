// `kioskctl leads export`: the organisation's way to get leads out of a visitor store as CSV.
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <optional>

#include "ctl.h"
#include "store.h"

namespace vitrine::ctl {
namespace {

constexpr const char* kLeadsUsage =
    "usage: kioskctl leads export --store <visitors.db> [--format csv] [--delimiter ';'] "
    "[-o <file>]\n"
    "  --delimiter   ';' (default, French Excel), ',' or 'tab'\n"
    "  -o            output file (written atomically); standard output when absent\n";

struct ExportOptions {
  std::filesystem::path store;
  std::optional<std::filesystem::path> output;
  char delimiter = ';';
};

int usage(const std::string& problem) {
  if (!problem.empty()) std::cerr << "kioskctl leads: " << problem << "\n";
  std::cerr << kLeadsUsage;
  return 2;
}

std::optional<char> parseDelimiter(const std::string& v) {
  if (v == ";" || v == "," || v == "\t") return v[0];
  if (v == "tab" || v == "\\t") return '\t';
  return std::nullopt;  // quotes or line ends would make the file unreadable
}

// Returns an error text, or empty when the options are complete.
std::string parseExport(const Args& args, ExportOptions& o) {
  bool haveStore = false;
  for (size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (i + 1 >= args.size()) return "option sans valeur : " + a;
    const std::string& v = args[++i];
    if (a == "--store") {
      o.store = v;
      haveStore = true;
    } else if (a == "--format") {
      if (v != "csv") return "format inconnu : " + v + " (seul csv est disponible)";
    } else if (a == "--delimiter") {
      auto d = parseDelimiter(v);
      if (!d) return "séparateur non pris en charge : " + v;
      o.delimiter = *d;
    } else if (a == "-o" || a == "--output") {
      o.output = v;
    } else {
      return "option inconnue : " + a;
    }
  }
  return haveStore ? std::string() : "--store est obligatoire";
}

// Write to <file>.tmp, flush to the device, then rename: a pulled USB stick or a crash never
// leaves a half-written CSV under the real name.
bool writeAtomically(const std::filesystem::path& target, const std::string& data) {
  std::filesystem::path tmp = target;
  tmp += ".tmp";
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) {
    std::cerr << "Impossible de créer « " << tmp.string() << " » : " << std::strerror(errno)
              << "\n";
    return false;
  }
  bool ok = std::fwrite(data.data(), 1, data.size(), f) == data.size();
  ok = std::fflush(f) == 0 && ok;
  ok = ::fsync(fileno(f)) == 0 && ok;
  int savedErrno = errno;
  ok = std::fclose(f) == 0 && ok;
  if (ok && std::rename(tmp.c_str(), target.c_str()) == 0) return true;
  if (ok) savedErrno = errno;
  std::cerr << "Erreur d'écriture de « " << target.string() << " » : " << std::strerror(savedErrno)
            << " — l'export n'a pas été fait.\n";
  std::remove(tmp.c_str());
  return false;
}

int exportLeads(const ExportOptions& o) {
  // Opening creates a missing store; an export must not invent an empty one from a typo.
  std::error_code ec;
  if (!std::filesystem::is_regular_file(o.store, ec)) {
    std::cerr << "Fichier des visiteurs introuvable : " << o.store.string() << "\n";
    return 1;
  }
  std::string csv;
  try {
    VisitorStore store(o.store, "", "");
    csv = leadsToCsv(store.leads(), o.delimiter);
  } catch (const StoreError& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
  if (o.output) return writeAtomically(*o.output, csv) ? 0 : 1;
  std::cout.write(csv.data(), static_cast<std::streamsize>(csv.size()));
  std::cout.flush();
  return std::cout ? 0 : 1;
}

}  // namespace

int leads(const Args& args) {
  if (args.empty() || args[0] != "export")
    return usage(args.empty() ? "" : "commande inconnue : " + args[0]);
  ExportOptions o;
  std::string problem = parseExport(args, o);
  if (!problem.empty()) return usage(problem);
  return exportLeads(o);
}

}  // namespace vitrine::ctl

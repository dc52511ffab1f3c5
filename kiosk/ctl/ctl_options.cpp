// Reading kioskctl's verbs' options: whole values only, no file opened (see ctl_options.h).
#include "ctl_options.h"

#include <charconv>

#include "ctl_messages.h"
#include "validation.h"

namespace vitrine::ctl {
namespace {

std::optional<char> parseDelimiter(const std::string& v) {
  if (v == ";" || v == "," || v == "\t") return v[0];
  if (v == "tab" || v == "\\t") return '\t';
  return std::nullopt;  // quotes or line ends would make the file unreadable
}

std::optional<int> parseDays(const std::string& v) {
  int days = -1;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), days);
  if (ec != std::errc() || end != v.data() + v.size() || days < 0 || days > 36500)
    return std::nullopt;
  return days;
}

}  // namespace

std::string parseLeadsOptions(const Args& args, LeadsOptions& o) {
  for (size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a.size() < 2 || a[0] != '-' || (a[1] != '-' && a != "-o")) {
      o.positional.push_back(a);  // a store to merge, or the contact to erase ("-x" is no file)
      continue;
    }
    if (i + 1 >= args.size()) return tr(CM::option_without_value, {a});
    const std::string& v = args[++i];
    if (a == "--store") {
      o.store = v;
    } else if (a == "--org") {
      if (v.empty()) return tr(CM::org_needs_id);
      o.org = v;
    } else if (a == "--key") {
      o.keys.push_back(v);
    } else if (a == "--format") {
      if (v != "csv" && v != "json") return tr(CM::unknown_format, {v});
      o.format = v;
    } else if (a == "--delimiter") {
      auto d = parseDelimiter(v);
      if (!d) return tr(CM::unsupported_delimiter, {v});
      o.delimiter = *d;
    } else if (a == "-o" || a == "--output") {
      o.output = v;
    } else if (a == "--pack") {
      o.pack = v;
    } else if (a == "--country") {
      o.country = phoneCountry(v);
      if (o.country.empty()) return tr(CM::unsupported_country, {v});
    } else if (a == "--older-than") {
      o.olderThanDays = parseDays(v);
      if (!o.olderThanDays) return tr(CM::older_than_days, {v});
    } else {
      return tr(CM::unknown_option, {a});
    }
  }
  return {};
}

std::optional<PathAndFlag> parsePathAndFlag(const Args& a, const std::string& flag) {
  PathAndFlag p;
  bool extra = false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i] == flag && i + 1 < a.size())
      p.flagged = a[++i];
    else if (p.path.empty())
      p.path = a[i];
    else
      extra = true;
  }
  if (p.path.empty() || p.flagged.empty() || extra) return std::nullopt;
  return p;
}

std::optional<std::string> parsePinStore(const Args& args, std::string& problem) {
  std::optional<std::string> store;
  for (size_t i = 1; i < args.size(); ++i) {
    if (args[i] == "--store" && i + 1 < args.size()) {
      store = args[++i];
    } else {
      problem = tr(CM::unexpected_argument, {args[i]});
      return std::nullopt;
    }
  }
  if (!store) problem = tr(CM::store_required);
  return store;
}

bool parseKeysOptions(const Args& a, KeysOptions& o) {
  bool ok = !a.empty() && a[0] == "new";
  for (size_t i = 1; ok && i < a.size(); ++i) {
    if (a[i] == "--publisher")
      o.publisher = true;
    else if (a[i] == "--org" && i + 1 < a.size())
      o.org = a[++i];
    else if (a[i] == "-o" && i + 1 < a.size())
      o.dir = a[++i];
    else if (a[i] == "--name" && i + 1 < a.size())
      o.name = a[++i];
    else
      ok = false;
  }
  return ok && o.publisher != !o.org.empty() && !o.dir.empty();
}

}  // namespace vitrine::ctl

// Leads as JSON for an organisation's own tools: one object per lead, consent proof included.
#include <cstdio>
#include <string_view>

#include "store.h"

namespace vitrine {
namespace {

// Length of the valid UTF-8 sequence starting at text[i], or 0 if the bytes there are not one
// (overlong forms, surrogates and code points past U+10FFFF included).
size_t utf8Length(std::string_view text, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char c = byte(i);
  size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > text.size()) return 0;
  for (size_t k = 1; k < n; ++k)
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  if (n == 2 && c < 0xC2) return 0;
  if (n == 3) {
    unsigned cp = ((c & 0x0Fu) << 12) | ((byte(i + 1) & 0x3Fu) << 6);
    if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  }
  if (n == 4) {
    unsigned cp = ((c & 0x07u) << 18) | ((byte(i + 1) & 0x3Fu) << 12);
    if (cp < 0x10000 || cp > 0x10FFFF) return 0;
  }
  return n;
}

// A JSON string: quotes, backslashes and control characters (NUL included) escaped, everything
// else kept as UTF-8. Bytes that are not UTF-8 become U+FFFD so the file always parses.
void appendString(std::string& out, std::string_view text) {
  out += '"';
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else if (size_t n = utf8Length(text, i); n > 0) {
      out.append(text.substr(i, n));
      i += n;
      continue;
    } else {
      out += "\xEF\xBF\xBD";
    }
    ++i;
  }
  out += '"';
}

void appendArray(std::string& out, const std::vector<std::string>& items) {
  out += '[';
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    appendString(out, items[i]);
  }
  out += ']';
}

void appendField(std::string& out, std::string_view name, std::string_view value) {
  appendString(out, name);
  out += ": ";
  appendString(out, value);
}

void appendContact(std::string& out, const Submission::Personal& p) {
  out += '{';
  appendField(out, "first_name", p.firstName);
  out += ", ";
  appendField(out, "email", p.email);
  out += ", ";
  appendField(out, "phone", p.phone);
  out += ", ";
  appendField(out, "postal_code", p.postalCode);
  out += ", ";
  appendField(out, "message", p.message);
  out += '}';
}

void appendLead(std::string& out, const StoredLead& l, const std::string& orgId) {
  const Submission& s = l.submission;
  out += "  {\n";
  const std::pair<const char*, const std::string*> plain[] = {{"id", &l.id},
                                                              {"created_at", &l.createdAt},
                                                              {"kiosk_id", &l.kioskId},
                                                              {"event_tag", &l.eventTag},
                                                              {"pack_id", &l.packId},
                                                              {"profile", &s.profile}};
  for (const auto& [name, value] : plain) {
    out += "    ";
    appendField(out, name, *value);
    out += ",\n";
  }
  out += "    \"careers\": ";
  appendArray(out, s.careerIds);
  out += ",\n    \"offers\": ";
  appendArray(out, s.offerIds);
  out += ",\n    \"consent\": {";
  appendField(out, "version", s.consentVersion);
  out += ", \"at\": ";
  if (s.consent)
    appendString(out, l.consentAt.empty() ? l.createdAt : l.consentAt);
  else
    out += "null";
  out += ", \"organisations\": ";
  if (!s.consent)
    appendArray(out, {});
  else if (orgId.empty())
    appendArray(out, s.consentOrgIds);
  else
    appendArray(out, {orgId});
  out += "},\n    \"contact\": ";
  // Contact details only leave the kiosk with the consent that allowed collecting them.
  if (s.consent)
    appendContact(out, s.personal);
  else
    out += "null";
  out += "\n  }";
}

}  // namespace

std::string leadsToJson(const std::vector<StoredLead>& leads, const std::string& orgId) {
  if (leads.empty()) return "[]\n";
  std::string out = "[\n";
  for (size_t i = 0; i < leads.size(); ++i) {
    if (i) out += ",\n";
    appendLead(out, leads[i], orgId);
  }
  out += "\n]\n";
  return out;
}

}  // namespace vitrine

// Plain structs of a content pack, as the kiosk sees it in memory (no I/O, no UI).
#pragma once

#include <string>
#include <vector>

namespace vitrine {

inline constexpr int kSchemaVersion = 1;

struct PackMeta {
  int schemaVersion = 0;
  std::string packId;
  std::string title;
  std::string buildTime;               // ISO 8601, UTC
  std::vector<std::string> languages;  // first is the default, e.g. {"fr"}
  std::string consentVersion;          // e.g. "2026-11-v1"
  std::string consentText;             // shown above the consent box of the interest form
};

struct Organisation {
  std::string id;
  std::string kind;  // cpas | school | public | association | foreign
  std::string name;
  std::string city;
  std::string region;
  std::string country;  // ISO 3166 alpha-2: BE, FR, CH, CA...
  std::string website;
};

// One paragraph-level block of a career's Markdown-like body.
struct TextBlock {
  enum class Kind { Heading, Paragraph, Bullet } kind = Kind::Paragraph;
  std::string text;
};

struct Career {
  std::string id;
  std::string title;
  std::string pitch;     // one line
  std::string diploma;   // e.g. "DEASS – Diplôme d'État d'assistant de service social"
  std::string level;     // EQF level, e.g. "6"
  std::string duration;  // e.g. "3 ans"
  std::vector<std::string> routes;  // initial | fee | ftp | apprenticeship | vae
  std::string where;                // where they work, one line
  std::string image;                // image id in the pack, may be empty
  std::vector<TextBlock> body;
};

struct Offer {
  std::string id;
  std::string organisation;  // Organisation::id
  std::string service;       // ISP, MRS, ILA, Service social général, ...
  std::vector<std::string> careers;  // Career::id
  std::string title;
  std::string description;
  std::string city;
  std::string region;
  std::vector<int> years;  // study years 1..3
  std::string start;       // YYYY-MM-DD
  std::string end;         // YYYY-MM-DD
  int places = 1;
  std::string deadline;  // YYYY-MM-DD, may be empty
  std::string country;   // empty = same country as the organisation; set for international stages
  std::vector<std::string> welcome;  // desk | pc | phone | email | travel_refund | driving_licence | car | mentor
  std::string applyUrl;
};

struct Catalogue {
  PackMeta meta;
  std::vector<Organisation> organisations;
  std::vector<Career> careers;  // sorted by title
  std::vector<Offer> offers;    // sorted by deadline then title

  const Organisation* organisation(const std::string& id) const;
  const Career* career(const std::string& id) const;
  const Offer* offer(const std::string& id) const;
};

}  // namespace vitrine

// Plain structs of a content pack, as the kiosk sees it in memory (no I/O, no UI).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace vitrine {

inline constexpr int kSchemaVersion = 3;
// Written to meta.builder_version: which kioskctl built a pack, for support questions.
inline constexpr const char* kBuilderVersion = "vitrine-pack-builder 3.0";

struct PackMeta {
  int schemaVersion = 0;
  std::string packId;
  std::string title;
  std::string buildTime;               // ISO 8601, UTC
  std::vector<std::string> languages;  // first is the default, e.g. {"fr", "nl"}
  std::string defaultLanguage;         // the language of the main columns; others fall back to it
  std::string builderVersion;
  std::string contentHash;     // SHA-256 hex, see content_hash.h
  std::string consentVersion;  // e.g. "2026-11-v1"
  std::string consentText;     // shown above the consent box of the interest form
  // consentText in the pack's other languages ("nl" -> text), from `consent_text@nl` in pack.txt.
  std::map<std::string, std::string> consentTexts{};
  // The title in the pack's other languages ("nl" -> title), from `title@nl` in pack.txt;
  // applyTranslations() puts the visitor's one in `title`.
  std::map<std::string, std::string> titles{};
  // Sealing contact details (schema 3 meta rows, covered by the content hash; see key_sources.h).
  std::map<std::string, std::string> orgKeys{};  // organisation id -> X25519 public key, hex
  std::string standKey{};  // hex; seals for organisations without a key of their own
  int retentionDays = 0;   // what the notice announces; 0 = not stated (the kiosk keeps no limit)
};

struct Organisation {
  std::string id;
  std::string kind;  // cpas | school | public | association | foreign
  std::string name;
  std::string city;
  std::string region;
  std::string country;  // ISO 3166 alpha-2: BE, FR, CH, CA...
  std::string website;
  // Schema v2 additions (default-initialised so that older brace initialisers stay valid).
  std::string contact{};  // e-mail or phone of the stage coordinator
  std::string logo{};     // image id in the pack, may be empty
  // What it is, in a sentence or two (« Qu'est-ce qu'un CPAS ? »); translated like the name.
  std::string description{};
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
  // Schema v2 additions (default-initialised so that older brace initialisers stay valid).
  std::vector<std::string> tags{};       // free keywords for search and filters
  std::vector<std::string> audiences{};  // pupils | students | career_changers
  std::string testimonial{};             // a short quote from someone in the job
  std::string testimonialName{};         // e.g. "Samira"
  std::string testimonialRole{};         // e.g. "assistante sociale au CPAS de Liège"
  std::string domain{};                  // accompagnement | education | enfance | insertion | animation | encadrement
};

// Career::domain ids, in the order filters list them; labels are visitor text (kiosk/ui_strings.h).
inline constexpr std::string_view kCareerDomains[] = {"accompagnement", "education", "enfance",
                                                      "insertion",      "animation", "encadrement"};
inline bool isCareerDomain(std::string_view id) {
  for (std::string_view d : kCareerDomains)
    if (d == id) return true;
  return false;
}

struct Offer {
  std::string id;
  std::string organisation;  // Organisation::id
  std::string service;       // ISP, MRS, ILA, Service social général, ... (filter key)
  // `service` in the catalogue's language when the pack translates it (applyTranslations); the
  // filters keep `service`, so a visitor switching language keeps the services they chose.
  std::string serviceShown{};
  const std::string& serviceText() const { return serviceShown.empty() ? service : serviceShown; }
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
  std::vector<std::string>
      welcome;  // desk | pc | phone | email | travel_refund | driving_licence | car | mentor
  std::string applyUrl;
  // Schema v2 additions, all optional in the sources.
  std::vector<std::string> tasks;      // what the intern does, a few short items
  int weeks = 0;                       // length announced by the organisation; 0 = not given
  std::vector<std::string> languages;  // working languages of the stage: fr, nl, de, en...
  std::string programme;               // e.g. "Erasmus+", "Échange Québec (OFQJ)"
  std::vector<std::string> documents;  // cv | motivation_letter | transcript | recommendation |
                                       // criminal_record | agreement
  std::string howToApply;              // one or two sentences
};

// An open day, information session, roadshow date or fair where visitors can meet people.
struct Event {
  std::string id;
  std::string kind;  // open_day | info_session | roadshow | fair | other
  std::string title;
  std::string organisation;        // Organisation::id, may be empty
  std::string date;                // YYYY-MM-DD
  std::string startTime, endTime;  // HH:MM, may be empty
  std::string city;
  std::string place;  // address or room
  std::string url;
  std::string description;
};

// A school that trains for some of the careers.
struct School {
  std::string id;
  std::string name;
  std::string city;
  std::string region;
  std::string country;
  std::string website;
  std::vector<std::string> careers;  // Career::id
  std::string diplomas;              // free text, e.g. "Bachelier AS, DEASS"
};

struct QuizAnswer {
  std::string id;
  std::string text;
  std::map<std::string, int> weights;  // Career::id -> points this answer gives the career
  std::string image{};                 // an illustration (file in images/), may be empty
};

struct QuizQuestion {
  std::string id;
  std::string text;
  std::vector<QuizAnswer> answers;  // in the editor's order
};

// One visitor-facing text in a language other than the pack's default.
struct Translation {
  std::string table;  // careers | offers | events | organisations | quiz_questions | quiz_answers
  std::string id;
  std::string field;  // column name: title, pitch, body...
  std::string lang;   // fr | nl | de | en
  std::string value;
};

struct Catalogue {
  PackMeta meta;
  std::string language;  // the language the texts below are in (a translation or the default)
  std::vector<Organisation> organisations;
  std::vector<Career> careers;  // sorted by title
  std::vector<Offer> offers;    // sorted by deadline then title
  std::vector<Event> events;    // sorted by date
  std::vector<School> schools;  // sorted by name
  std::vector<QuizQuestion> quiz;

  const Organisation* organisation(const std::string& id) const;
  const Career* career(const std::string& id) const;
  const Offer* offer(const std::string& id) const;
};

// The order screens show: careers by title (accents ignored), offers by deadline (none last) then
// title, events by date, schools by name. Ties fall back to ids: never std::sort's whim.
void sortCatalogue(Catalogue& c);

}  // namespace vitrine

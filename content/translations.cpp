// Field-by-field translation overlay for careers, offers, events, organisations and the quiz.
#include "translations.h"

#include <map>
#include <set>
#include <tuple>

#include "text_util.h"

namespace vitrine {
namespace {

const std::map<std::string, std::set<std::string>> kFields = {
    {"careers",
     {"title", "pitch", "diploma", "duration", "where", "body", "tags", "testimonial",
      "testimonial_role"}},
    {"offers", {"title", "service", "description", "tasks", "programme", "how_to_apply"}},
    {"events", {"title", "description"}},
    {"organisations", {"name", "description"}},
    {"quiz_questions", {"text"}},
    {"quiz_answers", {"text"}}};

using Key = std::tuple<std::string, std::string, std::string>;  // table, id, field

struct Overlay {
  std::map<Key, const std::string*> values;
  void set(const char* table, const std::string& id, const char* field, std::string& target) const {
    auto it = values.find(Key{table, id, field});
    if (it != values.end() && !it->second->empty()) target = *it->second;
  }
};

}  // namespace

bool isTranslatable(const std::string& table, const std::string& field) {
  auto it = kFields.find(table);
  return it != kFields.end() && it->second.count(field) > 0;
}

void applyTranslations(Catalogue& cat, const std::vector<Translation>& all,
                       const std::string& lang) {
  cat.language = cat.meta.defaultLanguage;
  if (lang.empty() || lang == cat.meta.defaultLanguage) return;
  Overlay o;
  for (const auto& t : all)
    if (t.lang == lang) o.values[Key{t.table, t.id, t.field}] = &t.value;
  auto title = cat.meta.titles.find(lang);
  if (title != cat.meta.titles.end()) cat.meta.title = title->second;
  if (o.values.empty()) return;  // a language the pack does not have: the default stays
  cat.language = lang;
  for (auto& c : cat.careers) {
    o.set("careers", c.id, "title", c.title);
    o.set("careers", c.id, "pitch", c.pitch);
    o.set("careers", c.id, "diploma", c.diploma);
    o.set("careers", c.id, "duration", c.duration);
    o.set("careers", c.id, "where", c.where);
    o.set("careers", c.id, "testimonial", c.testimonial);
    o.set("careers", c.id, "testimonial_role", c.testimonialRole);
    std::string tags;
    o.set("careers", c.id, "tags", tags);
    if (!tags.empty()) c.tags = splitList(tags);
    std::string body;
    o.set("careers", c.id, "body", body);
    if (!body.empty()) c.body = parseBody(body);
  }
  for (auto& x : cat.offers) {
    o.set("offers", x.id, "title", x.title);
    o.set("offers", x.id, "service", x.serviceShown);
    o.set("offers", x.id, "description", x.description);
    o.set("offers", x.id, "programme", x.programme);
    o.set("offers", x.id, "how_to_apply", x.howToApply);
    std::string tasks;
    o.set("offers", x.id, "tasks", tasks);
    if (!tasks.empty()) x.tasks = splitList(tasks);
  }
  for (auto& e : cat.events) {
    o.set("events", e.id, "title", e.title);
    o.set("events", e.id, "description", e.description);
  }
  for (auto& g : cat.organisations) {
    o.set("organisations", g.id, "name", g.name);
    o.set("organisations", g.id, "description", g.description);
  }
  for (auto& q : cat.quiz) {
    o.set("quiz_questions", q.id, "text", q.text);
    for (auto& a : q.answers) o.set("quiz_answers", a.id, "text", a.text);
  }
  sortCatalogue(cat);
}

}  // namespace vitrine

// Field-by-field comparison of two catalogues, keyed by id.
#include "pack_diff.h"

#include <algorithm>
#include <functional>
#include <map>
#include <utility>

#include "pack.h"
#include "text_util.h"

namespace vitrine {
namespace {

template <typename T>
using Fields = std::vector<std::pair<const char*, std::function<std::string(const T&)>>>;

std::string years(const Offer& o) {
  std::vector<std::string> y;
  for (int v : o.years) y.push_back(std::to_string(v));
  return joinList(y);
}

const Fields<Career>& careerFields() {
  static const Fields<Career> f = {
      {"title", [](const Career& c) { return c.title; }},
      {"pitch", [](const Career& c) { return c.pitch; }},
      {"diploma", [](const Career& c) { return c.diploma; }},
      {"level", [](const Career& c) { return c.level; }},
      {"duration", [](const Career& c) { return c.duration; }},
      {"routes", [](const Career& c) { return joinList(c.routes); }},
      {"where", [](const Career& c) { return c.where; }},
      {"image", [](const Career& c) { return c.image; }},
      {"body", [](const Career& c) { return formatBody(c.body); }},
      {"tags", [](const Career& c) { return joinList(c.tags); }},
      {"audiences", [](const Career& c) { return joinList(c.audiences); }},
      {"testimonial", [](const Career& c) { return c.testimonial; }},
      {"testimonial_name", [](const Career& c) { return c.testimonialName; }},
      {"testimonial_role", [](const Career& c) { return c.testimonialRole; }},
      {"domain", [](const Career& c) { return c.domain; }}};
  return f;
}

const Fields<Offer>& offerFields() {
  static const Fields<Offer> f = {
      {"organisation", [](const Offer& o) { return o.organisation; }},
      {"service", [](const Offer& o) { return o.service; }},
      {"careers", [](const Offer& o) { return joinList(o.careers); }},
      {"title", [](const Offer& o) { return o.title; }},
      {"description", [](const Offer& o) { return o.description; }},
      {"city", [](const Offer& o) { return o.city; }},
      {"region", [](const Offer& o) { return o.region; }},
      {"years", years},
      {"start", [](const Offer& o) { return o.start; }},
      {"end", [](const Offer& o) { return o.end; }},
      {"places", [](const Offer& o) { return std::to_string(o.places); }},
      {"deadline", [](const Offer& o) { return o.deadline; }},
      {"country", [](const Offer& o) { return o.country; }},
      {"welcome", [](const Offer& o) { return joinList(o.welcome); }},
      {"apply_url", [](const Offer& o) { return o.applyUrl; }},
      {"tasks", [](const Offer& o) { return joinList(o.tasks); }},
      {"weeks", [](const Offer& o) { return std::to_string(o.weeks); }},
      {"languages", [](const Offer& o) { return joinList(o.languages); }},
      {"programme", [](const Offer& o) { return o.programme; }},
      {"documents", [](const Offer& o) { return joinList(o.documents); }},
      {"how_to_apply", [](const Offer& o) { return o.howToApply; }}};
  return f;
}

const Fields<Event>& eventFields() {
  static const Fields<Event> f = {{"kind", [](const Event& e) { return e.kind; }},
                                  {"title", [](const Event& e) { return e.title; }},
                                  {"organisation", [](const Event& e) { return e.organisation; }},
                                  {"date", [](const Event& e) { return e.date; }},
                                  {"start_time", [](const Event& e) { return e.startTime; }},
                                  {"end_time", [](const Event& e) { return e.endTime; }},
                                  {"city", [](const Event& e) { return e.city; }},
                                  {"place", [](const Event& e) { return e.place; }},
                                  {"url", [](const Event& e) { return e.url; }},
                                  {"description", [](const Event& e) { return e.description; }}};
  return f;
}

const Fields<Organisation>& organisationFields() {
  static const Fields<Organisation> f = {
      {"kind", [](const Organisation& o) { return o.kind; }},
      {"name", [](const Organisation& o) { return o.name; }},
      {"city", [](const Organisation& o) { return o.city; }},
      {"region", [](const Organisation& o) { return o.region; }},
      {"country", [](const Organisation& o) { return o.country; }},
      {"website", [](const Organisation& o) { return o.website; }},
      {"contact", [](const Organisation& o) { return o.contact; }},
      {"logo", [](const Organisation& o) { return o.logo; }},
      {"description", [](const Organisation& o) { return o.description; }}};
  return f;
}

template <typename T>
void diff(const char* table, const std::vector<T>& before, const std::vector<T>& after,
          const Fields<T>& fields, std::function<std::string(const T&)> title,
          std::vector<PackChange>& all) {
  std::vector<PackChange> out;
  std::map<std::string, const T*> old, now;
  for (const T& x : before) old[x.id] = &x;
  for (const T& x : after) now[x.id] = &x;
  for (const auto& [id, x] : old)
    if (!now.count(id)) out.push_back({PackChange::Kind::Removed, table, id, title(*x), {}});
  for (const auto& [id, x] : now) {
    auto it = old.find(id);
    if (it == old.end()) {
      out.push_back({PackChange::Kind::Added, table, id, title(*x), {}});
      continue;
    }
    std::vector<std::string> changed;
    for (const auto& [name, get] : fields)
      if (get(*it->second) != get(*x)) changed.push_back(name);
    if (!changed.empty())
      out.push_back({PackChange::Kind::Changed, table, id, title(*x), std::move(changed)});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const PackChange& a, const PackChange& b) { return a.id < b.id; });
  all.insert(all.end(), out.begin(), out.end());
}

}  // namespace

std::vector<PackChange> diffCatalogues(const Catalogue& before, const Catalogue& after) {
  std::vector<PackChange> out;
  diff<Career>(
      "career", before.careers, after.careers, careerFields(),
      [](const Career& c) { return c.title; }, out);
  diff<Offer>(
      "offer", before.offers, after.offers, offerFields(), [](const Offer& o) { return o.title; },
      out);
  diff<Event>(
      "event", before.events, after.events, eventFields(), [](const Event& e) { return e.title; },
      out);
  diff<Organisation>(
      "organisation", before.organisations, after.organisations, organisationFields(),
      [](const Organisation& o) { return o.name; }, out);
  return out;
}

std::vector<PackChange> diffPacks(Pack& before, Pack& after) {
  before.setLanguage({});
  after.setLanguage({});
  std::vector<PackChange> out = diffCatalogues(before.catalogue(), after.catalogue());
  const std::string defaultLanguage = after.catalogue().meta.defaultLanguage;
  for (const std::string& lang : after.catalogue().meta.languages) {
    if (lang == defaultLanguage) continue;
    before.setLanguage(lang);
    after.setLanguage(lang);
    for (const PackChange& c : diffCatalogues(before.catalogue(), after.catalogue())) {
      if (c.kind != PackChange::Kind::Changed) continue;  // already listed in the default language
      auto same = std::find_if(out.begin(), out.end(), [&](const PackChange& o) {
        return o.table == c.table && o.id == c.id;
      });
      if (same == out.end())
        same = out.insert(out.end(), {PackChange::Kind::Changed, c.table, c.id, c.title, {}});
      for (const std::string& field : c.fields)
        if (std::find(same->fields.begin(), same->fields.end(), field) == same->fields.end())
          same->fields.push_back(field + "@" + lang);
    }
  }
  before.setLanguage({});
  after.setLanguage({});
  auto rank = [](const PackChange& c) {
    static const char* kOrder[] = {"career", "offer", "event", "organisation"};
    return std::find(std::begin(kOrder), std::end(kOrder), c.table) - std::begin(kOrder);
  };
  std::stable_sort(out.begin(), out.end(), [&](const PackChange& a, const PackChange& b) {
    return std::make_pair(rank(a), a.id) < std::make_pair(rank(b), b.id);
  });
  return out;
}

std::string formatChange(const PackChange& c) {
  switch (c.kind) {
    case PackChange::Kind::Added:
      return "+ " + c.table + " " + c.id + " \"" + c.title + "\"";
    case PackChange::Kind::Removed:
      return "- " + c.table + " " + c.id + " \"" + c.title + "\"";
    case PackChange::Kind::Changed: {
      std::string fields;
      for (const auto& f : c.fields) fields += (fields.empty() ? "" : ", ") + f;
      return "~ " + c.table + " " + c.id + ": " + fields;
    }
  }
  return {};
}

}  // namespace vitrine

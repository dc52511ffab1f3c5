// Checking a catalogue against the pack limits: one function for the builder and the reader.
#include "pack_limits.h"

#include "messages.h"
#include "text_util.h"

namespace vitrine::limits {
namespace {

template <typename N>
std::string num(N n) {
  return std::to_string(n);
}

class Checker {
 public:
  explicit Checker(std::vector<Excess>& out) : out_(out) {}

  void field(const std::string& file, const std::string& id, const char* name, const std::string& v,
             size_t limit = kFieldBytes) {
    if (v.size() > limit)
      add(file, idPart(id) + tr(M::limit_field, {name, num(v.size()), num(limit)}), M::limit_field);
  }
  void list(const std::string& file, const std::string& id, const char* name,
            const std::vector<std::string>& v, size_t limit = kFieldBytes) {
    field(file, id, name, joinList(v), limit);
  }
  void body(const std::string& file, const std::string& id, const std::vector<TextBlock>& b) {
    size_t total = 0;
    for (size_t i = 0; i < b.size(); ++i) {
      total += b[i].text.size() + 3;
      if (b[i].text.size() > kParagraphBytes)
        add(file,
            idPart(id) +
                tr(M::limit_paragraph, {num(i + 1), num(b[i].text.size()), num(kParagraphBytes)}),
            M::limit_paragraph);
    }
    if (b.size() > kBodyLines)
      add(file, idPart(id) + tr(M::limit_body_lines, {num(b.size()), num(kBodyLines)}),
          M::limit_body_lines);
    if (total > kBodyBytes)
      add(file, idPart(id) + tr(M::limit_body_bytes, {num(total), num(kBodyBytes)}),
          M::limit_body_bytes);
  }
  void rows(const std::string& file, size_t n, M what = M::limit_rows) {
    if (n > kRows) add(file, tr(what, {num(n), num(kRows)}), what);
  }

 private:
  static std::string idPart(const std::string& id) {
    return id.empty() ? "" : tr(M::limit_id, {id});
  }
  void add(const std::string& file, std::string message, M kind) {
    out_.push_back({file, std::move(message), kind});
  }
  std::vector<Excess>& out_;
};

std::string sourceFile(const std::string& table, const std::string& id, const std::string& lang) {
  if (table == "careers") return "careers/" + id + (lang.empty() ? "" : "." + lang) + ".txt";
  if (table == "quiz_questions" || table == "quiz_answers") return "quiz.csv";
  if (table == "meta") return "pack.txt";
  return table + ".csv";
}

bool isLongField(const std::string& field) {
  for (const char* f : {"description", "testimonial", "tasks", "how_to_apply", "howToApply",
                        "consent_text", "diplomas"})
    if (field == f) return true;
  return false;
}

void checkCareer(Checker& k, const Career& c) {
  const std::string f = sourceFile("careers", c.id, "");
  for (auto [name, v] : {std::pair<const char*, const std::string*>{"id", &c.id},
                         {"title", &c.title},
                         {"pitch", &c.pitch},
                         {"diploma", &c.diploma},
                         {"level", &c.level},
                         {"duration", &c.duration},
                         {"where", &c.where},
                         {"image", &c.image},
                         {"testimonial_name", &c.testimonialName},
                         {"testimonial_role", &c.testimonialRole},
                         {"domain", &c.domain}})
    k.field(f, c.id, name, *v);
  k.field(f, c.id, "testimonial", c.testimonial, kLongFieldBytes);
  k.list(f, c.id, "routes", c.routes);
  k.list(f, c.id, "tags", c.tags);
  k.list(f, c.id, "audiences", c.audiences);
  k.body(f, c.id, c.body);
}

void checkOffer(Checker& k, const Offer& o) {
  const std::string f = "offers.csv";
  for (auto [name, v] : {std::pair<const char*, const std::string*>{"id", &o.id},
                         {"organisation", &o.organisation},
                         {"service", &o.service},
                         {"title", &o.title},
                         {"city", &o.city},
                         {"region", &o.region},
                         {"start", &o.start},
                         {"end", &o.end},
                         {"deadline", &o.deadline},
                         {"country", &o.country},
                         {"apply_url", &o.applyUrl},
                         {"programme", &o.programme}})
    k.field(f, o.id, name, *v);
  k.field(f, o.id, "description", o.description, kLongFieldBytes);
  k.field(f, o.id, "how_to_apply", o.howToApply, kLongFieldBytes);
  k.list(f, o.id, "tasks", o.tasks, kLongFieldBytes);
  k.list(f, o.id, "careers", o.careers);
  k.list(f, o.id, "welcome", o.welcome);
  k.list(f, o.id, "languages", o.languages);
  k.list(f, o.id, "documents", o.documents);
}

void checkAgenda(Checker& k, const Catalogue& c) {
  for (const Organisation& o : c.organisations)
    for (auto [name, v] : {std::pair<const char*, const std::string*>{"id", &o.id},
                           {"kind", &o.kind},
                           {"name", &o.name},
                           {"city", &o.city},
                           {"region", &o.region},
                           {"country", &o.country},
                           {"website", &o.website},
                           {"contact", &o.contact},
                           {"logo", &o.logo}})
      k.field("organisations.csv", o.id, name, *v);
  for (const Event& e : c.events) {
    for (auto [name, v] : {std::pair<const char*, const std::string*>{"id", &e.id},
                           {"kind", &e.kind},
                           {"title", &e.title},
                           {"organisation", &e.organisation},
                           {"date", &e.date},
                           {"start_time", &e.startTime},
                           {"end_time", &e.endTime},
                           {"city", &e.city},
                           {"place", &e.place},
                           {"url", &e.url}})
      k.field("events.csv", e.id, name, *v);
    k.field("events.csv", e.id, "description", e.description, kLongFieldBytes);
  }
  for (const School& s : c.schools) {
    for (auto [name, v] : {std::pair<const char*, const std::string*>{"id", &s.id},
                           {"name", &s.name},
                           {"city", &s.city},
                           {"region", &s.region},
                           {"country", &s.country},
                           {"website", &s.website}})
      k.field("schools.csv", s.id, name, *v);
    k.list("schools.csv", s.id, "careers", s.careers);
    k.field("schools.csv", s.id, "diplomas", s.diplomas, kLongFieldBytes);
  }
  size_t answers = 0, weights = 0;
  for (const QuizQuestion& q : c.quiz) {
    k.field("quiz.csv", q.id, "question", q.text);
    answers += q.answers.size();
    for (const QuizAnswer& a : q.answers) {
      k.field("quiz.csv", a.id, "answer", a.text);
      weights += a.weights.size();
    }
  }
  k.rows("quiz.csv", answers, M::limit_answers);
  k.rows("quiz.csv", weights, M::limit_weights);
}

}  // namespace

std::vector<Excess> checkText(const Catalogue& c, const std::vector<Translation>& translations,
                              size_t images) {
  std::vector<Excess> out;
  Checker k(out);
  k.field("pack.txt", "", "title", c.meta.title);
  k.field("pack.txt", "", "id", c.meta.packId);
  k.field("pack.txt", "", "consent_version", c.meta.consentVersion);
  k.field("pack.txt", "", "consent_text", c.meta.consentText, kLongFieldBytes);
  k.rows("careers/", c.careers.size(), M::limit_careers);
  k.rows("offers.csv", c.offers.size());
  k.rows("organisations.csv", c.organisations.size());
  k.rows("events.csv", c.events.size());
  k.rows("schools.csv", c.schools.size());
  k.rows("quiz.csv", c.quiz.size(), M::limit_questions);
  // Each row has a handful of translatable fields per language: bounded by rows, not alone.
  if (translations.size() > 20 * kRows)
    out.push_back({"", tr(M::limit_translations, {num(translations.size()), num(20 * kRows)}),
                   M::limit_translations});
  if (images > kImages)
    out.push_back({"images/", tr(M::limit_images, {num(images), num(kImages)}), M::limit_images});
  for (const Career& x : c.careers) checkCareer(k, x);
  for (const Offer& x : c.offers) checkOffer(k, x);
  checkAgenda(k, c);
  for (const Translation& t : translations) {
    const std::string f = sourceFile(t.table, t.id, t.table == "careers" ? t.lang : "");
    const std::string name = t.field + "@" + t.lang;
    if (t.field == "body") {
      k.field(f, t.id, name.c_str(), t.value, kBodyBytes);
      if (t.value.size() <= kBodyBytes) k.body(f, t.id, parseBody(t.value));
    } else {
      k.field(f, t.id, name.c_str(), t.value, isLongField(t.field) ? kLongFieldBytes : kFieldBytes);
    }
  }
  return out;
}

std::vector<Excess> checkImage(const std::string& id, int64_t width, int64_t height, int64_t bytes,
                               int maxW, int maxH) {
  std::vector<Excess> out;
  const std::string f = "images/" + id;
  if (width < 1 || height < 1 || width > maxW || height > maxH)
    out.push_back({f, tr(M::limit_image_pixels, {num(width), num(height), num(maxW), num(maxH)}),
                   M::limit_image_pixels});
  if (bytes < 0 || static_cast<uint64_t>(bytes) > kImageBytes)
    out.push_back(
        {f, tr(M::limit_image_bytes, {num(bytes), num(kImageBytes)}), M::limit_image_bytes});
  return out;
}

}  // namespace vitrine::limits

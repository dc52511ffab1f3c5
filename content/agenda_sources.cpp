// events.csv (open days, sessions, roadshows), schools.csv and quiz.csv, validated row by row.
#include "agenda_sources.h"

#include <filesystem>
#include <set>

#include "date_time.h"
#include "image_sources.h"
#include "quiz_score.h"
#include "text_util.h"

namespace vitrine::sources {
namespace {

const std::set<std::string> kEventKinds = {"open_day", "info_session", "roadshow", "fair", "other"};

bool isTime(const std::string& s) {
  return s.size() == 5 && s[2] == ':' && std::isdigit(static_cast<unsigned char>(s[0])) &&
         std::isdigit(static_cast<unsigned char>(s[1])) &&
         std::isdigit(static_cast<unsigned char>(s[3])) &&
         std::isdigit(static_cast<unsigned char>(s[4])) && s.substr(0, 2) < "24" &&
         s.substr(3, 2) < "60";
}

void checkEvent(Reader& r, const std::string& file, int line, const Event& e,
                const Catalogue& cat) {
  if (!e.kind.empty() && !kEventKinds.count(e.kind))
    r.error(file, line, M::unknown_event_kind, {e.kind});
  if (!e.organisation.empty() && !cat.organisation(e.organisation) &&
      !r.deferOrganisation(e.organisation, line))
    r.error(file, line, M::unknown_organisation, {e.organisation});
  if (!e.date.empty() && !isIsoDate(e.date))
    r.error(file, line, M::bad_event_date, {e.date});
  else if (!e.date.empty() && e.date < r.today)
    r.warning(file, line, M::event_past, {e.date});
  for (const auto& [col, value] : {std::pair{"start_time", e.startTime}, {"end_time", e.endTime}})
    if (!value.empty() && !isTime(value)) r.error(file, line, M::bad_time, {col, value});
  if (isTime(e.startTime) && isTime(e.endTime) && e.endTime < e.startTime)
    r.error(file, line, M::event_reversed, {e.endTime, e.startTime});
  checkUrl(r, file, line, "url", e.url);
}

}  // namespace

void readEvents(Reader& r, Catalogue& cat) {
  if (!r.present("events.csv")) return;
  CsvFile f{"events.csv", "events", {"title", "description"}, {}, {}, {}};
  if (!f.load(r,
              {"id", "kind", "title", "organisation", "date", "start_time", "end_time", "city",
               "place", "url", "description"},
              {"id", "kind", "title", "date"}))
    return;
  f.expectTranslations(r, {"title"});
  std::map<std::string, int> seen;
  for (const csv::Row* row : f.records(r)) {
    auto get = [&](const char* c) { return f.get(*row, c); };
    f.require(r, *row, {"id", "kind", "title", "date"});
    Event e{get("id"),
            get("kind"),
            get("title"),
            get("organisation"),
            f.date(r, *row, "date"),
            get("start_time"),
            get("end_time"),
            get("city"),
            get("place"),
            get("url"),
            get("description")};
    checkEvent(r, f.name, row->line, e, cat);
    checkId(r, f.name, row->line, e.id);
    checkUniqueId(r, f.name, row->line, e.id, seen);
    f.translate(r, *row, e.id, {"title", "description"});
    cat.events.push_back(std::move(e));
  }
  r.reportDeferred(f.name);
}

void readSchools(Reader& r, Catalogue& cat) {
  if (!r.present("schools.csv")) return;
  CsvFile f{"schools.csv", "schools", {}, {}, {}, {}};
  if (!f.load(r, {"id", "name", "city", "region", "country", "website", "careers", "diplomas"},
              {"id", "name"}))
    return;
  std::map<std::string, int> seen;
  for (const csv::Row* row : f.records(r)) {
    auto get = [&](const char* c) { return f.get(*row, c); };
    f.require(r, *row, {"id", "name"});
    School s{get("id"),
             get("name"),
             get("city"),
             get("region"),
             get("country"),
             get("website"),
             splitList(get("careers")),
             get("diplomas")};
    for (const auto& c : s.careers)
      if (!cat.career(c) && !r.deferCareer(c, row->line))
        r.error(f.name, row->line, M::unknown_career, {c});
    checkCountry(r, f.name, row->line, s.country);
    checkUrl(r, f.name, row->line, "website", s.website);
    checkId(r, f.name, row->line, s.id);
    checkUniqueId(r, f.name, row->line, s.id, seen);
    cat.schools.push_back(std::move(s));
  }
  r.reportDeferred(f.name);
}

namespace {

// "educateur-specialise:3|animateur-socioculturel:1" -> weights, every name and number checked.
std::map<std::string, int> parseWeights(Reader& r, const std::string& file, int line,
                                        const std::string& text, const Catalogue& cat) {
  std::map<std::string, int> out;
  for (const auto& item : splitList(text)) {
    auto colon = item.find(':');
    std::string career = trim(item.substr(0, colon));
    std::string n = colon == std::string::npos ? "" : trim(item.substr(colon + 1));
    bool number =
        !n.empty() && n.size() <= 2 && n.find_first_not_of("0123456789") == std::string::npos;
    if (!number || std::stoi(n) < 1 || std::stoi(n) > 5) {
      r.error(file, line, M::bad_weight, {item});
      continue;
    }
    if (!cat.career(career) && !r.deferCareer(career, line))
      r.error(file, line, M::unknown_career, {career});
    if (!out.emplace(career, std::stoi(n)).second)
      r.error(file, line, M::career_weighted_twice, {career});
  }
  return out;
}

// Every career should be someone's first proposal: one that no answers bring out first is a
// weighting mistake (or a career the quiz forgot). The search is a heuristic (quiz_score.h).
void warnUnreachable(Reader& r, const std::string& file, const Catalogue& cat,
                     const std::map<std::string, int>& careerLine) {
  if (cat.quiz.empty()) return;
  std::vector<std::string> ids, searched;  // every career; those an answer weights
  for (const Career& c : cat.careers) {
    ids.push_back(c.id);
    if (careerLine.count(c.id)) searched.push_back(c.id);
  }
  if (!quizSearchFits(cat.quiz, searched.size())) {
    // Only the careers no answer weights are reported: they need no search.
    r.warning(file, 0, M::quiz_too_large_to_search,
              {std::to_string(cat.quiz.size()), std::to_string(searched.size())});
    std::erase_if(ids, [&](const std::string& id) { return careerLine.count(id) > 0; });
  }
  for (const std::string& id : unreachableCareers(cat.quiz, ids)) {
    auto at = careerLine.find(id);
    if (at == careerLine.end())
      r.warning(file, 0, M::quiz_unreachable_no_points, {id});
    else
      r.warning(file, at->second, M::quiz_unreachable, {id});
  }
}

}  // namespace

// One row per answer; the question id groups them, and its text is given on its first row.
void readQuiz(Reader& r, Catalogue& cat) {
  if (!r.present("quiz.csv")) return;
  CsvFile f{"quiz.csv", "quiz", {"question_text", "answer"}, {}, {}, {}};
  if (!f.load(r, {"question", "question_text", "answer", "weights", "image"},
              {"question", "answer", "weights"}))
    return;
  f.expectTranslations(r, {"question_text", "answer"});
  std::map<std::string, int> firstLine;   // question id -> line of its first row
  std::map<std::string, int> careerLine;  // career id -> first line that weights it
  for (const csv::Row* row : f.records(r)) {
    auto get = [&](const std::string& c) { return f.get(*row, c); };
    f.require(r, *row, {"question", "answer", "weights"});
    std::string qid = get("question");
    if (qid.empty()) continue;
    if (!firstLine.count(qid)) {
      if (get("question_text").empty()) r.error(f.name, row->line, M::quiz_missing_text);
      checkId(r, f.name, row->line, qid);
      firstLine[qid] = row->line;
      cat.quiz.push_back({qid, get("question_text"), {}});
    } else if (cat.quiz.back().id != qid) {
      r.error(f.name, row->line, M::quiz_answers_apart, {qid, std::to_string(firstLine[qid])});
      continue;
    }
    const bool firstRow = firstLine[qid] == row->line;
    QuizQuestion& q = cat.quiz.back();
    QuizAnswer a{qid + "." + std::to_string(q.answers.size() + 1), get("answer"),
                 parseWeights(r, f.name, row->line, get("weights"), cat), get("image")};
    if (!a.image.empty() && checkImageName(r, f.name, row->line, a.image))
      r.imageRefs.push_back({a.image, f.name, row->line, kImageMinSide});
    for (const auto& [career, points] : a.weights) careerLine.emplace(career, row->line);
    for (const std::string& lang : r.otherLanguages()) {
      std::string qt = get("question_text@" + lang), at = get("answer@" + lang);
      if (!qt.empty()) r.translations.push_back({"quiz_questions", qid, "text", lang, qt});
      if (firstRow && qt.empty() && f.columns.count("question_text@" + lang))
        r.warning(f.name, row->line, M::missing_translation_cell, {lang, "question_text"});
      if (!at.empty()) r.translations.push_back({"quiz_answers", a.id, "text", lang, at});
      if (at.empty() && f.columns.count("answer@" + lang))
        r.warning(f.name, row->line, M::missing_translation_cell, {lang, "answer"});
    }
    q.answers.push_back(std::move(a));
  }
  for (const auto& q : cat.quiz)
    if (q.answers.size() < 2) r.error(f.name, firstLine[q.id], M::quiz_few_answers, {q.id});
  warnUnreachable(r, f.name, cat, careerLine);
  r.reportDeferred(f.name);
}

}  // namespace vitrine::sources

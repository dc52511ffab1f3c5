// `kioskctl site export`'s quiz.html: the orientation quiz as one static page that works offline.
#include <sstream>

#include "ctl_site.h"
#include "ui_strings.h"

namespace vitrine::ctl {
namespace {

using ui::S;
using ui::tr;

// A JSON string; `<` is escaped too, so no text of the pack can close the <script> element.
std::string json(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '<':
        out += "\\u003c";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

// The questions, answers and weights, and the careers' titles, images and offer counts.
std::string quizData(const Catalogue& cat, const std::map<std::string, ImageInfo>& images) {
  std::ostringstream js;
  js << "{\"questions\":[";
  for (size_t q = 0; q < cat.quiz.size(); ++q) {
    const QuizQuestion& question = cat.quiz[q];
    js << (q ? "," : "") << "{\"id\":" << json(question.id) << ",\"text\":" << json(question.text)
       << ",\"answers\":[";
    for (size_t a = 0; a < question.answers.size(); ++a) {
      const QuizAnswer& answer = question.answers[a];
      js << (a ? "," : "") << "{\"id\":" << json(answer.id) << ",\"text\":" << json(answer.text)
         << ",\"image\":" << json(images.count(answer.image) ? "images/" + images.at(answer.image).file : "")
         << ",\"weights\":{";
      bool first = true;
      for (const auto& [career, points] : answer.weights) {
        js << (first ? "" : ",") << json(career) << ":" << points;
        first = false;
      }
      js << "}}";
    }
    js << "]}";
  }
  js << "],\"careers\":{";
  bool first = true;
  for (const Career& c : cat.careers) {
    int offers = 0;
    for (const Offer& o : cat.offers)
      for (const auto& id : o.careers) offers += id == c.id ? 1 : 0;
    js << (first ? "" : ",") << json(c.id) << ":{\"title\":" << json(c.title)
       << ",\"image\":" << json(images.count(c.image) ? "images/" + images.at(c.image).file : "")
       << ",\"offers\":" << offers << "}";
    first = false;
  }
  js << "}}";
  return js.str();
}

constexpr const char* kQuizStyle = R"(
.quiz{max-width:1100px}
.progress{color:var(--teal);font-weight:700;font-size:22px;margin:24px 0 8px}
.question{color:var(--teal);font-size:40px;line-height:1.15;margin:8px 0 24px}
.answers{display:grid;gap:18px;grid-template-columns:repeat(auto-fill,minmax(320px,1fr))}
.answers button{font:inherit;font-size:22px;font-weight:700;text-align:left;min-height:96px;
padding:18px 24px;border-radius:18px;border:3px solid var(--sand);background:var(--white);
color:var(--ink);cursor:pointer}
.answers button img{display:block;width:100%;height:160px;object-fit:cover;border-radius:10px;
margin-bottom:12px}
.answers button.chosen{background:var(--teal);color:#fff;border-color:var(--teal)}
.answers button:active{background:var(--sand)}
.bar button,.bar a{font:inherit;font-weight:700;display:inline-block;margin:28px 16px 0 0;
padding:14px 28px;border-radius:40px;border:3px solid var(--teal);background:none;
color:var(--teal);text-decoration:none;cursor:pointer}
.why{color:var(--soft);font-size:15px;margin:0 24px 4px}
.card ul{margin:0 24px 12px;padding-left:20px}
.card a.go{display:block;margin:10px 24px;padding:12px;border-radius:40px;text-align:center;
color:#fff;background:var(--terracotta);font-weight:700;text-decoration:none}
.card a.go.offers{background:var(--teal)}
)";

// The page's logic, plain ES5 so that any browser runs it. rank() is the kiosk's rule
// (content/quiz_score.h): more points, then more answers giving points, then the career id.
constexpr const char* kQuizScript = R"(
function rank(chosen) {
  var score = {};
  QUIZ.questions.forEach(function (q, i) {
    var a = q.answers[chosen[i]];
    if (!a) return;
    Object.keys(a.weights).forEach(function (c) {
      var s = score[c] || (score[c] = {career: c, points: 0, answers: 0, why: []});
      s.points += a.weights[c];
      s.answers += 1;
      s.why.push({w: a.weights[c], i: s.why.length, text: a.text});
    });
  });
  return Object.keys(score).map(function (c) { return score[c]; })
    .filter(function (s) { return QUIZ.careers[s.career]; })
    .sort(function (x, y) {
      if (x.points !== y.points) return y.points - x.points;
      if (x.answers !== y.answers) return y.answers - x.answers;
      return x.career < y.career ? -1 : x.career > y.career ? 1 : 0;
    });
}
)";

constexpr const char* kQuizUi = R"(
var chosen = [], current = 0, root = document.getElementById('quiz');
function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}
function button(label, onclick) { var b = el('button', '', label); b.onclick = onclick; return b; }
function show() {
  root.textContent = '';
  if (current >= QUIZ.questions.length) return result();
  var q = QUIZ.questions[current];
  root.appendChild(el('p', 'progress', (current + 1) + ' / ' + QUIZ.questions.length));
  root.appendChild(el('h2', 'question', q.text));
  var list = el('div', 'answers');
  q.answers.forEach(function (a, i) {
    var b = button(String.fromCharCode(65 + i) + '. ' + a.text, function () {
      chosen[current] = i; current += 1; show();
    });
    if (a.image) { var img = el('img'); img.src = a.image; img.alt = ''; b.insertBefore(img, b.firstChild); }
    if (chosen[current] === i) b.className = 'chosen';
    list.appendChild(b);
  });
  root.appendChild(list);
  var bar = el('div', 'bar');
  bar.appendChild(button(TEXT.back, function () {
    if (current === 0) { location.href = 'index.html'; } else { current -= 1; show(); }
  }));
  root.appendChild(bar);
  window.scrollTo(0, 0);
}
function result() {
  root.appendChild(el('h2', 'question', TEXT.title));
  var list = el('ul', 'grid');
  rank(chosen).slice(0, 3).forEach(function (s, n) {
    var c = QUIZ.careers[s.career], li = el('li', 'card');
    if (c.image) { var img = el('img'); img.src = c.image; img.alt = ''; li.appendChild(img); }
    li.appendChild(el('h3', '', (n + 1) + '. ' + c.title));
    li.appendChild(el('p', 'why', TEXT.why));
    var why = el('ul');
    s.why.sort(function (x, y) { return y.w - x.w || x.i - y.i; }).slice(0, 3)
      .forEach(function (r) { why.appendChild(el('li', '', '« ' + r.text + ' »')); });
    li.appendChild(why);
    var go = el('a', 'go', TEXT.career); go.href = 'index.html#metier-' + s.career;
    li.appendChild(go);
    if (c.offers > 0) {
      var offers = el('a', 'go offers', TEXT.offers.replace('%d', c.offers));
      offers.href = 'index.html#stages'; li.appendChild(offers);
    }
    list.appendChild(li);
  });
  root.appendChild(list);
  var bar = el('div', 'bar');
  bar.appendChild(button(TEXT.restart, function () { chosen = []; current = 0; show(); }));
  root.appendChild(bar);
  window.scrollTo(0, 0);
}
show();
)";

}  // namespace

void quizPage(std::ostream& html, const Catalogue& cat,
              const std::map<std::string, ImageInfo>& images, const char* style) {
  const std::string title = esc(cat.meta.title);
  html << "<!doctype html>\n<html lang=\"fr\" translate=\"no\">\n<head>\n<meta charset=\"utf-8\">\n"
       << "<meta name=\"google\" content=\"notranslate\">\n"
       << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
       << "<title>" << esc(tr(S::QuizTitle)) << " · " << title << "</title>\n<style>" << style
       << kQuizStyle << "</style>\n</head>\n<body>\n<header><p class=kicker>VITRINE · " << title
       << "</p><h1>" << esc(tr(S::QuizTitle)) << "</h1><p>"
       << esc(ui::trn(S::AttractQuizBody, static_cast<int>(cat.quiz.size())))
       << "</p></header>\n<main class=quiz id=quiz><noscript>JavaScript</noscript></main>\n"
       << "<script>\nvar QUIZ = " << quizData(cat, images) << ";\n"
       << "var TEXT = {back:" << json(tr(S::Back)) << ",title:" << json(tr(S::QuizResultTitle))
       << ",why:" << json(tr(S::QuizWhy)) << ",career:" << json(tr(S::QuizSeeCareer))
       << ",offers:" << json(tr(S::SeeOffers)) << ",restart:" << json(tr(S::QuizRestart))
       << "};\n/*rank*/" << kQuizScript << "/*end rank*/" << kQuizUi
       << "</script>\n</body>\n</html>\n";
}

}  // namespace vitrine::ctl

// `kioskctl site export`: a pack as a static French web page (careers grid + offers) with images,
// and the quiz's page beside it when the pack has one.
#include "ctl_site.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>

#include "ctl.h"
#include "ctl_messages.h"
#include "dates.h"
#include "pack.h"
#include "ui_strings.h"

namespace vitrine::ctl {
namespace fs = std::filesystem;

std::string esc(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

namespace {

using ui::S;
using ui::tr;
using vitrine::tr;

// Cards in the first rows are fetched at once; the rest only when scrolled near (a web page's
// equivalent of the kiosk's lazy decoding, and kinder to a website's visitors on mobile data).
constexpr size_t kEagerImages = 8;

// Only plain names become files: a pack built by other tools must not write outside <dir>.
bool safeName(const std::string& name) {
  return !name.empty() && name[0] != '.' && name.find('/') == std::string::npos &&
         name.find('\\') == std::string::npos;
}

// Width and height from a PNG header, so the page reserves each image's box before it loads.
bool pngSize(const std::vector<uint8_t>& b, int& w, int& h) {
  if (b.size() < 24 || b[0] != 0x89 || b[1] != 'P') return false;
  auto be32 = [&](size_t at) {
    return static_cast<int>((uint32_t{b[at]} << 24) | (uint32_t{b[at + 1]} << 16) |
                            (uint32_t{b[at + 2]} << 8) | b[at + 3]);
  };
  w = be32(16);
  h = be32(20);
  return w > 0 && h > 0;
}

// "photo.jpg" -> "photo.png": a browser or a file manager trusts the extension, and the bytes
// are PNG whatever the editor's file was. A name already taken keeps the id in front.
std::string pngName(const std::string& id, const std::set<std::string>& taken) {
  std::string stem = fs::path(id).stem().string();
  std::string name = (stem.empty() ? id : stem) + ".png";
  return taken.count(name) ? id + ".png" : name;
}

// Writes every image the careers and quiz answers name into <dir>/images; returns those written.
std::map<std::string, ImageInfo> writeImages(const Pack& pack, const fs::path& dir, bool& ok) {
  std::map<std::string, ImageInfo> written;
  std::error_code ec;
  fs::create_directories(dir / "images", ec);
  if (ec) {
    std::cerr << tr(CM::cannot_create_folder, {(dir / "images").string(), ec.message()}) << "\n";
    ok = false;
    return written;
  }
  // The careers' illustrations, then the quiz answers' (quiz.html shows them on the answers).
  std::vector<std::string> names;
  for (const Career& c : pack.catalogue().careers) names.push_back(c.image);
  for (const QuizQuestion& q : pack.catalogue().quiz)
    for (const QuizAnswer& a : q.answers) names.push_back(a.image);
  for (const std::string& name : names) {
    if (written.count(name) || !safeName(name)) continue;
    std::vector<uint8_t> bytes = pack.imageBytes(name);
    ImageInfo info;
    if (bytes.empty() || !pngSize(bytes, info.width, info.height)) continue;
    std::set<std::string> taken;
    for (const auto& [id, w] : written) taken.insert(w.file);
    info.file = pngName(name, taken);
    fs::path file = dir / "images" / info.file;
    std::ofstream out(file, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
      std::cerr << tr(CM::cannot_write, {file.string()}) << "\n";
      ok = false;
      return written;
    }
    written[name] = info;
  }
  return written;
}

constexpr const char* kStyle = R"(
:root{--cream:#FBF6EE;--sand:#F3E6D3;--terracotta:#D9734E;--teal:#1F5F5B;--ink:#2A2730;
--soft:#5E5863;--white:#fff}
*{box-sizing:border-box}
body{margin:0;background:var(--cream);color:var(--ink);font:18px/1.45 "Noto Sans",system-ui,sans-serif}
header,main{max-width:1800px;margin:0 auto;padding:0 48px}
header{padding-top:40px}
.kicker{color:var(--terracotta);font-weight:700;margin:0}
h1{color:var(--teal);font-size:56px;line-height:1.1;margin:12px 0}
h2{color:var(--teal);font-size:36px;margin:40px 0 20px}
nav a{display:inline-block;margin-right:16px;padding:12px 28px;border-radius:40px;color:#fff;
background:var(--teal);text-decoration:none;font-weight:700}
nav a.offers{background:var(--terracotta)}
nav a.quiz{background:var(--ink)}
.grid{list-style:none;padding:0;display:grid;gap:24px;grid-template-columns:repeat(auto-fill,minmax(400px,1fr))}
.card{background:var(--white);border-radius:18px;overflow:hidden;box-shadow:0 6px 0 rgba(42,39,48,.1)}
.card img{display:block;width:100%;height:auto;aspect-ratio:3/2;object-fit:cover;background:var(--sand)}
.card h3{color:var(--teal);font-size:24px;margin:16px 24px 6px}
.card p{color:var(--soft);margin:0 24px 16px;font-size:16px}
.offer-list{list-style:none;padding:0}
.offer{background:var(--white);border-radius:14px;padding:18px 24px;margin-bottom:14px}
.offer h3{margin:0 0 4px;font-size:22px}
.offer .org{color:var(--teal);font-weight:700;margin:0}
.offer .facts{color:var(--soft);margin:4px 0;font-size:16px}
.offer a{color:var(--terracotta);font-weight:700}
footer{padding:40px 48px;color:var(--soft);font-size:14px}
)";

std::string yearsText(const Offer& o) {
  std::string s;
  for (int y : o.years) s += (s.empty() ? "" : ", ") + ui::yearOfStudy(y);
  return s;
}

// What the host offers, or (`requirements`) what it asks of the intern: driving licence, car.
std::string welcomeText(const Offer& o, bool requirements) {
  static const std::map<std::string, S> labels = {{"desk", S::WDesk},
                                                  {"pc", S::WPc},
                                                  {"phone", S::WPhone},
                                                  {"email", S::WEmail},
                                                  {"travel_refund", S::WTravelRefund},
                                                  {"driving_licence", S::WDrivingLicence},
                                                  {"car", S::WCar},
                                                  {"mentor", S::WMentor}};
  std::string s;
  for (const auto& w : o.welcome) {
    if ((w == "driving_licence" || w == "car") != requirements) continue;
    auto it = labels.find(w);
    s += (s.empty() ? "" : " · ") + (it == labels.end() ? w : std::string(tr(it->second)));
  }
  return s;
}

// A text typed on several lines (a quoted CSV cell) is several paragraphs, not one long line.
void paragraphs(std::ostream& html, const std::string& text) {
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") != std::string::npos) html << "<p>" << esc(line) << "</p>";
    start = end + 1;
  }
}

void careerCard(std::ostream& html, const Career& c, size_t index,
                const std::map<std::string, ImageInfo>& images) {
  html << "<li class=card id=\"metier-" << esc(c.id) << "\">";
  auto img = images.find(c.image);
  if (img != images.end())
    html << "<img src=\"images/" << esc(img->second.file) << "\" width=" << img->second.width
         << " height=" << img->second.height << " alt=\"\""
         << (index < kEagerImages ? "" : " loading=lazy") << " decoding=async>";
  html << "<h3>" << esc(c.title) << "</h3>";
  paragraphs(html, c.pitch);
  std::string facts = c.diploma;
  if (!c.duration.empty()) facts += (facts.empty() ? "" : " · ") + c.duration;
  if (!facts.empty()) html << "<p>" << esc(facts) << "</p>";
  if (!c.testimonial.empty()) {
    html << "<blockquote><p>« " << esc(c.testimonial) << " »</p><footer>— "
         << esc(c.testimonialName);
    if (!c.testimonialRole.empty()) html << ", " << esc(c.testimonialRole);
    html << "</footer></blockquote>";
  }
  html << "</li>\n";
}

void offerItem(std::ostream& html, const Offer& o, const Catalogue& cat) {
  const Organisation* org = cat.organisation(o.organisation);
  html << "<li class=offer id=\"stage-" << esc(o.id) << "\"><h3>" << esc(o.title) << "</h3>";
  html << "<p class=org>" << esc(org ? org->name : o.organisation);
  if (!o.city.empty()) html << " — " << esc(o.city);
  if (!o.region.empty()) html << " (" << esc(o.region) << ")";
  html << "</p><p class=facts>" << esc(o.service);
  std::string years = yearsText(o);
  if (!years.empty()) html << " · " << esc(years);
  html << " · " << esc(formatDate(o.start)) << " – " << esc(formatDate(o.end)) << " · "
       << esc(ui::trn(S::Places, o.places));
  if (!o.deadline.empty())
    html << " · " << tr(S::Deadline) << " " << esc(formatDate(o.deadline));
  if (o.weeks > 0) html << " · " << esc(ui::trn(S::SheetWeeks, o.weeks));
  if (!o.programme.empty()) html << " · <strong>" << esc(o.programme) << "</strong>";
  html << "</p>";
  paragraphs(html, o.description);
  if (!o.tasks.empty()) {
    html << "<p class=facts>" << tr(S::SheetTasks) << "</p><ul>";
    for (const auto& t : o.tasks) html << "<li>" << esc(t) << "</li>";
    html << "</ul>";
  }
  if (!o.languages.empty()) {
    std::string langs;
    for (const auto& l : o.languages) langs += (langs.empty() ? "" : ", ") + l;
    html << "<p class=facts>" << tr(S::SheetLanguages) << " : " << esc(langs) << "</p>";
  }
  std::string offered = welcomeText(o, false), required = welcomeText(o, true);
  if (!offered.empty())
    html << "<p class=facts>" << tr(S::HostOffers) << " : " << esc(offered) << "</p>";
  if (!required.empty())
    html << "<p class=facts>" << tr(S::HostRequires) << " : " << esc(required) << "</p>";
  if (!o.documents.empty()) {
    static const std::map<std::string, S> docs = {
        {"cv", S::DocCv},
        {"motivation_letter", S::DocMotivation},
        {"transcript", S::DocTranscript},
        {"recommendation", S::DocRecommendation},
        {"criminal_record", S::DocCriminalRecord},
        {"agreement", S::DocAgreement}};
    std::string list;
    for (const auto& d : o.documents) {
      auto it = docs.find(d);
      list += (list.empty() ? "" : " · ") + (it == docs.end() ? d : std::string(tr(it->second)));
    }
    html << "<p class=facts>" << tr(S::SheetDocuments) << " : " << esc(list) << "</p>";
  }
  if (!o.howToApply.empty()) html << "<p>" << esc(o.howToApply) << "</p>";
  if (org && !org->contact.empty()) {
    const bool mail = org->contact.find('@') != std::string::npos;
    html << "<p class=facts>" << tr(S::StageContact) << " : ";
    if (mail) html << "<a href=\"mailto:" << esc(org->contact) << "\">";
    html << esc(org->contact) << (mail ? "</a>" : "") << "</p>";
  }
  if (!o.applyUrl.empty())
    html << "<p><a href=\"" << esc(o.applyUrl) << "\" rel=\"noopener\">Postuler</a></p>";
  html << "</li>\n";
}

void page(std::ostream& html, const Catalogue& cat,
          const std::map<std::string, ImageInfo>& images) {
  const std::string title = esc(cat.meta.title);
  // translate="no" and the notranslate meta: a browser must not offer to machine-translate a
  // page that is already in the visitor's language (the bar would also cover a kiosk's screen).
  html << "<!doctype html>\n<html lang=\"fr\" translate=\"no\">\n<head>\n<meta charset=\"utf-8\">\n"
       << "<meta name=\"google\" content=\"notranslate\">\n"
       << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
       << "<title>" << title << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n"
       << "<header><p class=kicker>VITRINE · " << title << "</p><h1>" << tr(S::HomeTitle)
       << "</h1><p>" << tr(S::HomeSubtitle) << "</p><nav><a href=\"#metiers\">" << tr(S::Careers)
       << " (" << cat.careers.size() << ")</a><a class=offers href=\"#stages\">" << tr(S::Offers)
       << " (" << cat.offers.size() << ")</a>"
       << (cat.quiz.empty() ? "" : std::string("<a class=quiz href=\"quiz.html\">") +
                                       esc(tr(S::QuizDoor)) + "</a>")
       << "</nav></header>\n<main>\n"
       << "<section id=metiers><h2>" << tr(S::Careers) << "</h2>\n<ul class=grid>\n";
  for (size_t i = 0; i < cat.careers.size(); ++i) careerCard(html, cat.careers[i], i, images);
  html << "</ul></section>\n<section id=stages><h2>" << tr(S::Offers)
       << "</h2>\n<ul class=offer-list>\n";
  for (const Offer& o : cat.offers) offerItem(html, o, cat);
  html << "</ul></section>\n</main>\n<footer>" << title << " · " << esc(cat.meta.buildTime)
       << "</footer>\n</body>\n</html>\n";
}

int exportSite(const Args& a) {
  std::string packPath, out;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i] == "-o" && i + 1 < a.size())
      out = a[++i];
    else if (packPath.empty())
      packPath = a[i];
    else
      out.clear(), packPath.clear(), i = a.size();
  }
  if (packPath.empty() || out.empty()) {
    std::cerr << tr(CM::usage_site);
    return 2;
  }
  std::unique_ptr<Pack> pack;
  try {
    pack = Pack::open(packPath);
  } catch (const PackError& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
  bool ok = true;
  auto images = writeImages(*pack, out, ok);
  if (!ok) return 1;
  fs::path index = fs::path(out) / "index.html";
  std::ofstream html(index, std::ios::binary);
  page(html, pack->catalogue(), images);
  html.close();
  if (!html) {
    std::cerr << tr(CM::cannot_write, {index.string()}) << "\n";
    return 1;
  }
  const Catalogue& c = pack->catalogue();
  if (!c.quiz.empty()) {
    fs::path quiz = fs::path(out) / "quiz.html";
    std::ofstream q(quiz, std::ios::binary);
    quizPage(q, c, images, kStyle);
    q.close();
    if (!q) {
      std::cerr << tr(CM::cannot_write, {quiz.string()}) << "\n";
      return 1;
    }
  }
  std::cout << trWhole(CM::site_written,
                       {index.string(), std::to_string(c.careers.size()),
                        std::to_string(c.offers.size()), std::to_string(c.quiz.size()),
                        std::to_string(images.size())})
            << "\n";
  return 0;
}

}  // namespace

int site(const Args& a) {
  if (!a.empty() && a[0] == "export") return exportSite(Args(a.begin() + 1, a.end()));
  std::cerr << tr(CM::usage_site);
  return 2;
}

}  // namespace vitrine::ctl

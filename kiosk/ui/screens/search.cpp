// Search as you type: a big field, results that update on every key, the keyboard below.
#include <algorithm>
#include <cctype>
#include <cfloat>

#include "screens.h"
#include "text_util.h"
#include "widgets.h"

namespace vitrine::ui {
namespace {

// One result row; returns true when tapped.
bool resultRow(Ui& ui, const SearchHit& hit, ImVec2 min, ImVec2 max) {
  const bool career = hit.kind == SearchHit::Kind::Career;
  std::string title, detail, id;
  if (career) {
    const Career& c = ui.catalogue.careers[hit.index];
    title = c.title, detail = c.pitch, id = "result:career:" + c.id;
  } else {
    const Offer& o = ui.catalogue.offers[hit.index];
    const Organisation* org = ui.catalogue.organisation(o.organisation);
    title = o.title, detail = (org ? org->name : o.organisation) + " · " + o.city;
    id = "result:offer:" + o.id;
  }
  bool pressed = false;
  bool tapped = touchArea(ui, id, min, max, &pressed);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(min, max, pressed ? color::sand : color::white, ui.theme.radius());
  ImFont* small = ui.theme.fonts.small;
  const char* tag = ui.t(career ? S::KindCareer : S::KindOffer);
  float tagW = small->CalcTextSizeA(small->FontSize, 1e9f, 0, tag).x + ui.px(28);
  ImVec2 tagMin(min.x + ui.px(24), min.y + (max.y - min.y - ui.px(40)) * 0.5f);
  dl->AddRectFilled(tagMin, ImVec2(tagMin.x + tagW, tagMin.y + ui.px(40)),
                    career ? color::teal : color::terracotta, ui.px(20));
  dl->AddText(small, small->FontSize, ImVec2(tagMin.x + ui.px(14), tagMin.y + ui.px(6)),
              color::white, tag);
  float x = tagMin.x + ui.px(170), w = max.x - x - ui.px(24);
  textClipped(dl, ui.theme.fonts.h3, color::teal, ImVec2(x, min.y + ui.px(14)), title, w);
  textClipped(dl, ui.theme.fonts.body, color::inkSoft,
              ImVec2(x, min.y + ui.px(20) + ui.theme.fonts.h3->FontSize), detail, w);
  return tapped;
}

// What the statistics keep of a query: folded, at most 40 bytes, and nothing that looks like an
// e-mail address or a phone number (a visitor may type their own in the wrong box).
std::string statQuery(const std::string& query) {
  std::string folded = foldAccents(query);
  for (char& c : folded) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const auto digits = std::count_if(folded.begin(), folded.end(),
                                    [](char c) { return c >= '0' && c <= '9'; });
  if (folded.find('@') != std::string::npos || digits >= 4) return "(masqué)";
  if (folded.size() > 40) {
    size_t cut = 40;
    while (cut > 0 && (static_cast<unsigned char>(folded[cut]) & 0xC0) == 0x80) --cut;
    folded.resize(cut);
  }
  return folded;
}

}  // namespace

void SearchScreen::leave(Stats* stats) {
  if (stats && utf8Length(searched_) >= 2)
    stats->record(EventKind::Search, statQuery(searched_), results_);
  searched_.clear();
}

void SearchScreen::draw(Ui& ui) {
  float top = header(ui, ui.t(S::Search));
  const ImVec2 o = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  const float pad = ui.px(48), w = size.x - 2 * pad;
  std::string& query = ui.session.search;
  if (query != forQuery_ && ui.search) {
    hits_ = ui.search->find(query);
    searched_ = query;
    results_ = static_cast<int>(hits_.size());
    forQuery_ = query;
    scrollToTop_ = true;
  }

  // The field, always above the keyboard.
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 fmin(o.x + pad, top), fmax(o.x + pad + w, top + ui.px(88));
  dl->AddRectFilled(fmin, fmax, color::white, ui.px(44));
  dl->AddRect(fmin, fmax, color::teal, ui.px(44), 0, ui.px(3));
  ImFont* f = ui.theme.fonts.h3;
  float ty = fmin.y + (ui.px(88) - f->FontSize) * 0.5f;
  if (query.empty())
    dl->AddText(f, f->FontSize, ImVec2(fmin.x + ui.px(40), ty), color::inkSoft, ui.t(S::SearchHint));
  float tw = f->CalcTextSizeA(f->FontSize, 1e9f, 0, query.c_str()).x;
  dl->AddText(f, f->FontSize, ImVec2(fmin.x + ui.px(40), ty), color::ink, query.c_str());
  dl->AddRectFilled(ImVec2(fmin.x + ui.px(42) + tw, ty), ImVec2(fmin.x + ui.px(45) + tw, ty + f->FontSize),
                    color::terracotta);
  if (!query.empty() && !hits_.empty()) {  // how many, at the field's end: more may lie below
    const std::string count = ui.tn(S::SearchResults, static_cast<int>(hits_.size()));
    ImFont* small = ui.theme.fonts.small;
    const float cw = small->CalcTextSizeA(small->FontSize, FLT_MAX, 0, count.c_str()).x;
    dl->AddText(small, small->FontSize,
                ImVec2(fmax.x - ui.px(40) - cw, fmin.y + (ui.px(88) - small->FontSize) * 0.5f),
                color::inkSoft, count.c_str());
  }

  const float kbY = o.y + size.y - keyboard.height(ui) - ui.px(12);
  const float listTop = fmax.y + ui.px(20);
  ImGui::SetCursorScreenPos(ImVec2(o.x, listTop));
  beginScrollArea(ui, "search.results", ImVec2(size.x, kbY - listTop - ui.px(24)), &scrollToTop_);
  ImVec2 origin = ImGui::GetCursorScreenPos();
  // Rows as tall as their two lines need: more results above the keyboard.
  const float rowH = std::max(ui.px(88), ui.px(32) + ui.theme.fonts.h3->FontSize +
                                             ui.theme.fonts.body->FontSize),
              gap = ui.px(10);
  for (size_t i = 0; i < hits_.size(); ++i) {
    ImVec2 min(o.x + pad, origin.y + static_cast<float>(i) * (rowH + gap));
    if (!resultRow(ui, hits_[i], min, ImVec2(min.x + w, min.y + rowH))) continue;
    leave(ui.stats);  // the search ends with this result
    if (hits_[i].kind == SearchHit::Kind::Career) {
      ui.session.careerId = ui.catalogue.careers[hits_[i].index].id;
      ui.go(ScreenId::CareerDetail, ui.session.careerId);
    } else {
      ui.session.offerId = ui.catalogue.offers[hits_[i].index].id;
      ui.go(ScreenId::OfferDetail, ui.session.offerId);
    }
  }
  if (hits_.empty() && !query.empty()) {
    ImGui::SetCursorScreenPos(ImVec2(o.x + pad, origin.y + ui.px(12)));
    textWrapped(ui.theme.fonts.h3, color::ink, ui.t(S::SearchNothing), w);
  }
  ImGui::SetCursorScreenPos(origin);
  ImGui::Dummy(ImVec2(w, static_cast<float>(hits_.size()) * (rowH + gap)));
  moreBelow(ui, "search.more");
  ImGui::EndChild();

  ImGui::SetCursorScreenPos(ImVec2(o.x + pad, kbY));
  // The message keyboard: its « ?123 » page has the digits (a postal code, « 2e année »).
  keyboard.draw(ui, query, KeyboardMode::Message, w, 60);
}

}  // namespace vitrine::ui

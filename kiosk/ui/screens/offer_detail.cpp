// The stage sheet: everything the pack says about an offer, and a QR code to apply or to write.
#include <algorithm>
#include <cfloat>

#include "screens.h"
#include "sheet.h"
#include "widgets.h"

namespace vitrine::ui {
namespace {

// The facts' label column: as wide as the widest label, at most 40 % of the column; a longer
// label (large text, narrow portrait column) goes above its value instead of beside it.
float labelColumn(const Ui& ui, std::initializer_list<const char*> labels, float width) {
  ImFont* f = ui.theme.fonts.body;
  float w = 0;
  for (const char* l : labels) w = std::max(w, f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, l).x);
  return std::min(w + ui.px(28), width * 0.4f);
}

void factRow(Ui& ui, const char* label, const std::string& value, float labelW, float width) {
  if (value.empty()) return;
  ImVec2 p = ImGui::GetCursorScreenPos();
  ImFont* f = ui.theme.fonts.body;
  const bool beside = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, label).x + ui.px(20) <= labelW;
  if (beside) {
    ImGui::GetWindowDrawList()->AddText(f, f->FontSize, p, color::inkSoft, label);
    ImGui::SetCursorScreenPos(ImVec2(p.x + labelW, p.y));
    textWrapped(ui, ui.theme.fonts.bodyBold, color::ink, value, width - labelW);
  } else {
    textWrapped(f, color::inkSoft, label, width);
    textWrapped(ui, ui.theme.fonts.bodyBold, color::ink, value, width);
  }
  ImGui::SetCursorScreenPos(ImVec2(p.x, ImGui::GetCursorScreenPos().y + ui.px(6)));
}

void sectionHeading(Ui& ui, const char* title, float x, float width) {
  ImGui::Dummy(ImVec2(0, ui.px(24)));
  ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y));
  textWrapped(ui.theme.fonts.h3, color::teal, title, width);
  ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + ui.px(8)));
}

// A line with a round marker on the left: a tick (what the host offers), an exclamation mark
// (what it requires) or a dot (a task). `hit` names it for tests ("perk:desk").
enum class Marker { Tick, Requirement, Dot };
void markedLine(Ui& ui, Marker marker, const std::string& text, const std::string& hit, float x,
                float width) {
  ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float r = ui.px(18), lineH = ui.theme.fonts.body->FontSize;
  const ImVec2 c(p.x + r, p.y + lineH * 0.5f + ui.px(1));
  if (marker == Marker::Tick) {
    dl->AddCircleFilled(c, r, color::sage, 24);
    drawIcon(dl, Icon::Check, ImVec2(c.x, c.y - ui.px(1)), ui.px(20), color::white);
  } else if (marker == Marker::Requirement) {
    dl->AddCircle(c, r - ui.px(1.5f), color::terracottaDeep, 24, ui.px(3));
    ImFont* b = ui.theme.fonts.bodyBold;
    float w = b->CalcTextSizeA(b->FontSize, FLT_MAX, 0, "!").x;
    dl->AddText(b, b->FontSize, ImVec2(c.x - w * 0.5f, c.y - b->FontSize * 0.5f),
                color::terracottaDeep, "!");
  } else {
    dl->AddCircleFilled(c, ui.px(7), color::terracotta, 12);
  }
  ImGui::SetCursorScreenPos(ImVec2(p.x + 2 * r + ui.px(16), p.y));
  ImVec2 textAt = ImGui::GetCursorScreenPos();
  textWrapped(ui, ui.theme.fonts.body, color::ink, text, width - 2 * r - ui.px(16));
  if (!hit.empty())
    ui.hits.add(hit, textAt, ImVec2(textAt.x + ui.px(40), ImGui::GetCursorScreenPos().y));
  ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + ui.px(10)));
}

// A sheet of paper with a folded corner and three lines: the documents' icon.
void documentIcon(ImDrawList* dl, ImVec2 min, float h, ImU32 col, float stroke) {
  const float w = h * 0.78f, fold = h * 0.28f;
  ImVec2 pts[] = {min, ImVec2(min.x + w - fold, min.y), ImVec2(min.x + w, min.y + fold),
                  ImVec2(min.x + w, min.y + h), ImVec2(min.x, min.y + h)};
  dl->AddPolyline(pts, 5, col, ImDrawFlags_Closed, stroke);
  dl->AddLine(ImVec2(min.x + w - fold, min.y), ImVec2(min.x + w - fold, min.y + fold), col, stroke);
  dl->AddLine(ImVec2(min.x + w - fold, min.y + fold), ImVec2(min.x + w, min.y + fold), col, stroke);
  for (int i = 0; i < 3; ++i) {
    float y = min.y + h * (0.45f + 0.17f * static_cast<float>(i));
    dl->AddLine(ImVec2(min.x + w * 0.2f, y), ImVec2(min.x + w * 0.8f, y), col, stroke);
  }
}

// The documents to send as labelled tiles, two a row when the column is wide enough.
void documentTiles(Ui& ui, const Offer& offer, float x, float width) {
  const int columns = width > ui.px(700) ? 2 : 1;
  const float gap = ui.px(16), tileW = (width - gap * (columns - 1)) / columns;
  const float iconH = ui.px(40), pad = ui.px(16);
  ImFont* f = ui.theme.fonts.bodyBold;
  float y = ImGui::GetCursorScreenPos().y, rowH = 0;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (size_t i = 0; i < offer.documents.size(); ++i) {
    const int col = static_cast<int>(i) % columns;
    if (col == 0 && i > 0) y += rowH + gap, rowH = 0;
    const std::string label = documentLabel(ui, offer.documents[i]);
    const float textW = tileW - 2 * pad - iconH - ui.px(16);
    const float h = std::max(iconH, textHeight(f, label, textW)) + 2 * pad;
    // Tiles of a row share the row's height: measure the neighbour too.
    float rowMax = h;
    if (col == 0 && columns == 2 && i + 1 < offer.documents.size())
      rowMax =
          std::max(h, textHeight(f, documentLabel(ui, offer.documents[i + 1]), textW) + 2 * pad);
    rowH = std::max(rowH, rowMax);
    ImVec2 min(x + col * (tileW + gap), y), max(min.x + tileW, y + rowH);
    dl->AddRectFilled(min, max, color::sand, ui.px(14));
    documentIcon(dl, ImVec2(min.x + pad, min.y + (rowH - iconH) * 0.5f), iconH, color::teal,
                 ui.px(2.5f));
    const float th = textHeight(f, label, textW);
    ImGui::SetCursorScreenPos(ImVec2(min.x + pad + iconH + ui.px(16), min.y + (rowH - th) * 0.5f));
    textWrapped(ui, f, color::ink, label, textW);
    ui.hits.add("document:" + offer.documents[i], min, max);
  }
  ImGui::SetCursorScreenPos(ImVec2(x, y + rowH));
  ImGui::Dummy(ImVec2(width, 0));
  ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y));
}

// The organisation (logo, name, city) on a sand card with an arrow: a tap opens its card.
void organisationBand(Ui& ui, const Offer& offer, const Organisation* org, float x, float width) {
  const float pad = ui.px(20), logo = org && !org->logo.empty() ? ui.px(96) : 0.0f;
  const float arrow = org ? ui.px(64) : 0.0f;
  const float textX = x + pad + (logo > 0 ? logo + ui.px(24) : 0.0f);
  const float textW = x + width - pad - arrow - textX;
  const ImVec2 min(x, ImGui::GetCursorScreenPos().y);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->ChannelsSplit(2);  // text first (on top), then the card under it, sized to the text
  dl->ChannelsSetCurrent(1);
  ImGui::SetCursorScreenPos(ImVec2(textX, min.y + pad));
  textWrapped(ui, ui.theme.fonts.h3, color::terracottaDeep, org ? org->name : offer.organisation,
              textW);
  ImGui::SetCursorScreenPos(ImVec2(textX, ImGui::GetCursorScreenPos().y + ui.px(4)));
  textWrapped(ui, ui.theme.fonts.body, color::inkSoft, offer.city + " (" + offer.region + ")",
              textW);
  const float textBottom = ImGui::GetCursorScreenPos().y;
  const float h = std::max({logo + 2 * pad, ui.theme.touchMin(), textBottom - min.y + pad});
  const ImVec2 max(x + width, min.y + h);
  if (logo > 0) {
    const ImVec2 lmin(min.x + pad, min.y + (h - logo) * 0.5f), lmax(lmin.x + logo, lmin.y + logo);
    dl->AddRectFilled(lmin, lmax, color::white, ui.px(12));
    imageCover(ui, dl, org->logo, lmin, lmax, ui.px(12), ImDrawFlags_RoundCornersAll, 1.0f,
               ImageSize::Thumbnail);
    ui.hits.add("logo:" + org->logo, lmin, lmax);
  }
  if (org)
    drawIcon(dl, Icon::Arrow, ImVec2(max.x - arrow * 0.5f, (min.y + max.y) * 0.5f), ui.px(30),
             color::terracottaDeep);
  dl->ChannelsSetCurrent(0);
  bool pressed = false;
  const bool tapped = org && touchArea(ui, "offer.organisation", min, max, &pressed);
  dl->AddRectFilled(min, max, pressed ? color::sandDeep : color::sand, ui.theme.radius());
  dl->ChannelsMerge();
  ImGui::SetCursorScreenPos(ImVec2(x, max.y + ui.px(20)));
  if (tapped) {
    ui.session.organisationId = org->id;
    ui.go(ScreenId::Organisation, org->id);
  }
}

// The badges under the title: the exchange programme, « exemple » on a demo offer.
void badges(Ui& ui, const Offer& offer, bool abroad, float x, float width) {
  std::vector<std::pair<std::string, ImU32>> items;
  if (!offer.programme.empty())
    items.emplace_back(offer.programme, color::sun);
  else if (abroad)
    items.emplace_back(ui.t(S::Abroad), color::sun);
  if (isExampleOffer(offer)) items.emplace_back(ui.t(S::Example), color::sand);
  if (items.empty()) return;
  ImFont* f = ui.theme.fonts.bodyBold;
  float cx = x, y = ImGui::GetCursorScreenPos().y, h = f->FontSize + ui.px(16);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (const auto& [label, col] : items) {
    float w =
        std::min(width, f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, label.c_str()).x + ui.px(36));
    if (cx > x && cx + w > x + width) cx = x, y += h + ui.px(10);
    ImVec2 min(cx, y), max(cx + w, y + h);
    dl->AddRectFilled(min, max, col, h * 0.5f);
    textClipped(dl, f, color::ink, ImVec2(cx + ui.px(18), y + ui.px(8)), label, w - ui.px(36));
    ui.hits.add("badge:" + label, min, max);
    cx += w + ui.px(12);
  }
  ImGui::SetCursorScreenPos(ImVec2(x, y + h + ui.px(16)));
}

void drawQrCard(Ui& ui, const QrCode& qr, const std::string& target, const std::string& contact,
                ImVec2 min, float width) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float side = std::min(width - ui.px(80), ui.px(440)), inner = width - ui.px(80);
  ImFont* h3 = ui.theme.fonts.h3;
  const bool mail = target.rfind("mailto:", 0) == 0;
  const char* title = ui.t(mail ? S::ScanToWrite : S::ScanToApply);
  const std::string caption =
      mail ? target.substr(7) : urlLines(ui.theme.fonts.small, target, inner);
  float textH = textHeight(ui.theme.fonts.small, caption, inner);
  if (!contact.empty() && contact != caption)
    textH += ui.px(12) + textHeight(ui.theme.fonts.small, ui.t(S::StageContact), inner) +
             textHeight(ui.theme.fonts.bodyBold, contact, inner);
  const float titleH = textHeight(h3, title, inner);
  const float h = ui.px(36) + titleH + ui.px(24) + side + ui.px(20) + textH + ui.px(36);
  dropShadow(dl, min, ImVec2(min.x + width, min.y + h), ui.px(8), ui.theme.radius());
  dl->AddRectFilled(min, ImVec2(min.x + width, min.y + h), color::white, ui.theme.radius());
  ImGui::SetCursorScreenPos(ImVec2(min.x + ui.px(40), min.y + ui.px(36)));
  textWrapped(h3, color::teal, title, inner);
  ImVec2 qrMin(min.x + (width - side) * 0.5f, min.y + ui.px(36) + titleH + ui.px(24));
  drawQr(dl, qr, qrMin, side);
  ui.hits.add("qr:" + target, qrMin, ImVec2(qrMin.x + side, qrMin.y + side));
  ImGui::SetCursorScreenPos(ImVec2(min.x + ui.px(40), qrMin.y + side + ui.px(20)));
  textWrapped(ui, ui.theme.fonts.small, color::inkSoft, caption, inner);
  if (!contact.empty() && contact != caption) {
    ImGui::SetCursorScreenPos(ImVec2(min.x + ui.px(40), ImGui::GetCursorScreenPos().y + ui.px(12)));
    textWrapped(ui.theme.fonts.small, color::inkSoft, ui.t(S::StageContact), inner);
    textWrapped(ui, ui.theme.fonts.bodyBold, color::ink, contact, inner);
  }
  ImGui::SetCursorScreenPos(min);
  ImGui::Dummy(ImVec2(width, h));
}

// Everything in the scrolling column, top to bottom.
void sheetBody(Ui& ui, const Offer& offer, const Organisation* org, float x, float w) {
  organisationBand(ui, offer, org, x, w);
  badges(ui, offer, stageAbroad(offer, org, ui.country), x, w);
  textWrapped(ui, ui.theme.fonts.body, color::ink, offer.description, w);
  ImGui::Dummy(ImVec2(0, ui.px(16)));
  ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y));

  const char* languagesLabel = ui.t(S::SheetLanguages);
  const float labelW = labelColumn(ui,
                                   {ui.t(S::Service), ui.t(S::Period), ui.t(S::StudyYear),
                                    ui.t(S::PlacesLabel), ui.t(S::Deadline), languagesLabel},
                                   w);
  factRow(ui, ui.t(S::Service), offer.serviceText(), labelW, w);
  factRow(ui, ui.t(S::Period), periodText(ui, offer), labelW, w);
  factRow(ui, ui.t(S::StudyYear), yearsText(ui, offer), labelW, w);
  factRow(ui, ui.t(S::PlacesLabel), std::to_string(offer.places), labelW, w);
  factRow(ui, ui.t(S::Deadline), formatDate(offer.deadline, ui.lang), labelW, w);
  factRow(ui, languagesLabel, languagesText(offer.languages), labelW, w);

  if (!offer.tasks.empty()) {
    sectionHeading(ui, ui.t(S::SheetTasks), x, w);
    for (const std::string& t : offer.tasks) markedLine(ui, Marker::Dot, t, "", x, w);
  }
  std::vector<std::string> perks, needs;
  for (const std::string& k : offer.welcome) (isRequirement(k) ? needs : perks).push_back(k);
  if (!perks.empty()) {
    sectionHeading(ui, ui.t(S::HostOffers), x, w);
    for (const std::string& k : perks)
      markedLine(ui, Marker::Tick, welcomeLabel(ui, k), "perk:" + k, x, w);
  }
  if (!needs.empty()) {
    sectionHeading(ui, ui.t(S::HostRequires), x, w);
    for (const std::string& k : needs)
      markedLine(ui, Marker::Requirement, welcomeLabel(ui, k), "requires:" + k, x, w);
  }
  if (!offer.documents.empty()) {
    sectionHeading(ui, ui.t(S::SheetDocuments), x, w);
    documentTiles(ui, offer, x, w);
  }
  const std::string contact = org ? org->contact : std::string();
  if (!offer.howToApply.empty() || !contact.empty()) {
    sectionHeading(ui, ui.t(S::HowToApply), x, w);
    if (!offer.howToApply.empty())
      textWrapped(ui, ui.theme.fonts.body, color::ink, offer.howToApply, w);
    if (!contact.empty()) {
      ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + ui.px(12)));
      factRow(ui, ui.t(S::StageContact), contact, labelColumn(ui, {ui.t(S::StageContact)}, w), w);
    }
  }
}

}  // namespace

void OfferDetailScreen::draw(Ui& ui) {
  const Offer* offer = ui.catalogue.offer(ui.session.offerId);
  if (!offer) {
    ui.back();
    return;
  }
  const Organisation* org = ui.catalogue.organisation(offer->organisation);
  const std::string target = applyTarget(*offer, org);
  if (qrFor != target) {
    qr = QrCode::encode(target);
    qrFor = target;
  }
  const std::string contact = org ? org->contact : std::string();
  float top = header(ui, offer->title.c_str());
  const ImVec2 o = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  const bool portrait = size.y > size.x;
  const float pad = ui.px(48), barH = ui.theme.touchMin() + ui.px(64);
  const float bottom = o.y + size.y - barH;
  const float qrW = portrait ? std::min(size.x - 2 * pad, ui.px(620)) : size.x * 0.30f;
  const float textW = portrait ? size.x - 2 * pad : size.x - 3 * pad - qrW;

  ImGui::SetCursorScreenPos(ImVec2(o.x + pad - ui.px(8), top));
  beginScrollArea(ui, "offer.body", ImVec2(textW + ui.px(16), bottom - top), &scrollToTop);
  const float x = o.x + pad;
  ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + ui.px(8)));
  if (portrait) {  // the header cuts a long title on a narrow screen: here it is whole
    textWrapped(ui.theme.fonts.h2, color::teal, offer->title, textW);
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + ui.px(16)));
  }
  sheetBody(ui, *offer, org, x, textW);
  if (portrait && !target.empty()) {
    ImGui::Dummy(ImVec2(0, ui.px(32)));
    ImVec2 p = ImGui::GetCursorScreenPos();
    drawQrCard(ui, qr, target, contact, ImVec2(o.x + (size.x - qrW) * 0.5f, p.y), qrW);
  }
  ImGui::Dummy(ImVec2(0, ui.px(60)));
  ImGui::EndChild();
  if (!portrait && !target.empty()) {
    // Beside the column, in its own scroll area: large text may make it taller than the screen.
    ImGui::SetCursorScreenPos(ImVec2(o.x + size.x - pad - qrW - ui.px(12), top));
    beginScrollArea(ui, "offer.qr", ImVec2(qrW + pad, bottom - top), nullptr, false);
    ImVec2 p = ImGui::GetCursorScreenPos();
    drawQrCard(ui, qr, target, contact, ImVec2(p.x + ui.px(12), p.y + ui.px(8)), qrW);
    ImGui::Dummy(ImVec2(0, ui.px(40)));
    ImGui::EndChild();
  }

  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(ImVec2(o.x, bottom), ImVec2(o.x + size.x, o.y + size.y), color::sand);
  ImGui::SetCursorScreenPos(ImVec2(o.x + pad, bottom + ui.px(32)));
  bool selected = ui.session.has(ui.session.offers, offer->id);
  if (button(ui, "interested", selected ? ui.t(S::InSelection) : ui.t(S::Interested),
             selected ? Look::Secondary : Look::Primary,
             selected ? Icon::HeartFilled : Icon::Heart))
    ui.session.toggle(ui.session.offers, offer->id);
  ImGui::SameLine(0, ui.px(24));
  if (button(ui, "contact", ui.t(S::LeaveContact), Look::Teal, Icon::Arrow)) {
    if (!selected) ui.session.toggle(ui.session.offers, offer->id);
    ui.go(ScreenId::Form);
  }
}

}  // namespace vitrine::ui

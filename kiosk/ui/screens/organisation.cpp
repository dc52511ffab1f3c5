// The organisation card: what it is (kind, city, description), how to reach it, all its stages.
#include <algorithm>

#include "screens.h"
#include "sheet.h"
#include "widgets.h"

namespace vitrine::ui {
namespace {

// One of the organisation's stages: title, service and period; a tap opens its sheet.
void stageTile(Ui& ui, const Offer& offer, float x, float width) {
  ImFont* h3 = ui.theme.fonts.h3;
  ImFont* small = ui.theme.fonts.small;
  const float pad = ui.px(24), inner = width - 2 * pad - ui.px(50);
  const std::string facts = offer.serviceText() + "  ·  " + periodText(ui, offer);
  const float h =
      std::max(ui.theme.touchMin(), textHeight(h3, offer.title, inner) +
                                        textHeight(small, facts, inner) + ui.px(8) + 2 * pad);
  const ImVec2 min(x, ImGui::GetCursorScreenPos().y), max(x + width, min.y + h);
  bool pressed = false;
  const bool tapped = touchArea(ui, "orgoffer:" + offer.id, min, max, &pressed);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dropShadow(dl, min, max, ui.px(5), ui.theme.radius());
  dl->AddRectFilled(min, max, pressed ? color::sand : color::white, ui.theme.radius());
  ImGui::SetCursorScreenPos(ImVec2(x + pad, min.y + pad));
  textWrapped(ui, h3, color::teal, offer.title, inner);
  ImGui::SetCursorScreenPos(ImVec2(x + pad, ImGui::GetCursorScreenPos().y + ui.px(8)));
  textWrapped(small, color::inkSoft, facts, inner);
  drawIcon(dl, Icon::Arrow, ImVec2(max.x - ui.px(44), (min.y + max.y) * 0.5f), ui.px(30),
           color::teal);
  ImGui::SetCursorScreenPos(ImVec2(x, max.y + ui.px(20)));
  if (tapped) {
    ui.session.offerId = offer.id;
    ui.go(ScreenId::OfferDetail, offer.id);
  }
}

void identity(Ui& ui, const Organisation& org, float x, float width) {
  const float logo = org.logo.empty() ? 0.0f : ui.px(140);
  const ImVec2 p(x, ImGui::GetCursorScreenPos().y);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  if (logo > 0) {
    dl->AddRectFilled(p, ImVec2(p.x + logo, p.y + logo), color::white, ui.px(16));
    imageCover(ui, dl, org.logo, p, ImVec2(p.x + logo, p.y + logo), ui.px(16),
               ImDrawFlags_RoundCornersAll, 1.0f, ImageSize::Thumbnail);
    ui.hits.add("logo:" + org.logo, p, ImVec2(p.x + logo, p.y + logo));
  }
  const float tx = x + (logo > 0 ? logo + ui.px(28) : 0.0f), tw = x + width - tx;
  ImGui::SetCursorScreenPos(ImVec2(tx, p.y));
  textWrapped(ui, ui.theme.fonts.h3, color::terracottaDeep, organisationKindLabel(ui, org.kind),
              tw);
  std::string where = org.city;
  if (!org.region.empty() && org.region != org.city) where += " (" + org.region + ")";
  ImGui::SetCursorScreenPos(ImVec2(tx, ImGui::GetCursorScreenPos().y + ui.px(8)));
  textWrapped(ui, ui.theme.fonts.bodyBold, color::ink, where, tw);
  const float end = std::max(p.y + logo, ImGui::GetCursorScreenPos().y);
  ImGui::SetCursorScreenPos(ImVec2(x, end + ui.px(24)));
}

void websiteCard(Ui& ui, const QrCode& qr, const Organisation& org, ImVec2 min, float width) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float inner = width - ui.px(64), side = std::min(inner, ui.px(360));
  ImFont* h3 = ui.theme.fonts.h3;
  const std::string website = urlLines(ui.theme.fonts.small, org.website, inner);
  float textH = textHeight(ui.theme.fonts.small, website, inner);
  if (!org.contact.empty())
    textH += ui.px(16) + textHeight(ui.theme.fonts.small, ui.t(S::StageContact), inner) +
             textHeight(ui.theme.fonts.bodyBold, org.contact, inner);
  const float titleH = textHeight(h3, ui.t(S::OrgWebsite), inner);
  const float h = ui.px(32) + titleH + ui.px(20) + side + ui.px(16) + textH + ui.px(32);
  dropShadow(dl, min, ImVec2(min.x + width, min.y + h), ui.px(8), ui.theme.radius());
  dl->AddRectFilled(min, ImVec2(min.x + width, min.y + h), color::white, ui.theme.radius());
  ImGui::SetCursorScreenPos(ImVec2(min.x + ui.px(32), min.y + ui.px(32)));
  textWrapped(h3, color::teal, ui.t(S::OrgWebsite), inner);
  const ImVec2 qrMin(min.x + (width - side) * 0.5f, min.y + ui.px(32) + titleH + ui.px(20));
  drawQr(dl, qr, qrMin, side);
  ui.hits.add("qr:" + org.website, qrMin, ImVec2(qrMin.x + side, qrMin.y + side));
  ImGui::SetCursorScreenPos(ImVec2(min.x + ui.px(32), qrMin.y + side + ui.px(16)));
  textWrapped(ui, ui.theme.fonts.small, color::inkSoft, website, inner);
  if (!org.contact.empty()) {
    ImGui::SetCursorScreenPos(ImVec2(min.x + ui.px(32), ImGui::GetCursorScreenPos().y + ui.px(16)));
    textWrapped(ui.theme.fonts.small, color::inkSoft, ui.t(S::StageContact), inner);
    textWrapped(ui, ui.theme.fonts.bodyBold, color::ink, org.contact, inner);
  }
  ImGui::SetCursorScreenPos(min);
  ImGui::Dummy(ImVec2(width, h));
}

}  // namespace

void OrganisationScreen::draw(Ui& ui) {
  const Organisation* org = ui.catalogue.organisation(ui.session.organisationId);
  if (!org) {
    ui.back();
    return;
  }
  if (qrFor != org->website) {
    qr = QrCode::encode(org->website);
    qrFor = org->website;
  }
  const float top = header(ui, org->name.c_str());
  const ImVec2 o = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  const bool portrait = size.y > size.x;
  const float pad = ui.px(48);
  const bool card = !org->website.empty() || !org->contact.empty();
  const float cardW = portrait ? std::min(size.x - 2 * pad, ui.px(560)) : size.x * 0.28f;
  const float textW = portrait || !card ? size.x - 2 * pad : size.x - 3 * pad - cardW;
  const float x = o.x + pad;

  ImGui::SetCursorScreenPos(ImVec2(x - ui.px(8), top));
  beginScrollArea(ui, "organisation.body", ImVec2(textW + ui.px(16), o.y + size.y - top),
                  &scrollToTop);
  ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + ui.px(8)));
  identity(ui, *org, x, textW);
  if (!org->description.empty()) {
    textWrapped(ui, ui.theme.fonts.body, color::ink, org->description, textW);
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + ui.px(24)));
  }
  if (portrait && card) {
    websiteCard(ui, qr, *org, ImVec2(o.x + (size.x - cardW) * 0.5f, ImGui::GetCursorScreenPos().y),
                cardW);
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + ui.px(24)));
  }
  int n = 0;
  for (const Offer& of : ui.catalogue.offers) n += of.organisation == org->id ? 1 : 0;
  if (n > 0) {
    textWrapped(ui, ui.theme.fonts.h2, color::teal, ui.tn(S::OrgStages, n), textW);
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + ui.px(16)));
    for (const Offer& of : ui.catalogue.offers)
      if (of.organisation == org->id) stageTile(ui, of, x, textW);
  }
  ImGui::Dummy(ImVec2(0, ui.px(60)));
  ImGui::EndChild();
  if (!portrait && card) {
    ImGui::SetCursorScreenPos(ImVec2(o.x + size.x - pad - cardW - ui.px(12), top));
    beginScrollArea(ui, "organisation.card", ImVec2(cardW + pad, o.y + size.y - top), nullptr,
                    false);
    ImVec2 p = ImGui::GetCursorScreenPos();
    websiteCard(ui, qr, *org, ImVec2(p.x + ui.px(12), p.y + ui.px(8)), cardW);
    ImGui::Dummy(ImVec2(0, ui.px(40)));
    ImGui::EndChild();
  }
}

}  // namespace vitrine::ui

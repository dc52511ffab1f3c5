// Offer detail: what the stage is, the welcome conditions (CPAS charter), and a QR code to apply.
#include "screens.h"
#include "widgets.h"

namespace vitrine::ui {
namespace {

void factRow(Ui& ui, const char* label, const std::string& value, float width) {
  if (value.empty()) return;
  ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddText(ui.theme.fonts.body, ui.theme.fonts.body->FontSize, p, color::inkSoft, label);
  float labelW = ui.px(300);
  ImGui::SetCursorScreenPos(ImVec2(p.x + labelW, p.y));
  textWrapped(ui.theme.fonts.bodyBold, color::ink, value, width - labelW);
  ImGui::SetCursorScreenPos(ImVec2(p.x, ImGui::GetCursorScreenPos().y + ui.px(2)));
}

void drawQrCard(Ui& ui, const QrCode& qr, const std::string& url, ImVec2 min, float width) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float side = width - ui.px(80);
  ImFont* h3 = ui.theme.fonts.h3;
  float h = ui.px(40) + h3->FontSize + ui.px(24) + side + ui.px(110);
  dropShadow(dl, min, ImVec2(min.x + width, min.y + h), ui.px(8), ui.theme.radius());
  dl->AddRectFilled(min, ImVec2(min.x + width, min.y + h), color::white, ui.theme.radius());
  const char* title = ui.t(S::ScanToApply);
  float tw = h3->CalcTextSizeA(h3->FontSize, 1e9f, 0, title).x;
  dl->AddText(h3, h3->FontSize, ImVec2(min.x + (width - tw) * 0.5f, min.y + ui.px(36)), color::teal,
              title);
  ImVec2 qrMin(min.x + ui.px(40), min.y + ui.px(40) + h3->FontSize + ui.px(24));
  drawQr(dl, qr, qrMin, side);
  ImGui::SetCursorScreenPos(ImVec2(min.x + ui.px(40), qrMin.y + side + ui.px(20)));
  textWrapped(ui.theme.fonts.small, color::inkSoft, url, side);
}

}  // namespace

void OfferDetailScreen::draw(Ui& ui) {
  const Offer* offer = ui.catalogue.offer(ui.session.offerId);
  if (!offer) {
    ui.back();
    return;
  }
  if (qrFor != offer->id) {
    qr = QrCode::encode(offer->applyUrl);
    qrFor = offer->id;
  }
  float top = header(ui, offer->title.c_str());
  const ImVec2 o = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  const bool portrait = size.y > size.x;
  const float pad = ui.px(48), barH = ui.theme.touchMin() + ui.px(64);
  const float bottom = o.y + size.y - barH;
  const float qrW = portrait ? ui.px(520) : size.x * 0.30f;
  const float textW = portrait ? size.x - 2 * pad : size.x - 3 * pad - qrW;

  ImGui::SetCursorScreenPos(ImVec2(o.x + pad - ui.px(8), top));
  beginScrollArea(ui, "offer.body", ImVec2(textW + ui.px(16), bottom - top), &scrollToTop);
  const float x = o.x + pad;
  ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y));
  const Organisation* org = ui.catalogue.organisation(offer->organisation);
  std::string who = (org ? org->name : offer->organisation) + " · " + offer->city + " (" +
                    offer->region + ")";
  textWrapped(ui.theme.fonts.bodyBold, color::terracottaDeep, who, textW);
  ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y));
  textWrapped(ui.theme.fonts.body, color::ink, offer->description, textW);
  ImGui::Dummy(ImVec2(0, ui.px(12)));
  ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y));
  factRow(ui, ui.t(S::Service), offer->service, textW);
  factRow(ui, ui.t(S::Period),
          formatDate(offer->start, ui.lang) + " – " + formatDate(offer->end, ui.lang), textW);
  factRow(ui, ui.t(S::StudyYear), yearsText(ui, *offer), textW);
  factRow(ui, ui.t(S::PlacesLabel), std::to_string(offer->places), textW);
  factRow(ui, ui.t(S::Deadline), formatDate(offer->deadline, ui.lang), textW);
  ImGui::Dummy(ImVec2(0, ui.px(16)));
  ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y));
  textWrapped(ui.theme.fonts.h3, color::teal, ui.t(S::WelcomeConditions), textW);
  for (const std::string& w : offer->welcome) {
    ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddCircleFilled(ImVec2(p.x + ui.px(18), p.y + ui.px(18)), ui.px(18), color::sage, 24);
    drawIcon(dl, Icon::Check, ImVec2(p.x + ui.px(18), p.y + ui.px(17)), ui.px(20), color::white);
    ImGui::SetCursorScreenPos(ImVec2(p.x + ui.px(52), p.y));
    textWrapped(ui.theme.fonts.body, color::ink, welcomeLabel(ui, w), textW - ui.px(52));
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y));
  }
  if (portrait && !offer->applyUrl.empty()) {
    ImGui::Dummy(ImVec2(0, ui.px(24)));
    ImVec2 p = ImGui::GetCursorScreenPos();
    drawQrCard(ui, qr, offer->applyUrl, ImVec2(o.x + (size.x - qrW) * 0.5f, p.y), qrW);
    ImGui::SetCursorScreenPos(p);
    ImGui::Dummy(ImVec2(qrW, qrW + ui.px(200)));
  }
  ImGui::Dummy(ImVec2(0, ui.px(60)));
  ImGui::EndChild();
  if (!portrait && !offer->applyUrl.empty())
    drawQrCard(ui, qr, offer->applyUrl, ImVec2(o.x + size.x - pad - qrW, top), qrW);

  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(ImVec2(o.x, bottom), ImVec2(o.x + size.x, o.y + size.y), color::sand);
  ImGui::SetCursorScreenPos(ImVec2(o.x + pad, bottom + ui.px(32)));
  bool selected = ui.session.has(ui.session.offers, offer->id);
  if (button(ui, "interested", selected ? ui.t(S::InSelection) : ui.t(S::Interested),
             selected ? Look::Secondary : Look::Primary, selected ? Icon::HeartFilled : Icon::Heart))
    ui.session.toggle(ui.session.offers, offer->id);
  ImGui::SameLine(0, ui.px(24));
  if (button(ui, "contact", ui.t(S::LeaveContact), Look::Teal, Icon::Arrow)) {
    if (!selected) ui.session.toggle(ui.session.offers, offer->id);
    ui.go(ScreenId::Form);
  }
}

}  // namespace vitrine::ui

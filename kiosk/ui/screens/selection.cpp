// Ma sélection beside the interest form: the list (scrolls, items removable) and its QR code.
#include <algorithm>
#include <cmath>

#include "screens.h"
#include "widgets.h"

namespace vitrine::ui {
namespace {

// What the QR code carries: plain text any phone shows, with links to apply.
std::string selectionText(const Ui& ui) {
  std::string text = ui.t(S::MySelection);
  for (const auto& id : ui.session.careers)
    if (const Career* c = ui.catalogue.career(id)) text += "\n- " + c->title;
  for (const auto& id : ui.session.offers)
    if (const Offer* o = ui.catalogue.offer(id))
      // French sets a space before a colon; Dutch, German and English do not.
      text += "\n- " + o->title +
              (o->applyUrl.empty() ? "" : (ui.lang == Lang::Fr ? " : " : ": ") + o->applyUrl);
  return text;
}

// The smallest module a phone reads from arm's length: 4 px at 1080p, whole pixels.
float minModule(const Ui& ui) {
  return std::max(4.0f, std::floor(ui.px(4)));
}

// Side of a code with modules of `module` px and its 4-module quiet zone on each side.
float qrSide(const QrCode& qr, float module) {
  return module * static_cast<float>(qr.size + 2 * kQrQuietZone);
}

}  // namespace

const QrCode& SelectionPanel::code(const Ui& ui) {
  std::string text = selectionText(ui);
  if (text != qrText_) {
    qr_ = QrCode::encode(text);
    qrText_ = std::move(text);
  }
  return qr_;
}

void SelectionPanel::draw(Ui& ui, ImVec2 min, float width, float maxY) {
  VisitorSession& s = ui.session;
  ImGui::SetCursorScreenPos(min);
  textWrapped(ui.theme.fonts.h3, color::teal, ui.tn(S::Selection, s.selectionSize()), width);
  const float top = ImGui::GetCursorScreenPos().y + ui.px(8);
  if (s.selectionSize() == 0) {
    dialog_ = false;
    ImGui::SetCursorScreenPos(ImVec2(min.x, top));
    textWrapped(ui.theme.fonts.small, color::inkSoft, ui.t(S::SelectionEmpty), width);
    return;
  }
  // Beside the list when the code fits there with 4 px modules; else a button opens it large.
  const QrCode& qr = code(ui);
  const float side = qrSide(qr, minModule(ui));
  const bool beside = qr.size > 0 && side <= std::min(width * 0.5f, maxY - top - ui.px(60));
  const float listW = beside ? width - side - ui.px(24) : width;
  const float buttonH = beside ? 0.0f : ui.theme.touchMin() + ui.px(16);
  drawList(ui, ImVec2(min.x, top), ImVec2(listW, maxY - top - buttonH));
  if (beside) {
    const ImVec2 qmin(min.x + width - side, top);
    const float module = drawQr(ImGui::GetWindowDrawList(), qr, qmin, side);
    ui.hits.add("qr.selection:" + std::to_string(static_cast<int>(module)), qmin,
                ImVec2(qmin.x + side, qmin.y + side));
    ImGui::SetCursorScreenPos(ImVec2(qmin.x, qmin.y + side + ui.px(6)));
    textWrapped(ui.theme.fonts.small, color::inkSoft, ui.t(S::TakeAway), side);
  } else if (qr.size > 0) {
    ImGui::SetCursorScreenPos(ImVec2(min.x, maxY - ui.theme.touchMin()));
    if (button(ui, "selection.qr", ui.t(S::ShowQr), Look::Teal)) dialog_ = true;
  }
}

void SelectionPanel::drawList(Ui& ui, ImVec2 min, ImVec2 size) {
  VisitorSession& s = ui.session;
  ImGui::SetCursorScreenPos(min);
  beginScrollArea(ui, "selection.list", size, nullptr, false);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float rowH = ui.theme.touchMin() + ui.px(8), x = ImGui::GetCursorScreenPos().x;
  float y = ImGui::GetCursorScreenPos().y;
  std::string removed;
  std::vector<std::string>* from = nullptr;
  auto row = [&](std::vector<std::string>& list, const std::string& id, const std::string& title) {
    ImFont* f = ui.theme.fonts.body;
    const float cy = y + rowH * 0.5f, bw = ui.theme.touchMin();
    dl->AddCircleFilled(ImVec2(x + ui.px(12), cy), ui.px(7), color::terracotta, 12);
    textClipped(dl, f, color::ink, ImVec2(x + ui.px(32), cy - f->FontSize * 0.5f), title,
                size.x - ui.px(32) - bw - ui.px(16));
    // A round « × » the finger can hit (48 px at 1080p); the list closes up after it.
    const ImVec2 bmin(x + size.x - bw, y + ui.px(4)), bmax(bmin.x + bw, bmin.y + bw);
    bool pressed = false;
    if (touchArea(ui, "selection.remove:" + id, bmin, bmax, &pressed)) {
      removed = id;
      from = &list;
    }
    const ImVec2 c((bmin.x + bmax.x) * 0.5f, (bmin.y + bmax.y) * 0.5f);
    dl->AddCircleFilled(c, bw * 0.5f, pressed ? color::sandDeep : color::sand, 24);
    const float a = ui.px(10);
    dl->AddLine(ImVec2(c.x - a, c.y - a), ImVec2(c.x + a, c.y + a), color::ink, ui.px(3));
    dl->AddLine(ImVec2(c.x - a, c.y + a), ImVec2(c.x + a, c.y - a), color::ink, ui.px(3));
    if (y + rowH > dl->GetClipRectMin().y && y < dl->GetClipRectMax().y)  // on screen: readable
      ui.hits.add("text:" + title, ImVec2(x, std::max(y, dl->GetClipRectMin().y)),
                  ImVec2(bmin.x, std::min(y + rowH, dl->GetClipRectMax().y)));
    y += rowH;
  };
  for (const auto& id : s.careers)
    if (const Career* c = ui.catalogue.career(id)) row(s.careers, id, c->title);
  for (const auto& id : s.offers)
    if (const Offer* o = ui.catalogue.offer(id)) row(s.offers, id, o->title);
  ImGui::SetCursorScreenPos(ImVec2(x, y));
  ImGui::Dummy(ImVec2(size.x, ui.px(8)));
  moreBelow(ui, "selection.more");
  ImGui::EndChild();
  if (from) s.toggle(*from, removed);  // after the loop: it walked these very lists
}

void SelectionPanel::drawQrDialog(Ui& ui) {
  if (!dialog_ || ui.session.selectionSize() == 0) {
    dialog_ = false;
    return;
  }
  const QrCode& qr = code(ui);
  beginModal(ui, "##selection-qr", color::rgb(0, 0, 0, 110));
  const ImVec2 o = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  const float pad = ui.px(40), caption = ui.theme.fonts.body->FontSize + ui.px(24);
  const float room = std::min(size.x, size.y) - 2 * pad - caption - ui.theme.touchMin() - ui.px(80);
  // As large as the screen allows, in whole pixels per module, never under 4 px at 1080p.
  const float module =
      std::max(minModule(ui), std::floor(room / static_cast<float>(qr.size + 2 * kQrQuietZone)));
  const float side = qrSide(qr, module);
  const float w = side + 2 * pad, h = side + caption + ui.theme.touchMin() + 2 * pad + ui.px(24);
  const ImVec2 min(o.x + (size.x - w) * 0.5f, o.y + (size.y - h) * 0.5f);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(min, ImVec2(min.x + w, min.y + h), color::cream, ui.theme.radius() * 1.5f);
  const ImVec2 qmin(min.x + pad, min.y + pad);
  const float drawn = drawQr(dl, qr, qmin, side);
  ui.hits.add("qr.selection:" + std::to_string(static_cast<int>(drawn)), qmin,
              ImVec2(qmin.x + side, qmin.y + side));
  ImGui::SetCursorScreenPos(ImVec2(qmin.x, qmin.y + side + ui.px(12)));
  textWrapped(ui.theme.fonts.body, color::ink, ui.t(S::TakeAway), side);
  ImGui::SetCursorScreenPos(
      ImVec2(min.x + w - pad - ui.px(260), min.y + h - pad - ui.theme.touchMin()));
  if (button(ui, "selection.qr.close", ui.t(S::Close), Look::Primary, Icon::Check, ui.px(260)))
    dialog_ = false;
  // After the card's controls: a touch beside the card closes it too.
  ImGui::SetCursorScreenPos(min);
  ImGui::InvisibleButton("##qr-card", ImVec2(w, h));
  if (touchArea(ui, "selection.qr.outside", o, ImVec2(o.x + size.x, o.y + size.y))) dialog_ = false;
  endModal(ui);
}

}  // namespace vitrine::ui

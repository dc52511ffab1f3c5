// Interest form: profile, contact fields typed on the on-screen keyboard, an unticked consent box.
#include "screens.h"
#include "validation.h"
#include "widgets.h"

namespace vitrine::ui {
namespace {

struct FieldSpec {
  Field field;
  S label;
  bool optional;
};

std::string* fieldText(FormState& f, Field field) {
  switch (field) {
    case Field::FirstName: return &f.firstName;
    case Field::Email: return &f.email;
    case Field::Phone: return &f.phone;
    case Field::PostalCode: return &f.postalCode;
    case Field::None: break;
  }
  return nullptr;
}

const char* fieldName(Field field) {
  switch (field) {
    case Field::FirstName: return "field.firstname";
    case Field::Email: return "field.email";
    case Field::Phone: return "field.phone";
    case Field::PostalCode: return "field.postalcode";
    case Field::None: break;
  }
  return "field.none";
}

void textField(Ui& ui, const FieldSpec& spec, ImVec2 min, float width) {
  FormState& form = ui.session.form;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  std::string label = std::string(ui.t(spec.label)) + (spec.optional ? std::string(" (") + ui.t(S::Optional) + ")" : "");
  dl->AddText(ui.theme.fonts.small, ui.theme.fonts.small->FontSize, min, color::inkSoft, label.c_str());
  ImVec2 boxMin(min.x, min.y + ui.px(32)), boxMax(min.x + width, boxMin.y + ui.theme.touchMin());
  bool active = form.active == spec.field;
  if (touchArea(ui, fieldName(spec.field), boxMin, boxMax)) form.active = spec.field;
  dl->AddRectFilled(boxMin, boxMax, color::white, ui.px(16));
  dl->AddRect(boxMin, boxMax, active ? color::teal : color::sandDeep, ui.px(16), 0,
              ui.px(active ? 4 : 2));
  const std::string& text = *fieldText(form, spec.field);
  ImFont* f = ui.theme.fonts.body;
  ImVec2 tp(boxMin.x + ui.px(20), boxMin.y + (ui.theme.touchMin() - f->FontSize) * 0.5f);
  // Long input scrolls left so the caret stays visible.
  float textW = f->CalcTextSizeA(f->FontSize, 1e9f, 0, text.c_str()).x;
  float room = width - ui.px(48);
  dl->PushClipRect(boxMin, boxMax, true);
  float shift = textW > room ? textW - room : 0.0f;
  dl->AddText(f, f->FontSize, ImVec2(tp.x - shift, tp.y), color::ink, text.c_str());
  if (active)
    dl->AddRectFilled(ImVec2(tp.x - shift + textW + ui.px(2), tp.y),
                      ImVec2(tp.x - shift + textW + ui.px(5), tp.y + f->FontSize), color::terracotta);
  dl->PopClipRect();
}

void profileChips(Ui& ui, float width) {
  static constexpr struct {
    const char* code;
    S label;
  } kProfiles[] = {{"pupil", S::ProfilePupil},         {"student", S::ProfileStudent},
                   {"jobseeker", S::ProfileJobseeker}, {"professional", S::ProfileProfessional},
                   {"parent", S::ProfileParent}};
  FormState& form = ui.session.form;
  textWrapped(ui.theme.fonts.small, color::inkSoft, ui.t(S::Profile), width);
  float x0 = ImGui::GetCursorScreenPos().x, y = ImGui::GetCursorScreenPos().y;
  for (const auto& p : kProfiles) {
    bool on = form.profile == p.code;
    if (chip(ui, std::string("profile:") + p.code, ui.t(p.label), on))
      form.profile = on ? "" : p.code;
    ImGui::SameLine(0, ui.px(12));
  }
  ImGui::SetCursorScreenPos(ImVec2(x0, y + ui.px(64 + 20)));
}

void consentBox(Ui& ui, ImVec2 min, float width) {
  FormState& form = ui.session.form;
  float box = ui.px(56);
  ImFont* f = ui.theme.fonts.bodyBold;
  const char* label = ui.t(S::ConsentLabel);
  float textH = textHeight(f, label, width - box - ui.px(24));
  ImVec2 max(min.x + width, min.y + std::max(box, textH));
  if (touchArea(ui, "consent", min, max)) form.consent = !form.consent;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(min, ImVec2(min.x + box, min.y + box), form.consent ? color::teal : color::white,
                    ui.px(12));
  dl->AddRect(min, ImVec2(min.x + box, min.y + box), color::teal, ui.px(12), 0, ui.px(3));
  if (form.consent)
    drawIcon(dl, Icon::Check, ImVec2(min.x + box * 0.5f, min.y + box * 0.5f), box * 0.6f,
             color::white);
  dl->AddText(f, f->FontSize, ImVec2(min.x + box + ui.px(24), min.y + (box - f->FontSize) * 0.5f - ui.px(2)),
              color::ink, label, nullptr, width - box - ui.px(24));
}

void selectionList(Ui& ui, ImVec2 min, float width, float maxY) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  VisitorSession& s = ui.session;
  ImGui::SetCursorScreenPos(min);
  textWrapped(ui.theme.fonts.h3, color::teal, ui.tn(S::Selection, s.selectionSize()), width);
  if (s.selectionSize() == 0) {
    ImGui::SetCursorScreenPos(ImVec2(min.x, ImGui::GetCursorScreenPos().y));
    textWrapped(ui.theme.fonts.small, color::inkSoft, ui.t(S::SelectionEmpty), width);
    return;
  }
  auto row = [&](const std::string& name, const std::string& title) {
    ImVec2 p(min.x, ImGui::GetCursorScreenPos().y);
    if (p.y + ui.px(60) > maxY) return false;
    dl->AddCircleFilled(ImVec2(p.x + ui.px(12), p.y + ui.px(16)), ui.px(7), color::terracotta, 12);
    textClipped(dl, ui.theme.fonts.body, color::ink, ImVec2(p.x + ui.px(32), p.y), title,
                width - ui.px(32));
    ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + ui.px(44)));
    (void)name;
    return true;
  };
  for (const auto& id : s.careers)
    if (const Career* c = ui.catalogue.career(id); c && !row("sel:" + id, c->title)) return;
  for (const auto& id : s.offers)
    if (const Offer* o = ui.catalogue.offer(id); o && !row("sel:" + id, o->title)) return;
}

}  // namespace

void FormScreen::draw(Ui& ui) {
  float top = header(ui, ui.t(S::FormTitle));
  const ImVec2 o = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  const bool portrait = size.y > size.x;
  const float pad = ui.px(48);
  FormState& form = ui.session.form;
  const float kbW = size.x - 2 * pad;
  const float kbY = o.y + size.y - keyboard.height(ui) - ui.px(12);
  const float leftW = portrait ? kbW : size.x * 0.58f;

  ImGui::SetCursorScreenPos(ImVec2(o.x + pad, top));
  profileChips(ui, leftW);
  float y = ImGui::GetCursorScreenPos().y;
  const float half = (leftW - ui.px(24)) * 0.5f, rowH = ui.px(32) + ui.theme.touchMin() + ui.px(16);
  textField(ui, {Field::FirstName, S::FirstName, true}, ImVec2(o.x + pad, y), half);
  textField(ui, {Field::PostalCode, S::PostalCode, true}, ImVec2(o.x + pad + half + ui.px(24), y), half);
  textField(ui, {Field::Email, S::Email, false}, ImVec2(o.x + pad, y + rowH), half);
  textField(ui, {Field::Phone, S::Phone, false}, ImVec2(o.x + pad + half + ui.px(24), y + rowH), half);
  consentBox(ui, ImVec2(o.x + pad, y + 2 * rowH + ui.px(8)), leftW);

  // Right column (below the fields in portrait): the selection, the notice, the send button.
  float rx = portrait ? o.x + pad : o.x + pad + leftW + ui.px(56);
  float ry = portrait ? y + 2 * rowH + ui.px(110) : top;
  float rw = o.x + size.x - pad - rx;
  float sendY = kbY - ui.px(40) - ui.theme.touchMin();
  selectionList(ui, ImVec2(rx, ry), rw, sendY - ui.px(150));
  ImGui::SetCursorScreenPos(ImVec2(rx, sendY - ui.px(130)));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->PushClipRect(ImVec2(rx, sendY - ui.px(130)), ImVec2(rx + rw, sendY - ui.px(8)), true);
  textWrapped(ui.theme.fonts.small, color::inkSoft, ui.catalogue.meta.consentText, rw);
  dl->PopClipRect();
  ImGui::SetCursorScreenPos(ImVec2(rx, sendY));
  if (button(ui, "send", ui.t(S::Send), Look::Primary, Icon::Arrow)) {
    auto problem = validateForm(form);
    form.error = problem ? ui.t(*problem) : "";
    if (!problem) ui.submitRequested = true;
  }
  if (!form.error.empty()) {
    float bx = ImGui::GetItemRectMax().x + ui.px(24);
    ImGui::SetCursorScreenPos(ImVec2(bx, sendY));
    textWrapped(ui.theme.fonts.bodyBold, color::error, form.error, o.x + size.x - pad - bx);
  }

  ImGui::SetCursorScreenPos(ImVec2(o.x + pad, kbY));
  if (std::string* target = fieldText(form, form.active)) {
    KeyboardMode mode = form.active == Field::Email   ? KeyboardMode::Email
                        : form.active == Field::Phone || form.active == Field::PostalCode
                            ? KeyboardMode::Digits
                            : KeyboardMode::Text;
    keyboard.draw(ui, *target, mode, kbW, form.active == Field::PostalCode ? 10 : 100);
  }
}

}  // namespace vitrine::ui

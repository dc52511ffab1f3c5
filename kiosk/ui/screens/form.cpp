// Interest form in two steps: who you are (on-screen keyboard), then who may contact you (consent).
#include <iterator>

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

// Where a field of step 1 stands: its row, and its share of the column's width.
struct FieldSlot {
  FieldSpec spec;
  int row;
  float from, to;
};
constexpr FieldSlot kLandscapeSlots[] = {
    {{Field::FirstName, S::FirstName, true}, 0, 0.0f, 1.0f / 3},
    {{Field::PostalCode, S::PostalCode, true}, 0, 1.0f / 3, 2.0f / 3},
    {{Field::Phone, S::Phone, true}, 0, 2.0f / 3, 1.0f},
    {{Field::Email, S::Email, true}, 1, 0.0f, 0.5f},
    {{Field::Message, S::Message, true}, 1, 0.5f, 1.0f}};
constexpr FieldSlot kPortraitSlots[] = {
    {{Field::FirstName, S::FirstName, true}, 0, 0.0f, 0.5f},
    {{Field::PostalCode, S::PostalCode, true}, 0, 0.5f, 1.0f},
    {{Field::Email, S::Email, true}, 1, 0.0f, 0.5f},
    {{Field::Phone, S::Phone, true}, 1, 0.5f, 1.0f},
    {{Field::Message, S::Message, true}, 2, 0.0f, 1.0f}};
static_assert(std::size(kLandscapeSlots) == std::size(kPortraitSlots));

std::string* fieldText(FormState& f, Field field) {
  switch (field) {
    case Field::FirstName: return &f.firstName;
    case Field::Email: return &f.email;
    case Field::Phone: return &f.phone;
    case Field::PostalCode: return &f.postalCode;
    case Field::Message: return &f.message;
    case Field::None: break;
  }
  return nullptr;
}

// Names get letters, phone and postal code the phone pad, the message digits and punctuation too.
KeyboardMode keyboardModeFor(Field field) {
  switch (field) {
    case Field::Email:
      return KeyboardMode::Email;
    case Field::Phone:
    case Field::PostalCode:
      return KeyboardMode::Digits;
    case Field::Message:
      return KeyboardMode::Message;
    case Field::FirstName:
    case Field::None:
      break;
  }
  return KeyboardMode::Text;
}

const char* fieldName(Field field) {
  switch (field) {
    case Field::FirstName: return "field.firstname";
    case Field::Email: return "field.email";
    case Field::Phone: return "field.phone";
    case Field::PostalCode: return "field.postalcode";
    case Field::Message: return "field.message";
    case Field::None: break;
  }
  return "field.none";
}

// Near the limit the visitor sees how much room is left ("462 / 500 caractères"), right-aligned
// on the label's line; in the error colour once the limit is reached.
void messageCounter(Ui& ui, ImVec2 topRight) {
  const size_t n = utf8Length(ui.session.form.message);
  if (n * 5 < kMessageMaxChars * 4) return;  // from 80 % on
  const std::string text =
      ui.trs(S::MessageCount, std::to_string(n) + " / " + std::to_string(kMessageMaxChars));
  ImFont* f = ui.theme.fonts.small;
  const float w = f->CalcTextSizeA(f->FontSize, 1e9f, 0, text.c_str()).x;
  ImGui::GetWindowDrawList()->AddText(f, f->FontSize, ImVec2(topRight.x - w, topRight.y),
                                      n >= kMessageMaxChars ? color::error : color::inkSoft,
                                      text.c_str());
}

// What to tell the visitor about a validation problem (the message limit carries its number).
std::string problemText(const Ui& ui, S problem) {
  return problem == S::MessageTooLong ? ui.tn(problem, static_cast<int>(kMessageMaxChars))
                                      : std::string(ui.t(problem));
}

void textField(Ui& ui, const FieldSpec& spec, ImVec2 min, float width) {
  FormState& form = ui.session.form;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  std::string label = std::string(ui.t(spec.label)) + (spec.optional ? std::string(" (") + ui.t(S::Optional) + ")" : "");
  dl->AddText(ui.theme.fonts.small, ui.theme.fonts.small->FontSize, min, color::inkSoft, label.c_str());
  if (spec.field == Field::Message) messageCounter(ui, ImVec2(min.x + width, min.y));
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
  const float x0 = ImGui::GetCursorScreenPos().x;
  {
    ChipFlow flow(ui, width);  // wraps at the largest text size or on a narrow screen
    for (const auto& p : kProfiles) {
      bool on = form.profile == p.code;
      if (flow.chip(std::string("profile:") + p.code, ui.t(p.label), on)) {
        form.profile = on ? "" : p.code;
        form.studentYear = 0;
      }
    }
  }
  float y = ImGui::GetCursorScreenPos().y + ui.px(8);
  if (form.profile == "student") {  // social-work students: which year (stage offers depend on it)
    ImFont* f = ui.theme.fonts.bodyBold;
    const char* ask = ui.t(S::StudentYear);
    ImGui::GetWindowDrawList()->AddText(f, f->FontSize, ImVec2(x0, y + ui.px(18)), color::inkSoft, ask);
    ImGui::SetCursorScreenPos(
        ImVec2(x0 + f->CalcTextSizeA(f->FontSize, 1e9f, 0, ask).x + ui.px(24), y));
    for (int year = 1; year <= 3; ++year) {
      if (chip(ui, "student-year:" + std::to_string(year), yearLabel(ui, year),
               form.studentYear == year))
        form.studentYear = form.studentYear == year ? 0 : year;
      ImGui::SameLine(0, ui.px(12));
    }
    y += ui.px(64 + 12);
  }
  ImGui::SetCursorScreenPos(ImVec2(x0, y));
}

// One unticked-by-default box per organisation; returns the height used.
float consentBox(Ui& ui, const std::string& name, const std::string& label, bool on, ImVec2 min,
                 float width, bool& toggled) {
  float box = ui.px(56);
  ImFont* f = ui.theme.fonts.bodyBold;
  float textW = width - box - ui.px(24);
  float h = std::max(box, textHeight(f, label, textW));
  toggled = touchArea(ui, name, min, ImVec2(min.x + width, min.y + h));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(min, ImVec2(min.x + box, min.y + box), on ? color::teal : color::white,
                    ui.px(12));
  dl->AddRect(min, ImVec2(min.x + box, min.y + box), color::teal, ui.px(12), 0, ui.px(3));
  if (on)
    drawIcon(dl, Icon::Check, ImVec2(min.x + box * 0.5f, min.y + box * 0.5f), box * 0.6f,
             color::white);
  float ty = min.y + std::max(0.0f, (box - textHeight(f, label, textW)) * 0.5f);
  dl->AddText(f, f->FontSize, ImVec2(min.x + box + ui.px(24), ty), color::ink, label.c_str(),
              nullptr, textW);
  return h;
}

// What the selection QR code carries: plain text any phone shows, with links to apply.
std::string selectionText(const Ui& ui) {
  std::string text = ui.t(S::MySelection);
  for (const auto& id : ui.session.careers)
    if (const Career* c = ui.catalogue.career(id)) text += "\n- " + c->title;
  for (const auto& id : ui.session.offers)
    if (const Offer* o = ui.catalogue.offer(id))
      text += "\n- " + o->title + (o->applyUrl.empty() ? "" : " : " + o->applyUrl);
  return text;
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
  if (ui.session.form.step == 2)
    drawConsentStep(ui);
  else
    drawContactStep(ui);
}

void FormScreen::drawContactStep(Ui& ui) {
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
  const float y = ImGui::GetCursorScreenPos().y;
  const float gap = ui.px(24), rowH = ui.px(32) + ui.theme.touchMin() + ui.px(16);
  // Landscape has room for two rows only above the keyboard (with the student-year chips): the
  // fields go three then two across. Portrait stacks them two, two, then the message.
  const FieldSlot* slots = portrait ? kPortraitSlots : kLandscapeSlots;
  int rows = 0;
  for (size_t i = 0; i < std::size(kPortraitSlots); ++i) {
    const FieldSlot& f = slots[i];
    const float x = o.x + pad + f.from * (leftW + gap), w = (f.to - f.from) * (leftW + gap) - gap;
    textField(ui, f.spec, ImVec2(x, y + static_cast<float>(f.row) * rowH), w);
    rows = std::max(rows, f.row + 1);
  }

  // Right column (below the fields in portrait): the selection and the next button.
  float rx = portrait ? o.x + pad : o.x + pad + leftW + ui.px(56);
  float ry = portrait ? y + static_cast<float>(rows) * rowH + ui.px(8) : top;
  float rw = o.x + size.x - pad - rx;
  float nextY = kbY - ui.px(40) - ui.theme.touchMin();
  // Ma sélection to take away: one QR code with every item (and where to apply), no contact needed.
  const float qrSide = ui.px(230);
  bool withQr = ui.session.selectionSize() > 0 && rw > qrSide * 2;
  selectionList(ui, ImVec2(rx, ry), withQr ? rw - qrSide - ui.px(24) : rw, nextY - ui.px(16));
  if (withQr) {
    std::string text = selectionText(ui);
    if (text != qrText_) {
      qr_ = QrCode::encode(text);
      qrText_ = text;
    }
    ImVec2 qmin(rx + rw - qrSide, ry);
    drawQr(ImGui::GetWindowDrawList(), qr_, qmin, qrSide);
    ImGui::SetCursorScreenPos(ImVec2(qmin.x, qmin.y + qrSide + ui.px(6)));
    textWrapped(ui.theme.fonts.small, color::inkSoft, ui.t(S::TakeAway), qrSide);
  }
  ImGui::SetCursorScreenPos(ImVec2(rx, nextY));
  if (button(ui, "form.next", ui.t(S::Next), Look::Primary, Icon::Arrow)) {
    auto problem = validateForm(form);
    bool formatProblem = problem && (*problem == S::BadEmail || *problem == S::BadPhone ||
                                     *problem == S::MessageTooLong);
    form.error = formatProblem ? problemText(ui, *problem) : "";
    if (!formatProblem) form.step = 2;
  }
  if (!form.error.empty()) {
    float bx = ImGui::GetItemRectMax().x + ui.px(24);
    ImGui::SetCursorScreenPos(ImVec2(bx, nextY));
    textWrapped(ui.theme.fonts.bodyBold, color::error, form.error, o.x + size.x - pad - bx);
  }

  ImGui::SetCursorScreenPos(ImVec2(o.x + pad, kbY));
  if (std::string* target = fieldText(form, form.active)) {
    const size_t maxChars = form.active == Field::PostalCode ? 10
                            : form.active == Field::Message  ? kMessageMaxChars
                                                             : 100;
    keyboard.draw(ui, *target, keyboardModeFor(form.active), kbW, maxChars);
  }
}

void FormScreen::drawConsentStep(Ui& ui) {
  FormState& form = ui.session.form;
  bool back = false;
  float top = header(ui, ui.t(S::WhoMayContact), &back);
  if (back) {
    form.step = 1;
    form.error.clear();
  }
  const ImVec2 o = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  const float pad = ui.px(48);
  const float w = std::min(size.x - 2 * pad, ui.px(1300));
  const float x = o.x + (size.x - w) * 0.5f;
  float y = top + ui.px(16);
  for (const Organisation* org : consentTargets(ui.catalogue, ui.session, ui.country)) {
    bool on = form.consentOrgs.count(org->id) > 0, toggled = false;
    S pattern = org->kind == "school" ? S::ConsentOrgTraining : S::ConsentOrgStages;
    y += consentBox(ui, "consent:" + org->id, ui.trs(pattern, org->name), on, ImVec2(x, y), w,
                    toggled) + ui.px(28);
    if (toggled && !form.consentOrgs.erase(org->id)) form.consentOrgs.insert(org->id);
  }
  ImGui::SetCursorScreenPos(ImVec2(x, y + ui.px(8)));
  // A message typed without any box ticked is not kept either: say so before it is sent.
  const bool messageLost = !form.consent() && !form.message.empty();
  const ImVec2 noteAt = ImGui::GetCursorScreenPos();
  textWrapped(messageLost ? ui.theme.fonts.bodyBold : ui.theme.fonts.body,
              messageLost ? color::ink : color::inkSoft,
              ui.t(messageLost ? S::NoContactNoteMessage : S::NoContactNote), w);
  if (messageLost)  // named, like the things one taps, so tests can see which note shows
    ui.hits.add("note.message-not-kept", noteAt,
                ImVec2(noteAt.x + w, ImGui::GetCursorScreenPos().y));
  // The pack's notice (who receives the data, why, how long, how to withdraw) in a quiet card.
  const float cardPad = ui.px(24);
  const std::string& notice = ui.catalogue.meta.consentText;
  const ImVec2 card(x, ImGui::GetCursorScreenPos().y + ui.px(24));
  const float cardH = textHeight(ui.theme.fonts.body, notice, w - 2 * cardPad) + 2 * cardPad;
  ImGui::GetWindowDrawList()->AddRectFilled(card, ImVec2(card.x + w, card.y + cardH), color::sand,
                                            ui.px(18));
  ImGui::SetCursorScreenPos(ImVec2(card.x + cardPad, card.y + cardPad));
  textWrapped(ui.theme.fonts.body, color::ink, notice, w - 2 * cardPad);
  float sendY = std::max(card.y + cardH + ui.px(32), o.y + size.y * 0.62f);
  ImGui::SetCursorScreenPos(ImVec2(x, sendY));
  if (button(ui, "send", ui.t(S::Send), Look::Primary, Icon::Arrow)) {
    auto problem = validateForm(form);
    form.error = problem ? problemText(ui, *problem) : "";
    if (!problem) ui.submitRequested = true;
  }
  if (!form.error.empty()) {
    ImGui::SetCursorScreenPos(ImVec2(x, sendY + ui.theme.touchMin() + ui.px(20)));
    textWrapped(ui.theme.fonts.bodyBold, color::error, form.error, w);
  }
}

}  // namespace vitrine::ui

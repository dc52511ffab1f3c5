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
      return KeyboardMode::Digits;
    case Field::PostalCode:
      return KeyboardMode::PostalCode;
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

// The message in its box: wrapped, as many lines as the box holds (in the body size, or the
// small one when two body lines would not fit), the last ones when it is longer.
void messageText(Ui& ui, const std::string& text, ImVec2 boxMin, ImVec2 boxMax, bool active) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float inner = boxMax.y - boxMin.y - ui.px(12);
  ImFont* f = ui.theme.fonts.body;
  if (inner < 2 * f->FontSize) f = ui.theme.fonts.small;
  const size_t fits = std::max<size_t>(1, static_cast<size_t>(inner / f->FontSize));
  const float wrapW = boxMax.x - boxMin.x - ui.px(48);
  const size_t lines = std::min(
      fits, std::max<size_t>(1, static_cast<size_t>(textHeight(f, text, wrapW) / f->FontSize + 0.5f)));
  const ImVec2 tp(boxMin.x + ui.px(20),
                  boxMin.y + (boxMax.y - boxMin.y - f->FontSize * static_cast<float>(lines)) * 0.5f);
  dl->PushClipRect(boxMin, boxMax, true);
  const float endX = textTail(dl, f, color::ink, tp, text, wrapW, fits);
  if (active) {
    const float caretY = tp.y + f->FontSize * static_cast<float>(lines - 1);
    dl->AddRectFilled(ImVec2(endX + ui.px(2), caretY), ImVec2(endX + ui.px(5), caretY + f->FontSize),
                      color::terracotta);
  }
  dl->PopClipRect();
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
  if (spec.field == Field::Phone) {  // the country it is read in, before the number
    const std::string country = phoneCountryOf(form, ui.country);
    const std::string tag = country + " +" + callingCode(country);
    ImFont* b = ui.theme.fonts.bodyBold;
    dl->AddText(b, b->FontSize, tp, color::teal, tag.c_str());
    ui.hits.add("phone.country=" + country, boxMin, boxMax);  // what it reads, for tests
    tp.x += b->CalcTextSizeA(b->FontSize, 1e9f, 0, tag.c_str()).x + ui.px(16);
    width -= tp.x - boxMin.x - ui.px(20);
  }
  if (spec.field == Field::Message) {  // wraps: its last lines show, first words included
    messageText(ui, text, boxMin, boxMax, active);
    return;
  }
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

// Below the phone keypad (its free fifth row): which country the number is from. The guess from
// the postal code and the kiosk's country is lit until the visitor picks one.
void phoneCountryKeys(Ui& ui, ImVec2 keyboardOrigin, float width) {
  FormState& form = ui.session.form;
  const std::string chosen = phoneCountryOf(form, ui.country);
  const float gap = ui.px(8);
  const float w = (width - gap * (std::size(kPhoneCountries) - 1)) / std::size(kPhoneCountries);
  float x = keyboardOrigin.x;
  for (const char* country : kPhoneCountries) {
    ImGui::SetCursorScreenPos(ImVec2(x, keyboardOrigin.y + ui.px(4 * 84)));
    const std::string label = std::string(country) + "  +" + callingCode(country);
    if (button(ui, std::string("phone.country:") + country, label.c_str(),
               chosen == country ? Look::Teal : Look::Secondary,
               chosen == country ? Icon::Check : Icon::None, w))
      form.phoneCountry = country;
    x += w + gap;
  }
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
  }
  // The year's row is kept for every profile: choosing « Étudiant·e » must not move the fields
  // under a finger already on its way to one of them.
  y += ui.px(64 + 12);
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

// A pack language's own name ("Français"), or its code when the UI has no such language.
std::string languageName(const std::string& code) {
  for (Lang l : kLanguages)
    if (code == langCode(l)) return langName(l);
  return code;
}

// Under the boxes: with none ticked only anonymous interest counts. What the visitor typed
// (contact, message) is then not kept, and the note says so in bold before it is sent.
void consentNote(Ui& ui, float w) {
  const FormState& form = ui.session.form;
  const bool contactLost = !form.consent() && (!form.email.empty() || !form.phone.empty());
  const bool messageLost = !form.consent() && !form.message.empty();
  const S note = messageLost   ? S::NoContactNoteMessage
                 : contactLost ? S::NoContactNoteTyped
                               : S::NoContactNote;
  const bool lost = contactLost || messageLost;
  const ImVec2 at = ImGui::GetCursorScreenPos();
  textWrapped(lost ? ui.theme.fonts.bodyBold : ui.theme.fonts.body,
              lost ? color::ink : color::inkSoft, ui.t(note), w);
  const ImVec2 end(at.x + w, ImGui::GetCursorScreenPos().y);
  // Named, like the things one taps, so tests can see which note shows.
  if (messageLost) ui.hits.add("note.message-not-kept", at, end);
  if (contactLost) ui.hits.add("note.contact-not-kept", at, end);
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
  // A problem shows above « Suivant », across the column: beside it, at the largest text, it
  // ran down under the keyboard. Ma sélection gives up the room it needs.
  float selectionBottom = nextY - ui.px(16);
  if (!form.error.empty()) {
    const float errorH = textHeight(ui.theme.fonts.bodyBold, form.error, rw);
    selectionBottom -= errorH + ui.px(16);
    ImGui::SetCursorScreenPos(ImVec2(rx, selectionBottom + ui.px(16)));
    textWrapped(ui, ui.theme.fonts.bodyBold, color::error, form.error, rw);
  }
  // Ma sélection: what the visitor chose, to trim, and to take away as one QR code.
  selection.draw(ui, ImVec2(rx, ry), rw, selectionBottom);
  ImGui::SetCursorScreenPos(ImVec2(rx, nextY));
  if (button(ui, "form.next", ui.t(S::Next), Look::Primary, Icon::Arrow)) {
    auto problem = validateForm(form);
    bool formatProblem = problem && (*problem == S::BadEmail || *problem == S::BadPhone ||
                                     *problem == S::MessageTooLong);
    form.error = formatProblem ? problemText(ui, *problem) : "";
    if (!formatProblem) form.step = 2;
  }
  if (const std::string note = formNote(ui); !note.empty()) {  // under « Suivant », in its column
    ImGui::SetCursorScreenPos(ImVec2(rx, ImGui::GetItemRectMax().y + ui.px(12)));
    textWrapped(ui, ui.theme.fonts.bodyBold, color::error, note, rw);
  }

  ImGui::SetCursorScreenPos(ImVec2(o.x + pad, kbY));
  if (std::string* target = fieldText(form, form.active)) {
    const size_t maxChars = form.active == Field::PostalCode ? 10
                            : form.active == Field::Message  ? kMessageMaxChars
                                                             : 100;
    keyboard.draw(ui, *target, keyboardModeFor(form.active), kbW, maxChars);
    if (form.active == Field::Phone) phoneCountryKeys(ui, ImVec2(o.x + pad, kbY), kbW);
  }
  selection.drawQrDialog(ui);  // last: on top of everything
}

// Beside « Suivant » and « Envoyer »: the form's error, else, on a kiosk whose visitor file
// could not be opened, that nothing typed here can be kept (before anyone types it all).
std::string FormScreen::formNote(const Ui& ui) {
  const std::string& error = ui.session.form.error;
  return error.empty() && !ui.canSave ? std::string(ui.t(S::CannotSaveHere)) : error;
}

// How to withdraw consent later: every organisation offered, with its contact from the pack
// (pack check makes sure an organisation that can receive contact details has one).
void FormScreen::withdrawContacts(Ui& ui, float w) {
  std::string lines;
  for (const Organisation* org : consentTargets(ui.catalogue, ui.session, ui.country))
    if (!org->contact.empty()) lines += "\n" + org->name + " — " + org->contact;
  if (lines.empty()) return;
  textWrapped(ui, ui.theme.fonts.body, color::ink, std::string(ui.t(S::WithdrawConsent)) + lines,
              w);
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
  // « Envoyer » sits in a band at the bottom that never scrolls; the boxes, the note and the
  // notice scroll above it, however many organisations there are.
  const float sendY = o.y + size.y - pad - ui.theme.touchMin();
  const float listBottom = sendY - ui.px(24);
  ImGui::SetCursorScreenPos(ImVec2(o.x, top));
  beginScrollArea(ui, "consent.list", ImVec2(size.x, listBottom - top), &consentToTop_);
  float y = ImGui::GetCursorScreenPos().y + ui.px(16);
  for (const Organisation* org : consentTargets(ui.catalogue, ui.session, ui.country)) {
    bool on = form.consentOrgs.count(org->id) > 0, toggled = false;
    S pattern = org->kind == "school" ? S::ConsentOrgTraining : S::ConsentOrgStages;
    y += consentBox(ui, "consent:" + org->id, ui.trs(pattern, org->name), on, ImVec2(x, y), w,
                    toggled) + ui.px(28);
    if (toggled && !form.consentOrgs.erase(org->id)) form.consentOrgs.insert(org->id);
  }
  ImGui::SetCursorScreenPos(ImVec2(x, y + ui.px(8)));
  consentNote(ui, w);
  // The pack's notice (who receives the data, why, how long, how to withdraw) in a quiet card.
  const float cardPad = ui.px(24);
  const ConsentNotice shown = consentNotice(ui.catalogue, langCode(ui.lang));
  if (shown.fallback) {  // said before the text, in the visitor's language
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + ui.px(16)));
    textWrapped(ui, ui.theme.fonts.small, color::inkSoft,
                ui.trs(S::NoticeOnlyIn, languageName(shown.language)), w);
  }
  const std::string& notice = shown.text;
  const ImVec2 card(x, ImGui::GetCursorScreenPos().y + ui.px(24));
  const float cardH = textHeight(ui.theme.fonts.body, notice, w - 2 * cardPad) + 2 * cardPad;
  ImGui::GetWindowDrawList()->AddRectFilled(card, ImVec2(card.x + w, card.y + cardH), color::sand,
                                            ui.px(18));
  ImGui::SetCursorScreenPos(ImVec2(card.x + cardPad, card.y + cardPad));
  textWrapped(ui, ui.theme.fonts.body, color::ink, notice, w - 2 * cardPad);
  ImGui::SetCursorScreenPos(ImVec2(x, card.y + cardH + ui.px(24)));
  withdrawContacts(ui, w);
  ImGui::Dummy(ImVec2(w, ui.px(24)));
  moreBelow(ui, "consent.more");
  ImGui::EndChild();

  ImGui::SetCursorScreenPos(ImVec2(x, sendY));
  if (button(ui, "send", ui.t(S::Send), Look::Primary, Icon::Arrow)) {
    auto problem = validateForm(form);
    form.error = problem ? problemText(ui, *problem) : "";
    if (!problem) ui.submitRequested = true;
  }
  if (const std::string note = formNote(ui); !note.empty()) {
    const float bx = ImGui::GetItemRectMax().x + ui.px(24);
    ImGui::SetCursorScreenPos(ImVec2(bx, sendY));
    textWrapped(ui, ui.theme.fonts.bodyBold, color::error, note, x + w - bx);
  }
}

}  // namespace vitrine::ui

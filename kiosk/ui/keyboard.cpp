// On-screen keyboard layouts and behaviour (shift, caps lock, repeatable backspace, accent row).
#include "keyboard.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cfloat>
#include <vector>

#include "widgets.h"

namespace vitrine::ui {
namespace {

using Rows = std::vector<std::vector<const char*>>;
// The first row always has ten keys: backspace takes the rest of it.
const Rows kAzerty = {
    {"a", "z", "e", "r", "t", "y", "u", "i", "o", "p"},
    {"q", "s", "d", "f", "g", "h", "j", "k", "l", "m"},
    {"w", "x", "c", "v", "b", "n", "'", "-", "."},
};
const Rows kQwertz = {
    // Swiss: z and y swapped, ö where German keyboards have it
    {"q", "w", "e", "r", "t", "z", "u", "i", "o", "p"},
    {"a", "s", "d", "f", "g", "h", "j", "k", "l", "ö"},
    {"y", "x", "c", "v", "b", "n", "m", "'", "-", "."},
};
const Rows kQwerty = {
    {"q", "w", "e", "r", "t", "y", "u", "i", "o", "p"},
    {"a", "s", "d", "f", "g", "h", "j", "k", "l", "'"},
    {"z", "x", "c", "v", "b", "n", "m", "-", "."},
};
// The Message keyboard's « ?123 » page, in place of the three letter rows: what a short French
// message needs (the comma stays on the bottom row of both pages).
const Rows kSymbols = {
    {"1", "2", "3", "4", "5", "6", "7", "8", "9", "0"},
    {"?", "!", ".", ":", ";", "'", "-", "(", ")", "\""},
    {"«", "»", "/", "+", "=", "€", "%", "&", "@", "#"},
};
// Every accent of the UI's languages (French, Dutch, German) is one tap away on every layout
// (two with shift for a capital); ß too where German is typed (QWERTZ).
const std::vector<const char*> kAccents = {"é", "è", "ê", "à", "â", "ç", "ù", "û",
                                           "ô", "î", "ï", "ë", "œ"};
const std::vector<const char*> kGermanExtras = {"ä", "ü", "ß"};  // ö is on the QWERTZ letters
const std::vector<const char*> kOtherExtras = {"ä", "ö", "ü"};
// Where the accents were: every digit, and for an e-mail the two signs no letter row has
// (`.` and `-` are on every layout's letter rows).
const std::vector<const char*> kDigitRow = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "0"};
const std::vector<const char*> kEmailSigns = {"_", "+"};
const std::vector<std::vector<const char*>> kDigits = {
    {"1", "2", "3"}, {"4", "5", "6"}, {"7", "8", "9"}, {"+", "0", " "}};
// The domains of the kiosk's countries (BE, FR, CH, NL, DE) and the two most common addresses.
const std::vector<const char*> kEmailHelpers = {"@",   ".be",  ".fr",        ".ch",         ".nl",
                                                ".de", ".com", "@gmail.com", "@outlook.com"};

struct Upper {
  const char* lower;
  const char* upper;
};
constexpr std::array<Upper, 16> kUpperAccents = {{{"é", "É"},
                                                  {"è", "È"},
                                                  {"ê", "Ê"},
                                                  {"à", "À"},
                                                  {"â", "Â"},
                                                  {"ç", "Ç"},
                                                  {"ù", "Ù"},
                                                  {"û", "Û"},
                                                  {"ô", "Ô"},
                                                  {"î", "Î"},
                                                  {"ï", "Ï"},
                                                  {"ë", "Ë"},
                                                  {"œ", "Œ"},
                                                  {"ä", "Ä"},
                                                  {"ö", "Ö"},
                                                  {"ü", "Ü"}}};

const Rows& rowsOf(KeyboardLayout layout) {
  switch (layout) {
    case KeyboardLayout::Qwertz:
      return kQwertz;
    case KeyboardLayout::Qwerty:
      return kQwerty;
    case KeyboardLayout::Azerty:
      break;
  }
  return kAzerty;
}

// An up arrow, outlined; filled while shift is on, with a bar under it for caps lock.
void drawShift(ImDrawList* dl, ImVec2 c, float s, bool on, bool locked, ImU32 col) {
  const ImVec2 pts[] = {ImVec2(c.x, c.y - s * 0.5f),
                        ImVec2(c.x + s * 0.45f, c.y),
                        ImVec2(c.x + s * 0.2f, c.y),
                        ImVec2(c.x + s * 0.2f, c.y + s * 0.3f),
                        ImVec2(c.x - s * 0.2f, c.y + s * 0.3f),
                        ImVec2(c.x - s * 0.2f, c.y),
                        ImVec2(c.x - s * 0.45f, c.y)};
  if (on) {  // the outline is concave: fill the head and the stem apart
    dl->AddTriangleFilled(pts[0], pts[1], pts[6], col);
    dl->AddRectFilled(pts[4], pts[2], col);
  }
  dl->AddPolyline(pts, 7, col, ImDrawFlags_Closed, std::max(2.0f, s * 0.08f));
  if (locked)
    dl->AddRectFilled(ImVec2(c.x - s * 0.25f, c.y + s * 0.42f),
                      ImVec2(c.x + s * 0.25f, c.y + s * 0.52f), col);
}

constexpr double kRepeatDelay = 0.5;
constexpr double kRepeatEvery = 0.08;
constexpr double kDoubleTap = 0.45;  // two taps on shift within this many seconds lock capitals

}  // namespace

const char* layoutName(KeyboardLayout layout) {
  switch (layout) {
    case KeyboardLayout::Qwertz:
      return "QWERTZ";
    case KeyboardLayout::Qwerty:
      return "QWERTY";
    case KeyboardLayout::Azerty:
      break;
  }
  return "AZERTY";
}

bool parseLayout(const std::string& name, KeyboardLayout& out) {
  std::string lower;
  for (char c : name) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (KeyboardLayout l :
       {KeyboardLayout::Azerty, KeyboardLayout::Qwertz, KeyboardLayout::Qwerty}) {
    std::string n = layoutName(l);
    for (char& c : n) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (n == lower) {
      out = l;
      return true;
    }
  }
  return false;
}

KeyboardLayout layoutFor(const std::string& setting, const std::string& country, Lang lang) {
  KeyboardLayout l = KeyboardLayout::Azerty;
  if (!setting.empty() && parseLayout(setting, l)) return l;
  if (country == "CH" || lang == Lang::De) return KeyboardLayout::Qwertz;
  if (lang == Lang::En) return KeyboardLayout::Qwerty;
  if (country == "BE" || country == "FR" || lang == Lang::Fr) return KeyboardLayout::Azerty;
  return KeyboardLayout::Qwerty;
}

std::string utf8Upper(const std::string& letter) {
  if (letter.size() == 1 && letter[0] >= 'a' && letter[0] <= 'z')
    return std::string(1, static_cast<char>(letter[0] - 'a' + 'A'));
  for (const Upper& u : kUpperAccents)
    if (letter == u.lower) return u.upper;
  return letter;
}

float Keyboard::height(const Ui& ui) const { return ui.px(5 * 84 + 24); }

bool Keyboard::key(Ui& ui, const std::string& name, const char* label, float w, bool accent) {
  ImVec2 min = ImGui::GetCursorScreenPos();
  ImVec2 max(min.x + w, min.y + ui.px(76));
  bool pressed = false;
  bool tapped = touchArea(ui, "key:" + name, min, max, &pressed);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImU32 fill = pressed ? color::sandDeep : (accent ? color::sand : color::white);
  dropShadow(dl, min, max, ui.px(3), ui.px(14));
  dl->AddRectFilled(min, max, fill, ui.px(14));
  ImFont* f = ui.theme.fonts.h3;
  ImVec2 ts = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, label);
  dl->AddText(f, f->FontSize, ImVec2(min.x + (w - ts.x) * 0.5f, min.y + (max.y - min.y - ts.y) * 0.5f),
              color::ink, label);
  ImGui::SetCursorScreenPos(ImVec2(max.x + ui.px(8), min.y));
  return tapped;
}

void Keyboard::tapShift(double now) {
  if (caps_) {
    caps_ = shift_ = false;
  } else if (shift_ && now - shiftAt_ < kDoubleTap) {
    caps_ = true;
    shift_ = false;
  } else {
    shift_ = !shift_;
  }
  shiftAt_ = now;
}

void Keyboard::drawLetters(Ui& ui, KeyboardLayout layout, KeyboardMode mode, float unit, float rowH,
                           ImVec2 origin, const std::function<void(const std::string&)>& type) {
  const float gap = ui.px(8), width = unit * 11.6f + 11 * gap;
  const Rows& rows = symbols_ ? kSymbols : rowsOf(layout);
  auto letter = [&](const char* k, float w, bool accent) {
    std::string s = upper() ? utf8Upper(k) : std::string(k);
    if (key(ui, k, s.c_str(), w, accent)) {
      type(s);
      shift_ = false;  // shift is for one letter; caps lock stays
    }
  };
  for (size_t r = 0; r < rows.size(); ++r) {
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + static_cast<float>(r) * rowH));
    if (r == 2 && !symbols_) {
      if (key(ui, "shift", "", unit * 1.5f, true)) tapShift(ui.now);
      ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
      drawShift(ImGui::GetWindowDrawList(), ImVec2((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f),
                ui.px(40), upper(), caps_, color::ink);
      ImGui::SetCursorScreenPos(ImVec2(b.x + gap, a.y));
    }
    for (const char* k : rows[r]) letter(k, unit, false);
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + 3 * rowH));
  std::vector<const char*> accents = kAccents;
  const auto& extras = layout == KeyboardLayout::Qwertz ? kGermanExtras : kOtherExtras;
  accents.insert(accents.end(), extras.begin(), extras.end());
  if (mode == KeyboardMode::Email) {
    accents = kDigitRow;
    accents.insert(accents.end(), kEmailSigns.begin(), kEmailSigns.end());
  }
  const float n = static_cast<float>(accents.size());
  const float aw = (width - (n - 1) * gap) / n;
  for (const char* k : accents) letter(k, aw, mode != KeyboardMode::Email);
}

// The last row: e-mail helpers, or caps lock, space and the layout key (with, for a message, the
// « ?123 » / « ABC » page key and a comma beside the space bar, which then fills the row).
void Keyboard::drawBottomRow(Ui& ui, KeyboardLayout layout, KeyboardMode mode, float unit,
                             float width, const std::function<void(const std::string&)>& type) {
  const float gap = ui.px(8);
  if (mode == KeyboardMode::Email) {
    // Domain keys get room for their text; the row always fits the keyboard's width.
    ImFont* f = ui.theme.fonts.h3;
    float natural = 0;
    for (const char* k : kEmailHelpers)
      natural += std::max(unit, f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, k).x + ui.px(40));
    float squeeze = std::min(1.0f, (width - gap * (kEmailHelpers.size() - 1)) / natural);
    for (const char* k : kEmailHelpers) {
      float w = std::max(unit, f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, k).x + ui.px(40));
      if (key(ui, k, k, w * squeeze, true)) type(k);
    }
  } else {
    if (key(ui, "caps", ui.t(S::CapsLock), unit * 2.2f, true)) {
      caps_ = !caps_;
      shift_ = false;
    }
    if (caps_) {  // the caps key shows it is locked
      ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
      ImGui::GetWindowDrawList()->AddRect(a, b, color::teal, ui.px(14), 0, ui.px(4));
    }
    float space = unit * 6;
    if (mode == KeyboardMode::Message) {
      if (key(ui, "symbols", symbols_ ? "ABC" : "?123", unit * 1.6f, true)) symbols_ = !symbols_;
      if (key(ui, ",", ",", unit, false)) type(",");
      space = width - unit * (2.2f + 1.6f + 1 + 2.2f) - 4 * gap;
    }
    if (key(ui, "space", ui.t(S::Space), space, false)) type(" ");
    // The visitor may prefer another layout than the kiosk's: one key cycles them.
    if (key(ui, "layout", layoutName(layout), unit * 2.2f, true))
      ui.session.keyboardLayout = (static_cast<int>(layout) + 1) % 3;
  }
}

void Keyboard::draw(Ui& ui, std::string& target, KeyboardMode mode, float width,
                    size_t maxChars) {
  const float gap = ui.px(8), rowH = ui.px(84);
  if (mode != KeyboardMode::Message) symbols_ = false;  // another field starts on its letters
  ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddRectFilled(
      ImVec2(origin.x - ui.px(24), origin.y - ui.px(12)),
      ImVec2(origin.x + width + ui.px(24), origin.y + height(ui)), color::sand, ui.px(28));
  auto type = [&](const std::string& s) {
    if (utf8Length(target) + utf8Length(s) <= maxChars) target += s;
  };
  auto row = [&](int r) { ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + r * rowH)); };
  const float unit = (width - 11 * gap) / 11.6f;  // 10 letters + a 1.6-wide backspace

  if (mode == KeyboardMode::Digits || mode == KeyboardMode::PostalCode ||
      mode == KeyboardMode::Pin) {
    float w = (width - 3 * gap) / 4.0f;
    for (size_t r = 0; r < kDigits.size(); ++r) {
      row(static_cast<int>(r));
      for (const char* k : kDigits[r]) {
        const bool sign = *k == ' ' || *k == '+';
        if (sign && mode != KeyboardMode::Digits) {  // keeps 0 in its column
          ImGui::SetCursorScreenPos(
              ImVec2(ImGui::GetCursorScreenPos().x + w + ui.px(8), ImGui::GetCursorScreenPos().y));
          continue;
        }
        if (key(ui, *k == ' ' ? "space" : k, *k == ' ' ? ui.t(S::Space) : k, w)) type(k);
      }
    }
  } else {
    const KeyboardLayout layout = ui.session.keyboardLayout >= 0
                                      ? static_cast<KeyboardLayout>(ui.session.keyboardLayout % 3)
                                      : ui.keyboard;
    drawLetters(ui, layout, mode, unit, rowH, origin, type);
    row(4);
    drawBottomRow(ui, layout, mode, unit, width, type);
  }
  // Backspace sits at the end of the first row and repeats while held.
  ImGui::SetCursorScreenPos(ImVec2(origin.x + width - unit * 1.6f, origin.y));
  if (key(ui, "backspace", "", unit * 1.6f, true)) {
    if (backspaceSince_ < 0 || ui.now - backspaceSince_ < kRepeatDelay) utf8PopBack(target);
  }
  ImVec2 bmin = ImGui::GetItemRectMin(), bmax = ImGui::GetItemRectMax();
  drawIcon(ImGui::GetWindowDrawList(), Icon::Back,
           ImVec2((bmin.x + bmax.x) * 0.5f, (bmin.y + bmax.y) * 0.5f), ui.px(34), color::ink);
  if (ImGui::IsItemActive()) {
    if (backspaceSince_ < 0) {
      backspaceSince_ = ui.now;
      lastRepeat_ = ui.now;
    } else if (ui.now - backspaceSince_ > kRepeatDelay && ui.now - lastRepeat_ > kRepeatEvery) {
      utf8PopBack(target);
      lastRepeat_ = ui.now;
    }
    ui.animating = true;
  } else {
    backspaceSince_ = -1.0;
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height(ui)));
}

}  // namespace vitrine::ui

// On-screen keyboard layout and behaviour (shift, repeatable backspace, accent row).
#include "keyboard.h"

#include <algorithm>
#include <array>
#include <cfloat>
#include <vector>

#include "widgets.h"

namespace vitrine::ui {
namespace {

const std::vector<std::vector<const char*>> kAzerty = {
    {"a", "z", "e", "r", "t", "y", "u", "i", "o", "p"},
    {"q", "s", "d", "f", "g", "h", "j", "k", "l", "m"},
    {"w", "x", "c", "v", "b", "n", "'", "-", "."},
};
const std::vector<const char*> kAccents = {"é", "è", "ê", "à", "â", "ç", "ù", "û",
                                           "ô", "î", "ï", "ë", "œ"};
const std::vector<std::vector<const char*>> kDigits = {
    {"1", "2", "3"}, {"4", "5", "6"}, {"7", "8", "9"}, {"+", "0", " "}};
const std::vector<const char*> kEmailHelpers = {"@", ".be", ".fr", ".ch", "@gmail.com",
                                                "@outlook.com", "_", "1", "2", "3"};

struct Upper {
  const char* lower;
  const char* upper;
};
constexpr std::array<Upper, 13> kUpperAccents = {{{"é", "É"}, {"è", "È"}, {"ê", "Ê"}, {"à", "À"},
                                                  {"â", "Â"}, {"ç", "Ç"}, {"ù", "Ù"}, {"û", "Û"},
                                                  {"ô", "Ô"}, {"î", "Î"}, {"ï", "Ï"}, {"ë", "Ë"},
                                                  {"œ", "Œ"}}};

constexpr double kRepeatDelay = 0.5;
constexpr double kRepeatEvery = 0.08;

}  // namespace

size_t utf8Length(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

void utf8PopBack(std::string& s) {
  while (!s.empty()) {
    unsigned char c = static_cast<unsigned char>(s.back());
    s.pop_back();
    if ((c & 0xC0) != 0x80) break;  // removed the lead byte: one whole character is gone
  }
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
  dl->AddRectFilled(ImVec2(min.x, min.y + ui.px(3)), ImVec2(max.x, max.y + ui.px(3)),
                    color::shadow, ui.px(14));
  dl->AddRectFilled(min, max, fill, ui.px(14));
  ImFont* f = ui.theme.fonts.h3;
  ImVec2 ts = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, label);
  dl->AddText(f, f->FontSize, ImVec2(min.x + (w - ts.x) * 0.5f, min.y + (max.y - min.y - ts.y) * 0.5f),
              color::ink, label);
  ImGui::SetCursorScreenPos(ImVec2(max.x + ui.px(8), min.y));
  return tapped;
}

void Keyboard::draw(Ui& ui, std::string& target, KeyboardMode mode, float width,
                    size_t maxChars) {
  const float gap = ui.px(8), rowH = ui.px(84);
  ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddRectFilled(
      ImVec2(origin.x - ui.px(24), origin.y - ui.px(12)),
      ImVec2(origin.x + width + ui.px(24), origin.y + height(ui)), color::sand, ui.px(28));
  auto type = [&](const std::string& s) {
    if (utf8Length(target) + utf8Length(s) <= maxChars) target += s;
  };
  auto row = [&](int r) { ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + r * rowH)); };
  const float unit = (width - 11 * gap) / 11.6f;  // 10 letters + a 1.6-wide backspace

  if (mode == KeyboardMode::Digits) {
    float w = (width - 3 * gap) / 4.0f;
    for (size_t r = 0; r < kDigits.size(); ++r) {
      row(static_cast<int>(r));
      for (const char* k : kDigits[r])
        if (key(ui, *k == ' ' ? "space" : k, *k == ' ' ? "espace" : k, w)) type(k);
    }
  } else {
    for (size_t r = 0; r < kAzerty.size(); ++r) {
      row(static_cast<int>(r));
      if (r == 2) {
        if (key(ui, "shift", shift_ ? "MAJ" : "Maj", unit * 1.5f, true)) shift_ = !shift_;
      }
      for (const char* k : kAzerty[r]) {
        std::string s = shift_ ? utf8Upper(k) : std::string(k);
        if (key(ui, k, s.c_str(), unit)) {
          type(s);
          shift_ = false;
        }
      }
    }
    row(3);
    float aw = (width - 12 * gap) / 13.0f;
    for (const char* k : kAccents) {
      std::string s = shift_ ? utf8Upper(k) : std::string(k);
      if (key(ui, k, s.c_str(), aw, true)) {
        type(s);
        shift_ = false;
      }
    }
    row(4);
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
    } else if (key(ui, "space", " ", unit * 6, false)) {
      type(" ");
    }
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

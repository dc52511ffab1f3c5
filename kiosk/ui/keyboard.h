// The on-screen keyboard: AZERTY, QWERTZ or QWERTY with French accents one tap away, shift and
// caps lock, a phone pad, e-mail helpers, digits and punctuation for a free-text message.
#pragma once

#include <functional>
#include <string>

#include "ui.h"
#include "utf8.h"

namespace vitrine::ui {

// Message: the Text keyboard plus a comma and a « ?123 » key that swaps the letter rows for
// digits and punctuation (« ABC » swaps them back), for sentences rather than names.
// Email: the letters with a row of every digit, `_` and `+` instead of the accents, domain keys.
// PostalCode: the phone pad without `+` and space (a postal code has neither).
// Digits: the phone's pad (with « + » and a space); PostalCode and Pin: the ten digits only.
enum class KeyboardMode { Text, Email, Digits, Message, PostalCode, Pin };
// KeyboardLayout itself is declared in ui.h (the Ui carries the kiosk's default).
const char* layoutName(KeyboardLayout layout);  // "AZERTY"...
// "azerty" | "qwertz" | "qwerty" (any case); false for anything else.
bool parseLayout(const std::string& name, KeyboardLayout& out);
// The kiosk setting if given, else what visitors of that country and language expect: QWERTZ in
// Switzerland and for German, QWERTY for English, AZERTY in France and Belgium.
KeyboardLayout layoutFor(const std::string& setting, const std::string& country, Lang lang);

class Keyboard {
 public:
  // Draws at the cursor across `width`; edits `target` (UTF-8), never beyond `maxChars` characters.
  void draw(Ui& ui, std::string& target, KeyboardMode mode, float width, size_t maxChars = 100);
  float height(const Ui& ui) const;
  void reset() { *this = Keyboard{}; }

 private:
  bool key(Ui& ui, const std::string& name, const char* label, float w, bool accent = false);
  void drawLetters(Ui& ui, KeyboardLayout layout, KeyboardMode mode, float unit, float rowH,
                   ImVec2 origin, const std::function<void(const std::string&)>& type);
  void drawBottomRow(Ui& ui, KeyboardLayout layout, KeyboardMode mode, float unit, float width,
                     const std::function<void(const std::string&)>& type);
  void tapShift(double now);
  bool upper() const { return shift_ || caps_; }
  bool shift_ = false;
  bool caps_ = false;             // caps lock: a double tap on shift or the caps key
  bool symbols_ = false;          // Message mode: digits and punctuation instead of letters
  double shiftAt_ = -10.0;        // when shift was last tapped, to see a double tap
  double backspaceSince_ = -1.0;  // press time of a held backspace, for auto-repeat
  double lastRepeat_ = 0.0;
};

using vitrine::utf8Length;
using vitrine::utf8PopBack;
std::string utf8Upper(const std::string& letter);

}  // namespace vitrine::ui

// The on-screen keyboard: AZERTY with French accents one tap away, a phone pad, e-mail helpers.
#pragma once

#include <string>

#include "ui.h"

namespace vitrine::ui {

enum class KeyboardMode { Text, Email, Digits };

class Keyboard {
 public:
  // Draws at the cursor across `width`; edits `target` (UTF-8), never beyond `maxChars` characters.
  void draw(Ui& ui, std::string& target, KeyboardMode mode, float width, size_t maxChars = 100);
  float height(const Ui& ui) const;
  void reset() { *this = Keyboard{}; }

 private:
  bool key(Ui& ui, const std::string& name, const char* label, float w, bool accent = false);
  bool shift_ = false;
  double backspaceSince_ = -1.0;  // press time of a held backspace, for auto-repeat
  double lastRepeat_ = 0.0;
};

// UTF-8 helpers used by the keyboard and by validation.
size_t utf8Length(const std::string& s);
void utf8PopBack(std::string& s);
std::string utf8Upper(const std::string& letter);

}  // namespace vitrine::ui

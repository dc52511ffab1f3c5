// The modal layer: dialogs on top of the screen that own the input.
#pragma once

#include "ui.h"

namespace vitrine::ui {

// A dialog: a full-screen window on top, dimmed with `dim`, whose controls own the input (see
// Touch::beginModal): nothing beneath reacts while it shows or to the touch that closes it.
// Draw its card and controls between the two calls.
void beginModal(Ui& ui, const char* name, ImU32 dim);
void endModal(Ui& ui);

}  // namespace vitrine::ui

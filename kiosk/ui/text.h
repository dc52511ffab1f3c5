// Text at the cursor or in a draw list: wrapped (any length), measured, clipped with "…".
#pragma once

#include <string>

#include "ui.h"

namespace vitrine::ui {

// Text wrapped at `width`, in `font` and `col`, at the cursor; advances the cursor.
void textWrapped(ImFont* font, ImU32 col, const std::string& text, float width);
// The same, also registered in the hit map as "text:<text>" so tests can read it.
void textWrapped(Ui& ui, ImFont* font, ImU32 col, const std::string& text, float width);
// Any length: long text is laid out in pieces of whole lines, each its own item, and only the
// lines inside the clip rectangle are drawn, so no draw list overflows its 16-bit indices.
// The same at `pos` in `dl`, as no item (cards); returns the height it takes.
float drawTextWrapped(ImDrawList* dl, ImFont* font, ImU32 col, ImVec2 pos, const std::string& text,
                      float width);
// Height that textWrapped would take.
float textHeight(ImFont* font, const std::string& text, float width);
// One line cut with "…" to fit `width`, drawn at `pos`.
void textClipped(ImDrawList* dl, ImFont* font, ImU32 col, ImVec2 pos, const std::string& text,
                 float width);

// `text` wrapped at `width` on at most `maxLines` lines, the last cut with "…" when more
// remains (card titles); returns the height drawn.
float textLines(ImDrawList* dl, ImFont* font, ImU32 col, ImVec2 pos, const std::string& text,
                float width, size_t maxLines);
// `url` with line breaks where it may break to fit `width`: after the host and after each '/',
// '?', '&' or '#' — never inside the domain (unless the domain alone is wider than a line).
std::string urlLines(ImFont* font, const std::string& url, float width);
// The last `maxLines` lines of `text` wrapped at `width`, drawn from `pos` (a field that grows
// while it is typed: its end stays in view); returns where the last line ends (the caret's x).
float textTail(ImDrawList* dl, ImFont* font, ImU32 col, ImVec2 pos, const std::string& text,
               float width, size_t maxLines);
}  // namespace vitrine::ui

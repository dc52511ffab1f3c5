// Touch widgets: big buttons, chips, cards, wrapped text and drawn icons. No hover states.
#pragma once

#include <string>

#include "ui.h"

namespace vitrine::ui {

enum class Look { Primary, Secondary, Quiet, Teal };
enum class Icon { None, Back, Heart, HeartFilled, Home, Check, Arrow, Search };

// A pill button at the cursor. `name` registers it in the hit map for the test driver.
bool button(Ui& ui, const std::string& name, const char* label, Look look, Icon icon = Icon::None,
            float width = 0.0f);
// A filter chip; selected chips are filled teal. `count` < 0 hides the count; an unselected chip
// whose count is 0 is drawn dimmed (still tappable: the empty result then explains itself).
// `maxWidth` > 0: a longer label is cut with "…" (large text in a narrow panel).
bool chip(Ui& ui, const std::string& name, const std::string& label, bool selected, int count = -1,
          float maxWidth = 0.0f);
float chipWidth(const Ui& ui, const std::string& label, bool selected, int count = -1);

// Chips flowing left to right from the cursor, wrapping inside `width`. The cursor ends below.
class ChipFlow {
 public:
  ChipFlow(Ui& ui, float width);
  ~ChipFlow();
  ChipFlow(const ChipFlow&) = delete;
  ChipFlow& operator=(const ChipFlow&) = delete;
  bool chip(const std::string& name, const std::string& label, bool on, int count = -1);

 private:
  Ui& ui_;
  float x0_, y_, x_, width_;
};
// An invisible touch area over an explicit rectangle (cards, tiles). Draw its look yourself;
// `pressed` tells whether to show press feedback.
bool touchArea(Ui& ui, const std::string& name, ImVec2 min, ImVec2 max, bool* pressed = nullptr);

// Call right after a card's touchArea(). While the finger rests on the card a ring fills around
// `centre`; when it is full this returns true, once. The release that follows is then no tap:
// `tapped` is cleared.
bool longPress(Ui& ui, const std::string& id, ImVec2 centre, bool& tapped);

void drawIcon(ImDrawList* dl, Icon icon, ImVec2 centre, float size, ImU32 col);
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
// Language chips ending at `topRight`; switches the UI live. Returns true when one was tapped.
bool languagePicker(Ui& ui, ImVec2 topRight);
// The round accessibility button (text size, contrast) centred at `centre`; toggles the panel.
bool accessibilityButton(Ui& ui, ImVec2 centre);
// The accessibility panel, when open: three text sizes, high contrast on/off, close. Drawn last
// (on top of the screen); a touch outside it closes it.
void accessibilityPanel(Ui& ui);
// A dialog: a full-screen window on top, dimmed with `dim`, whose controls own the input (see
// Touch::beginModal): nothing beneath reacts while it shows or to the touch that closes it.
// Draw its card and controls between the two calls.
void beginModal(Ui& ui, const char* name, ImU32 dim);
void endModal(Ui& ui);
// The selection pill shown top-right of browse screens.
void selectionBadge(Ui& ui, ImVec2 topRight);
// A back button + title header band; returns the y where content starts.
// `back`: when given, the back button sets it instead of navigating (screens with inner steps).
float header(Ui& ui, const char* title, bool* back = nullptr);
// A child window scrolled by dragging a finger anywhere on it (with inertia). When `toTop` is
// given and true, the area starts at its top and the flag is consumed. Close with EndChild().
void beginScrollArea(Ui& ui, const char* name, ImVec2 size, bool* toTop = nullptr,
                     bool scrollbar = true);
// Inside a scroll area, just before EndChild(): while more lies below the visible part, a fade
// and a down arrow at its bottom edge say so (registered as `name` for tests).
void moreBelow(Ui& ui, const std::string& name);
// The soft shadow `drop` pixels under an opaque card with `rounding` corners. Only the band that
// shows below the card is filled, not a second card's area: software GL pays for every pixel.
void dropShadow(ImDrawList* dl, ImVec2 min, ImVec2 max, float drop, float rounding);
// Image cover-fitted into a rounded rectangle (sand placeholder while it decodes).
void imageCover(Ui& ui, ImDrawList* dl, const std::string& imageId, ImVec2 min, ImVec2 max,
                float rounding, ImDrawFlags corners = ImDrawFlags_RoundCornersAll,
                float alpha = 1.0f, ImageSize size = ImageSize::Detail);
// The same for a texture the caller already has from ui.textures.get() (null: the placeholder).
void imageCover(ImDrawList* dl, const Textures::Entry* tex, ImVec2 min, ImVec2 max, float rounding,
                ImDrawFlags corners, float alpha = 1.0f);

}  // namespace vitrine::ui

// Touch widgets: big buttons, cards, touch areas, drawn icons, headers, scroll areas; chips, text
// and the modal layer have their own files (included here). No hover states.
#pragma once

#include <string>

#include "chips.h"
#include "modal.h"
#include "text.h"
#include "ui.h"

namespace vitrine::ui {

enum class Look { Primary, Secondary, Quiet, Teal };
enum class Icon { None, Back, Heart, HeartFilled, Home, Check, Arrow, Search };

// A pill button at the cursor. `name` registers it in the hit map for the test driver.
bool button(Ui& ui, const std::string& name, const char* label, Look look, Icon icon = Icon::None,
            float width = 0.0f);
// Registers `name` in the hit map for the test driver over the part of [min, max] inside the
// clip rectangle (nothing when too little of it shows).
void registerHit(Ui& ui, const std::string& name, ImVec2 min, ImVec2 max);
// An invisible touch area over an explicit rectangle (cards, tiles). Draw its look yourself;
// `pressed` tells whether to show press feedback.
bool touchArea(Ui& ui, const std::string& name, ImVec2 min, ImVec2 max, bool* pressed = nullptr);

// Call right after a card's touchArea(). While the finger rests on the card a ring fills around
// `centre`; when it is full this returns true, once. The release that follows is then no tap:
// `tapped` is cleared.
bool longPress(Ui& ui, const std::string& id, ImVec2 centre, bool& tapped);

void drawIcon(ImDrawList* dl, Icon icon, ImVec2 centre, float size, ImU32 col);
// Language chips ending at `topRight`; switches the UI live. Returns true when one was tapped.
bool languagePicker(Ui& ui, ImVec2 topRight);
// The round accessibility button (text size, contrast) centred at `centre`; toggles the panel.
bool accessibilityButton(Ui& ui, ImVec2 centre);
// The accessibility panel, when open: three text sizes, high contrast on/off, close. Drawn last
// (on top of the screen); a touch outside it closes it.
void accessibilityPanel(Ui& ui);
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

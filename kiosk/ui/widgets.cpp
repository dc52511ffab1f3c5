// Touch widgets drawn with ImDrawList on top of ImGui's item logic (ids, active state, clipping).
#include "widgets.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace vitrine::ui {
namespace {

struct Colors {
  ImU32 fill, fillPressed, text, outline;
};

Colors colorsFor(Look look) {
  switch (look) {
    case Look::Primary:
      return {color::terracotta, color::terracottaDeep, color::white, 0};
    case Look::Teal:
      return {color::teal, color::tealDeep, color::white, 0};
    case Look::Secondary:
      return {color::white, color::sand, color::teal, color::teal};
    case Look::Quiet:
      break;
  }
  return {color::sand, color::sandDeep, color::ink, 0};
}

}  // namespace

void registerHit(Ui& ui, const std::string& name, ImVec2 min, ImVec2 max) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 cmin = dl->GetClipRectMin(), cmax = dl->GetClipRectMax();
  ImVec2 a(std::max(min.x, cmin.x), std::max(min.y, cmin.y));
  ImVec2 b(std::min(max.x, cmax.x), std::min(max.y, cmax.y));
  if (b.x - a.x > 4 && b.y - a.y > 4) ui.hits.add(name, a, b);
}

bool touchArea(Ui& ui, const std::string& name, ImVec2 min, ImVec2 max, bool* pressed) {
  ImVec2 size(std::max(1.0f, max.x - min.x), std::max(1.0f, max.y - min.y));
  ImGui::SetCursorScreenPos(min);
  if (ui.touch.blocked()) {  // beneath a dialog: takes the same room, reacts to nothing
    ImGui::Dummy(size);
    if (pressed) *pressed = false;
    return false;
  }
  bool released = ImGui::InvisibleButton(name.c_str(), size);
  registerHit(ui, name, min, max);
  if (pressed) *pressed = ImGui::IsItemActive() && !ui.touch.dragging();
  return ui.touch.tap(released);
}

bool button(Ui& ui, const std::string& name, const char* label, Look look, Icon icon,
            float width) {
  ImFont* font = ui.theme.fonts.bodyBold;
  float h = ui.theme.touchMin();
  float iconSize = icon == Icon::None ? 0.0f : ui.px(30);
  ImVec2 textSize = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, label);
  float gap = icon == Icon::None || !*label ? 0.0f : ui.px(14);
  float contentW = iconSize + gap + textSize.x;
  float w = width > 0 ? width : contentW + ui.px(64);
  ImVec2 min = ImGui::GetCursorScreenPos(), max(min.x + w, min.y + h);
  bool pressed = false;
  bool tapped = touchArea(ui, name, min, max, &pressed);
  Colors c = colorsFor(look);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float r = h * 0.5f;
  if (look != Look::Quiet && look != Look::Secondary) dropShadow(dl, min, max, ui.px(4), r);
  dl->AddRectFilled(min, max, pressed ? c.fillPressed : c.fill, r);
  if (c.outline) dl->AddRect(min, max, c.outline, r, 0, ui.px(3));
  float x = min.x + (w - contentW) * 0.5f;
  float cy = min.y + h * 0.5f;
  if (icon != Icon::None) {
    drawIcon(dl, icon, ImVec2(x + iconSize * 0.5f, cy), iconSize, c.text);
    x += iconSize + gap;
  }
  dl->AddText(font, font->FontSize, ImVec2(x, cy - textSize.y * 0.5f), c.text, label);
  ImGui::SetCursorScreenPos(min);
  ImGui::Dummy(ImVec2(w, h));
  return tapped;
}

bool longPress(Ui& ui, const std::string& id, ImVec2 centre, bool& tapped) {
  constexpr float kDelay = 0.25f;  // shorter holds are ordinary taps: no ring flashes
  constexpr float kFill = 0.6f;    // then the ring fills in this long
  std::string& fired = ui.session.longPressed;
  if (fired == id && !ImGui::IsItemActive()) {
    tapped = false;  // the finger lifted after the long press: that release is not a tap
    fired.clear();
    return false;
  }
  if (!ImGui::IsItemActive() || ui.touch.dragging() || fired == id) return false;
  const float held = ImGui::GetIO().MouseDownDuration[0];
  if (held < kDelay) {
    ui.animating = true;  // keep frames coming so the ring can start on time
    return false;
  }
  const float progress = std::min(1.0f, (held - kDelay) / kFill);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float r = ui.px(40);
  dl->AddCircleFilled(centre, r + ui.px(8), color::white, 40);
  dl->AddCircle(centre, r, color::sand, 40, ui.px(8));
  dl->PathArcTo(centre, r, -1.5707963f, -1.5707963f + progress * 6.2831853f, 40);
  dl->PathStroke(color::terracotta, 0, ui.px(8));
  drawIcon(dl, Icon::HeartFilled, centre, ui.px(34), color::terracotta);
  ui.animating = true;
  if (progress < 1.0f) return false;
  fired = id;
  return true;
}

void drawIcon(ImDrawList* dl, Icon icon, ImVec2 c, float s, ImU32 col) {
  float t = std::max(2.0f, s * 0.11f);
  switch (icon) {
    case Icon::Back:
    case Icon::Arrow: {
      float d = icon == Icon::Back ? -1.0f : 1.0f;
      dl->AddLine(ImVec2(c.x - d * s * 0.4f, c.y), ImVec2(c.x + d * s * 0.4f, c.y), col, t);
      dl->AddLine(ImVec2(c.x + d * s * 0.4f, c.y), ImVec2(c.x + d * s * 0.05f, c.y - s * 0.35f),
                  col, t);
      dl->AddLine(ImVec2(c.x + d * s * 0.4f, c.y), ImVec2(c.x + d * s * 0.05f, c.y + s * 0.35f),
                  col, t);
      break;
    }
    case Icon::Heart:
    case Icon::HeartFilled: {
      if (icon == Icon::HeartFilled) {
        float r = s * 0.25f;
        dl->AddCircleFilled(ImVec2(c.x - s * 0.21f, c.y - s * 0.12f), r, col, 20);
        dl->AddCircleFilled(ImVec2(c.x + s * 0.21f, c.y - s * 0.12f), r, col, 20);
        dl->AddTriangleFilled(ImVec2(c.x - s * 0.45f, c.y - s * 0.04f),
                              ImVec2(c.x + s * 0.45f, c.y - s * 0.04f), ImVec2(c.x, c.y + s * 0.42f),
                              col);
        break;
      }
      // The classic parametric heart curve, as an outline.
      ImVec2 pts[32];
      for (int i = 0; i < 32; ++i) {
        float a = static_cast<float>(i) / 32.0f * 6.2831853f;
        float x = 16 * std::pow(std::sin(a), 3.0f);
        float y = -(13 * std::cos(a) - 5 * std::cos(2 * a) - 2 * std::cos(3 * a) - std::cos(4 * a));
        pts[i] = ImVec2(c.x + x * s / 34.0f, c.y + y * s / 34.0f);
      }
      dl->AddPolyline(pts, 32, col, ImDrawFlags_Closed, t);
      break;
    }
    case Icon::Check: {
      const ImVec2 pts[] = {ImVec2(c.x - s * 0.4f, c.y), ImVec2(c.x - s * 0.1f, c.y + s * 0.3f),
                            ImVec2(c.x + s * 0.45f, c.y - s * 0.35f)};
      dl->AddPolyline(pts, 3, col, ImDrawFlags_None, t);
      break;
    }
    case Icon::Home:
      dl->AddTriangle(ImVec2(c.x - s * 0.45f, c.y - s * 0.05f), ImVec2(c.x, c.y - s * 0.45f),
                      ImVec2(c.x + s * 0.45f, c.y - s * 0.05f), col, t);
      dl->AddRect(ImVec2(c.x - s * 0.3f, c.y - s * 0.05f), ImVec2(c.x + s * 0.3f, c.y + s * 0.4f),
                  col, 0, 0, t);
      break;
    case Icon::Search:
      dl->AddCircle(ImVec2(c.x - s * 0.1f, c.y - s * 0.1f), s * 0.3f, col, 20, t);
      dl->AddLine(ImVec2(c.x + s * 0.12f, c.y + s * 0.12f), ImVec2(c.x + s * 0.42f, c.y + s * 0.42f),
                  col, t * 1.3f);
      break;
    case Icon::None:
      break;
  }
}
bool languagePicker(Ui& ui, ImVec2 topRight) {
  ImFont* f = ui.theme.fonts.bodyBold;
  float total = 0;
  for (Lang l : kLanguages)
    total += f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, langName(l)).x + ui.px(48) +
             (l == ui.lang ? ui.px(34) : 0) + ui.px(10);
  ImGui::SetCursorScreenPos(ImVec2(topRight.x - total, topRight.y));
  bool tapped = false;
  for (Lang l : kLanguages) {
    if (chip(ui, std::string("lang:") + langCode(l), langName(l), l == ui.lang)) {
      ui.session.lang = ui.lang = l;
      tapped = true;
    }
    ImGui::SameLine(0, ui.px(10));
  }
  ImGui::NewLine();
  return tapped;
}

bool accessibilityButton(Ui& ui, ImVec2 centre) {
  const float r = ui.theme.touchMin() * 0.5f;
  ImVec2 min(centre.x - r, centre.y - r), max(centre.x + r, centre.y + r);
  bool pressed = false;
  const bool tapped = touchArea(ui, "a11y", min, max, &pressed);
  if (tapped) {
    ui.session.access.panelOpen = !ui.session.access.panelOpen;
    if (ui.session.access.panelOpen) ui.record(EventKind::Accessibility, "open");
  }
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddCircleFilled(centre, r, pressed ? color::sand : color::white, 40);
  dl->AddCircle(centre, r, color::teal, 40, ui.px(3));
  // "Aa" beside a half-filled disc: text size and contrast, the two things the panel changes.
  ImFont* f = ui.theme.fonts.bodyBold;
  ImVec2 ts = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, "Aa");
  dl->AddText(f, f->FontSize, ImVec2(centre.x - ts.x + ui.px(2), centre.y - ts.y * 0.5f),
              color::teal, "Aa");
  ImVec2 d(centre.x + ui.px(14), centre.y);
  dl->AddCircle(d, ui.px(10), color::teal, 20, ui.px(2.5f));
  dl->PathArcTo(d, ui.px(10), -1.5707963f, 1.5707963f, 12);
  dl->PathFillConvex(color::teal);
  return tapped;
}

void accessibilityPanel(Ui& ui) {
  Accessibility& a = ui.session.access;
  if (!a.panelOpen) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  beginModal(ui, "##accessibility", color::rgb(0, 0, 0, 110));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 o = vp->Pos, size = vp->Size;
  ImFont* h2 = ui.theme.fonts.h2;
  ImFont* label = ui.theme.fonts.bodyBold;
  const float key = ui.px(96), pad = ui.px(48);
  const float w = std::min(size.x - ui.px(80), ui.px(860));
  const float h = ui.px(36 + 28 + 14 + 40) + h2->FontSize + label->FontSize + key +
                  ui.theme.touchMin() + pad;
  // Low on the screen: within reach from a wheelchair.
  ImVec2 min(o.x + (size.x - w) * 0.5f, o.y + size.y - h - ui.px(90)), max(min.x + w, min.y + h);
  dl->AddRectFilled(min, max, color::cream, ui.theme.radius() * 1.5f);
  dl->AddText(h2, h2->FontSize, ImVec2(min.x + pad, min.y + ui.px(36)), color::teal,
              ui.t(S::Accessibility));
  float y = min.y + ui.px(36) + h2->FontSize + ui.px(28);
  dl->AddText(label, label->FontSize, ImVec2(min.x + pad, y), color::ink, ui.t(S::TextSize));
  y += label->FontSize + ui.px(14);
  // Three square keys, each showing an "A" at the size it gives.
  const float sizes[3] = {26, 38, 52};
  for (int i = 0; i < 3; ++i) {
    ImVec2 kmin(min.x + pad + i * (key + ui.px(20)), y), kmax(kmin.x + key, kmin.y + key);
    bool pressed = false;
    if (touchArea(ui, "a11y.size:" + std::to_string(i), kmin, kmax, &pressed)) {
      a.textStep = i;
      ui.record(EventKind::Accessibility, "text_size", i);
    }
    const bool on = a.textStep == i;
    dl->AddRectFilled(kmin, kmax, on ? color::teal : (pressed ? color::sand : color::white),
                      ui.px(18));
    if (!on) dl->AddRect(kmin, kmax, color::teal, ui.px(18), 0, ui.px(3));
    ImFont* f = ui.theme.fonts.display;
    float fs = ui.px(sizes[i]);
    ImVec2 ts = f->CalcTextSizeA(fs, FLT_MAX, 0, "A");
    dl->AddText(f, fs, ImVec2(kmin.x + (key - ts.x) * 0.5f, kmin.y + (key - ts.y) * 0.5f),
                on ? color::white : color::teal, "A");
  }
  ImGui::SetCursorScreenPos(ImVec2(min.x + pad + 3 * (key + ui.px(20)) + ui.px(20),
                                   y + (key - ui.theme.touchMin()) * 0.5f));
  if (button(ui, "a11y.contrast", ui.t(S::HighContrast),
             a.highContrast ? Look::Teal : Look::Secondary,
             a.highContrast ? Icon::Check : Icon::None)) {
    a.highContrast = !a.highContrast;
    ui.record(EventKind::Accessibility, "contrast", a.highContrast);
  }
  ImGui::SetCursorScreenPos(ImVec2(max.x - pad - ui.px(260), max.y - pad - ui.theme.touchMin()));
  if (button(ui, "a11y.close", ui.t(S::Close), Look::Primary, Icon::Check, ui.px(260)))
    a.panelOpen = false;
  // Submitted after the controls, so they win: a touch on the card itself is not "outside".
  ImGui::SetCursorScreenPos(min);
  ImGui::InvisibleButton("##panel", ImVec2(w, h));
  if (touchArea(ui, "a11y.outside", o, ImVec2(o.x + size.x, o.y + size.y))) a.panelOpen = false;
  endModal(ui);
}

void selectionBadge(Ui& ui, ImVec2 topRight) {
  int n = ui.session.selectionSize();
  std::string label = ui.tn(S::Selection, n);
  ImFont* font = ui.theme.fonts.bodyBold;
  float w = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, label.c_str()).x + ui.px(30 + 64);
  ImGui::SetCursorScreenPos(ImVec2(topRight.x - w, topRight.y));
  if (button(ui, "selection", label.c_str(), n > 0 ? Look::Primary : Look::Secondary,
             n > 0 ? Icon::HeartFilled : Icon::Heart))
    ui.go(ScreenId::Form);
}

float header(Ui& ui, const char* title, bool* back) {
  const float pad = ui.px(48);
  ImVec2 origin = ImGui::GetWindowPos();
  float width = ImGui::GetWindowWidth();
  ImGui::SetCursorScreenPos(ImVec2(origin.x + pad, origin.y + ui.px(36)));
  if (button(ui, "back", ui.t(S::Back), Look::Secondary, Icon::Back)) {
    if (back)
      *back = true;
    else
      ui.back();
  }
  ImFont* f = ui.theme.fonts.h2;
  float bx = ImGui::GetItemRectMax().x + ui.px(32);
  float ty = origin.y + ui.px(36) + (ui.theme.touchMin() - f->FontSize) * 0.5f;
  textClipped(ImGui::GetWindowDrawList(), f, color::teal, ImVec2(bx, ty), title,
              width - bx - ui.px(460));
  selectionBadge(ui, ImVec2(origin.x + width - pad, origin.y + ui.px(36)));
  return origin.y + ui.px(36) + ui.theme.touchMin() + ui.px(32);
}

void beginScrollArea(Ui& ui, const char* name, ImVec2 size, bool* toTop, bool scrollbar) {
  ImGuiWindowFlags flags = ImGuiWindowFlags_NoScrollWithMouse;
  if (!scrollbar) flags |= ImGuiWindowFlags_NoScrollbar;
  ImGui::BeginChild(name, size, false, flags);
  if (toTop && *toTop) {
    ImGui::SetScrollY(0);
    *toTop = false;
  }
  ui.touch.scrollCurrentWindow();
}

void moreBelow(Ui& ui, const std::string& name) {
  if (ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - 1.0f) return;
  const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  const float h = ui.px(96);
  const ImVec2 min(pos.x, pos.y + size.y - h), max(pos.x + size.x, pos.y + size.y);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 paper = ImGui::GetColorU32(ImGuiCol_WindowBg, 1.0f) | IM_COL32_A_MASK;
  dl->AddRectFilledMultiColor(min, max, paper & ~IM_COL32_A_MASK, paper & ~IM_COL32_A_MASK, paper,
                              paper);
  const ImVec2 c((min.x + max.x) * 0.5f, max.y - ui.px(36));
  const float r = ui.px(28);
  dl->AddCircleFilled(c, r, color::teal, 32);
  const float a = ui.px(11);
  dl->AddLine(ImVec2(c.x - a, c.y - a * 0.4f), ImVec2(c.x, c.y + a * 0.6f), color::white, ui.px(4));
  dl->AddLine(ImVec2(c.x, c.y + a * 0.6f), ImVec2(c.x + a, c.y - a * 0.4f), color::white, ui.px(4));
  ui.hits.add(name, ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r));
}

void dropShadow(ImDrawList* dl, ImVec2 min, ImVec2 max, float drop, float rounding) {
  // The card's corners as ImGui draws them: no rounder than half its width or height, less one.
  float r = std::min({rounding, (max.x - min.x) * 0.5f - 1.0f, (max.y - min.y) * 0.5f - 1.0f});
  float top = std::max(min.y + drop, max.y - r);  // above it the card hides the shadow
  dl->AddRectFilled(ImVec2(min.x, top), ImVec2(max.x, max.y + drop), color::shadow, r,
                    ImDrawFlags_RoundCornersBottom);
}

void imageCover(Ui& ui, ImDrawList* dl, const std::string& imageId, ImVec2 min, ImVec2 max,
                float rounding, ImDrawFlags corners, float alpha, ImageSize size) {
  imageCover(dl, ui.textures.get(imageId, size), min, max, rounding, corners, alpha);
}

void imageCover(ImDrawList* dl, const Textures::Entry* tex, ImVec2 min, ImVec2 max, float rounding,
                ImDrawFlags corners, float alpha) {
  if (!tex) {
    dl->AddRectFilled(min, max, (color::sand & 0x00FFFFFF) | (static_cast<ImU32>(alpha * 255) << 24),
                      rounding, corners);
    return;
  }
  // Crop the texture to the box's aspect ratio (cover), centred.
  float boxAspect = (max.x - min.x) / std::max(1.0f, max.y - min.y);
  float imgAspect = static_cast<float>(tex->width) / std::max(1, tex->height);
  ImVec2 uv0(0, 0), uv1(1, 1);
  if (imgAspect > boxAspect) {
    float keep = boxAspect / imgAspect;
    uv0.x = (1 - keep) * 0.5f;
    uv1.x = 1 - uv0.x;
  } else {
    float keep = imgAspect / boxAspect;
    uv0.y = (1 - keep) * 0.5f;
    uv1.y = 1 - uv0.y;
  }
  ImU32 tint = IM_COL32(255, 255, 255, static_cast<int>(alpha * 255));
  dl->AddImageRounded(tex->id, min, max, uv0, uv1, tint, rounding, corners);
}

}  // namespace vitrine::ui

// Touch widgets drawn with ImDrawList on top of ImGui's item logic (ids, active state, clipping).
#include "widgets.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <string_view>
#include <vector>

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

void registerHit(Ui& ui, const std::string& name, ImVec2 min, ImVec2 max) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 cmin = dl->GetClipRectMin(), cmax = dl->GetClipRectMax();
  ImVec2 a(std::max(min.x, cmin.x), std::max(min.y, cmin.y));
  ImVec2 b(std::min(max.x, cmax.x), std::min(max.y, cmax.y));
  if (b.x - a.x > 4 && b.y - a.y > 4) ui.hits.add(name, a, b);
}

// One AddText call draws at most this many bytes: even if each byte were a glyph, 4 vertices
// each stay far below the 65,536 a draw list with 16-bit indices can address (ImGui 1.86).
constexpr size_t kTextPieceBytes = 2000;
constexpr unsigned kMaxVertices = 1u << 16;

using TextLine = std::string_view;

size_t utf8Length(const char* s, const char* end) {
  const auto c = static_cast<unsigned char>(*s);
  size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  return std::min<size_t>(n, static_cast<size_t>(end - s));
}

// A cut at most `limit` bytes after `s` that does not split a UTF-8 character.
const char* utf8Cut(const char* s, const char* end, size_t limit) {
  const char* p = s;
  while (p < end) {
    size_t n = utf8Length(p, end);
    if (static_cast<size_t>(p + n - s) > limit) break;
    p += n;
  }
  return p == s ? s + utf8Length(s, end) : p;
}

// The lines `text` takes at `width`, as ImGui wraps them: at spaces when a word fits, anywhere in
// a word wider than the line; no line longer than kTextPieceBytes.
std::vector<TextLine> wrapLines(ImFont* font, const std::string& text, float width) {
  std::vector<TextLine> lines;
  const char* s = text.data();
  const char* end = s + text.size();
  const float scale = 1.0f;
  while (s < end) {
    const char* nl = static_cast<const char*>(std::memchr(s, '\n', static_cast<size_t>(end - s)));
    if (!nl) nl = end;
    if (nl == s) lines.emplace_back(s, 0);
    for (const char* p = s; p < nl;) {
      const char* eol = width > 0 ? font->CalcWordWrapPositionA(scale, p, nl, width) : nl;
      if (eol <= p) eol = p + utf8Length(p, nl);  // not even one character fits: show one
      if (static_cast<size_t>(eol - p) > kTextPieceBytes) eol = utf8Cut(p, eol, kTextPieceBytes);
      lines.emplace_back(p, static_cast<size_t>(eol - p));
      p = eol;
      while (p < nl && (*p == ' ' || *p == '\t')) ++p;  // a wrapped line drops its leading blanks
    }
    s = nl < end ? nl + 1 : end;
  }
  return lines;
}

// Draws [b, e) (at most kTextPieceBytes) at `pos` if the `height` it takes meets the clip
// rectangle and the draw list can still address its vertices; otherwise draws nothing.
void addTextPiece(ImDrawList* dl, ImFont* font, ImVec2 pos, ImU32 col, const char* b, const char* e,
                  float wrap, float height) {
  if (b == e) return;
  const ImVec2 cmin = dl->GetClipRectMin(), cmax = dl->GetClipRectMax();
  if (pos.y > cmax.y || pos.y + height < cmin.y) return;
  const auto worst = static_cast<unsigned>(e - b) * 4;
  // Without VtxOffset support (null platform, GL < 3.2) every vertex of the list counts.
  const bool offsets = (dl->Flags & ImDrawListFlags_AllowVtxOffset) != 0;
  if (worst >= kMaxVertices || (!offsets && dl->_VtxCurrentIdx + worst >= kMaxVertices)) return;
  dl->AddText(font, font->FontSize, pos, col, b, e, wrap);
}

}  // namespace

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

float chipWidth(const Ui& ui, const std::string& label, bool selected, int count) {
  ImFont* font = ui.theme.fonts.bodyBold;
  std::string text = count >= 0 ? label + "  " + std::to_string(count) : label;
  return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.c_str()).x + ui.px(48) +
         (selected ? ui.px(34) : 0);
}

// `label` cut with "…" so that "<label>  <count>" fits `width` pixels in `font`.
std::string fitLabel(ImFont* font, const std::string& label, const std::string& suffix,
                     float width) {
  const float size = font->FontSize;
  if (font->CalcTextSizeA(size, FLT_MAX, 0, (label + suffix).c_str()).x <= width) return label;
  float room = width - font->CalcTextSizeA(size, FLT_MAX, 0, ("…" + suffix).c_str()).x;
  const char* end = nullptr;
  font->CalcTextSizeA(size, std::max(0.0f, room), 0, label.c_str(), nullptr, &end);
  std::string cut(label.c_str(), end);
  while (!cut.empty() && cut.back() == ' ') cut.pop_back();
  return cut + "…";
}

bool chip(Ui& ui, const std::string& name, const std::string& label, bool selected, int count,
          float maxWidth) {
  ImFont* font = ui.theme.fonts.bodyBold;
  const std::string suffix = count >= 0 ? "  " + std::to_string(count) : "";
  std::string text = label + suffix;
  float w = chipWidth(ui, label, selected, count);
  if (maxWidth > 0 && w > maxWidth) {
    text =
        fitLabel(font, label, suffix,
                 maxWidth - (w - font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.c_str()).x)) +
        suffix;
    w = maxWidth;
  }
  ImVec2 ts = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.c_str());
  float h = std::max(ui.px(64), ts.y + ui.px(24));
  ImVec2 min = ImGui::GetCursorScreenPos(), max(min.x + w, min.y + h);
  bool pressed = false;
  bool tapped = touchArea(ui, name, min, max, &pressed);
  const bool dimmed = !selected && count == 0;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImU32 fill = selected ? color::teal : (dimmed ? color::sand : color::white);
  if (pressed) fill = selected ? color::tealDeep : color::sandDeep;
  dl->AddRectFilled(min, max, fill, h * 0.5f);
  if (!selected)
    dl->AddRect(min, max, dimmed ? color::sand : color::sandDeep, h * 0.5f, 0, ui.px(2));
  float x = min.x + ui.px(24);
  if (selected) {
    drawIcon(dl, Icon::Check, ImVec2(x + ui.px(12), min.y + h * 0.5f), ui.px(24), color::white);
    x += ui.px(34);
  }
  dl->AddText(font, font->FontSize, ImVec2(x, min.y + (h - ts.y) * 0.5f),
              selected ? color::white : (dimmed ? color::inkSoft : color::ink), text.c_str());
  // What the chip says, for tests that check what a visitor reads (counts, translations).
  registerHit(ui, "text:" + label + suffix, min, max);
  ImGui::SetCursorScreenPos(min);
  ImGui::Dummy(ImVec2(w, h));
  return tapped;
}

ChipFlow::ChipFlow(Ui& ui, float width)
    : ui_(ui),
      x0_(ImGui::GetCursorScreenPos().x),
      y_(ImGui::GetCursorScreenPos().y),
      x_(x0_),
      width_(width) {}

bool ChipFlow::chip(const std::string& name, const std::string& label, bool on, int count) {
  // Worst case width (with the check mark) so a chip never jumps lines when it is turned on.
  float w = std::min(width_, chipWidth(ui_, label, true, count));
  if (x_ > x0_ && x_ + w > x0_ + width_) {
    x_ = x0_;
    y_ += ImGui::GetItemRectSize().y + ui_.px(12);
  }
  ImGui::SetCursorScreenPos(ImVec2(x_, y_));
  bool tapped = vitrine::ui::chip(ui_, name, label, on, count, width_);
  x_ = ImGui::GetItemRectMax().x + ui_.px(12);
  return tapped;
}

ChipFlow::~ChipFlow() {
  float h = x_ > x0_ ? ImGui::GetItemRectSize().y : 0.0f;
  ImGui::SetCursorScreenPos(ImVec2(x0_, y_ + h + ui_.px(12)));
  ImGui::Dummy(ImVec2(width_, 0));
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

void textWrapped(Ui& ui, ImFont* font, ImU32 col, const std::string& text, float width) {
  ImVec2 pos = ImGui::GetCursorScreenPos();
  textWrapped(font, col, text, width);
  registerHit(ui, "text:" + text, pos, ImVec2(pos.x + width, ImGui::GetItemRectMax().y));
}

void textWrapped(ImFont* font, ImU32 col, const std::string& text, float width) {
  ImVec2 pos = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  if (text.size() <= kTextPieceBytes) {
    ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, width, text.c_str());
    addTextPiece(dl, font, pos, col, text.data(), text.data() + text.size(), width, size.y);
    ImGui::Dummy(ImVec2(width, size.y));
  } else {
    // Long text: pieces of whole lines, each its own item, only the visible lines drawn.
    const float lh = font->FontSize;
    std::vector<TextLine> lines = wrapLines(font, text, width);
    for (size_t first = 0; first < lines.size();) {
      size_t last = first, bytes = 0;
      while (last < lines.size() &&
             (last == first || bytes + lines[last].size() <= kTextPieceBytes))
        bytes += lines[last++].size();
      ImVec2 at = ImGui::GetCursorScreenPos();
      for (size_t i = first; i < last; ++i)
        addTextPiece(dl, font, ImVec2(at.x, at.y + lh * static_cast<float>(i - first)), col,
                     lines[i].data(), lines[i].data() + lines[i].size(), 0.0f, lh);
      ImGui::Dummy(ImVec2(width, lh * static_cast<float>(last - first)));
      ImGui::SetCursorScreenPos(ImVec2(pos.x, ImGui::GetCursorScreenPos().y));
      first = last;
    }
    if (lines.empty()) ImGui::Dummy(ImVec2(width, lh));
  }
  // Keep the column: ImGui would restart the next line at the window's left edge.
  ImGui::SetCursorScreenPos(ImVec2(pos.x, ImGui::GetCursorScreenPos().y));
}

float drawTextWrapped(ImDrawList* dl, ImFont* font, ImU32 col, ImVec2 pos, const std::string& text,
                      float width) {
  if (text.size() <= kTextPieceBytes) {
    float h = font->CalcTextSizeA(font->FontSize, FLT_MAX, width, text.c_str()).y;
    addTextPiece(dl, font, pos, col, text.data(), text.data() + text.size(), width, h);
    return h;
  }
  const float lh = font->FontSize;
  std::vector<TextLine> lines = wrapLines(font, text, width);
  for (size_t i = 0; i < lines.size(); ++i)
    addTextPiece(dl, font, ImVec2(pos.x, pos.y + lh * static_cast<float>(i)), col, lines[i].data(),
                 lines[i].data() + lines[i].size(), 0.0f, lh);
  return lh * static_cast<float>(std::max<size_t>(1, lines.size()));
}

float textHeight(ImFont* font, const std::string& text, float width) {
  if (text.size() <= kTextPieceBytes)
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, width, text.c_str()).y;
  return font->FontSize *
         static_cast<float>(std::max<size_t>(1, wrapLines(font, text, width).size()));
}

void textClipped(ImDrawList* dl, ImFont* font, ImU32 col, ImVec2 pos, const std::string& text,
                 float width) {
  const float size = font->FontSize;
  if (font->CalcTextSizeA(size, FLT_MAX, 0, text.c_str()).x <= width) {
    dl->AddText(font, size, pos, col, text.c_str());
    return;
  }
  const char* ellipsis = "…";
  float ew = font->CalcTextSizeA(size, FLT_MAX, 0, ellipsis).x;
  const char* end = nullptr;
  font->CalcTextSizeA(size, width - ew, 0, text.c_str(), nullptr, &end);
  std::string cut(text.c_str(), end);
  while (!cut.empty() && cut.back() == ' ') cut.pop_back();
  dl->AddText(font, size, pos, col, (cut + ellipsis).c_str());
}

float textLines(ImDrawList* dl, ImFont* font, ImU32 col, ImVec2 pos, const std::string& text,
                float width, size_t maxLines) {
  const std::vector<TextLine> lines = wrapLines(font, text, width);
  const float lh = font->FontSize;
  const size_t shown = std::min(lines.size(), std::max<size_t>(1, maxLines));
  for (size_t i = 0; i < shown; ++i) {
    const ImVec2 at(pos.x, pos.y + lh * static_cast<float>(i));
    if (i + 1 == shown && shown < lines.size())  // the rest of the text, cut with "…"
      textClipped(dl, font, col, at, std::string(lines[i].data(), text.data() + text.size()),
                  width);
    else
      dl->AddText(font, lh, at, col, lines[i].data(), lines[i].data() + lines[i].size());
  }
  return lh * static_cast<float>(std::max<size_t>(1, shown));
}

std::string urlLines(ImFont* font, const std::string& url, float width) {
  // Pieces: the scheme and host (up to the first '/' of the path), then each path step, query
  // parameter or fragment, every piece ending on its separator.
  std::vector<std::string> pieces;
  const size_t scheme = url.find("://");
  size_t start = 0, from = scheme == std::string::npos ? 0 : scheme + 3;
  for (size_t i = from; i < url.size(); ++i)
    if (url[i] == '/' || url[i] == '?' || url[i] == '&' || url[i] == '#') {
      pieces.push_back(url.substr(start, i + 1 - start));
      start = i + 1;
    }
  if (start < url.size()) pieces.push_back(url.substr(start));
  auto widthOf = [&](const std::string& t) {
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, t.c_str()).x;
  };
  std::string out, line;
  for (const std::string& piece : pieces) {
    if (!line.empty() && widthOf(line + piece) > width) {
      out += line + "\n";
      line.clear();
    }
    line += piece;
    // A piece wider than a whole line (a very long host) is cut where it must.
    while (widthOf(line) > width && line.size() > 1) {
      const char* end = nullptr;
      font->CalcTextSizeA(font->FontSize, width, 0, line.c_str(), nullptr, &end);
      size_t cut = std::max<size_t>(1, static_cast<size_t>(end - line.c_str()));
      while (cut < line.size() && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) ++cut;
      out += line.substr(0, cut) + "\n";
      line.erase(0, cut);
    }
  }
  return out + line;
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

void beginModal(Ui& ui, const char* name, ImU32 dim) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->Pos);
  ImGui::SetNextWindowSize(vp->Size);
  ImGui::SetNextWindowBgAlpha(0.0f);
  // A window of its own, on top of the screen's; the touch layer makes it own the input.
  ImGui::Begin(name, nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
  ui.touch.beginModal();
  const ImVec2 o = vp->Pos, size = vp->Size;
  ImGui::GetWindowDrawList()->AddRectFilled(o, ImVec2(o.x + size.x, o.y + size.y), dim);
}

void endModal(Ui& ui) {
  ui.touch.endModal();
  ImGui::End();
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

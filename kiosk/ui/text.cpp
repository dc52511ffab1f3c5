// Wrapped and clipped text of any length: long text is drawn in pieces of whole lines, and only
// the lines inside the clip rectangle, so no draw list overflows its 16-bit indices (ImGui 1.86).
#include "text.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <cstring>
#include <string_view>
#include <vector>

#include "widgets.h"

namespace vitrine::ui {
namespace {

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

float textTail(ImDrawList* dl, ImFont* font, ImU32 col, ImVec2 pos, const std::string& text,
               float width, size_t maxLines) {
  const std::vector<TextLine> lines = wrapLines(font, text, width);
  const float lh = font->FontSize;
  const size_t first = lines.size() > maxLines ? lines.size() - maxLines : 0;
  float endX = pos.x;
  for (size_t i = first; i < lines.size(); ++i) {
    const ImVec2 at(pos.x, pos.y + lh * static_cast<float>(i - first));
    const char* b = lines[i].data();
    const char* e = b + lines[i].size();
    addTextPiece(dl, font, at, col, b, e, 0.0f, lh);
    endX = at.x + font->CalcTextSizeA(lh, FLT_MAX, 0, b, e).x;
  }
  return endX;
}

}  // namespace vitrine::ui

// What the last frame shows as text, read back from ImGui's draw data: every glyph quad drawn
// with the font atlas is mapped to its character, whichever widget drew it.
#pragma once

#include <imgui.h>

#include <cmath>
#include <map>
#include <string>
#include <utility>

namespace vitrine::test {

namespace drawn_detail {

struct GlyphInfo {
  unsigned codepoint;
  const ImFontGlyph* glyph;
  float spaceAdvance;  // the width of a space in its font
};

inline void appendUtf8(std::string& out, unsigned c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

}  // namespace drawn_detail

// The text of the last rendered frame (call after App::frame() or settle()), one line of glyphs
// per "\n" in drawing order; a gap wider than half a space between two glyphs is a space.
// Glyphs cut by a clip rectangle are left out.
inline std::string drawnText() {
  using drawn_detail::GlyphInfo;
  ImDrawData* data = ImGui::GetDrawData();
  if (!data) return {};
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  std::map<std::pair<float, float>, GlyphInfo> byUv;  // (U0, V0) -> glyph
  for (ImFont* font : atlas->Fonts)
    for (const ImFontGlyph& g : font->Glyphs)
      if (g.Visible)
        byUv.emplace(std::make_pair(g.U0, g.V0),
                     GlyphInfo{g.Codepoint, &g, font->FindGlyph(' ')->AdvanceX});
  std::string out;
  bool have = false;
  float penEnd = 0, lineY = 0, space = 0;
  for (int l = 0; l < data->CmdListsCount; ++l) {
    const ImDrawList* dl = data->CmdLists[l];
    for (const ImDrawCmd& cmd : dl->CmdBuffer) {
      if (cmd.UserCallback || cmd.TextureId != atlas->TexID) continue;
      const ImDrawIdx* idx = dl->IdxBuffer.Data + cmd.IdxOffset;
      const ImDrawVert* vtx = dl->VtxBuffer.Data + cmd.VtxOffset;
      for (unsigned i = 0; i + 6 <= cmd.ElemCount;) {
        const ImDrawIdx a = idx[i];
        const bool quad = idx[i + 1] == a + 1 && idx[i + 2] == a + 2 && idx[i + 3] == a &&
                          idx[i + 4] == a + 2 && idx[i + 5] == a + 3;
        auto it = quad ? byUv.find({vtx[a].uv.x, vtx[a].uv.y}) : byUv.end();
        if (it == byUv.end() || vtx[a + 2].uv.x != it->second.glyph->U1 ||
            vtx[a + 2].uv.y != it->second.glyph->V1) {
          i += 3;
          continue;
        }
        const ImFontGlyph& g = *it->second.glyph;
        const float scale = (vtx[a + 2].pos.x - vtx[a].pos.x) / std::max(g.X1 - g.X0, 0.001f);
        const float pen = vtx[a].pos.x - g.X0 * scale, top = vtx[a].pos.y - g.Y0 * scale;
        if (have && (std::fabs(top - lineY) > 2.0f || pen < penEnd - 2.0f))
          out += '\n';
        else if (have && pen - penEnd > space * 0.5f)
          out += ' ';
        drawn_detail::appendUtf8(out, it->second.codepoint);
        have = true;
        penEnd = pen + g.AdvanceX * scale;
        lineY = top;
        space = it->second.spaceAdvance * scale;
        i += 6;
      }
    }
  }
  return out;
}

// `text` with every run of spaces and line breaks as one space: wrapped sentences read whole.
inline std::string oneLine(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\n' || c == ' ') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace vitrine::test

// Implementation of the shared text helpers.
#include "text_util.h"

#include <sstream>
#include <string>

namespace vitrine {

std::vector<std::string> splitList(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string item;
  std::istringstream in(s);
  while (std::getline(in, item, sep)) {
    size_t b = item.find_first_not_of(' '), e = item.find_last_not_of(' ');
    if (b != std::string::npos) out.push_back(item.substr(b, e - b + 1));
  }
  return out;
}

std::string joinList(const std::vector<std::string>& items, char sep) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : std::string(1, sep)) + i;
  return out;
}

std::vector<TextBlock> parseBody(const std::string& text) {
  std::vector<TextBlock> blocks;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    if (line.rfind("## ", 0) == 0)
      blocks.push_back({TextBlock::Kind::Heading, line.substr(3)});
    else if (line.rfind("- ", 0) == 0)
      blocks.push_back({TextBlock::Kind::Bullet, line.substr(2)});
    else
      blocks.push_back({TextBlock::Kind::Paragraph, line});
  }
  return blocks;
}

std::string formatBody(const std::vector<TextBlock>& body) {
  std::string out;
  for (const auto& b : body) {
    if (b.kind == TextBlock::Kind::Heading) out += "## ";
    if (b.kind == TextBlock::Kind::Bullet) out += "- ";
    out += b.text + "\n";
  }
  return out;
}

namespace {

// One accented letter: its capital, its small form and its unaccented ASCII base.
struct Letter {
  const char* upper;
  const char* lower;
  const char* base;
};

constexpr Letter kLetters[] = {
    {"À", "à", "a"}, {"Â", "â", "a"}, {"Ä", "ä", "a"},  {"Á", "á", "a"}, {"Ã", "ã", "a"},
    {"Å", "å", "a"}, {"Ç", "ç", "c"}, {"É", "é", "e"},  {"È", "è", "e"}, {"Ê", "ê", "e"},
    {"Ë", "ë", "e"}, {"Î", "î", "i"}, {"Ï", "ï", "i"},  {"Í", "í", "i"}, {"Ì", "ì", "i"},
    {"Ô", "ô", "o"}, {"Ö", "ö", "o"}, {"Ó", "ó", "o"},  {"Ò", "ò", "o"}, {"Õ", "õ", "o"},
    {"Ø", "ø", "o"}, {"Ù", "ù", "u"}, {"Û", "û", "u"},  {"Ü", "ü", "u"}, {"Ú", "ú", "u"},
    {"Ÿ", "ÿ", "y"}, {"Ñ", "ñ", "n"}, {"Œ", "œ", "oe"}, {"Æ", "æ", "ae"}};

// Lower-case ASCII; each letter of the table, capital or small, replaced by what `pick` says.
template <typename Pick>
std::string foldWith(const std::string& s, Pick pick) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      ++i;
      continue;
    }
    bool folded = false;
    for (const Letter& l : kLetters) {
      for (const char* form : {l.upper, l.lower}) {
        size_t n = std::char_traits<char>::length(form);
        if (s.compare(i, n, form) == 0) {
          out += pick(l);
          i += n;
          folded = true;
          break;
        }
      }
      if (folded) break;
    }
    if (!folded) out += s[i++];
  }
  return out;
}

}  // namespace

std::string foldAccents(const std::string& s) {
  return foldWith(s, [](const Letter& l) { return l.base; });
}

std::string foldCase(const std::string& s) {
  return foldWith(s, [](const Letter& l) { return l.lower; });
}

}  // namespace vitrine

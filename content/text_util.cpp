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

std::string foldAccents(const std::string& s) {
  struct Fold {
    const char* from;
    const char* to;
  };
  static constexpr Fold kFolds[] = {
      {"à", "a"},  {"â", "a"},  {"ä", "a"},  {"á", "a"}, {"À", "a"}, {"Â", "a"}, {"Ä", "a"},
      {"ç", "c"},  {"Ç", "c"},  {"é", "e"},  {"è", "e"}, {"ê", "e"}, {"ë", "e"}, {"É", "e"},
      {"È", "e"},  {"Ê", "e"},  {"Ë", "e"},  {"î", "i"}, {"ï", "i"}, {"í", "i"}, {"Î", "i"},
      {"Ï", "i"},  {"ô", "o"},  {"ö", "o"},  {"ó", "o"}, {"Ô", "o"}, {"Ö", "o"}, {"ù", "u"},
      {"û", "u"},  {"ü", "u"},  {"ú", "u"},  {"Ù", "u"}, {"Û", "u"}, {"Ü", "u"}, {"ÿ", "y"},
      {"œ", "oe"}, {"Œ", "oe"}, {"æ", "ae"}, {"Æ", "ae"}};
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
    for (const Fold& f : kFolds) {
      size_t n = std::char_traits<char>::length(f.from);
      if (s.compare(i, n, f.from) == 0) {
        out += f.to;
        i += n;
        folded = true;
        break;
      }
    }
    if (!folded) out += s[i++];
  }
  return out;
}

}  // namespace vitrine

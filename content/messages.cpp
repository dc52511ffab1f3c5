// The string table (messages_list.h) and the locale that picks its language.
#include "messages.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "encoding.h"

namespace vitrine::msg {
namespace {

constexpr Sentence kTable[] = {
#define VITRINE_MESSAGE(id, fr, en) {fr, en},
#include "messages_list.h"
#undef VITRINE_MESSAGE
};
static_assert(sizeof kTable / sizeof kTable[0] == static_cast<size_t>(Id::Count_));

// 0 = read the environment, 1 = French, 2 = English.
std::atomic<int> gOverride{0};

Lang fromEnvironment() {
  for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* v = std::getenv(var);
    if (v && *v) return std::strncmp(v, "fr", 2) == 0 ? Lang::Fr : Lang::En;
  }
  return Lang::Fr;
}

}  // namespace

Lang language() {
  int o = gOverride.load();
  return o == 1 ? Lang::Fr : o == 2 ? Lang::En : fromEnvironment();
}

void setLanguage(Lang lang) {
  gOverride = lang == Lang::Fr ? 1 : 2;
}

void resetLanguage() {
  gOverride = 0;
}

namespace {

// The character of `s` at `i` appended to `out` as it is shown: itself, or named when it is a
// control character or a byte that is not UTF-8. Returns the bytes it took.
size_t showOne(std::string_view s, size_t i, std::string& out) {
  const auto c = static_cast<unsigned char>(s[i]);
  const size_t n = utf8SequenceAt(s, i);
  const auto second = n == 2 ? static_cast<unsigned char>(s[i + 1]) : 0;
  char buf[16];
  if (n == 0) {  // not UTF-8 (a Latin-1 file name, a cut sequence): the byte, named
    std::snprintf(buf, sizeof buf, "<0x%02X>", c);
    out += buf;
    return 1;
  }
  if (c < 0x20 || c == 0x7F || (c == 0xC2 && second < 0xA0)) {  // C0, DEL, C1 (U+0080..9F)
    std::snprintf(buf, sizeof buf, "<U+%04X>", c == 0xC2 ? second : c);
    out += buf;
  } else {
    out.append(s.substr(i, n));
  }
  return n;
}

// Where the character after the one at `i` starts (a byte that is not UTF-8 is one character).
size_t nextChar(std::string_view s, size_t i) {
  return i + std::max<size_t>(1, utf8SequenceAt(s, i));
}

}  // namespace

std::string echo(std::string_view s, size_t max) {
  size_t chars = 0;
  for (size_t i = 0; i < s.size() && chars <= max; i = nextChar(s, i)) ++chars;
  std::string out;
  if (chars <= max) {  // it fits: whole (never more than max + 1 steps above, however long)
    for (size_t i = 0; i < s.size();) i += showOne(s, i, out);
    return out;
  }
  // Too long: its start and its end around « … », so a long path still shows its file name.
  const size_t tail = max / 2, head = max - tail;
  size_t i = 0;
  for (size_t k = 0; k < head; ++k) i += showOne(s, i, out);
  out += "…";
  if (tail == 0) return out;
  // The last `tail` characters: from a few bytes per character before the end, at a lead byte.
  size_t from = std::max(i, s.size() > 4 * tail ? s.size() - 4 * tail : 0);
  for (int k = 0; k < 3 && from < s.size() && (static_cast<unsigned char>(s[from]) & 0xC0) == 0x80;
       ++k)
    ++from;  // inside a sequence: its next character (stray bytes are each a character)
  size_t count = 0;
  for (size_t j = from; j < s.size(); j = nextChar(s, j)) ++count;
  for (; count > tail; --count) from = nextChar(s, from);
  while (from < s.size()) from += showOne(s, from, out);
  return out;
}

std::string format(std::string_view pattern, std::initializer_list<std::string_view> args,
                   size_t max) {
  std::string out;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
        pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
      size_t k = static_cast<size_t>(pattern[i + 1] - '1');
      if (k < args.size()) out += echo(*(args.begin() + k), max);
      i += 2;
      continue;
    }
    out += pattern[i];
  }
  return out;
}

std::string say(const Sentence& s, std::initializer_list<std::string_view> args, size_t max) {
  return format(language() == Lang::Fr ? s.fr : s.en, args, max);
}

std::string text(Lang lang, Id id, std::initializer_list<std::string_view> args, size_t max) {
  const Sentence& e = kTable[static_cast<size_t>(id)];
  return format(lang == Lang::Fr ? e.fr : e.en, args, max);
}

std::string text(Id id, std::initializer_list<std::string_view> args) {
  return text(language(), id, args);
}

}  // namespace vitrine::msg

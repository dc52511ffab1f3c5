// The editor-facing sentences of the pack builder and kioskctl, in French and English, by id.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace vitrine::msg {

enum class Lang { Fr, En };

// From LC_ALL, then LC_MESSAGES, then LANG (the first one set): French for fr*, English for any
// other locale, French when none is set (Vitrine's editors are French-speaking).
Lang language();
// Overrides the locale for this process (tests, or a tool that knows better).
void setLanguage(Lang lang);
// Forgets an override: the next language() reads the environment again.
void resetLanguage();

enum class Id {
#define VITRINE_MESSAGE(id, fr, en) id,
#include "messages_list.h"
#undef VITRINE_MESSAGE
  Count_
};

// The sentence `id` in the current language, `{1}`, `{2}`... replaced by `args`. Each argument is
// what an editor typed or named: longer than kMaxEcho characters, it shows its start and its end
// around « … » (a 50 MB cell is never echoed whole; a long path keeps its file name); control
// characters are shown as <U+0001> and bytes that are not UTF-8 as <0xE8>, never printed raw.
inline constexpr size_t kMaxEcho = 80;  // characters of an echoed value
std::string text(Id id, std::initializer_list<std::string_view> args = {});
std::string text(Lang lang, Id id, std::initializer_list<std::string_view> args = {},
                 size_t max = kMaxEcho);

// `s` in at most `max` characters (whole UTF-8 sequences): when longer, its first and last ones
// around « … ». Control characters and bytes that are not UTF-8 are named.
std::string echo(std::string_view s, size_t max = kMaxEcho);

// `pattern` with `{1}`, `{2}`... replaced by `args`, each echoed cut to `max` characters. The one
// formatter of every room's table (kiosk/ctl, kiosk/store... keep their own sentences).
std::string format(std::string_view pattern, std::initializer_list<std::string_view> args,
                   size_t max = kMaxEcho);
// One entry of a room's table: the sentence in both languages.
struct Sentence {
  const char* fr;
  const char* en;
};
// `s` in language(), formatted. `max` = kWhole when an argument is itself a sentence of a table
// (already cut where it echoed something), not something a user typed.
inline constexpr size_t kWhole = static_cast<size_t>(-1);
std::string say(const Sentence& s, std::initializer_list<std::string_view> args = {},
                size_t max = kMaxEcho);

}  // namespace vitrine::msg

namespace vitrine {
using M = msg::Id;
inline std::string tr(M id, std::initializer_list<std::string_view> args = {}) {
  return msg::text(id, args);
}
// Same, when an argument is itself a sentence of a table (already cut where it echoes): whole.
inline std::string trWhole(M id, std::initializer_list<std::string_view> args) {
  return msg::text(msg::language(), id, args, msg::kWhole);
}

// The same two for every room's table (content/message_table.inc): found through the room's
// sentenceOf(), by argument-dependent lookup on its Id.
template <typename RoomId>
inline auto tr(RoomId id, std::initializer_list<std::string_view> args = {})
    -> decltype(sentenceOf(id), std::string()) {
  return msg::say(sentenceOf(id), args);
}
template <typename RoomId>
inline auto trWhole(RoomId id, std::initializer_list<std::string_view> args)
    -> decltype(sentenceOf(id), std::string()) {
  return msg::say(sentenceOf(id), args, msg::kWhole);
}
}  // namespace vitrine

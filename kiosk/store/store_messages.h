// The visitor store's sentences in French and English, by id (store_messages_list.h); the
// language and the formatting are content/messages.h's, the one home of that rule.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "messages.h"

namespace vitrine::storemsg {

enum class Id {
#define VITRINE_STORE_MESSAGE(id, fr, en) id,
#include "store_messages_list.h"
#undef VITRINE_STORE_MESSAGE
  Count_
};

// The table itself, in this header: the files that use it are few and in this room only (the
// fuzz targets compile a parser alone, with no library of the room).
inline constexpr msg::Sentence kTable[] = {
#define VITRINE_STORE_MESSAGE(id, fr, en) {fr, en},
#include "store_messages_list.h"
#undef VITRINE_STORE_MESSAGE
};
static_assert(sizeof kTable / sizeof kTable[0] == static_cast<size_t>(Id::Count_));

inline const msg::Sentence& sentence(Id id) {
  return kTable[static_cast<size_t>(id)];
}

}  // namespace vitrine::storemsg

namespace vitrine {
using SM = storemsg::Id;
// The sentence in the current language; arguments cut to msg::kMaxEcho characters.
inline std::string tr(SM id, std::initializer_list<std::string_view> args = {}) {
  return msg::say(storemsg::sentence(id), args);
}
// Same, when an argument is itself a sentence (an error from a lower room): kept whole.
inline std::string trWhole(SM id, std::initializer_list<std::string_view> args) {
  return msg::say(storemsg::sentence(id), args, msg::kWhole);
}
}  // namespace vitrine

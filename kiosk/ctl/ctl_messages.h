// kioskctl's sentences in French and English, by id (ctl_messages_list.h); the language and the
// formatting are content/messages.h's, the one home of that rule.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "messages.h"

namespace vitrine::ctlmsg {

enum class Id {
#define VITRINE_CTL_MESSAGE(id, fr, en) id,
#include "ctl_messages_list.h"
#undef VITRINE_CTL_MESSAGE
  Count_
};

// The table itself, in this header: the files that use it are few and in this room only (the
// fuzz targets compile a parser alone, with no library of the room).
inline constexpr msg::Sentence kTable[] = {
#define VITRINE_CTL_MESSAGE(id, fr, en) {fr, en},
#include "ctl_messages_list.h"
#undef VITRINE_CTL_MESSAGE
};
static_assert(sizeof kTable / sizeof kTable[0] == static_cast<size_t>(Id::Count_));

inline const msg::Sentence& sentence(Id id) {
  return kTable[static_cast<size_t>(id)];
}

}  // namespace vitrine::ctlmsg

namespace vitrine {
using CM = ctlmsg::Id;
// The sentence in the current language; arguments cut to msg::kMaxEcho characters.
inline std::string tr(CM id, std::initializer_list<std::string_view> args = {}) {
  return msg::say(ctlmsg::sentence(id), args);
}
// Same, when an argument is itself a sentence (an error from a lower room): kept whole.
inline std::string trWhole(CM id, std::initializer_list<std::string_view> args) {
  return msg::say(ctlmsg::sentence(id), args, msg::kWhole);
}
}  // namespace vitrine

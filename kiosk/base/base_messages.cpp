// The base room's string table (base_messages_list.h).
#include "base_messages.h"

namespace vitrine::basemsg {
namespace {

constexpr msg::Sentence kTable[] = {
#define VITRINE_BASE_MESSAGE(id, fr, en) {fr, en},
#include "base_messages_list.h"
#undef VITRINE_BASE_MESSAGE
};
static_assert(sizeof kTable / sizeof kTable[0] == static_cast<size_t>(Id::Count_));

}  // namespace

const msg::Sentence& sentence(Id id) {
  return kTable[static_cast<size_t>(id)];
}

}  // namespace vitrine::basemsg

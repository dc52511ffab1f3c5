// The packs room's string table (packs_messages_list.h).
#include "packs_messages.h"

namespace vitrine::packsmsg {
namespace {

constexpr msg::Sentence kTable[] = {
#define VITRINE_PACKS_MESSAGE(id, fr, en) {fr, en},
#include "packs_messages_list.h"
#undef VITRINE_PACKS_MESSAGE
};
static_assert(sizeof kTable / sizeof kTable[0] == static_cast<size_t>(Id::Count_));

}  // namespace

const msg::Sentence& sentence(Id id) {
  return kTable[static_cast<size_t>(id)];
}

}  // namespace vitrine::packsmsg

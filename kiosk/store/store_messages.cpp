// The visitor store's string table (store_messages_list.h).
#include "store_messages.h"

namespace vitrine::storemsg {
namespace {

constexpr msg::Sentence kTable[] = {
#define VITRINE_STORE_MESSAGE(id, fr, en) {fr, en},
#include "store_messages_list.h"
#undef VITRINE_STORE_MESSAGE
};
static_assert(sizeof kTable / sizeof kTable[0] == static_cast<size_t>(Id::Count_));

}  // namespace

const msg::Sentence& sentence(Id id) {
  return kTable[static_cast<size_t>(id)];
}

}  // namespace vitrine::storemsg

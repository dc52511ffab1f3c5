// The kiosk's command-line string table (kiosk_messages_list.h).
#include "kiosk_messages.h"

namespace vitrine::kioskmsg {
namespace {

constexpr msg::Sentence kTable[] = {
#define VITRINE_KIOSK_MESSAGE(id, fr, en) {fr, en},
#include "kiosk_messages_list.h"
#undef VITRINE_KIOSK_MESSAGE
};
static_assert(sizeof kTable / sizeof kTable[0] == static_cast<size_t>(Id::Count_));

}  // namespace

const msg::Sentence& sentence(Id id) {
  return kTable[static_cast<size_t>(id)];
}

}  // namespace vitrine::kioskmsg

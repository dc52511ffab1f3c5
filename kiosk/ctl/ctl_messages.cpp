// kioskctl's string table (ctl_messages_list.h).
#include "ctl_messages.h"

namespace vitrine::ctlmsg {
namespace {

constexpr msg::Sentence kTable[] = {
#define VITRINE_CTL_MESSAGE(id, fr, en) {fr, en},
#include "ctl_messages_list.h"
#undef VITRINE_CTL_MESSAGE
};
static_assert(sizeof kTable / sizeof kTable[0] == static_cast<size_t>(Id::Count_));

}  // namespace

const msg::Sentence& sentence(Id id) {
  return kTable[static_cast<size_t>(id)];
}

}  // namespace vitrine::ctlmsg

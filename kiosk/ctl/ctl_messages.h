// kioskctl's sentences in French and English, by id (ctl_messages_list.h); the language,
// the formatting and tr()/trWhole() are content/messages.h's, the one home of those rules.
#pragma once

#include "messages.h"

namespace vitrine::ctlmsg {
#define VITRINE_MESSAGE_LIST "ctl_messages_list.h"
#include "message_table.inc"
}  // namespace vitrine::ctlmsg

namespace vitrine {
using CM = ctlmsg::Id;
}  // namespace vitrine

// The kiosk's command-line sentences in French and English, by id (kiosk_messages_list.h); the
// language, the formatting and tr()/trWhole() are content/messages.h's, the one home of those
// rules.
#pragma once

#include "messages.h"

namespace vitrine::kioskmsg {
#define VITRINE_MESSAGE_LIST "kiosk_messages_list.h"
#include "message_table.inc"
}  // namespace vitrine::kioskmsg

namespace vitrine {
using KM = kioskmsg::Id;
}  // namespace vitrine

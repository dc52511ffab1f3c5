// The report room's sentences in French and English, by id (report_messages_list.h); the language,
// the formatting and tr()/trWhole() are content/messages.h's, the one home of those rules.
#pragma once

#include "messages.h"

namespace vitrine::reportmsg {
#define VITRINE_MESSAGE_LIST "report_messages_list.h"
#include "message_table.inc"
}  // namespace vitrine::reportmsg

namespace vitrine {
using RM = reportmsg::Id;
}  // namespace vitrine

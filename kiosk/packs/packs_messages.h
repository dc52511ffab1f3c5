// The packs room's sentences (pack signatures) in French and English, by id
// (packs_messages_list.h); the language, the formatting and tr()/trWhole() are
// content/messages.h's, the one home of those rules.
#pragma once

#include "messages.h"

namespace vitrine::packsmsg {
#define VITRINE_MESSAGE_LIST "packs_messages_list.h"
#include "message_table.inc"
}  // namespace vitrine::packsmsg

namespace vitrine {
using PM = packsmsg::Id;
}  // namespace vitrine

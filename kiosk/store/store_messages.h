// The visitor store's sentences (StoreError, SealingError, the staff PIN) in French and English, by
// id (store_messages_list.h); the language, the formatting and tr()/trWhole() are
// content/messages.h's, the one home of those rules.
#pragma once

#include "messages.h"

namespace vitrine::storemsg {
#define VITRINE_MESSAGE_LIST "store_messages_list.h"
#include "message_table.inc"
}  // namespace vitrine::storemsg

namespace vitrine {
using SM = storemsg::Id;
}  // namespace vitrine

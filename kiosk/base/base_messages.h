// The base room's sentences (files written atomically, key files, libsodium) in French and English,
// by id (base_messages_list.h); the language, the formatting and tr()/trWhole() are
// content/messages.h's, the one home of those rules.
#pragma once

#include "messages.h"

namespace vitrine::basemsg {
#define VITRINE_MESSAGE_LIST "base_messages_list.h"
#include "message_table.inc"
}  // namespace vitrine::basemsg

namespace vitrine {
using BM = basemsg::Id;
}  // namespace vitrine

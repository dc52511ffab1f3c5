// The staff screens' sentences (PIN pad, figures, export, kiosk, settings, content, touch test) in
// French and English, by id (staff_messages_list.h); the language, the formatting and
// tr()/trWhole() are content/messages.h's, the one home of those rules.
#pragma once

#include "messages.h"

namespace vitrine::staffmsg {
#define VITRINE_MESSAGE_LIST "staff_messages_list.h"
#include "message_table.inc"
}  // namespace vitrine::staffmsg

namespace vitrine {
using SFM = staffmsg::Id;
}  // namespace vitrine

// The staff files are in vitrine::ui, whose tr(S, Lang) is the visitor's strings: both overloads.
namespace vitrine::ui {
using vitrine::tr;
using vitrine::trWhole;
}  // namespace vitrine::ui

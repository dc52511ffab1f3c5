// Checks on what the visitor typed in the interest form, before anything is stored.
#pragma once

#include <optional>
#include <string>

#include "session.h"
#include "ui_strings.h"

namespace vitrine {

// The optional message's length limit, in characters (not bytes).
inline constexpr size_t kMessageMaxChars = 500;

bool looksLikeEmail(const std::string& s);
bool looksLikePhone(const std::string& s);
// A phone number in E.164 (+32470123456). National numbers (starting with 0) are read in the
// kiosk's `country` (BE, FR or CH); returns "" when the number cannot be normalised.
std::string toE164(const std::string& phone, const std::string& country);
// The first problem to show the visitor, or nothing when the form can be saved. Contact details
// without any ticked box are no problem: the send is then anonymous and they are not kept.
std::optional<ui::S> validateForm(const FormState& form);

}  // namespace vitrine

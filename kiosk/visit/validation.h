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
// The countries whose national phone numbers the kiosk reads, in the selector's order.
inline constexpr const char* kPhoneCountries[] = {"BE", "FR", "CH", "LU", "NL", "DE"};
// The calling code of one of them ("33" for FR), or nullptr.
const char* callingCode(const std::string& country);
// `text` as one of them, in whatever case it was typed ("be" is BE), or "" when it is none.
std::string phoneCountry(const std::string& text);
// A phone number in E.164 (+32470123456). National numbers (with their trunk 0; Luxembourg has
// none) are read in `country` (one of kPhoneCountries); returns "" when it cannot be normalised.
std::string toE164(const std::string& phone, const std::string& country);
// Which country a visitor's phone number most likely belongs to: the one whose postal-code
// format the typed postal code has (1000 BE/CH/LU, 75011 FR/DE, 1012 AB NL, L-1234 LU), the
// kiosk's own `country` first among those that fit; the kiosk's country without a postal code.
std::string phoneCountryFor(const std::string& postalCode, const std::string& kioskCountry);
// The country the form's phone number is read in: the one the visitor chose, or the guess.
std::string phoneCountryOf(const FormState& form, const std::string& kioskCountry);
// The first problem to show the visitor, or nothing when the form can be saved. Contact details
// without any ticked box are no problem: the send is then anonymous and they are not kept.
std::optional<ui::S> validateForm(const FormState& form);

}  // namespace vitrine

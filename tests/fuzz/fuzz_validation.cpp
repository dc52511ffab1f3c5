// libFuzzer: the interest form's checks on whatever a visitor types (e-mail, phone read in each
// country, postal code, first name, message), and the phone numbers the erasure command reads.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "validation.h"

namespace {

// The input is the form's fields, one per line: first name, e-mail, phone, postal code, phone
// country, message (the rest, new lines included); the first byte ticks consent boxes.
std::vector<std::string> fields(const std::string& text, size_t n) {
  std::vector<std::string> out;
  size_t start = 0;
  while (out.size() + 1 < n) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) break;
    out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  out.push_back(start <= text.size() ? text.substr(start) : std::string());
  out.resize(n);
  return out;
}

bool isE164(const std::string& s) {
  if (s.size() < 2 || s[0] != '+') return false;
  for (size_t i = 1; i < s.size(); ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const auto f = fields(std::string(reinterpret_cast<const char*>(data) + 1, size - 1), 6);
  vitrine::FormState form;
  form.firstName = f[0];
  form.email = f[1];
  form.phone = f[2];
  form.postalCode = f[3];
  form.phoneCountry = f[4];
  form.message = f[5];
  if (data[0] & 1) form.consentOrgs.insert("cpas-liege");
  if (data[0] & 2) form.consentOrgs.insert("he-vinci");

  vitrine::looksLikeEmail(form.email);
  const bool phone = vitrine::looksLikePhone(form.phone);
  for (const char* country : vitrine::kPhoneCountries) {
    const std::string e164 = vitrine::toE164(form.phone, country);
    if (!e164.empty() && !isE164(e164)) __builtin_trap();
    // A number the form accepted with its international prefix reads the same in every country.
    if (phone && !form.phone.empty() && form.phone[0] == '+' && e164.empty()) __builtin_trap();
    const std::string guess = vitrine::phoneCountryFor(form.postalCode, country);
    if (!vitrine::callingCode(guess)) __builtin_trap();  // always a country the kiosk reads
  }
  vitrine::toE164(form.phone, form.phoneCountry);
  vitrine::phoneCountryOf(form, form.phoneCountry);
  const auto problem = vitrine::validateForm(form);
  // Nothing with a ticked box and no contact is ever accepted.
  if (!problem && form.consent() && form.email.empty() && form.phone.empty()) __builtin_trap();
  return 0;
}

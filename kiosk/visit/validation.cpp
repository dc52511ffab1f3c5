// Form validation: permissive on formats (people type phones many ways), strict on consent.
#include "validation.h"

#include <cctype>
#include <vector>

#include "utf8.h"

namespace vitrine {

bool looksLikeEmail(const std::string& s) {
  auto at = s.find('@');
  if (at == std::string::npos || at == 0 || s.find('@', at + 1) != std::string::npos) return false;
  auto dot = s.find('.', at + 2);
  if (dot == std::string::npos || dot + 2 > s.size()) return false;
  for (unsigned char c : s)
    if (std::isspace(c)) return false;
  return s.back() != '.';
}

bool looksLikePhone(const std::string& s) {
  int digits = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::isdigit(c))
      ++digits;
    else if (!(c == ' ' || c == '.' || c == '-' || (c == '+' && i == 0)))
      return false;
  }
  return digits >= 9 && digits <= 15;  // BE/FR/CH national or international forms
}

const char* callingCode(const std::string& country) {
  static constexpr struct {
    const char* country;
    const char* code;
  } kCodes[] = {{"BE", "32"},  {"FR", "33"}, {"CH", "41"},
                {"LU", "352"}, {"NL", "31"}, {"DE", "49"}};
  for (const auto& c : kCodes)
    if (country == c.country) return c.code;
  return nullptr;
}

std::string phoneCountry(const std::string& text) {
  std::string upper = text;
  for (char& c : upper)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return callingCode(upper) ? upper : "";
}

std::string toE164(const std::string& phone, const std::string& country) {
  std::string digits;
  bool plus = false;
  for (char c : phone) {
    if (c == '+' && digits.empty()) plus = true;
    if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
  }
  if (digits.empty()) return "";
  if (plus) return "+" + digits;
  // A prefix with nothing after it ("00", a lone trunk "0") is no number: "+" or "+32" would be.
  if (digits.rfind("00", 0) == 0) return digits.size() > 2 ? "+" + digits.substr(2) : "";
  const char* code = callingCode(country);
  if (!code) return "";
  if (country == "LU") return "+" + std::string(code) + digits;  // no trunk prefix there
  if (digits.rfind('0', 0) != 0 || digits.size() < 2) return "";
  return "+" + std::string(code) + digits.substr(1);
}

namespace {

// The countries whose postal codes look like `postal` (spaces and a country prefix allowed).
std::vector<std::string> countriesOfPostalCode(const std::string& postal) {
  std::string digits, letters;
  for (unsigned char c : postal) {
    if (std::isdigit(c))
      digits += static_cast<char>(c);
    else if (std::isalpha(c))
      letters += static_cast<char>(std::toupper(c));
  }
  if (letters == "L" && digits.size() == 4) return {"LU"};
  if (letters.size() == 2 && digits.size() == 4) return {"NL"};
  if (!letters.empty()) return {};
  if (digits.size() == 4) return {"BE", "CH", "LU", "NL"};
  if (digits.size() == 5) return {"FR", "DE"};
  return {};
}

}  // namespace

std::string phoneCountryFor(const std::string& postalCode, const std::string& kioskCountry) {
  const std::vector<std::string> fits = countriesOfPostalCode(postalCode);
  if (fits.empty()) return callingCode(kioskCountry) ? kioskCountry : "BE";
  for (const std::string& c : fits)
    if (c == kioskCountry) return c;
  return fits.front();
}

std::string phoneCountryOf(const FormState& form, const std::string& kioskCountry) {
  return form.phoneCountry.empty() ? phoneCountryFor(form.postalCode, kioskCountry)
                                   : form.phoneCountry;
}

std::optional<ui::S> validateForm(const FormState& form) {
  bool hasEmail = !form.email.empty(), hasPhone = !form.phone.empty();
  if (hasEmail && !looksLikeEmail(form.email)) return ui::S::BadEmail;
  if (hasPhone && !looksLikePhone(form.phone)) return ui::S::BadPhone;
  if (utf8Length(form.message) > kMessageMaxChars) return ui::S::MessageTooLong;
  if (form.consent() && !hasEmail && !hasPhone) return ui::S::NeedContact;
  return std::nullopt;
}

}  // namespace vitrine

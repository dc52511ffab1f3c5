// Form validation: permissive on formats (people type phones many ways), strict on consent.
#include "validation.h"

#include <cctype>

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

std::string toE164(const std::string& phone, const std::string& country) {
  std::string digits;
  bool plus = false;
  for (char c : phone) {
    if (c == '+' && digits.empty()) plus = true;
    if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
  }
  if (plus) return "+" + digits;
  if (digits.rfind("00", 0) == 0) return "+" + digits.substr(2);
  if (digits.rfind('0', 0) != 0) return "";
  const char* prefix = country == "FR" ? "33" : country == "CH" ? "41" : country == "BE" ? "32" : nullptr;
  return prefix ? "+" + std::string(prefix) + digits.substr(1) : "";
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

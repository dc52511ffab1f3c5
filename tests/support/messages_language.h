// A test that checks the staff's sentences in one language sets it, whatever the machine's locale
// (CI may have none, which is French, or C.UTF-8, which is English), and gives it back at its end.
#pragma once

#include "messages.h"

namespace vitrine::test {

class InLanguage {
 public:
  explicit InLanguage(msg::Lang lang) : before_(msg::language()) { msg::setLanguage(lang); }
  ~InLanguage() { msg::setLanguage(before_); }
  InLanguage(const InLanguage&) = delete;
  InLanguage& operator=(const InLanguage&) = delete;

 private:
  msg::Lang before_;
};

}  // namespace vitrine::test

// Dates as visitors read them, in their language: the one place that formats a pack date.
#pragma once

#include <string>

#include "ui_strings.h"

namespace vitrine {

// 2027-02-01 -> "1 févr. 2027", "1 feb. 2027", "1. Feb. 2027", "1 Feb 2027"; anything that is
// not an ISO date comes back as it is.
std::string formatDate(const std::string& isoDate, ui::Lang lang = ui::Lang::Fr);

}  // namespace vitrine

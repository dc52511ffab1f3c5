// Dates as visitors read them, in their language: the one place that formats a pack date.
#include "dates.h"

#include <cstdlib>

namespace vitrine {

using ui::Lang;

std::string formatDate(const std::string& iso, Lang lang) {
  static constexpr const char* kMonths[4][12] = {
      {"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
       "déc."},
      {"jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.",
       "dec."},
      {"Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.",
       "Dez."},
      {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}};
  if (iso.size() != 10) return iso;
  int month = std::atoi(iso.substr(5, 2).c_str());
  int day = std::atoi(iso.substr(8, 2).c_str());
  if (month < 1 || month > 12 || day < 1) return iso;
  const std::string d = std::to_string(day), m = kMonths[static_cast<int>(lang)][month - 1];
  const std::string y = iso.substr(0, 4);
  if (lang == Lang::De) return d + ". " + m + " " + y;  // 1. Feb. 2027
  return d + " " + m + " " + y;
}

}  // namespace vitrine

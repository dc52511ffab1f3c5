// Selection helpers of the visitor session.
#include "session.h"

#include <algorithm>

namespace vitrine {

bool VisitorSession::has(const std::vector<std::string>& list, const std::string& id) const {
  return std::find(list.begin(), list.end(), id) != list.end();
}

void VisitorSession::toggle(std::vector<std::string>& list, const std::string& id) {
  auto it = std::find(list.begin(), list.end(), id);
  if (it == list.end())
    list.push_back(id);
  else
    list.erase(it);
}

}  // namespace vitrine

// Catalogue lookups by id (linear: packs hold at most a few thousand items).
#include "model.h"

#include <algorithm>
#include <tuple>

#include "text_util.h"

namespace vitrine {
namespace {

template <typename T>
const T* findById(const std::vector<T>& items, const std::string& id) {
  auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id == id; });
  return it == items.end() ? nullptr : &*it;
}

}  // namespace

const Organisation* Catalogue::organisation(const std::string& id) const {
  return findById(organisations, id);
}
const Career* Catalogue::career(const std::string& id) const {
  return findById(careers, id);
}
const Offer* Catalogue::offer(const std::string& id) const {
  return findById(offers, id);
}

void sortCatalogue(Catalogue& c) {
  auto byTitle = [](const auto& x, const auto& y) {
    std::string fx = foldAccents(x.title), fy = foldAccents(y.title);
    return std::tie(fx, x.title, x.id) < std::tie(fy, y.title, y.id);
  };
  std::sort(c.careers.begin(), c.careers.end(), byTitle);
  std::sort(c.offers.begin(), c.offers.end(), [&](const Offer& a, const Offer& b) {
    // Soonest deadline first; offers without one (open all year) last.
    bool na = a.deadline.empty(), nb = b.deadline.empty();
    if (na != nb) return nb;
    if (a.deadline != b.deadline) return a.deadline < b.deadline;
    return byTitle(a, b);
  });
  std::sort(c.events.begin(), c.events.end(), [](const Event& a, const Event& b) {
    return std::tie(a.date, a.startTime, a.id) < std::tie(b.date, b.startTime, b.id);
  });
  std::sort(c.schools.begin(), c.schools.end(), [](const School& a, const School& b) {
    std::string fa = foldAccents(a.name), fb = foldAccents(b.name);
    return std::tie(fa, a.id) < std::tie(fb, b.id);
  });
}

}  // namespace vitrine

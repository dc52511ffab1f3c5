// Catalogue lookups by id (linear: packs hold at most a few thousand items).
#include "model.h"

#include <algorithm>

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

}  // namespace vitrine

// Small text helpers shared by the pack builder and reader: splitting lists, career bodies.
#pragma once

#include <string>
#include <vector>

#include "model.h"

namespace vitrine {

std::vector<std::string> splitList(const std::string& s, char sep = '|');
std::string joinList(const std::vector<std::string>& items, char sep = '|');
// `## ` heading, `- ` bullet, any other non-empty line a paragraph.
std::vector<TextBlock> parseBody(const std::string& text);
// A real calendar date written YYYY-MM-DD.
bool isIsoDate(const std::string& s);

}  // namespace vitrine

namespace vitrine {
// Lower-case ASCII with French accents removed ("Éducateur·rice" -> "educateur·rice"): for sorting
// and matching what a visitor types.
std::string foldAccents(const std::string& s);
}  // namespace vitrine

// Small text helpers shared by the pack builder and reader: lists, career bodies, dates, sort keys.
#pragma once

#include <string>
#include <vector>

#include "model.h"

namespace vitrine {

std::vector<std::string> splitList(const std::string& s, char sep = '|');
std::string joinList(const std::vector<std::string>& items, char sep = '|');
// `## ` heading, `- ` bullet, any other non-empty line a paragraph.
std::vector<TextBlock> parseBody(const std::string& text);
// The inverse of parseBody(), normalised: what a pack stores for a career body.
std::string formatBody(const std::vector<TextBlock>& body);
// Lower-case ASCII with French accents removed ("Éducateur·rice" -> "educateur·rice", "Œuvre" ->
// "oeuvre"): a locale-independent key for sorting and for matching what a visitor types.
std::string foldAccents(const std::string& s);
// The same letters in small form, accents kept ("ZOÉ@Exemple.be" -> "zoé@exemple.be"): two
// e-mail addresses the visitor would call the same, where « zoe » and « zoé » stay apart.
std::string foldCase(const std::string& s);

}  // namespace vitrine

// Whether a text speaks one language: the marks of French (accents, « », ’, its small words) and
// of English (its small words) found where the other language was expected. Shared by the tests
// that read what kioskctl prints and what the staff screens draw.
#pragma once

#include <cctype>
#include <cstring>
#include <regex>
#include <set>
#include <string>

#include "messages.h"

namespace vitrine::test {

// The words of `s`: runs of letters (UTF-8 letters included) and inner hyphens, case kept.
inline std::set<std::string> words(const std::string& s) {
  std::set<std::string> out;
  std::string w;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalpha(u) || u >= 0x80 || (c == '-' && !w.empty())) {  // ids: cpas-la-louviere
      w += c;
    } else if (!w.empty()) {
      out.insert(w);
      w.clear();
    }
  }
  if (!w.empty()) out.insert(w);
  return out;
}

// Markers of the other language: each one is a word (or sign) only that language uses.
inline const char* const kFrenchLetters[] = {"é", "è", "à", "ù", "ç", "ê", "î", "ô", "«", "»", "’"};
inline const std::set<std::string> kFrenchWords = {
    "le",       "la",       "les",         "des",         "du",    "de",     "fichier",
    "fichiers", "fiche",    "fiches",      "obligatoire", "aucun", "aucune", "est",
    "pas",      "une",      "et",          "pour",        "dans",  "avec",   "sans",
    "inconnu",  "inconnue", "introuvable", "dossier",     "jours", "clé",    "commande",
    "indiquez", "chiffres", "essais",      "ou"};
inline const std::set<std::string> kEnglishWords = {
    "the", "file",  "files",  "must",    "not",     "found", "is",      "are",
    "and", "with",  "cannot", "unknown", "missing", "wrong", "written", "exported",
    "key", "phone", "days",   "dir",     "name",    "store", "only",    "of",
    "to",  "no",    "this",   "an",      "its",     "give",  "wants"};

// Every marker of the language other than `lang` found in `text`, named for a failure message
// ("" when there is none).
inline std::string otherLanguage(msg::Lang lang, const std::string& text) {
  std::string found;
  if (lang == msg::Lang::En) {
    for (const char* l : kFrenchLetters)
      if (text.find(l) != std::string::npos) found += std::string(" «") + l + "»";
    for (const std::string& w : words(text))
      if (kFrenchWords.count(w)) found += " " + w;
  } else {
    for (const std::string& w : words(text))
      if (kEnglishWords.count(w)) found += " " + w;
  }
  return found;
}

// `text` without the words that are not ours: the system's (strerror, in the C locale's English
// whatever the language) and SQLite's own, which the messages quote.
inline std::string withoutSystemWords(std::string text) {
  for (int e = 1; e < 134; ++e)
    for (size_t at; (at = text.find(std::strerror(e))) != std::string::npos;)
      text.replace(at, std::strlen(std::strerror(e)), " ");
  return std::regex_replace(text, std::regex("\\(SQLite ?: [^)]*\\)"), " ");
}

}  // namespace vitrine::test

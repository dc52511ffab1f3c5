// Labels, QR targets and small rules shared by the stage sheet and the organisation card.
#include "sheet.h"

#include <cctype>

#include "dates.h"

namespace vitrine::ui {

std::string contactTarget(const std::string& contact) {
  if (contact.rfind("http://", 0) == 0 || contact.rfind("https://", 0) == 0) return contact;
  if (contact.find('@') != std::string::npos && contact.find(' ') == std::string::npos)
    return "mailto:" + contact;
  std::string digits;
  for (char c : contact)
    if (std::isdigit(static_cast<unsigned char>(c)) || (c == '+' && digits.empty())) digits += c;
  return digits.size() >= 6 ? "tel:" + digits : std::string();
}

std::string applyTarget(const Offer& offer, const Organisation* org) {
  if (!offer.applyUrl.empty()) return offer.applyUrl;
  return org ? contactTarget(org->contact) : std::string();
}

bool isRequirement(const std::string& welcomeKey) {
  return welcomeKey == "driving_licence" || welcomeKey == "car";
}

bool isExampleOffer(const Offer& offer) {
  for (const char* host : {"://example.", "://www.example."})
    if (offer.applyUrl.find(host) != std::string::npos) return true;
  return false;
}

const char* documentLabel(const Ui& ui, const std::string& document) {
  if (document == "cv") return ui.t(S::DocCv);
  if (document == "motivation_letter") return ui.t(S::DocMotivation);
  if (document == "transcript") return ui.t(S::DocTranscript);
  if (document == "recommendation") return ui.t(S::DocRecommendation);
  if (document == "criminal_record") return ui.t(S::DocCriminalRecord);
  if (document == "agreement") return ui.t(S::DocAgreement);
  return document.c_str();
}

const char* organisationKindLabel(const Ui& ui, const std::string& kind) {
  if (kind == "cpas") return ui.t(S::OrgKindCpas);
  if (kind == "school") return ui.t(S::OrgKindSchool);
  if (kind == "public") return ui.t(S::OrgKindPublic);
  if (kind == "association") return ui.t(S::OrgKindAssociation);
  if (kind == "foreign") return ui.t(S::OrgKindForeign);
  return kind.c_str();
}

std::string periodText(const Ui& ui, const Offer& offer) {
  std::string s = formatDate(offer.start, ui.lang) + " – " + formatDate(offer.end, ui.lang);
  if (offer.weeks > 0) s += "  ·  " + ui.tn(S::SheetWeeks, offer.weeks);
  return s;
}

namespace {

struct LanguageName {
  const char* code;
  const char* name;
};
constexpr LanguageName kLanguageNames[] = {
    {"fr", "Français"}, {"nl", "Nederlands"}, {"de", "Deutsch"},  {"en", "English"},
    {"it", "Italiano"}, {"es", "Español"},    {"pt", "Português"}};

}  // namespace

std::string languagesText(const std::vector<std::string>& codes) {
  std::string out;
  for (const std::string& c : codes) {
    std::string name = c;
    for (const LanguageName& n : kLanguageNames)
      if (c == n.code) name = n.name;
    out += (out.empty() ? "" : " · ") + name;
  }
  return out;
}

}  // namespace vitrine::ui

// What the stage sheet and the organisation card say about pack codes: labels, targets, rules.
#pragma once

#include <string>
#include <vector>

#include "facets.h"
#include "ui.h"

namespace vitrine::ui {

// Where the sheet's QR code sends a visitor: the offer's apply URL, else the organisation's
// stage contact when it is a web address (as is), an e-mail (`mailto:`) or a phone (`tel:`).
std::string applyTarget(const Offer& offer, const Organisation* org);
// A contact as a QR payload: "https://…" as is, "x@y" -> "mailto:x@y", "+32 …" -> "tel:+32…".
std::string contactTarget(const std::string& contact);
// Welcome conditions the host asks of the intern (driving licence, car), not what it offers.
bool isRequirement(const std::string& welcomeKey);
// A demo offer: its apply URL is on a domain reserved for examples (example.org, .com, .net).
bool isExampleOffer(const Offer& offer);
const char* documentLabel(const Ui& ui, const std::string& document);
const char* organisationKindLabel(const Ui& ui, const std::string& kind);
// "8 février 2027 – 21 mai 2027 · 15 semaines"
std::string periodText(const Ui& ui, const Offer& offer);
// Working languages by their own names: "Français · English".
std::string languagesText(const std::vector<std::string>& codes);

}  // namespace vitrine::ui

// Leads as CSV that French-locale Excel and LibreOffice open correctly and safely.
#include <string_view>

#include "store.h"

namespace vitrine {
namespace {

// A cell that starts like a formula would be evaluated by the spreadsheet (CSV injection);
// the apostrophe makes it plain text and is hidden by Excel.
bool looksLikeFormula(std::string_view cell) {
  if (cell.empty()) return false;
  switch (cell.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
      return true;
    default:
      return false;
  }
}

// A phone number as the kiosk stores it (E.164: "+" and 6 to 15 digits). A spreadsheet that
// took it for a formula would only make it a number: no apostrophe is needed, nor shown.
bool isE164(std::string_view cell) {
  if (cell.size() < 7 || cell.size() > 16 || cell.front() != '+') return false;
  return cell.find_first_not_of("0123456789", 1) == std::string_view::npos;
}

// How a cell is written. Text columns (phone, postal code) are always quoted: LibreOffice's
// import option « Formater les champs entre guillemets comme texte » then keeps 01000 and
// +32470123456 as typed, with no apostrophe (README, « Leads in a spreadsheet »).
enum class Cell { Plain, Text };

void appendCell(std::string& out, std::string_view cell, char delimiter, Cell kind = Cell::Plain) {
  std::string text;
  if (looksLikeFormula(cell) && !(kind == Cell::Text && isE164(cell))) text += '\'';
  text += cell;
  // Spaces at either end are quoted too: many readers (ours included) trim unquoted cells.
  const bool edgeSpace = !text.empty() && (text.front() == ' ' || text.back() == ' ' ||
                                           text.front() == '\t' || text.back() == '\t');
  const bool textCell = kind == Cell::Text && !text.empty();
  if (!edgeSpace && !textCell &&
      text.find_first_of(std::string{delimiter, '"', '\r', '\n'}) == std::string::npos) {
    out += text;
    return;
  }
  out += '"';
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

// The columns read as text, never as numbers: téléphone, code postal.
constexpr size_t kPhoneColumn = 12, kPostalColumn = 13;

void appendRow(std::string& out, const std::vector<std::string>& cells, char delimiter,
               bool header = false) {
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i) out += delimiter;
    const bool text = !header && (i == kPhoneColumn || i == kPostalColumn);
    appendCell(out, cells[i], delimiter, text ? Cell::Text : Cell::Plain);
  }
  out += "\r\n";  // RFC 4180, and what Excel on Windows expects
}

std::string joinForHumans(const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) {
    if (!out.empty()) out += ", ";
    out += id;
  }
  return out;
}

}  // namespace

std::string leadsToCsv(const std::vector<StoredLead>& leads, char delimiter) {
  // The BOM is what makes Excel read UTF-8 instead of guessing Windows-1252 and mangling accents.
  std::string out = "\xEF\xBB\xBF";
  appendRow(
      out,
      {"id", "date", "kiosque", "événement", "pack", "profil", "métiers", "stages", "consentement",
       "version du consentement", "prénom", "e-mail", "téléphone", "code postal", "message"},
      delimiter, true);
  for (const auto& l : leads) {
    const Submission& s = l.submission;
    // Contact details only leave the kiosk with the consent that allowed collecting them.
    const Submission::Personal p = s.consent ? s.personal : Submission::Personal{};
    appendRow(out,
              {l.id, l.createdAt, l.kioskId, l.eventTag, l.packId, s.profile,
               joinForHumans(s.careerIds), joinForHumans(s.offerIds), s.consent ? "oui" : "non",
               s.consentVersion, p.firstName, p.email, p.phone, p.postalCode, p.message},
              delimiter);
  }
  return out;
}

}  // namespace vitrine

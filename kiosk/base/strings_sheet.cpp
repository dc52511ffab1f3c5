// The stage sheet's, organisation card's and host marker's strings in the four languages (and
// the form's notes on withdrawing consent and on a kiosk that cannot save).
#include "strings_table.h"

namespace vitrine::ui {
namespace {

struct Entry {
  S key;
  const char* text[4];  // fr, nl, de, en
};

constexpr Entry kSheet[] = {
    {S::SheetTasks, {"Vos missions", "Jouw taken", "Deine Aufgaben", "What you will do"}},
    {S::SheetWeeks, {"%d semaines", "%d weken", "%d Wochen", "%d weeks"}},
    {S::SheetLanguages,
     {"Langues de travail", "Werktalen", "Arbeitssprachen", "Working languages"}},
    {S::SheetProgramme,
     {"Programme d’échange", "Uitwisselingsprogramma", "Austauschprogramm", "Exchange programme"}},
    {S::HostOffers,
     {"L’organisation vous offre", "De organisatie biedt je", "Die Einrichtung bietet dir",
      "The host offers you"}},
    {S::HostRequires,
     {"L’organisation demande", "De organisatie vraagt", "Die Einrichtung verlangt",
      "The host requires"}},
    {S::SheetDocuments,
     {"Documents à envoyer", "Te sturen documenten", "Einzusendende Unterlagen",
      "Documents to send"}},
    {S::DocCv, {"CV", "Cv", "Lebenslauf", "CV"}},
    {S::DocMotivation,
     {"Lettre de motivation", "Motivatiebrief", "Motivationsschreiben", "Cover letter"}},
    {S::DocTranscript, {"Relevé de notes", "Puntenlijst", "Notenauszug", "Transcript"}},
    {S::DocRecommendation,
     {"Lettre de recommandation", "Aanbevelingsbrief", "Empfehlungsschreiben",
      "Recommendation letter"}},
    {S::DocCriminalRecord,
     {"Extrait de casier judiciaire", "Uittreksel uit het strafregister", "Führungszeugnis",
      "Criminal record certificate"}},
    {S::DocAgreement,
     {"Convention de stage", "Stageovereenkomst", "Praktikumsvertrag", "Internship agreement"}},
    {S::HowToApply,
     {"Comment postuler", "Hoe solliciteren", "So bewirbst du dich", "How to apply"}},
    {S::StageContact,
     {"Contact des stages", "Stagecontact", "Praktikumskontakt", "Internship contact"}},
    {S::Example, {"exemple", "voorbeeld", "Beispiel", "example"}},
    {S::ScanToWrite,
     {"Scannez pour écrire", "Scan om te mailen", "Scannen zum Schreiben", "Scan to write"}},
    {S::OrgStages, {"Ses stages (%d)", "Stages (%d)", "Praktika (%d)", "Its stages (%d)"}},
    {S::OrgWebsite, {"Site web", "Website", "Website", "Website"}},
    {S::OrgKindCpas,
     {"CPAS – centre public d’action sociale",
      "OCMW – openbaar centrum voor maatschappelijk welzijn",
      "ÖSHZ – öffentliches Sozialhilfezentrum", "CPAS – public social welfare centre"}},
    {S::OrgKindSchool, {"École", "School", "Schule", "School"}},
    {S::OrgKindPublic,
     {"Service public", "Openbare dienst", "Öffentliche Einrichtung", "Public service"}},
    {S::OrgKindAssociation, {"Association", "Vereniging", "Verein", "Non-profit"}},
    {S::OrgKindForeign,
     {"Partenaire à l’étranger", "Partner in het buitenland", "Partner im Ausland",
      "Partner abroad"}},
    {S::HostHere, {"Ici aujourd’hui", "Vandaag hier", "Heute hier", "Here today"}},
    {S::EventKind, {"Type", "Soort", "Art", "Type"}},
    {S::EventOpenDay, {"Portes ouvertes", "Opendeurdag", "Tag der offenen Tür", "Open day"}},
    {S::EventInfoSession,
     {"Séance d’information", "Infosessie", "Infoveranstaltung", "Information session"}},
    {S::EventRoadshow, {"Roadshow", "Roadshow", "Roadshow", "Roadshow"}},
    {S::EventFair, {"Salon", "Beurs", "Messe", "Fair"}},
    {S::EventOther, {"Autre", "Andere", "Sonstiges", "Other"}},
    {S::NoEvents,
     {"Aucun rendez-vous à venir ne réunit ces filtres.",
      "Geen komende afspraak past bij deze filters.",
      "Kein kommender Termin passt zu diesen Filtern.", "No coming event matches these filters."}},
    {S::WhereToTrain, {"Où se former", "Waar studeren", "Wo studieren", "Where to train"}},
    {S::WhereToTrainN,
     {"Où se former (%d)", "Waar studeren (%d)", "Wo studieren (%d)", "Where to train (%d)"}},
    {S::Country, {"Pays", "Land", "Land", "Country"}},
    {S::NoSchools,
     {"Aucune école ne réunit ces filtres.", "Geen enkele school past bij deze filters.",
      "Keine Schule passt zu diesen Filtern.", "No school matches these filters."}},
    {S::SchoolsFor, {"Pour ce métier", "Voor dit beroep", "Für diesen Beruf", "For this career"}},
    {S::WithdrawConsent,
     {"Pour retirer votre consentement plus tard, écrivez ou téléphonez à :",
      "Om je toestemming later in te trekken, schrijf of bel naar:",
      "Um deine Einwilligung später zu widerrufen, schreib oder ruf an bei:",
      "To withdraw your consent later, write to or call:"}},
    {S::CannotSaveHere,
     {"Cette borne ne peut pas enregistrer de coordonnées pour le moment. Emportez votre "
      "sélection avec son QR code.",
      "Deze zuil kan op dit moment geen contactgegevens bewaren. Neem je selectie mee met de "
      "QR-code.",
      "Dieses Terminal kann gerade keine Kontaktdaten speichern. Nimm deine Auswahl mit dem "
      "QR-Code mit.",
      "This kiosk cannot save contact details right now. Take your selection away with its QR "
      "code."}},
    {S::NotSaved,
     {"Vos coordonnées n’ont pas été enregistrées. Réessayez dans un instant, ou emportez votre "
      "sélection avec son QR code.",
      "Je gegevens zijn niet opgeslagen. Probeer het zo opnieuw, of neem je selectie mee met de "
      "QR-code.",
      "Deine Daten wurden nicht gespeichert. Versuch es gleich noch einmal oder nimm deine "
      "Auswahl mit dem QR-Code mit.",
      "Your details were not saved. Try again in a moment, or take your selection away with its "
      "QR code."}},
};

}  // namespace

Table withSheetStrings(Table t, Lang lang) {
  for (const Entry& e : kSheet) t[static_cast<size_t>(e.key)] = e.text[static_cast<int>(lang)];
  return t;
}

}  // namespace vitrine::ui

// The French reference strings and the lookup that falls back to French for missing translations.
#include "ui_strings.h"

#include "strings_table.h"

namespace vitrine::ui {
namespace {

constexpr Table makeFrench() {
  Table t{};
  auto set = [&t](S k, const char* v) { t[static_cast<size_t>(k)] = v; };
  set(S::TouchToStart, "Touchez l’écran pour commencer");
  set(S::AttractTitle, "Les métiers du social vous attendent");
  set(S::AttractSubtitle, "Découvrez les métiers, trouvez votre stage");
  set(S::HomeTitle, "Bienvenue !");
  set(S::HomeSubtitle, "Des métiers qui ont du sens, des stages pour les découvrir.");
  set(S::Careers, "Métiers");
  set(S::CareersHint, "Découvrir %d métiers du social");
  set(S::Offers, "Stages");
  set(S::OffersHint, "%d offres de stage près de chez vous et à l’étranger");
  set(S::Back, "Retour");
  set(S::Home, "Accueil");
  set(S::Interested, "Ça m’intéresse");
  set(S::InSelection, "Dans ma sélection");
  set(S::MySelection, "Ma sélection");
  set(S::SeeOffers, "Voir les stages (%d)");
  set(S::LeaveContact, "Être recontacté·e");
  set(S::Diploma, "Diplôme");
  set(S::Level, "Niveau européen (CEC)");
  set(S::Duration, "Durée");
  set(S::Routes, "Voies d’accès");
  set(S::WhereTheyWork, "Où travailler ?");
  set(S::RouteInitial, "Formation initiale");
  set(S::RouteFee, "En emploi");
  set(S::RouteFtp, "À temps partiel");
  set(S::RouteApprenticeship, "Apprentissage");
  set(S::RouteVae, "VAE");
  set(S::AllServices, "Tous les services");
  set(S::AllRegions, "Toutes les régions");
  set(S::Service, "Service");
  set(S::Region, "Région");
  set(S::StudyYear, "Année d’études");
  set(S::AnyYear, "Toutes");
  set(S::Year, "%s année");
  set(S::Places, "%d place|%d places");
  set(S::Deadline, "Candidature avant le");
  set(S::Period, "Période");
  set(S::NoOfferMatches, "Aucun stage ne correspond à ces filtres.");
  set(S::ClearFilters, "Effacer les filtres");
  set(S::WelcomeConditions, "Conditions d’accueil");
  set(S::ScanToApply, "Scannez pour postuler");
  set(S::OffersFound, "%d stage|%d stages");
  set(S::WDesk, "Bureau");
  set(S::WPc, "PC");
  set(S::WPhone, "Téléphone");
  set(S::WEmail, "Adresse e-mail");
  set(S::WTravelRefund, "Déplacements remboursés");
  set(S::WDrivingLicence, "Permis de conduire requis");
  set(S::WCar, "Voiture nécessaire");
  set(S::WMentor, "Maître de stage désigné");
  set(S::FormTitle, "Être recontacté·e");
  set(S::FormIntro, "Laissez vos coordonnées si vous le souhaitez : rien n’est obligatoire pour continuer à découvrir.");
  set(S::Profile, "Vous êtes");
  set(S::ProfilePupil, "Élève");
  set(S::ProfileStudent, "Étudiant·e");
  set(S::ProfileJobseeker, "En reconversion");
  set(S::ProfileProfessional, "Professionnel·le");
  set(S::ProfileParent, "Parent ou enseignant·e");
  set(S::FirstName, "Prénom");
  set(S::Email, "E-mail");
  set(S::Phone, "Téléphone");
  set(S::PostalCode, "Code postal");
  set(S::Optional, "facultatif");
  set(S::ConsentLabel, "J’accepte d’être contacté·e par les organisations de ma sélection");
  set(S::Send, "Envoyer");
  set(S::Saving, "Enregistrement…");
  set(S::NeedContact, "Indiquez un e-mail ou un téléphone pour être recontacté·e.");
  set(S::BadEmail, "Cette adresse e-mail semble incomplète (ex. : prenom@exemple.be).");
  set(S::BadPhone, "Ce numéro de téléphone semble incomplet.");
  set(S::NeedConsent, "Cochez la case d’accord pour que nous puissions transmettre vos coordonnées.");
  set(S::ThanksTitle, "Merci !");
  set(S::ThanksBody, "Les organisations que vous avez choisies vous recontacteront dans les prochaines semaines.");
  set(S::ThanksBodyNoContact, "Votre intérêt est bien noté. Bonne découverte des métiers du social !");
  set(S::Finish, "Terminer");
  set(S::StillThere, "Toujours là ?");
  set(S::StillThereBody, "Sans action, l’écran recommence dans %d s et vos choix sont effacés.");
  set(S::Continue, "Je continue");
  set(S::PackErrorTitle, "Contenu indisponible");
  set(S::PackErrorBody, "Le pack de contenu n’a pas pu être ouvert. Prévenez le personnel du stand.");
  set(S::Selection, "Ma sélection (%d)");
  set(S::SelectionEmpty, "Touchez « Ça m’intéresse » sur un métier ou un stage pour l’ajouter ici.");
  set(S::Remove, "Retirer");
  set(S::PlacesLabel, "Places");
  set(S::Next, "Continuer");
  set(S::WhoMayContact, "Qui peut vous recontacter ?");
  set(S::ConsentOrgStages, "%s peut me contacter au sujet de ses stages");
  set(S::ConsentOrgTraining, "%s peut m’informer sur ses formations");
  set(S::NoContactNote, "Sans case cochée, seul votre intérêt est compté, de façon anonyme : vos coordonnées ne sont pas enregistrées.");
  set(S::NoContactNoteMessage, "Sans case cochée, seul votre intérêt est compté, de façon anonyme : vos coordonnées et votre message ne sont pas enregistrés.");
  set(S::NoContactNoteTyped, "Aucune case cochée : les coordonnées que vous avez tapées ne seront pas gardées. Seul votre intérêt est compté, de façon anonyme.");
  set(S::ShowQr, "Emporter ma sélection (QR code)");
  set(S::NoticeOnlyIn, "Ce texte n’existe que dans sa langue d’origine (%s).");
  set(S::StudentYear, "En quelle année ?");
  set(S::RateTitle, "Votre avis sur cette borne ?");
  set(S::RateThanks, "Merci pour votre avis !");
  set(S::TakeAway, "Scannez pour emporter votre sélection");
  set(S::Search, "Rechercher");
  set(S::SearchHint, "Un métier, un service, une ville…");
  set(S::SearchNothing, "Rien trouvé pour cette recherche. Essayez un mot plus court, ou parcourez les métiers et les stages.");
  set(S::SearchResults, "%d résultat|%d résultats");
  set(S::KindCareer, "Métier");
  set(S::KindOffer, "Stage");
  set(S::FirstYear, "1re année");
  set(S::SeasonWinter, "Hiver (déc.–févr.)");
  set(S::SeasonSpring, "Printemps (mars–mai)");
  set(S::SeasonSummer, "Été (juin–août)");
  set(S::SeasonAutumn, "Automne (sept.–nov.)");
  set(S::Abroad, "À l’étranger");
  set(S::International, "International");
  set(S::NoOfferBecause, "Aucun stage ne réunit ces %d filtres à la fois.");
  set(S::WidenRemove, "Retirer « %s »");
  set(S::LevelN, "Niveau %s");
  set(S::CareersFound, "%d métier|%d métiers");
  set(S::ForThisCareer, "Pour ce métier");
  set(S::Accessibility, "Accessibilité");
  set(S::TextSize, "Taille du texte");
  set(S::HighContrast, "Contraste élevé");
  set(S::Close, "Fermer");
  set(S::CapsLock, "Verr. maj.");
  set(S::Space, "espace");
  set(S::HoldToAdd, "Appui long : ajouter à ma sélection");
  set(S::Message, "Votre message");
  set(S::MessageCount, "%s caractères");
  set(S::MessageTooLong, "Votre message est trop long : %d caractères au maximum.");
  set(S::Agenda, "Agenda");
  set(S::LevelGroup, "Niveau");
  set(S::Domain, "Domaine");
  set(S::Audience, "Public");
  set(S::DomainAccompagnement, "Accompagnement social");
  set(S::DomainEducation, "Éducation spécialisée");
  set(S::DomainEnfance, "Enfance et familles");
  set(S::DomainInsertion, "Insertion et emploi");
  set(S::DomainAnimation, "Animation et médiation");
  set(S::DomainEncadrement, "Encadrement et ingénierie");
  set(S::AudiencePupils, "Élèves");
  set(S::AudienceStudents, "Étudiant·es");
  set(S::AudienceCareerChangers, "Reconversion");
  set(S::NoCareerMatches, "Aucun métier ne correspond à ces filtres.");
  set(S::NoCareerBecause, "Aucun métier ne réunit ces %d filtres à la fois.");
  set(S::MonthNames,
      "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre");
  set(S::QuizDoor, "Quel métier pour moi ?");
  set(S::QuizDoorHint, "%d questions pour trouver votre voie");
  set(S::QuizKicker, "Quiz");
  set(S::QuizTitle, "Quel métier du social est fait pour moi ?");
  set(S::QuizQuit, "Quitter le quiz");
  set(S::QuizResultTitle, "Ces métiers pourraient vous plaire");
  set(S::QuizResultIntro, "D’après vos réponses, voici trois métiers à découvrir.");
  set(S::QuizWhy, "Pourquoi ? Vous avez répondu :");
  set(S::QuizSeeCareer, "Découvrir le métier");
  set(S::QuizRestart, "Recommencer");
  set(S::QuizNoResult, "Vos réponses ne désignent aucun métier : recommencez, ou parcourez tous les métiers.");
  set(S::QuizChangeAnswers, "Modifier mes réponses");
  set(S::AttractQuiz, "Quel métier du social est fait pour vous ?");
  set(S::AttractQuizBody, "Répondez à %d questions : nous vous proposons trois métiers.");
  set(S::QuizStart, "Faire le quiz");
  return t;
}

// Built on first use (not at static initialisation: tr() may be called from other initialisers).
const Table& french() {
  static const Table t = withSheetStrings(makeFrench(), Lang::Fr);
  return t;
}

const Table& table(Lang lang) {
  static const Table dutch = withSheetStrings(dutchStrings(), Lang::Nl),
                     german = withSheetStrings(germanStrings(), Lang::De),
                     english = withSheetStrings(englishStrings(), Lang::En);
  switch (lang) {
    case Lang::Nl: return dutch;
    case Lang::De: return german;
    case Lang::En: return english;
    case Lang::Fr: break;
  }
  return french();
}

}  // namespace

const char* langCode(Lang lang) {
  static constexpr const char* kCodes[] = {"fr", "nl", "de", "en"};
  return kCodes[static_cast<int>(lang)];
}

const char* langName(Lang lang) {
  static constexpr const char* kNames[] = {"Français", "Nederlands", "Deutsch", "English"};
  return kNames[static_cast<int>(lang)];
}

// A string missing in a translation falls back to French, never to an empty label.
const char* tr(S key, Lang lang) {
  size_t i = static_cast<size_t>(key);
  const char* v = table(lang)[i];
  const char* fr = french()[i];
  return v ? v : (fr ? fr : "");
}

std::string trn(S key, int n, Lang lang) {
  std::string s = tr(key, lang);
  // "one|other": French uses the singular for 0 and 1, Dutch, German and English for 1 only.
  if (auto bar = s.find('|'); bar != std::string::npos) {
    const bool one = lang == Lang::Fr ? (n == 0 || n == 1) : n == 1;
    s = one ? s.substr(0, bar) : s.substr(bar + 1);
  }
  auto pos = s.find("%d");
  if (pos != std::string::npos) s.replace(pos, 2, std::to_string(n));
  return s;
}

std::string yearOfStudy(int n, Lang lang) {
  std::string ordinal = std::to_string(n);
  switch (lang) {
    case Lang::Fr: ordinal += n == 1 ? "re" : "e"; break;
    case Lang::Nl: ordinal += "e"; break;
    case Lang::De: ordinal += "."; break;
    case Lang::En: {
      const int tens = n % 100, last = n % 10;
      const bool teen = tens >= 11 && tens <= 13;
      ordinal += teen ? "th" : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
      break;
    }
  }
  return trs(S::Year, ordinal, lang);
}

std::string trs(S key, const std::string& value, Lang lang) {
  std::string s = tr(key, lang);
  auto pos = s.find("%s");
  if (pos != std::string::npos) s.replace(pos, 2, value);
  return s;
}

}  // namespace vitrine::ui

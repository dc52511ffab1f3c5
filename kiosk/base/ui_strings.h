// Every visitor-facing UI string, French first; one table per language, looked up by key.
#pragma once

#include <string>

namespace vitrine::ui {

enum class Lang { Fr, Nl, De, En };
inline constexpr Lang kLanguages[] = {Lang::Fr, Lang::Nl, Lang::De, Lang::En};
const char* langCode(Lang lang);  // "fr", "nl", "de", "en"
const char* langName(Lang lang);  // each language's own name: "Français", "Nederlands"...

enum class S {
  TouchToStart, AttractTitle, AttractSubtitle,
  HomeTitle, HomeSubtitle, Careers, CareersHint, Offers, OffersHint,
  Back, Home, Interested, InSelection, MySelection, SeeOffers, LeaveContact,
  Diploma, Level, Duration, Routes, WhereTheyWork,
  RouteInitial, RouteFee, RouteFtp, RouteApprenticeship, RouteVae,
  AllServices, AllRegions, Service, Region, StudyYear, AnyYear, Year, Places, Deadline,
  Period, NoOfferMatches, ClearFilters, WelcomeConditions, ScanToApply, OffersFound,
  WDesk, WPc, WPhone, WEmail, WTravelRefund, WDrivingLicence, WCar, WMentor,
  FormTitle, FormIntro, Profile, ProfilePupil, ProfileStudent, ProfileJobseeker,
  ProfileProfessional, ProfileParent, FirstName, Email, Phone, PostalCode, Optional,
  ConsentLabel, Send, Saving, NotSaved, NeedContact, BadEmail, BadPhone, NeedConsent,
  ThanksTitle, ThanksBody, ThanksBodyNoContact, Finish,
  StillThere, StillThereBody, Continue, PackErrorTitle, PackErrorBody, Selection,
  SelectionEmpty, Remove, PlacesLabel, Next, WhoMayContact, ConsentOrgStages,
  ConsentOrgTraining, NoContactNote, StudentYear, RateTitle, RateThanks, TakeAway, Search, SearchHint, SearchNothing, KindCareer, KindOffer,
  FirstYear,
  SeasonWinter, SeasonSpring, SeasonSummer, SeasonAutumn, Abroad, International, NoOfferBecause,
  WidenRemove, LevelN, CareersFound, ForThisCareer, Accessibility, TextSize, HighContrast, Close,
  CapsLock, Space, HoldToAdd,
  Message, MessageCount, MessageTooLong,  // the form's optional message, its counter, its limit
  NoContactNoteMessage,  // NoContactNote when a message was typed: it is not kept either
  NoContactNoteTyped,    // NoContactNote when an e-mail or phone was typed: it is not kept
  ShowQr,                // opens Ma sélection's QR code, large
  NoticeOnlyIn,          // the pack's notice lacks the visitor's language: %s is the one shown
  Agenda, MonthNames,  // MonthNames: the twelve months, `|`-separated, for "12 décembre"
  // Careers grid chips: group titles, domains (Career::domain), audiences (Career::audiences)
  LevelGroup, Domain, Audience, DomainAccompagnement, DomainEducation, DomainEnfance,
  DomainInsertion, DomainAnimation, DomainEncadrement, AudiencePupils, AudienceStudents,
  AudienceCareerChangers, NoCareerMatches, NoCareerBecause,
  // The orientation quiz: its door on the home screen, its attract slide, its screens
  QuizDoor, QuizDoorHint, QuizKicker, QuizTitle, QuizQuit, QuizResultTitle, QuizResultIntro,
  QuizWhy, QuizSeeCareer, QuizRestart, QuizNoResult, QuizChangeAnswers, AttractQuiz,
  AttractQuizBody, QuizStart,
  // The stage sheet, the organisation card, testimonials (strings_sheet.cpp)
  SheetTasks, SheetWeeks, SheetLanguages, SheetProgramme, HostOffers, HostRequires,
  SheetDocuments, DocCv, DocMotivation, DocTranscript, DocRecommendation, DocCriminalRecord,
  DocAgreement, HowToApply, StageContact, Example, ScanToWrite, OrgStages, OrgWebsite,
  OrgKindCpas, OrgKindSchool, OrgKindPublic, OrgKindAssociation, OrgKindForeign, HostHere,
  // The agenda and « Où se former » (strings_sheet.cpp)
  EventKind, EventOpenDay, EventInfoSession, EventRoadshow, EventFair, EventOther, NoEvents,
  WhereToTrain, WhereToTrainN, Country, NoSchools, SchoolsFor,
  // The form: how to withdraw consent (before each organisation's contact); a kiosk whose
  // visitor file cannot be written says so before anyone types (strings_sheet.cpp)
  WithdrawConsent, CannotSaveHere,
  SearchResults,  // the search field's count: "%d résultat|%d résultats"
  Count
};

const char* tr(S key, Lang lang = Lang::Fr);
// "%d" in a translated pattern replaced by `n`. A pattern "one|other" has its two plural forms,
// chosen by each language's rule (French: 0 and 1 are singular; the others: only 1).
std::string trn(S key, int n, Lang lang = Lang::Fr);
// "%d" ordinal year of study in the language: 1re/2e année, 1e/2e jaar, 1./2. Jahr,
// 1st/2nd/3rd year: one pattern for every year.
std::string yearOfStudy(int n, Lang lang = Lang::Fr);
// "%s" in a translated pattern replaced by `value` (an organisation's name...).
std::string trs(S key, const std::string& value, Lang lang = Lang::Fr);

}  // namespace vitrine::ui

// The staff screens speak one language, msg::language()'s: every page, outcome and message they
// draw (the pack folder's events, the export's outcome, the store's and the clock's words) in
// French, or all in English when the locale says so — never a French error in an English line.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <thread>

#include "drawn_text.h"
#include "language_mixing.h"
#include "messages_language.h"
#include "pack_slot.h"
#include "staff_clock.h"
#include "staff_pin.h"
#include "store.h"
#include "ui_driver.h"
#include "utc_zone.h"

namespace fs = std::filesystem;
using vitrine::ScreenId;
using vitrine::msg::Lang;
using vitrine::test::Driver;

namespace {

// One sentence in either language: `fr` exactly as staff have always read it, `en` its English
// (the shape of every table entry).
using Both = vitrine::msg::Sentence;

// The values a page shows that are not sentences of ours: the pack's own words (titles, names,
// ids, languages, fingerprint), paths (from each prefix to the end of the path), and the names of
// the visitors' languages, each written in itself.
struct Values {
  std::vector<std::string> words, paths;
};

Values valuesOf(const Driver& d, const fs::path& dir) {
  Values v;
  const auto& c = d.app.catalogue();
  v.words = {c.meta.title, c.meta.packId, c.meta.contentHash.substr(0, 12), "stand-b", "salon"};
  std::string langs;
  for (const std::string& l : c.meta.languages) langs += (langs.empty() ? "" : ", ") + l;
  v.words.push_back(langs);
  for (const auto& o : c.organisations) {
    v.words.push_back(o.name);
    v.words.push_back(o.id);
  }
  for (auto l : vitrine::ui::kLanguages) v.words.push_back(vitrine::ui::langName(l));
  v.paths = {dir.string(), "/etc/vitrine"};
  return v;
}

std::string without(std::string text, const Values& v) {
  for (const std::string& p : v.paths)
    for (size_t at; !p.empty() && (at = text.find(p)) != std::string::npos;)
      text.replace(at, text.find_first_of(" )\"»”", at) - at, " ");
  std::vector<std::string> words = v.words;  // the longest first: a name may hold an id
  std::sort(words.begin(), words.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  for (const std::string& w : words)
    for (size_t at; !w.empty() && (at = text.find(w)) != std::string::npos;)
      text.replace(at, w.size(), " ");
  text = vitrine::test::withoutSystemWords(text);  // and the options named: --store, -p
  return std::regex_replace(text, std::regex("(^|[^A-Za-z])-{1,2}[A-Za-z][A-Za-z-]*"), "$1 ");
}

// The last frame's text on one line: it says every sentence of `expected` in `lang`, and no
// word of the other language once the values are left out.
void says(Lang lang, const std::string& page, const Values& values,
          std::initializer_list<Both> expected) {
  const std::string shown = vitrine::test::oneLine(vitrine::test::drawnText());
  CAPTURE(page);
  CAPTURE(shown);
  for (const Both& b : expected) {
    const std::string sentence = lang == Lang::Fr ? b.fr : b.en;
    CAPTURE(sentence);
    CHECK(shown.find(sentence) != std::string::npos);
  }
  CHECK(vitrine::test::otherLanguage(lang, without(shown, values)) == "");
}

void settleStaffWork(Driver& d) {
  d.app.waitForBackground();
  d.app.frame();
  d.app.settle(10);
}

void settleImport(Driver& d) {
  vitrine::PackSlot* slot = d.app.packSlot();
  for (int i = 0; i < 3000 && slot->importing(); ++i) {
    slot->waitForCheck();
    d.app.frame();
  }
  REQUIRE_FALSE(slot->importing());
  d.app.settle(10);
}

// The App looks at the packs folder every few seconds: the copied pack gets checked.
void letKioskPoll(Driver& d) {
  for (int i = 0; i < 2; ++i) {
    d.platform.advance(vitrine::PackSlot::kPollSeconds + 0.1);
    d.app.frame();
  }
  d.app.packSlot()->waitForCheck();
  d.app.packSlot()->collect();
  d.app.frame();
  d.app.settle(10);
}

void waitForClock(Driver& d) {
  for (int i = 0; i < 3000 && d.app.staff().clockBusy(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    d.app.frame();
  }
  REQUIRE_FALSE(d.app.staff().clockBusy());
  d.app.settle(10);
}

// Every staff page of a kiosk on a packs folder, with a USB stick, a wrong clock that jumped, a
// lead to export and packs to import, in `lang`.
void everyPage(Lang lang) {
  vitrine::test::InLanguage in(lang);
  const fs::path dir = vitrine::test::freshDir("staff-language");
  fs::create_directories(dir / "packs");
  fs::create_directories(dir / "usb");
  fs::copy_file(vitrine::test::demoPack(), dir / "packs" / "current.kpack");
  fs::copy_file(vitrine::test::demoPack(), dir / "usb" / "demo-copy.kpack");
  std::ofstream(dir / "usb" / "broken.kpack") << "pas un pack\n";
  std::ofstream(dir / "usb" / "gone.kpack") << "retirée avant l'import\n";
  vitrine::StaffPin(dir / "visitors.db").set("2468");
  vitrine::AppConfig c;
  c.packsDir = dir / "packs";
  c.storePath = dir / "visitors.db";
  c.exportDir = dir / "usb";
  c.kioskId = "stand-b";
  c.eventTag = "salon";
  double wall = 3600.0 + 3 * 3600;  // no RTC: 1970, and someone set it three hours back
  c.wallClock = [&wall] { return wall; };
  c.runCommand = [](const std::vector<std::string>&) {
    return vitrine::ui::CommandResult{1, "Access denied"};
  };
  Driver d(c);
  wall -= 3 * 3600;
  d.app.frame();
  vitrine::test::saveLead(d);
  const Values values = valuesOf(d, dir);

  vitrine::test::staffGesture(d);
  REQUIRE(d.app.screen() == ScreenId::StaffPin);
  says(lang, "PIN pad", values,
       {{"Mode personnel", "Staff mode"},
        {"Entrez le code du personnel", "Enter the staff PIN"},
        {"Valider", "OK"},
        {"Retour", "Back"}});
  d.type("1111");
  d.tap("staff.pin.ok");
  says(lang, "PIN pad, wrong PIN", values, {{"Code incorrect.", "Wrong PIN."}});
  d.platform.advance(5);
  d.type("2468");
  d.tap("staff.pin.ok");
  REQUIRE(d.app.screen() == ScreenId::Staff);

  settleStaffWork(d);
  says(lang, "figures", values,
       {{"Chiffres du jour — 1970-01-01", "Today's figures — 1970-01-01"},
        {"visites", "visits"},
        {"formulaires envoyés", "forms sent"},
        {"fiches à exporter", "leads to export"},
        {"avis donnés", "ratings given"},
        {"quiz terminés / 0", "quizzes finished / 0"},
        {"Visites par heure", "Visits per hour"},
        {"8h", "8:00"},
        {"Rien aujourd'hui", "Nothing today"},
        {"Métiers les plus consultés", "Most viewed careers"},
        {"Stages les plus consultés", "Most viewed internships"},
        {"Métiers proposés par le quiz", "Careers the quiz suggested"},
        {"Fiches par organisation", "Leads per organisation"},
        {"Satisfaction", "Satisfaction"},
        {"Export USB", "USB export"},
        {"Kiosque", "Kiosk"},
        {"Réglages", "Settings"},
        {"Contenu", "Content"},
        {"Test tactile", "Touch test"},
        {"Quitter le mode personnel", "Leave staff mode"},
        {"Redémarrer", "Restart"}});

  d.tap("staff.kiosk");
  says(lang, "kiosk", values,
       {{"Événement", "Event"},
        {"Identifiant du kiosque", "Kiosk id"},
        {"Construit le", "Built on"},
        {"Métiers / stages", "Careers / internships"},
        {"Fichier des fiches", "Leads file"},
        {"1970-01-01 01:00 UTC — À RÉGLER", "1970-01-01 01:00 UTC — TO BE SET"},
        {"Horloge à régler : l'horloge indique 1970-01-01 01:00 UTC, avant la construction de ce "
         "logiciel",
         "The clock needs setting: the clock reads 1970-01-01 01:00 UTC, before this software was "
         "built"},
        {"Réglez la date du système", "Set the system's date"},
        {"Saut d'horloge pendant le fonctionnement : l'horloge a reculé de 3 h 00 min",
         "The clock jumped while the kiosk ran: the clock went back by 3 h 00 min"},
        {"Régler la date et l'heure", "Set the date and time"}});
  d.tap("clock.edit");
  says(lang, "date editor", values,
       {{"+ 1 jour", "+ 1 day"},
        {"+ 1 min", "+ 1 min"},
        {"Appliquer", "Apply"},
        {"Annuler", "Cancel"}});
  d.tap("clock.apply");
  waitForClock(d);
  says(lang, "date editor, refused", values,
       {{"Réglage refusé : ce compte n'a pas le droit de régler l'horloge.",
         "Refused: this account may not set the clock."}});

  d.tap("staff.settings");
  says(lang, "settings", values,
       {{"Les options de la ligne de commande", "The command line's options"},
        {"Taille de l'interface", "Interface size"},
        {"par défaut : Automatique — cet écran : 100 %", "default: Automatic — this screen: 100%"},
        {"Délai d'inactivité", "Idle timeout"},
        {"Langue des visiteurs", "Visitors' language"},
        {"chaque visiteur commence dans cette langue", "every visitor starts in this language"},
        {"Effacer les coordonnées après", "Erase contact details after"},
        {"jamais", "never"},
        {"Organisation hôte", "Host organisation"},
        {"Choisir…", "Choose…"},
        {"Modifier", "Change"}});
  d.tap("staff.host:none");  // the last row: its outcome is on screen, not under the edge
  CHECK(vitrine::test::drawnText().find(lang == Lang::Fr
                                            ? "Aucune organisation hôte."
                                            : "No host organisation.") != std::string::npos);
  d.tap("staff.edit:event_tag");
  {  // the keyboard's letters are the kiosk's (accents); its words are the staff's language
    const std::string shown = vitrine::test::oneLine(vitrine::test::drawnText());
    CAPTURE(shown);
    for (const Both& b : {Both{"Nom de l'événement", "Event name"},
                          Both{"Écrit sur chaque fiche et dans le nom des exports",
                               "Written on every lead and in the exports' names"},
                          Both{"Enregistrer", "Save"}, Both{"Verr. maj.", "Caps lock"}})
      CHECK(shown.find(lang == Lang::Fr ? b.fr : b.en) != std::string::npos);
    if (lang == Lang::En) CHECK(shown.find("espace") == std::string::npos);
  }
  d.tap("staff.edit.cancel");

  d.tap("staff.export");
  says(lang, "export", values,
       {{"Chaque organisation reçoit un fichier CSV de ses seules fiches",
         "Each organisation gets a CSV file of its own leads only"},
        {"Exporter sur", "Export to"},
        {"Actualiser", "Refresh"}});
  d.tap("staff.export.to:0");
  settleStaffWork(d);
  says(lang, "export, done", values,
       {{"1 fiche(s) dans 1 fichier(s) dans « ", "1 lead(s) in 1 file(s) in \""},
        {"relus et vérifiés. Vous pouvez retirer la clé.",
         "read back and checked. You can remove the stick."},
        {"Effacer du kiosque les coordonnées exportées",
         "Erase the exported contact details from the kiosk"}});
  d.tap("staff.export.purge");
  settleStaffWork(d);
  says(lang, "export, purged", values,
       {{"1 fiche(s) effacée(s) du kiosque ; les intérêts anonymes restent pour les statistiques.",
         "1 lead(s) erased from the kiosk; the anonymous interests stay for the statistics."}});
  d.tap("staff.export.to:0");
  settleStaffWork(d);
  says(lang, "export, nothing", values,
       {{"Aucune fiche à exporter : aucun visiteur n'a laissé ses coordonnées.",
         "No lead to export: no visitor left contact details."}});

  d.tap("staff.pack");
  says(lang, "content", values,
       {{"Pack affiché", "Pack shown"},
        {"Empreinte", "Fingerprint"},
        {"métiers,", "careers,"},
        {"Langues", "Languages"},
        {"Coordonnées", "Contact details"},
        {"Conservation", "Retention"},
        {"Dossier des packs", "Packs folder"},
        {"Signature", "Signature"},
        {"Dernier événement", "Last event"},
        {"Pack current.kpack ouvert", "Pack current.kpack opened"},
        {"Importer depuis la clé", "Import from the stick"},
        {"Importer broken.kpack", "Import broken.kpack"}});
  fs::remove(dir / "usb" / "gone.kpack");  // the stick's file vanished since the page listed it
  d.tap("staff.pack.import:2");
  settleImport(d);
  says(lang, "content, import failed", values,
       {{"Copie du pack impossible vers", "Cannot copy the pack to"}});
  d.tap("staff.pack.import:0");
  settleImport(d);
  says(lang, "content, imported", values,
       {{"« broken.kpack » est copié. Il est vérifié dans quelques secondes",
         "“broken.kpack” is copied. It is checked in a few seconds"}});
  letKioskPoll(d);
  says(lang, "content, refused", values,
       {{"Refusé", "Refused"}, {"Pack refusé : broken.kpack — ", "Pack refused: broken.kpack — "}});
  d.tap("staff.pack.import:1");
  settleImport(d);
  letKioskPoll(d);
  says(lang, "content, checked", values,
       {{"En attente", "Waiting"},
        {"demo-copy.kpack : vérifié, affiché au prochain retour à l'accueil",
         "demo-copy.kpack: checked, shown at the next return to the home screen"},
        {"Nouveau pack validé : demo-copy.kpack", "New pack checked: demo-copy.kpack"}});

  d.tap("staff.touch");
  says(lang, "touch test", values, {{"Test tactile", "Touch test"}, {"Effacer", "Clear"}});
  vitrine::test::removeDir(dir);
}

}  // namespace

TEST_CASE("every staff page and outcome in French, or all in English") {
  for (Lang lang : {Lang::Fr, Lang::En}) {
    CAPTURE(static_cast<int>(lang));
    everyPage(lang);
  }
}

TEST_CASE("staff without a PIN, a store or a packs folder read why in one language") {
  for (Lang lang : {Lang::Fr, Lang::En}) {
    CAPTURE(static_cast<int>(lang));
    vitrine::test::InLanguage in(lang);
    const fs::path dir = vitrine::test::freshDir("staff-language-none");
    {  // the visitor file's folder is missing: the PIN pad says the store's own reason
      auto c = vitrine::test::demoConfig(dir);
      c.storePath = dir / "absent" / "visitors.db";
      Driver d(c);
      vitrine::test::staffGesture(d);
      says(
          lang, "PIN pad, no store", valuesOf(d, dir),
          {{"Fichier des visiteurs indisponible : les contenus restent consultables",
            "The visitor file is unavailable: the content can still be browsed"},
           {"Dossier du fichier des visiteurs introuvable", "The visitor file's folder is missing"},
           {"Une fois corrigé, redémarrez la borne.", "Once it is fixed, restart the kiosk."}});
    }
    auto c = vitrine::test::demoConfig(dir);  // --pack: no packs folder
    Driver d(c);
    vitrine::test::staffGesture(d);
    says(lang, "PIN pad, no PIN", valuesOf(d, dir),
         {{"Aucun code défini : utilisez kioskctl pin set", "No PIN set: use kioskctl pin set"}});
    d.tap("staff.pin.cancel");
    vitrine::StaffPin(dir / "visitors.db").set("2468");
    vitrine::test::enterStaff(d);
    d.tap("staff.pack");
    says(lang, "content, no packs folder", valuesOf(d, dir),
         {{"Mises à jour indisponibles : ce kiosque a démarré avec --pack <fichier>.",
           "Updates unavailable: this kiosk started with --pack <file>."}});
    vitrine::test::removeDir(dir);
  }
}

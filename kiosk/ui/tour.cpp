// The scripted tour: drives the real screens through the visitor session, then screenshots them.
#include "tour.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "image.h"
#include "screens/screens.h"

namespace vitrine {
namespace {

class Camera {
 public:
  Camera(App& app, platform::Platform& platform, std::string dir)
      : app_(app), platform_(platform), dir_(std::move(dir)) {}

  void shoot(const std::string& name) {
    app_.settle();
    std::string error;
    std::string path = dir_ + "/" + name + ".png";
    if (saveScreenshot(path, error)) {
      std::cout << path << "\n";
    } else {
      std::cerr << "screenshot failed: " << error << "\n";
      failed_ = true;
    }
  }
  bool failed() const { return failed_; }

 private:
  bool saveScreenshot(const std::string& path, std::string& error) {
    platform::Frame frame;
    if (!platform_.readFrame(frame, error)) return false;
    const std::vector<uint8_t> png = encodePng(Image{frame.width, frame.height, std::move(frame.rgba)});
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(png.data()), static_cast<std::streamsize>(png.size()));
    if (!out) error = "cannot write " + path;
    return static_cast<bool>(out);
  }

  App& app_;
  platform::Platform& platform_;
  std::string dir_;
  bool failed_ = false;
};

}  // namespace

void walkScreens(App& app, const std::function<void(const std::string& name)>& at) {
  auto& s = app.session();
  const auto& cat = app.catalogue();
  at("01-attract");
  app.navigate(ScreenId::Home);
  at("02-home");
  app.navigate(ScreenId::Careers);
  at("03-careers");
  if (!cat.careers.empty()) {
    s.careerId = cat.careers.front().id;
    s.careers.push_back(s.careerId);
    app.navigate(ScreenId::CareerDetail);
    at("04-career");
  }
  app.navigate(ScreenId::Offers);
  at("05-offers");
  if (!cat.offers.empty()) {
    s.offerId = cat.offers.front().id;
    s.offers.push_back(s.offerId);
    app.navigate(ScreenId::OfferDetail);
    at("06-offer");
    s.organisationId = cat.offers.front().organisation;
    app.navigate(ScreenId::Organisation);
    at("06-organisation");
  }
  // The quiz: its second question (illustrated in the demo pack) answered once already (the
  // visitor came back to change it), then a result from answers that favour the first career.
  if (!cat.quiz.empty()) {
    s.quiz.start(cat.quiz.size());
    s.quiz.answers[0] = 0;
    s.quiz.answers[1] = 2;
    s.quiz.current = std::min<size_t>(1, cat.quiz.size() - 1);
    app.navigate(ScreenId::Quiz);
    at("06b-quiz");
    s.quiz.answers = answersFavouring(cat.quiz, cat.careers.front().id);
    s.quiz.current = cat.quiz.size() - 1;
    s.quiz.finished = true;
    app.navigate(ScreenId::QuizResult);
    at("06c-quiz-result");
    s.quiz = {};
  }
  app.navigate(ScreenId::Agenda);
  at("06-agenda");
  if (!cat.careers.empty()) s.schoolsCareer = cat.careers.front().id;
  app.navigate(ScreenId::Schools);
  at("06-schools");
  s.search = s.lang == ui::Lang::Nl ? "begeleid" : "éduc";
  app.navigate(ScreenId::Search);
  at("07-search");

  s.form.profile = "student";
  s.form.studentYear = 2;
  s.form.firstName = "Amélie";
  s.form.email = s.lang == ui::Lang::Fr ? "amelie.dubois@exemple.be" : "amelie.dubois@example.org";
  s.form.message =
      s.lang == ui::Lang::Nl ? "Hallo! Ik zoek een stage in het 2e jaar vanaf februari, bij Namen."
      : s.lang == ui::Lang::En
          ? "Hello! I'm looking for a second-year placement from February, near Namur."
      : s.lang == ui::Lang::De
          ? "Hallo! Ich suche ein Praktikum im 2. Jahr ab Februar, in der Nähe von Namur."
          : "Bonjour ! Je cherche un stage de 2e année à partir de février, près de Namur.";
  s.form.active = Field::Email;
  app.navigate(ScreenId::Form);
  at("08-form");
  s.form.active = Field::Message;  // its keyboard has a comma and the « ?123 » page key
  at("08-form-message");
  s.form.step = 2;
  auto targets = ui::consentTargets(app.catalogue(), s, app.config().country);
  if (!targets.empty()) s.form.consentOrgs.insert(targets.front()->id);
  at("09-consent");
  s.lastSubmissionHadContact = true;
  app.navigate(ScreenId::Thanks);
  at("10-thanks");
}

int tour(App& app, platform::Platform& platform, const std::string& dir) {
  std::error_code ec;  // `--tour shots/` for a folder that does not exist yet: make it
  std::filesystem::create_directories(dir, ec);
  if (ec) {
    std::cerr << "tour: cannot create " << dir << ": " << ec.message() << "\n";
    return 1;
  }
  Camera camera(app, platform, dir);
  auto& s = app.session();
  const auto& cat = app.catalogue();
  walkScreens(app, [&](const std::string& name) { camera.shoot(name); });
  // The next visitor reads Dutch, with the largest text and high contrast.
  s.lang = ui::Lang::Nl;
  app.navigate(ScreenId::Home);
  camera.shoot("11-home-nl");
  s.access.textStep = 2;
  s.access.highContrast = true;
  app.navigate(ScreenId::Offers);
  camera.shoot("12-offers-contrast");
  // The stage sheet at the largest text size: nothing may overflow, long texts scroll.
  if (!cat.offers.empty()) {
    s.access.highContrast = false;
    app.navigate(ScreenId::OfferDetail);
    camera.shoot("13-offer-large-nl");
  }
  // A visitor in Dutch, then one in English: the screens a README reader looks at first
  // (landscape only: the README shows portrait in French).
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  if (display.x > display.y) std::filesystem::create_directories(dir + "/lang", ec);
  for (ui::Lang lang : {ui::Lang::Nl, ui::Lang::En}) {
    if (display.x <= display.y) break;
    s.reset();
    s.lang = lang;
    const std::string suffix = std::string("-") + ui::langCode(lang);
    walkScreens(app, [&](const std::string& name) {
      for (const char* key :
           {"02-home", "03-careers", "04-career", "05-offers", "08-form", "09-consent"})
        if (name == key) camera.shoot("lang/" + name + suffix);
    });
  }
  s.reset();
  return camera.failed() ? 1 : 0;
}

}  // namespace vitrine

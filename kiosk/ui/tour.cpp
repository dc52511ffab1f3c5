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
  camera.shoot("01-attract");
  app.navigate(ScreenId::Home);
  camera.shoot("02-home");
  app.navigate(ScreenId::Careers);
  camera.shoot("03-careers");
  if (!cat.careers.empty()) {
    s.careerId = cat.careers.front().id;
    s.careers.push_back(s.careerId);
    app.navigate(ScreenId::CareerDetail);
    camera.shoot("04-career");
  }
  app.navigate(ScreenId::Offers);
  camera.shoot("05-offers");
  if (!cat.offers.empty()) {
    s.offerId = cat.offers.front().id;
    s.offers.push_back(s.offerId);
    app.navigate(ScreenId::OfferDetail);
    camera.shoot("06-offer");
    s.organisationId = cat.offers.front().organisation;
    app.navigate(ScreenId::Organisation);
    camera.shoot("06-organisation");
  }
  // The quiz: its second question (illustrated in the demo pack) answered once already (the
  // visitor came back to change it), then a result from answers that favour the first career.
  if (!cat.quiz.empty()) {
    s.quiz.start(cat.quiz.size());
    s.quiz.answers[0] = 0;
    s.quiz.answers[1] = 2;
    s.quiz.current = std::min<size_t>(1, cat.quiz.size() - 1);
    app.navigate(ScreenId::Quiz);
    camera.shoot("06b-quiz");
    s.quiz.answers = answersFavouring(cat.quiz, cat.careers.front().id);
    s.quiz.current = cat.quiz.size() - 1;
    s.quiz.finished = true;
    app.navigate(ScreenId::QuizResult);
    camera.shoot("06c-quiz-result");
    s.quiz = {};
  }
  app.navigate(ScreenId::Agenda);
  camera.shoot("06-agenda");
  if (!cat.careers.empty()) s.schoolsCareer = cat.careers.front().id;
  app.navigate(ScreenId::Schools);
  camera.shoot("06-schools");
  s.search = "éduc";
  app.navigate(ScreenId::Search);
  camera.shoot("07-search");

  s.form.profile = "student";
  s.form.studentYear = 2;
  s.form.firstName = "Amélie";
  s.form.email = "amelie.dubois@exemple.be";
  s.form.message = "Bonjour ! Je cherche un stage de 2e année à partir de février, près de Namur.";
  s.form.active = Field::Email;
  app.navigate(ScreenId::Form);
  camera.shoot("08-form");
  s.form.active = Field::Message;  // its keyboard has a comma and the « ?123 » page key
  camera.shoot("08-form-message");
  s.form.step = 2;
  auto targets = ui::consentTargets(app.catalogue(), s, app.config().country);
  if (!targets.empty()) s.form.consentOrgs.insert(targets.front()->id);
  camera.shoot("09-consent");
  s.lastSubmissionHadContact = true;
  app.navigate(ScreenId::Thanks);
  camera.shoot("10-thanks");

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
  return camera.failed() ? 1 : 0;
}

}  // namespace vitrine

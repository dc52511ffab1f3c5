// The pack limits speak the editor's language from the message table (French first, English by
// locale), never a mix, and echo a huge id cut short.
#include <doctest.h>

#include "messages.h"
#include "pack_builder.h"
#include "pack_limits.h"

using namespace vitrine;

namespace {

std::string all(const std::vector<limits::Excess>& excess) {
  std::string out;
  for (const auto& e : excess) out += e.file + ": " + e.message + "\n";
  return out;
}

Catalogue overLimits(const std::string& id) {
  Catalogue c;
  Career career;
  career.id = id;
  career.pitch = std::string(limits::kFieldBytes + 1, 'p');
  career.body.assign(limits::kBodyLines + 1, TextBlock{TextBlock::Kind::Bullet, "Poser un cadre."});
  c.careers.push_back(career);
  c.offers.resize(limits::kRows + 1);
  return c;
}

}  // namespace

TEST_CASE("pack limits in French, then in English, from the message table") {
  msg::setLanguage(msg::Lang::Fr);
  std::string fr = all(limits::checkText(overLimits("as"), {}, limits::kImages + 1)) +
                   all(limits::checkImage("big.png", 1920, 1280, 10));
  INFO(fr);
  CHECK(fr.find("careers/as.txt: as : pitch fait 1001 octets (au plus 1000)") != std::string::npos);
  CHECK(fr.find("le corps a 1001 titres, paragraphes et puces (au plus 1000)") !=
        std::string::npos);
  CHECK(fr.find("offers.csv: 20001 lignes (au plus 20000)") != std::string::npos);
  CHECK(fr.find("images/: 501 images (au plus 500)") != std::string::npos);
  CHECK(fr.find("enregistrée en 1920x1280 pixels (au plus 960x640)") != std::string::npos);
  CHECK(fr.find("bytes") == std::string::npos);  // not one English word left
  CHECK(fr.find("at most") == std::string::npos);

  msg::setLanguage(msg::Lang::En);
  std::string en = all(limits::checkText(overLimits("as"), {}, 0));
  CHECK(en.find("as: pitch is 1001 bytes long (at most 1000)") != std::string::npos);
  CHECK(en.find("octets") == std::string::npos);
  msg::resetLanguage();
}

TEST_CASE("a huge id is echoed cut short in a limit's message") {
  msg::setLanguage(msg::Lang::En);
  const std::string id(50000, 'x');
  auto excess = limits::checkText(overLimits(id), {}, 0);
  REQUIRE(!excess.empty());
  for (const auto& e : excess) CHECK(e.message.size() < 300);
  msg::resetLanguage();
}

TEST_CASE("10,000 offers past one limit: five lines and one count, like every diagnostic") {
  msg::setLanguage(msg::Lang::En);
  Sources s;
  s.catalogue.offers.resize(10000);
  for (size_t i = 0; i < s.catalogue.offers.size(); ++i) {
    s.catalogue.offers[i].id = "o-" + std::to_string(i);
    s.catalogue.offers[i].title = std::string(limits::kFieldBytes + 1, 't');
  }
  std::vector<Diagnostic> d;
  checkLimits(s, d);
  std::string text;
  for (const auto& x : d) text += x.str() + "\n";
  INFO(text.substr(0, 2000));
  CHECK(d.size() == 6);
  CHECK(text.find("9995 more problem(s) of the same kind in this file") != std::string::npos);
  msg::resetLanguage();
}

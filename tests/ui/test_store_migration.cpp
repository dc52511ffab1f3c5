// A visitor file from before sealing: at the kiosk's first start on a pack with the keys, its
// clear contact details are sealed to their organisations; those it has no key for stay, flagged.
#include "demo_keys.h"
#include "sqlite.h"
#include "store.h"
#include "temp_dir.h"
#include "ui_driver.h"

namespace fs = std::filesystem;

TEST_CASE("migration: a plaintext v3 store is sealed by the App where the pack has keys") {
  auto dir = vitrine::test::freshDir("migration");
  const fs::path db = dir / "visitors.db";
  {
    vitrine::VisitorStore old(db, "borne-1", "Salon 2025");  // no keys: what Vitrine v3 wrote
    for (const auto& [email, org] : {std::pair{"ancien.liege@exemple.be", "cpas-liege"},
                                     {"ancien.namur@exemple.be", "cpas-namur"},
                                     {"partenaire@exemple.be", "partenaire-disparu"}}) {
      vitrine::Submission s;
      s.profile = "parent";
      s.consent = true;
      s.consentOrgIds = {org};
      s.personal = {"Ancien", email, "+32470999888", "5000", "message d'avant"};
      old.save(s, "vitrine-demo");
    }
  }
  vitrine::sql::Database(db, vitrine::sql::Mode::ReadWriteCreate)
      .exec("DROP TABLE sealed; PRAGMA user_version = 3");
  REQUIRE(vitrine::test::fileBytes(db).find("ancien.liege@exemple.be") != std::string::npos);
  {
    vitrine::test::Driver d(vitrine::test::demoConfig(dir));
    auto leads = d.app.store()->leads();
    REQUIRE(leads.size() == 3);  // not a row lost
    int sealed = 0, clear = 0;
    for (const auto& l : leads) {
      sealed += l.sealed.empty() ? 0 : 1;
      clear += l.plaintext ? 1 : 0;
    }
    CHECK(sealed == 2);
    CHECK(clear == 1);  // an organisation the pack does not know: left, flagged
  }
  for (const char* gone : {"ancien.liege@exemple.be", "ancien.namur@exemple.be"})
    for (const auto& f : fs::directory_iterator(dir))  // the file, its WAL and shm, the log
      CHECK_MESSAGE(vitrine::test::fileBytes(f.path()).find(gone) == std::string::npos,
                    f.path().filename().string() << ": " << gone);
  auto store = vitrine::VisitorStore::openForReading(db);
  auto liege = vitrine::test::openedLeadsFor(store, "cpas-liege");
  REQUIRE(liege.size() == 1);
  CHECK(liege[0].submission.personal.email == "ancien.liege@exemple.be");
  CHECK(liege[0].submission.personal.message == "message d'avant");
  auto partner = store.leadsFor("partenaire-disparu");
  REQUIRE(partner.size() == 1);
  CHECK(partner[0].plaintext);
  CHECK(partner[0].submission.personal.email == "partenaire@exemple.be");
  vitrine::test::removeDir(dir);
}

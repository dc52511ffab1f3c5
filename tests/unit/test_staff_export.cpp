// Staff export: USB sticks found from /proc/mounts + sysfs; a stick pulled mid-export loses
// nothing.
#include <doctest.h>

#include <fstream>
#include <random>

#include "messages_language.h"
#include "model.h"
#include "staff_export.h"
#include "staff_figures.h"
#include "store.h"

using namespace vitrine;

namespace {

std::filesystem::path freshDir() {
  std::random_device rd;
  auto dir = std::filesystem::temp_directory_path() /
             ("vitrine-staffx-" + std::to_string(rd()) + std::to_string(rd()));
  std::filesystem::create_directories(dir);
  return dir;
}

void write(const std::filesystem::path& p, const std::string& text) {
  std::filesystem::create_directories(p.parent_path());
  std::ofstream(p) << text;
}

void saveLead(VisitorStore& store, const std::vector<std::string>& orgs, const std::string& email) {
  Submission s;
  s.profile = "jobseeker";
  s.consent = true;
  s.consentOrgIds = orgs;
  s.personal.email = email;
  store.save(s, "demo");
}

}  // namespace

TEST_CASE("mounted USB sticks are found; the system disk and other mounts are not") {
  auto dir = freshDir();
  write(dir / "mounts",
        "/dev/mmcblk0p2 / ext4 rw 0 0\n"
        "proc /proc proc rw 0 0\n"
        "/dev/sda1 /media/kiosk/CLE\\040ROUGE vfat rw 0 0\n"
        "/dev/sdb1 /run/media/kiosk/SSD exfat rw 0 0\n"
        "/dev/mmcblk0p1 /media/boot vfat rw 0 0\n"
        "/dev/sdc1 /mnt/data ext4 rw 0 0\n");
  write(dir / "block/sda/removable", "1\n");
  write(dir / "block/mmcblk0/removable", "0\n");
  write(dir / "block/sdc/removable", "1\n");
  // A USB SSD says removable=0 but its device path shows the USB bus.
  std::filesystem::create_directories(dir / "devices/pci0000:00/usb2/2-1/block/sdb");
  write(dir / "devices/pci0000:00/usb2/2-1/block/sdb/removable", "0\n");
  std::filesystem::create_directory_symlink(dir / "devices/pci0000:00/usb2/2-1/block/sdb",
                                            dir / "block/sdb");
  auto media = findRemovableMedia(dir / "mounts", dir / "block");
  REQUIRE(media.size() == 2);
  CHECK(media[0].mountPoint == "/media/kiosk/CLE ROUGE");
  CHECK(media[0].device == "/dev/sda1");
  CHECK(media[1].mountPoint == "/run/media/kiosk/SSD");
  CHECK(findRemovableMedia(dir / "missing", dir / "block").empty());
  std::filesystem::remove_all(dir);
}

TEST_CASE("each organisation gets only its own leads, verified on the stick") {
  auto dir = freshDir();
  VisitorStore store(dir / "visitors.db", "k", "e");
  saveLead(store, {"cpas-liege"}, "a@exemple.be");
  saveLead(store, {"cpas-liege", "heh"}, "b@exemple.be");
  saveLead(store, {}, "");  // interest only: nothing to export
  std::filesystem::create_directories(dir / "usb");
  auto r = exportLeadsTo(store, dir / "usb", exportFolderName("2026-11-23", "stand A"));
  REQUIRE(r.ok);
  CHECK(r.folder == dir / "usb" / "vitrine-2026-11-23-stand-A");
  REQUIRE(r.files.size() == 2);
  std::ifstream liege(r.folder / "cpas-liege.csv"), heh(r.folder / "heh.csv");
  std::string a((std::istreambuf_iterator<char>(liege)), {}),
      b((std::istreambuf_iterator<char>(heh)), {});
  CHECK(a.find("a@exemple.be") != std::string::npos);
  CHECK(a.find("b@exemple.be") != std::string::npos);
  CHECK(b.find("a@exemple.be") == std::string::npos);
  CHECK(b.find("b@exemple.be") != std::string::npos);
  CHECK(r.leads == 3);
  // After the purge of what was exported, nothing is left to export.
  store.purgePersonal(r.purgeBefore);
  auto again = exportLeadsTo(store, dir / "usb", "second");
  CHECK(again.ok);
  CHECK(again.files.empty());
  std::filesystem::remove_all(dir);
}

TEST_CASE("a stick pulled in the middle of the export: a clear error, the store untouched") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  auto dir = freshDir();
  VisitorStore store(dir / "visitors.db", "k", "e");
  saveLead(store, {"org-a"}, "a@exemple.be");
  saveLead(store, {"org-b"}, "b@exemple.be");
  std::filesystem::create_directories(dir / "usb");
  auto r = exportLeadsTo(store, dir / "usb", "export", [&](size_t written) {
    if (written == 1) std::filesystem::remove_all(dir / "usb");  // yanked after the first file
  });
  CHECK_FALSE(r.ok);
  CHECK(r.files.size() == 1);
  CHECK(r.error.find("retirée") != std::string::npos);
  CHECK(r.error.find("Rien n'a été effacé") != std::string::npos);
  auto leads = store.leads();
  REQUIRE(leads.size() == 2);
  for (const auto& l : leads) CHECK_FALSE(l.submission.personal.email.empty());
  std::filesystem::remove_all(dir);
}

TEST_CASE("today's figures: sessions per hour, top careers by title, ratings, leads per org") {
  Catalogue cat;
  cat.careers.push_back({});
  cat.careers.back().id = "as";
  cat.careers.back().title = "Assistant social";
  cat.organisations.push_back({"cpas-liege", "cpas", "CPAS de Liège", "", "", "BE", ""});
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char today[32];
  std::strftime(today, sizeof today, "%Y-%m-%dT%H:%M:%SZ", &tm);
  std::vector<StatEvent> events = {{today, "session_start", "", 0},
                                   {today, "session_start", "", 0},
                                   {"2001-01-01T10:00:00Z", "session_start", "", 0},  // another day
                                   {today, "career_view", "as", 0},
                                   {today, "career_view", "as", 0},
                                   {today, "career_view", "gone", 0},
                                   {today, "rating", "", 3},
                                   {today, "form_submit", "", 0}};
  StoredLead lead;
  lead.submission.consentOrgIds = {"cpas-liege"};
  auto f = computeFigures(events, {lead}, cat, now);
  CHECK(f.sessions == 2);
  int perHour = 0;
  for (int n : f.perHour) perHour += n;
  CHECK(perHour == 2);
  REQUIRE(f.topCareers.size() == 2);
  CHECK(f.topCareers[0].label == "Assistant social");
  CHECK(f.topCareers[0].count == 2);
  CHECK(f.topCareers[1].label == "gone");  // a career the pack dropped still shows, by id
  CHECK(f.ratings[2] == 1);
  CHECK(f.submissions == 1);
  REQUIRE(f.leadsPerOrg.size() == 1);
  CHECK(f.leadsPerOrg[0].label == "CPAS de Liège");
  CHECK(f.pendingLeads == 1);
}

TEST_CASE("today's figures: quiz runs started and finished, the careers it put first by title") {
  Catalogue cat;
  cat.careers.push_back({});
  cat.careers.back().id = "as";
  cat.careers.back().title = "Assistant social";
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char today[32];
  std::strftime(today, sizeof today, "%Y-%m-%dT%H:%M:%SZ", &tm);
  std::vector<StatEvent> events = {{today, "quiz_start", "", 0},
                                   {today, "quiz_start", "", 0},
                                   {"2001-01-01T10:00:00Z", "quiz_start", "", 0},  // another day
                                   {today, "quiz_finish", "", 0},
                                   {today, "quiz_top", "as", 0},
                                   {today, "quiz_top", "as", 0},
                                   {today, "quiz_top", "gone", 0}};
  auto f = computeFigures(events, {}, cat, now);
  CHECK(f.quizStarted == 2);
  CHECK(f.quizFinished == 1);
  REQUIRE(f.quizProposed.size() == 2);
  CHECK(f.quizProposed[0].label == "Assistant social");
  CHECK(f.quizProposed[0].count == 2);
  CHECK(f.quizProposed[1].label == "gone");
}

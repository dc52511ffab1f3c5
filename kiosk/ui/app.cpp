// The frame: gestures, the current screen, the idle countdown, then navigation and saving.
#include "app.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <stdexcept>

#include "clock_check.h"
#include "log.h"
#include "pack.h"
#include "pack_slot.h"
#include "sealing.h"
#include "staff_pin.h"
#include "app_settings.h"
#include "stats.h"
#include "store.h"
#include "textures.h"
#include "validation.h"
#include "widgets.h"
#include "worker.h"

namespace vitrine {
namespace {

const Catalogue& emptyCatalogue() {
  static const Catalogue empty;  // shown behind the pack error screen
  return empty;
}

}  // namespace

App::App(platform::Platform& platform, AppConfig config)
    : platform_(platform), config_(std::move(config)) {
  screens_ = ui::makeScreens(staff_, staffContext_);
  const AppConfig commandLine = config_;
  applySavedSettings(config_);  // staff settings saved in the store override the command line
  ImGui::GetIO().IniFilename = nullptr;  // a kiosk keeps no window layout on disk
  ImGui::GetIO().LogFilename = nullptr;
  ui::KeyboardLayout unused;
  if (!config_.keyboard.empty() && !ui::parseLayout(config_.keyboard, unused))
    throw std::invalid_argument("--keyboard wants azerty, qwertz or qwerty, not " +
                                config_.keyboard);
  try {
    TrustedPublishers trusted = loadTrustedPublishers(config_.trustedDir);
    if (config_.packsDir.empty()) {
      auto pack = Pack::open(config_.packPath);
      requireTrustedSignature(config_.packPath, pack->catalogue().meta.contentHash, trusted);
      pack_ = std::move(pack);
    } else {
      packSlot_ = std::make_unique<PackSlot>(config_.packsDir, std::move(trusted));
      pack_ = packSlot_->openAtStart();
      // From now on a dropped pack is checked on a thread: frames keep flowing meanwhile.
      packSlot_->checkOnWorker([this] { platform_.wake(); });
    }
  } catch (const PackError& e) {
    screenAs<ui::PackErrorScreen>(ScreenId::PackError).detail = e.what();
    current_ = ScreenId::PackError;
    log::error(e.what());
  }
  try {
    storeFile_ = StoreFile::open(config_.storePath);
    store_ = std::make_unique<VisitorStore>(storeFile_, config_.kioskId, config_.eventTag);
  } catch (const StoreError& e) {
    storeError_ = e.what();
    log::error(std::string("visitor store unavailable: ") + e.what());
  }
  stats_ = std::make_unique<Stats>(storeFile_, config_.kioskId, config_.eventTag);
  stats_->flushOnWorker([this] { platform_.wake(); });
  stats_->stampWith([this] { return wallOffset_ + platform_.now(); });  // the staff pages' clock
  maintenance_ = std::make_unique<Worker>(Worker::Mode::Thread, [this] { platform_.wake(); });
  textures_ = std::make_unique<ui::Textures>(platform_, pack_.get());
  if (pack_) searchIndex_ = std::make_unique<SearchIndex>(*pack_);
  lastActivity_ = platform_.now();
  wallOffset_ = wallNow() - platform_.now();
  clockWatch_.observe(wallNow(), platform_.now());
  staffContext_ = {store_.get(),      stats_.get(),      config_.storePath, storeFile_,
                   config_.kioskId,   config_.eventTag,  config_.exportDir, 0.0,
                   {&config_.idleSeconds, &config_.language, &config_.retentionDays,
                    packSlot_.get(), settingsOf(commandLine), &config_.scale, &config_.host},
                   {},
                   {},
                   config_.runCommand,
                   storeError_,
                   [this] { platform_.wake(); }};
  const ClockCheck clock = checkClock(wallNow(), catalogue().meta.buildTime);
  if (!clock.plausible) log::warning("clock: " + clock.reason);
  applyPackKeys();
  applyRetention(platform_.now());
  session_.lang = config_.language;
}

App::~App() = default;

// The running pack's organisation keys seal every later submission; clear contact details an
// older Vitrine left are sealed now when every organisation they went to has a key.
void App::applyPackKeys() {
  if (!store_ || !pack_) return;
  const SealingKeys keys = sealingKeysOf(catalogue().meta.orgKeys, catalogue().meta.standKey);
  store_->setSealingKeys(keys);
  try {
    const SealReport r = store_->sealPlaintext(keys);
    if (r.sealed > 0)
      log::info("visitor file: clear contact details of " + std::to_string(r.sealed) +
                " submission(s) sealed to their organisations' keys");
    if (r.left > 0)
      log::warning("visitor file: " + std::to_string(r.left) +
                   " submission(s) keep contact details in clear: an organisation they consented "
                   "to has no key in this pack");
  } catch (const StoreError& e) {
    log::error(std::string("sealing older contact details failed: ") + e.what());
  }
}

int App::retentionDays() const {
  return effectiveRetentionDays(pack_ ? pack_->catalogue().meta.retentionDays : 0,
                                config_.retentionDays);
}

// At start and every hour: the notice's promise is kept while the kiosk runs for days. The purge
// (secure delete, journal checkpoint) runs on the maintenance thread with its own connection:
// a frame never waits for it, nor for another writer's lock.
void App::applyRetention(double now) {
  if (now < nextRetention_) return;
  nextRetention_ = now + kRetentionPeriodSeconds;
  if (!store_) return;
  const auto wall = std::chrono::system_clock::time_point(
      std::chrono::duration_cast<std::chrono::system_clock::duration>(
          std::chrono::duration<double>(wallNow())));
  maintenance_->post([this, days = retentionDays(), wall, buildTime = catalogue().meta.buildTime,
                      path = config_.storePath, kioskId = config_.kioskId,
                      eventTag = config_.eventTag](const std::atomic<bool>&) -> Worker::Done {
    try {
      if (!maintenanceFile_) maintenanceFile_ = StoreFile::open(path);
      VisitorStore store(maintenanceFile_, kioskId, eventTag);
      purgeExpiredContacts(store, days, wall, buildTime);
    } catch (const StoreError& e) {
      log::error(std::string("retention purge failed: ") + e.what());
    }
    return {};
  });
}

double App::wallNow() const { return config_.wallClock ? config_.wallClock() : wallClockSeconds(); }

// Every frame: a wall clock that stepped (date -s, staff setting it, a late correction) is logged
// at once and listed on the staff Kiosque page, since stamps before and after it disagree; the
// staff pages (today's figures, PIN delays, export folder) follow the new time from then on.
void App::watchClock(double now) {
  if (!clockWatch_.observe(wallNow(), now)) return;
  log::warning("clock: " + describeJump(clockWatch_.jumps().back()));
  wallOffset_ = wallNow() - now;
}

// What the visitor typed is overwritten before it is freed: no copy lingers in the heap.
void App::wipeForm() {
  FormState& f = session_.form;
  for (std::string* field : {&f.firstName, &f.email, &f.phone, &f.postalCode, &f.message})
    wipe(*field);
}

const std::string& App::startupError() const {
  return static_cast<const ui::PackErrorScreen&>(*screens_[static_cast<size_t>(ScreenId::PackError)])
      .detail;
}

const Catalogue& App::catalogue() const { return pack_ ? pack_->catalogue() : emptyCatalogue(); }

bool App::trackActivity(double now) {
  const ImGuiIO& io = ImGui::GetIO();
  bool moved = io.MousePos.x != lastMouse_.x || io.MousePos.y != lastMouse_.y;
  lastMouse_ = io.MousePos;
  // While « Toujours là ? » shows, only a touch answers it: a pointer that merely moved (X moves
  // it to where a finger lands, a frame ahead of the press) must not close it under that press.
  bool active = io.MouseDown[0] || io.MouseReleased[0] || (moved && !warning_);
  if (active) lastActivity_ = now;
  return active;
}

void App::prepareFonts() {
  bakeFonts(std::launch::deferred);
  finishFonts();
}

void App::bakeFonts(std::launch policy) {
  // Fonts are baked for the display's scale (or the one --scale or staff chose) and the
  // visitor's text size; a rotated or replugged screen, or a new choice, re-bakes them.
  theme_.use(session_.access.textStep, session_.access.highContrast);
  ImVec2 display = ImGui::GetIO().DisplaySize;
  float wanted = display.x > 0 ? ui::uiScale(config_.scale, display.x, display.y) : theme_.scale;
  if (!theme_.needsFonts(wanted)) return;
  theme_.scale = wanted;
  fontBake_ = std::async(policy, [this, atlas = ImGui::GetIO().Fonts] {
    std::string error;
    theme_.loadFonts(*atlas, config_.fontDir, error);
    return error;
  });
}

void App::startLoading() {
  bakeFonts(std::launch::async);
  if (current_ == ScreenId::Home)
    for (const std::string& image : ui::HomeScreen::images(catalogue())) textures_->prefetch(image);
  if (current_ == ScreenId::Attract) textures_->prefetch(screenAs<ui::AttractScreen>(ScreenId::Attract).image(catalogue()));
}

void App::finishFonts() {
  if (!fontBake_.valid()) return;
  if (std::string error = fontBake_.get(); !error.empty()) log::error(error);
  if (!theme_.fontNote().empty() && !fontNoteLogged_) {
    log::error(theme_.fontNote());
    fontNoteLogged_ = true;
  }
  ImGuiIO& io = ImGui::GetIO();
  io.FontDefault = theme_.fonts.body;
  theme_.applyStyle();
  fontsToUpload_ = true;
  ++fontBakes_;
  char line[128];
  std::snprintf(
      line, sizeof line, "fonts baked for UI scale %.2f%s, text size %d: %dx%d atlas",
      static_cast<double>(theme_.scale),
      config_.scale > theme_.scale + 0.01f ? " (the chosen one is too big for this screen)" : "",
      theme_.textStep() + 1, io.Fonts->TexWidth, io.Fonts->TexHeight);
  log::info(line);
}

double App::frame() {
  prepareFonts();
  if (fontsToUpload_) {
    platform_.reloadFonts();
    fontsToUpload_ = false;
  }

  platform_.newFrame();
  const double now = platform_.now();
  watchClock(now);
  maintenance_->deliver();
  staff_.collectWork();
  if (packSlot_) updatePack(now);
  // Between visitors only: the purge and its checkpoint never delay a visitor's touch.
  if (current_ == ScreenId::Attract || current_ == ScreenId::PackError) applyRetention(now);
  if (trackActivity(now)) burstFrames_ = 3;
  // Staff mode: the hidden gesture ends any visitor session; staff touches are not statistics.
  const ImGuiIO& pointer = ImGui::GetIO();
  staffContext_.wallClock = wallOffset_ + now;
  bool gestureTouch = false;
  if (!ui::isStaffScreen(current_)) {
    if (staffGesture_.feed(pointer.MousePos.x, pointer.MousePos.y, pointer.MouseDown[0], now,
                           pointer.DisplaySize.x, pointer.DisplaySize.y, theme_.scale)) {
      resetVisitor("staff");
      staffContext_.clock = checkClock(wallNow(), catalogue().meta.buildTime);
      staffContext_.clockJumps.clear();
      for (const ClockJump& j : clockWatch_.jumps())
        staffContext_.clockJumps.push_back(describeJump(j));
      staff_.open(staffContext_);
      current_ = ScreenId::StaffPin;
    }
    gestureTouch = staffGesture_.consumed();
  }
  if (pointer.MouseClicked[0] && pointer.DisplaySize.x > 0 && !ui::isStaffScreen(current_)) {
    // A coarse 16x9 cell for the heatmap: enough to see dead zones, never a signature.
    int cx = std::clamp(static_cast<int>(16 * pointer.MousePos.x / pointer.DisplaySize.x), 0, 15);
    int cy = std::clamp(static_cast<int>(9 * pointer.MousePos.y / pointer.DisplaySize.y), 0, 8);
    stats_->record(EventKind::Touch, std::to_string(cx) + "," + std::to_string(cy));
  }
  touch_.beginFrame(theme_.scale, now);
  textures_->beginFrame(current_ != lastDrawn_);
  lastDrawn_ = current_;
  hits_.clear();

  followLanguage();
  NavRequest nav;
  ui::Ui ui{theme_, touch_, hits_, *textures_, catalogue(), session_, nav};
  ui.now = now;
  ui.lang = session_.lang;
  ui.stats = stats_.get();
  ui.search = searchIndex_.get();
  ui.canSave = store_ != nullptr;
  ui.country = config_.country;
  ui.host = config_.host;
  ui.keyboard = ui::layoutFor(config_.keyboard, config_.country, session_.lang);
  ui.country = config_.country;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->Pos);
  ImGui::SetNextWindowSize(vp->Size);
  ImGui::Begin("##screen", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                   ImGuiWindowFlags_NoScrollWithMouse |
                   ImGuiWindowFlags_NoBackground);  // the platform clears to the paper colour
  drawScreen(ui);
  if (gestureTouch) nav = {};  // a touch of the hidden gesture is nobody's tap
  double idleFor = now - lastActivity_;
  bool idleApplies = current_ != ScreenId::Attract && current_ != ScreenId::PackError;
  warning_ = idleApplies && idleFor > config_.idleSeconds - warnSeconds();
  if (warning_) drawIdleWarning(ui, config_.idleSeconds - idleFor);
  ImGui::End();
  textures_->endFrame();
  platform_.render();

  if (ui.submitRequested) submit();
  if (idleApplies && idleFor >= config_.idleSeconds) {
    nav = {NavRequest::Kind::Reset, ScreenId::Attract, {}};
    nav.id = "idle";
  }
  if (nav.kind != NavRequest::Kind::None) {
    apply(nav);
    burstFrames_ = 3;
  }

  // Frame pacing: full rate only while something moves; otherwise sleep until the next deadline.
  if (burstFrames_ > 0) --burstFrames_;
  if (burstFrames_ > 0 || ui.animating || touch_.animating() || touch_.fingerDown()) return 0.0;
  // Only when about to sleep, and written on the statistics thread: never costs a frame.
  if (stats_->pending() > 0) stats_->flushAsync();
  double next = ui.wakeAt;
  if (idleApplies) {
    double warnAt = lastActivity_ + config_.idleSeconds - warnSeconds();
    next = std::min(next, warning_ ? now + 1.0 : warnAt);  // the countdown ticks every second
    next = std::min(next, lastActivity_ + config_.idleSeconds);
  }
  if (packSlot_) next = std::min(next, nextPackPoll_);
  // Images still on their way need no timer: the decoding thread wakes the loop for each one.
  return std::clamp(next - now, 0.0, 3600.0);
}

// The visitor picked another language (or a reset went back to French): the pack's texts follow,
// falling back to the default language where a translation is missing. Screens keep ids, not
// pointers, so swapping the catalogue between frames is safe; search results are recomputed (the
// index searches in whatever language the pack's catalogue is in).
void App::followLanguage() {
  const char* lang = ui::langCode(session_.lang);
  if (!pack_ || pack_->language() == lang) return;
  pack_->setLanguage(lang);
  screenOf(ScreenId::Search).reset();
}

void App::drawScreen(ui::Ui& ui) { screenOf(current_).draw(ui); }

double App::warnSeconds() const {
  if (config_.warnSeconds > 0) return std::min(config_.warnSeconds, config_.idleSeconds);
  return std::clamp(config_.idleSeconds / 6.0, std::min(5.0, config_.idleSeconds), 15.0);
}

void App::drawIdleWarning(ui::Ui& ui, double remaining) {
  using namespace ui;
  // A modal: the touch that answers it (anywhere, « Je continue » or not) reaches nothing beneath.
  beginModal(ui, "##idle", color::rgb(0x2A, 0x27, 0x30, 150));
  const ImVec2 o = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float w = ui.px(900), h = ui.px(420);
  ImVec2 min(o.x + (size.x - w) * 0.5f, o.y + (size.y - h) * 0.5f), max(min.x + w, min.y + h);
  dl->AddRectFilled(min, max, color::cream, ui.theme.radius() * 1.5f);
  ImFont* h1 = ui.theme.fonts.h1;
  dl->AddText(h1, h1->FontSize, ImVec2(min.x + ui.px(60), min.y + ui.px(50)), color::teal,
              ui.t(S::StillThere));
  std::string body = ui.tn(S::StillThereBody, std::max(0, static_cast<int>(remaining + 0.99)));
  dl->AddText(ui.theme.fonts.h3, ui.theme.fonts.h3->FontSize,
              ImVec2(min.x + ui.px(60), min.y + ui.px(150)), color::ink, body.c_str(), nullptr,
              w - ui.px(120));
  float bw = ui.px(380), bh = ui.theme.touchMin();
  ImGui::SetCursorScreenPos(ImVec2(min.x + (w - bw) * 0.5f, max.y - ui.px(60) - bh));
  button(ui, "idle.continue", ui.t(S::Continue), Look::Primary, Icon::None, bw);
  endModal(ui);  // any touch anywhere counts as activity and closes it
}

void App::navigate(ScreenId to) {
  NavRequest nav{NavRequest::Kind::Go, to, {}};
  apply(nav);
}

void App::recordNavigation(ScreenId from, const NavRequest& nav) {
  if (nav.kind != NavRequest::Kind::Go || nav.to == from) return;
  if (ui::isStaffScreen(from) || ui::isStaffScreen(nav.to)) return;  // staff are not visitors
  if (from == ScreenId::Attract) {
    sessionStart_ = platform_.now();
    stats_->record(EventKind::SessionStart);
  }
  stats_->record(EventKind::ScreenView, screenName(nav.to));
  if (nav.to == ScreenId::CareerDetail) stats_->record(EventKind::CareerView, nav.id);
  if (nav.to == ScreenId::OfferDetail) stats_->record(EventKind::OfferView, nav.id);
  if (nav.to == ScreenId::Form) {
    stats_->record(EventKind::FormStart);
    stats_->record(EventKind::SelectionSize, {}, session_.selectionSize());
  }
  if (from == ScreenId::Form && nav.to != ScreenId::Thanks) stats_->record(EventKind::FormAbandon);
}

void App::apply(const NavRequest& nav) {
  touch_.cancel();
  recordNavigation(current_, nav);
  if (nav.kind == NavRequest::Kind::Back || (nav.kind == NavRequest::Kind::Go && nav.to != current_))
    screenOf(current_).leave(stats_.get());
  switch (nav.kind) {
    case NavRequest::Kind::None: return;
    case NavRequest::Kind::Reset: resetVisitor(nav.id.empty() ? "reset" : nav.id.c_str()); return;
    case NavRequest::Kind::Back:
      current_ = session_.history.empty() ? ScreenId::Home : session_.history.back();
      if (!session_.history.empty()) session_.history.pop_back();
      return;
    case NavRequest::Kind::Go:
      if (nav.to == current_) return;
      if (current_ != ScreenId::Attract && current_ != ScreenId::Thanks)
        session_.history.push_back(current_);
      current_ = nav.to;
      screenOf(current_).enter(session_);
      return;
  }
}

void App::submit() {
  FormState& form = session_.form;
  if (!store_) {  // the form said so already; staff read the reason in staff mode
    form.error = ui::tr(ui::S::CannotSaveHere, session_.lang);
    return;
  }
  Submission s;
  s.profile = form.profile;
  if (form.profile == "student" && form.studentYear > 0)
    s.profile += ":" + std::to_string(form.studentYear);
  s.careerIds = session_.careers;
  s.offerIds = session_.offers;
  // Only boxes the visitor could see count: organisations of what is in Ma sélection.
  for (const Organisation* org : ui::consentTargets(catalogue(), session_, config_.country))
    if (form.consentOrgs.count(org->id)) s.consentOrgIds.push_back(org->id);
  s.consent = !s.consentOrgIds.empty();
  s.consentVersion = consentRecord(catalogue(), ui::langCode(session_.lang));
  std::string phone = toE164(form.phone, phoneCountryOf(form, config_.country));
  if (s.consent)  // no box ticked: an anonymous send, whatever was typed is not kept
    s.personal = {form.firstName, form.email, phone.empty() ? form.phone : phone, form.postalCode,
                  form.message};
  try {
    store_->save(s, catalogue().meta.packId);
  } catch (const StoreError& e) {
    // The form stays filled so the visitor (or staff) can retry once the cause is fixed. The
    // visitor reads their own language only; the cause (a full disk...) is for staff: the log.
    form.error = ui::tr(ui::S::NotSaved, session_.lang);
    log::error(std::string("visitor form not saved: ") + e.what());
    return;
  }
  session_.lastSubmissionHadContact = s.consent;
  stats_->record(EventKind::FormSubmit);
  wipe(s.personal);
  wipe(phone);
  wipeForm();
  session_.form = FormState{};  // saved: nothing personal stays in the UI
  session_.history.clear();
  apply({NavRequest::Kind::Go, ScreenId::Thanks, {}});
}

void App::resetVisitor(const char* reason) {
  if (current_ != ScreenId::Attract && current_ != ScreenId::PackError &&
      !ui::isStaffScreen(current_)) {
    screenOf(current_).leave(stats_.get());
    const QuizState& quiz = session_.quiz;
    if (quiz.abandoned() && quiz.current < catalogue().quiz.size())
      stats_->record(EventKind::QuizAbandon, catalogue().quiz[quiz.current].id);
    if (current_ == ScreenId::Form) stats_->record(EventKind::FormAbandon);
    stats_->record(EventKind::SelectionSize, {}, session_.selectionSize());
    stats_->record(EventKind::SessionEnd, reason, static_cast<int64_t>(platform_.now() - sessionStart_));
  }
  // Every screen starts afresh: no selection, typed text or QR of it survives in the UI.
  wipeForm();
  session_.reset();
  session_.lang = config_.language;  // staff may have chosen another default than French
  for (auto& screen : screens_) screen->reset();
  current_ = pack_ ? ScreenId::Attract : ScreenId::PackError;
}

// A new pack is looked for every few seconds, and only switched in between two visitors (on the
// attract loop, where every reset lands): the visitor in front of the screen never sees it move.
void App::updatePack(double now) {
  packSlot_->collect();  // a check finished on the worker: its pack is staged
  if (now >= nextPackPoll_) {
    nextPackPoll_ = now + PackSlot::kPollSeconds;
    packSlot_->poll();
  }
  if (!packSlot_->switchPending() ||
      (current_ != ScreenId::Attract && current_ != ScreenId::PackError))
    return;
  auto fresh = packSlot_->switchNow();  // starts the switch on the worker, later hands it over
  if (!fresh) return;  // on its way, or rejected: the old pack stays, its file restored by the slot
  textures_.reset();   // its textures and search statement belong to the old pack
  searchIndex_.reset();
  pack_ = std::move(fresh);
  applyPackKeys();  // the new pack's keys seal from the next visitor on
  textures_ = std::make_unique<ui::Textures>(platform_, pack_.get());
  searchIndex_ = std::make_unique<SearchIndex>(*pack_);
  screenOf(ScreenId::Attract).reset();
  screenAs<ui::PackErrorScreen>(ScreenId::PackError).detail.clear();
  current_ = ScreenId::Attract;
}

bool App::backgroundBusy() const {
  const bool slotBusy =
      packSlot_ && (packSlot_->checking() || packSlot_->switching() || packSlot_->importing());
  return slotBusy || maintenance_->busy() || staff_.working() || staff_.countingFigures();
}

void App::waitForBackground() {
  if (packSlot_) packSlot_->waitForCheck();
  stats_->waitForFlush();
  maintenance_->waitIdle();
  staff_.waitForWork();
}

void App::settle(int maxFrames) {
  for (int i = 0; i < maxFrames; ++i) {
    double wait = frame();
    if (textures_->pending()) {
      textures_->waitForDecodes();  // the next frame shows them
      continue;
    }
    if (backgroundBusy()) {
      waitForBackground();  // the next frame takes the results in
      continue;
    }
    if (i >= 3 && wait > 0) break;
  }
}

}  // namespace vitrine

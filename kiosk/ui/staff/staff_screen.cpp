// Staff mode pages: the navigation column, today's figures with charts, and the kiosk status.
#include <algorithm>
#include <cstdio>
#include <memory>
#include <set>

#include "report_messages.h"
#include "staff_messages.h"
#include "staff_mode.h"
#include "store.h"
#include "widgets.h"
#include "worker.h"

namespace vitrine::ui {
namespace {

void text(ImDrawList* dl, ImFont* f, ImVec2 at, ImU32 col, const std::string& s) {
  dl->AddText(f, f->FontSize, at, col, s.c_str());
}

// A big number with its caption, on a white tile.
void tile(Ui& ui, ImDrawList* dl, ImVec2 min, ImVec2 max, int value, const std::string& caption) {
  dl->AddRectFilled(min, max, color::white, ui.theme.radius());
  text(dl, ui.theme.fonts.h1, ImVec2(min.x + ui.px(24), min.y + ui.px(12)), color::teal,
       std::to_string(value));
  text(dl, ui.theme.fonts.small, ImVec2(min.x + ui.px(24), max.y - ui.px(40)), color::inkSoft,
       caption);
}

// Horizontal bars: one line per entry, the bar's length proportional to the largest count.
float rankedList(Ui& ui, ImDrawList* dl, ImVec2 at, float w, const std::string& title,
                 const std::vector<Ranked>& rows, ImU32 barColor) {
  ImFont* f = ui.theme.fonts.small;
  text(dl, ui.theme.fonts.bodyBold, at, color::ink, title);
  float y = at.y + ui.px(40);
  if (rows.empty()) {
    text(dl, f, ImVec2(at.x, y), color::inkSoft, tr(SFM::nothing_today));
    return y + ui.px(36);
  }
  int most = 1;
  for (const Ranked& r : rows) most = std::max(most, r.count);
  const float barW = w * 0.35f, labelW = w - barW - ui.px(70);
  for (const Ranked& r : rows) {
    textClipped(dl, f, color::ink, ImVec2(at.x, y), r.label, labelW);
    float bx = at.x + labelW + ui.px(10);
    float len = std::max(ui.px(4), barW * static_cast<float>(r.count) / static_cast<float>(most));
    dl->AddRectFilled(ImVec2(bx, y + ui.px(4)), ImVec2(bx + len, y + ui.px(26)), barColor,
                      ui.px(6));
    text(dl, f, ImVec2(bx + len + ui.px(10), y), color::inkSoft, std::to_string(r.count));
    y += ui.px(34);
  }
  return y;
}

// Sessions per hour as vertical bars over the opening hours (8 h–19 h, wider if needed).
void hourChart(Ui& ui, ImDrawList* dl, ImVec2 min, ImVec2 max, const std::array<int, 24>& hours) {
  int first = 8, last = 19, most = 1;
  for (int h = 0; h < 24; ++h) {
    if (hours[h] == 0) continue;
    first = std::min(first, h);
    last = std::max(last, h);
    most = std::max(most, hours[h]);
  }
  dl->AddRectFilled(min, max, color::white, ui.theme.radius());
  text(dl, ui.theme.fonts.bodyBold, ImVec2(min.x + ui.px(24), min.y + ui.px(16)), color::ink,
       tr(SFM::visits_per_hour));
  ImFont* f = ui.theme.fonts.small;
  const float top = min.y + ui.px(70), bottom = max.y - ui.px(44);
  const float left = min.x + ui.px(24), width = max.x - min.x - ui.px(48);
  const float slot = width / static_cast<float>(last - first + 1);
  dl->AddLine(ImVec2(left, bottom), ImVec2(left + width, bottom), color::sandDeep, ui.px(2));
  for (int h = first; h <= last; ++h) {
    float x0 = left + slot * static_cast<float>(h - first) + slot * 0.15f;
    float x1 = x0 + slot * 0.7f;
    float height = (bottom - top) * static_cast<float>(hours[h]) / static_cast<float>(most);
    if (hours[h] > 0) {
      dl->AddRectFilled(ImVec2(x0, bottom - height), ImVec2(x1, bottom), color::terracotta,
                        ui.px(4), ImDrawFlags_RoundCornersTop);
      std::string n = std::to_string(hours[h]);
      float nw = f->CalcTextSizeA(f->FontSize, 1e9f, 0, n.c_str()).x;
      text(dl, f, ImVec2((x0 + x1 - nw) * 0.5f, bottom - height - f->FontSize - ui.px(2)),
           color::ink, n);
    }
    std::string label = tr(SFM::hour, {std::to_string(h)});
    float lw = f->CalcTextSizeA(f->FontSize, 1e9f, 0, label.c_str()).x;
    text(dl, f, ImVec2((x0 + x1 - lw) * 0.5f, bottom + ui.px(8)), color::inkSoft, label);
  }
}

}  // namespace

void StaffMode::show(Page p, Ui& ui, StaffContext& ctx) {
  page_ = p;
  if (p == Page::Figures) {
    countFigures(ui, ctx);
  } else if (p == Page::Export) {
    media_ = findRemovableMedia();
    exportMessage_.clear();
    exportFailed_ = purgeOffered_ = false;
  } else if (p == Page::Kiosk) {
    if (!clockRun_.valid()) clockEdit_.open = false;
    clockMessage_.clear();
  } else if (p == Page::Touch) {
    strokes_.clear();
  } else if (p == Page::Settings) {
    editKey_.clear();
    settingsMessage_.clear();
    settingsFailed_ = false;
    try {
      saved_ = loadSettings(*ctx.storeFile());
    } catch (const std::exception& e) {
      saved_ = {};
      settingsMessage_ = e.what();
      settingsFailed_ = true;
    }
  } else if (p == Page::Pack) {
    packMessage_.clear();
    packFailed_ = false;
    scanUsbPacks(ctx);
  }
}

void StaffMode::drawNav(Ui& ui, StaffContext& ctx, float x, float y, float w) {
  struct Entry {
    const char* name;
    SFM label;
    Page page;
  };
  const Entry entries[] = {{"staff.figures", SFM::nav_figures, Page::Figures},
                           {"staff.export", SFM::nav_export, Page::Export},
                           {"staff.kiosk", SFM::nav_kiosk, Page::Kiosk},
                           {"staff.settings", SFM::nav_settings, Page::Settings},
                           {"staff.pack", SFM::nav_pack, Page::Pack},
                           {"staff.touch", SFM::nav_touch, Page::Touch}};
  const float step = ui.theme.touchMin() + ui.px(16);
  for (const Entry& e : entries) {
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    if (button(ui, e.name, tr(e.label).c_str(), page_ == e.page ? Look::Teal : Look::Secondary,
               Icon::None, w))
      show(e.page, ui, ctx);
    y += step;
  }
  const float bottom = ImGui::GetWindowPos().y + ImGui::GetWindowHeight() - ui.px(40);
  ImGui::SetCursorScreenPos(ImVec2(x, bottom - 3 * step));
  if (button(ui, "staff.leave", tr(SFM::leave).c_str(), Look::Primary, Icon::Home, w)) ui.reset();
  ImGui::SetCursorScreenPos(ImVec2(x, bottom - 2 * step));
  if (button(ui, "staff.restart", tr(SFM::restart).c_str(), Look::Quiet, Icon::None, w))
    exitCode_ = kExitRestart;
  ImGui::SetCursorScreenPos(ImVec2(x, bottom - step));
  if (button(ui, "staff.quit", tr(SFM::quit).c_str(), Look::Quiet, Icon::None, w))
    exitCode_ = kExitQuit;
}

// Every event and lead of the season is read and counted: about a second on a Pi with a full
// store, so on the staff worker, on its own connection, with a copy of the catalogue (the pack
// may change meanwhile) and of today's last visitors still in the statistics buffer.
void StaffMode::countFigures(Ui& ui, StaffContext& ctx) {
  std::vector<StatEvent> buffered;
  if (ctx.stats) {
    buffered = ctx.stats->buffered();
    ctx.stats->flushAsync();  // stored as well, by the statistics worker
  }
  if (!ctx.store && buffered.empty()) {
    figures_ = computeFigures({}, {}, ui.catalogue, static_cast<std::time_t>(ctx.wallClock));
    return;
  }
  countingFigures_ = true;
  worker(ctx).post([this, path = ctx.storePath, haveStore = ctx.store != nullptr,
                    kioskId = ctx.kioskId, eventTag = ctx.eventTag, buffered = std::move(buffered),
                    catalogue = std::make_shared<const Catalogue>(ui.catalogue),
                    now = static_cast<std::time_t>(ctx.wallClock),
                    visit = visit_](const std::atomic<bool>&) -> Worker::Done {
    std::vector<StatEvent> events;
    std::vector<StoredLead> leads;
    try {
      if (haveStore) {
        VisitorStore store(StoreFile::open(path), kioskId, eventTag);
        events = store.events();
        leads = store.leads();
      }
    } catch (const StoreError&) {
      // The figures still show what was read; the export page reports the store's problem.
    }
    std::set<std::string> stored;
    for (const StatEvent& e : events) stored.insert(e.id);
    for (const StatEvent& e : buffered)  // the statistics worker may have stored them already
      if (!stored.count(e.id)) events.push_back(e);
    auto figures = std::make_shared<StaffFigures>(computeFigures(events, leads, *catalogue, now));
    return [this, figures, visit] {
      if (visit != visit_) return;  // counted for an earlier staff visit
      figures_ = std::move(*figures);
      countingFigures_ = false;
    };
  });
}

void StaffMode::collectWork() {
  if (worker_) worker_->deliver();  // an export or a purge finished: its outcome shows now
}

void StaffMode::draw(Ui& ui, StaffContext& ctx) {
  const ImVec2 o = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  const float pad = ui.px(40), navW = ui.px(400);
  ImGui::GetWindowDrawList()->AddRectFilled(o, ImVec2(o.x + navW + 2 * pad, o.y + size.y),
                                            color::sand);
  text(ImGui::GetWindowDrawList(), ui.theme.fonts.h3, ImVec2(o.x + pad, o.y + pad), color::teal,
       tr(SFM::staff_mode));
  drawNav(ui, ctx, o.x + pad, o.y + pad + ui.px(70), navW);
  ImVec2 min(o.x + navW + 3 * pad, o.y + pad), max(o.x + size.x - pad, o.y + size.y - pad);
  switch (page_) {
    case Page::Figures:
      drawFigures(ui, min, max);
      break;
    case Page::Export:
      drawExport(ui, ctx, min, max);
      break;
    case Page::Kiosk:
      drawKiosk(ui, ctx, min, max);
      break;
    case Page::Settings:
      drawSettings(ui, ctx, min, max);
      break;
    case Page::Pack:
      drawPack(ui, ctx, min, max);
      break;
    case Page::Touch:
      drawTouchTest(ui, min, max);
      break;
  }
}

void StaffMode::drawFigures(Ui& ui, ImVec2 min, ImVec2 max) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const StaffFigures& f = figures_;
  if (countingFigures_) {
    text(dl, ui.theme.fonts.h2, min, color::teal, tr(SFM::nav_figures));
    text(dl, ui.theme.fonts.body, ImVec2(min.x, min.y + ui.px(70)), color::inkSoft,
         tr(SFM::counting));
    return;
  }
  text(dl, ui.theme.fonts.h2, min, color::teal, tr(SFM::figures_of, {f.day}));
  const float w = max.x - min.x, gap = ui.px(20);
  float y = min.y + ui.px(70);
  const float tileW = (w - 4 * gap) / 5, tileH = ui.px(130);
  int rated = f.ratings[0] + f.ratings[1] + f.ratings[2];
  const int values[] = {f.sessions, f.submissions, f.pendingLeads, rated, f.quizFinished};
  const std::string captions[] = {tr(SFM::tile_visits), tr(SFM::tile_forms), tr(SFM::tile_leads),
                                  tr(SFM::tile_ratings),
                                  tr(SFM::tile_quiz, {std::to_string(f.quizStarted)})};
  for (int i = 0; i < 5; ++i) {
    float x = min.x + static_cast<float>(i) * (tileW + gap);
    tile(ui, dl, ImVec2(x, y), ImVec2(x + tileW, y + tileH), values[i], captions[i]);
  }
  y += tileH + gap;
  const float chartH = std::clamp((max.y - y) * 0.4f, ui.px(200), ui.px(320));
  hourChart(ui, dl, ImVec2(min.x, y), ImVec2(max.x, y + chartH), f.perHour);
  y += chartH + gap;
  const float colW = (w - 2 * gap) / 3;
  rankedList(ui, dl, ImVec2(min.x, y), colW, tr(RM::top_careers), f.topCareers, color::teal);
  float y1 = rankedList(ui, dl, ImVec2(min.x + colW + gap, y), colW, tr(RM::top_offers),
                        f.topOffers, color::sage);
  rankedList(ui, dl, ImVec2(min.x + colW + gap, y1 + gap), colW, tr(RM::quiz_proposed),
             f.quizProposed, color::rose);
  float y2 = rankedList(ui, dl, ImVec2(min.x + 2 * (colW + gap), y), colW, tr(SFM::leads_per_org),
                        f.leadsPerOrg, color::terracotta);
  const std::vector<Ranked> ratings = {{tr(RM::rating_happy), f.ratings[2]},
                                       {tr(RM::rating_middle), f.ratings[1]},
                                       {tr(RM::rating_sad), f.ratings[0]}};
  rankedList(ui, dl, ImVec2(min.x + 2 * (colW + gap), y2 + gap), colW, tr(RM::satisfaction),
             rated ? ratings : std::vector<Ranked>{}, color::sun);
}

void StaffMode::drawKiosk(Ui& ui, StaffContext& ctx, ImVec2 min, ImVec2 max) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  text(dl, ui.theme.fonts.h2, min, color::teal, tr(SFM::nav_kiosk));
  const PackMeta& m = ui.catalogue.meta;
  const std::string store = ctx.storePath.string(), clock = ctx.clock.now;
  const std::pair<std::string, std::string> rows[] = {
      {tr(SFM::event), ctx.eventTag},
      {tr(SFM::kiosk_id), ctx.kioskId},
      {tr(SFM::content),
       m.packId.empty() ? tr(SFM::no_pack_loaded) : m.title + " (" + m.packId + ")"},
      {tr(SFM::built_on), m.buildTime},
      {tr(SFM::careers_offers), std::to_string(ui.catalogue.careers.size()) + " / " +
                                    std::to_string(ui.catalogue.offers.size())},
      {tr(SFM::leads_file), ctx.store ? store : trWhole(SFM::unavailable, {store})},
      {tr(SFM::clock), ctx.clock.plausible ? clock : trWhole(SFM::clock_to_set, {clock})},
  };
  float y = min.y + ui.px(80);
  const float labelW = ui.px(380);
  for (const auto& [label, value] : rows) {
    text(dl, ui.theme.fonts.bodyBold, ImVec2(min.x, y), color::inkSoft, label);
    textClipped(dl, ui.theme.fonts.body, color::ink, ImVec2(min.x + labelW, y), value,
                max.x - min.x - labelW);
    y += ui.px(52);
  }
  ImGui::SetCursorScreenPos(ImVec2(min.x, y + ui.px(16)));
  if (!ctx.clock.plausible)  // the whole reason, and what to do: it does not fit on a row
    textWrapped(ui, ui.theme.fonts.bodyBold, color::error,
                trWhole(SFM::clock_wrong, {ctx.clock.reason}), max.x - min.x);
  // Stamps before and after a jump do not compare: staff should know when it happened.
  for (const std::string& jump : ctx.clockJumps)
    textWrapped(ui, ui.theme.fonts.body, color::error, trWhole(SFM::clock_jumped, {jump}),
                max.x - min.x);
  if (!ctx.store) {  // the medium came back since (the PIN opened): the kiosk still has no store
    ImGui::SetCursorScreenPos(ImVec2(min.x, ImGui::GetCursorScreenPos().y + ui.px(16)));
    textWrapped(ui, ui.theme.fonts.bodyBold, color::error,
                tr(SFM::no_store) + "\n" + ctx.storeProblem + "\n" + tr(SFM::restart_when_fixed),
                max.x - min.x);
  }
  drawClockEditor(ui, ctx, ImVec2(min.x, ImGui::GetCursorScreenPos().y + ui.px(16)),
                  max.x - min.x);
}

}  // namespace vitrine::ui

// Laying out the statistics report on a 1600x2000 canvas: header, key figures, hourly bars,
// top lists, satisfaction and the touch heatmap.
#include "report_png.h"

#include <algorithm>

#include "raster.h"
#include "palette.h"
#include "report_messages.h"

namespace vitrine::reportpng {
namespace {

constexpr float kMargin = 64, kGutter = 64;
constexpr float kColumn = (kWidth - 2 * kMargin - kGutter) / 2;
constexpr float kCell = 44;
constexpr float kHeatTop = 1556;
constexpr size_t kTopRows = 6;
const Palette& kPal = palette::kStandard;

struct Fonts {
  RasterFont regular, bold;
};

// Mixes two opaque colours: t = 0 gives `a`, t = 1 gives `b`.
Rgba mix(Rgba a, Rgba b, double t) {
  Rgba out = 0xFF000000u;
  for (int c = 0; c < 3; ++c) {
    const double va = (a >> (8 * c)) & 0xFF, vb = (b >> (8 * c)) & 0xFF;
    out |= static_cast<Rgba>(va + (vb - va) * t + 0.5) << (8 * c);
  }
  return out;
}

void sectionTitle(Canvas& c, const Fonts& f, float x, float y, const std::string& title) {
  c.text(f.bold, 34, x, y, title, kPal.teal);
}

void header(Canvas& c, const Fonts& f, const ReportFigures& fig) {
  c.fillRect(0, 0, kWidth, 196, kPal.teal);
  c.text(f.bold, 58, kMargin, 36, tr(RM::title), kPal.white);
  const std::string period = fig.firstDay.empty() ? tr(RM::no_events)
                             : fig.firstDay == fig.lastDay
                                 ? tr(RM::on_day, {fig.firstDay})
                                 : tr(RM::from_to, {fig.firstDay, fig.lastDay});
  c.text(f.regular, 26, kMargin, 124,
         trWhole(RM::period_line, {period, std::to_string(fig.eventCount)}), kPal.sand,
         kWidth - 2 * kMargin);
}

void keyFigures(Canvas& c, const Fonts& f, const ReportFigures& fig) {
  const auto rows = fig.funnel();
  const float gap = 32, w = (kWidth - 2 * kMargin - gap * 3) / 4, y = 232, h = 140;
  for (size_t i = 0; i < rows.size(); ++i) {
    const float x = kMargin + static_cast<float>(i) * (w + gap);
    c.fillRect(x, y, x + w, y + h, kPal.sand);
    c.fillRect(x, y, x + 8, y + h, kPal.terracotta);
    c.text(f.bold, 60, x + 32, y + 14, std::to_string(rows[i].second), kPal.terracottaDeep);
    c.text(f.regular, 24, x + 32, y + 94, rows[i].first, kPal.inkSoft, w - 48);
  }
}

void hours(Canvas& c, const Fonts& f, const ReportFigures& fig) {
  sectionTitle(c, f, kMargin, 404, tr(RM::per_hour));
  const Box chart = hoursChart();
  int64_t top = 1;
  for (int64_t n : fig.sessionsByHour) top = std::max(top, n);
  c.fillRect(chart.x, chart.y + chart.h, chart.x + chart.w, chart.y + chart.h + 2, kPal.sandDeep);
  for (int h = 0; h < 24; ++h) {
    const Box slot = hourSlot(h);
    const int64_t n = fig.sessionsByHour[static_cast<size_t>(h)];
    const std::string hour = (h < 10 ? "0" : "") + std::to_string(h);
    c.text(f.regular, 20, slot.x + (slot.w - f.regular.width(hour, 20)) / 2, chart.y + chart.h + 8,
           hour, kPal.inkSoft);
    if (n == 0) continue;
    const float barH =
        std::max(4.0f, (chart.h - 30) * static_cast<float>(n) / static_cast<float>(top));
    const float x0 = slot.x + slot.w * 0.15f, x1 = slot.x + slot.w * 0.85f;
    c.fillRect(x0, chart.y + chart.h - barH, x1, chart.y + chart.h, kPal.teal);
    const std::string count = std::to_string(n);
    c.text(f.bold, 20, slot.x + (slot.w - f.bold.width(count, 20)) / 2,
           chart.y + chart.h - barH - 28, count, kPal.ink);
  }
}

// A top list as horizontal bars, in one column; returns nothing to say when empty.
void ranked(Canvas& c, const Fonts& f, float x, float y, const std::string& title,
            const ReportFigures::Rows& rows, Rgba colour) {
  sectionTitle(c, f, x, y, title);
  y += 60;
  if (rows.empty()) {
    c.text(f.regular, 24, x, y, "—", kPal.inkSoft);
    return;
  }
  int64_t top = 1;
  for (const auto& r : rows) top = std::max(top, r.second);
  const float labelW = kColumn * 0.5f, barMax = kColumn - labelW - 80;
  for (size_t i = 0; i < std::min(rows.size(), kTopRows); ++i) {
    const auto& [label, n] = rows[i];
    c.text(f.regular, 24, x, y, label, kPal.ink, labelW - 16);
    const float w = std::max(4.0f, barMax * static_cast<float>(n) / static_cast<float>(top));
    c.fillRect(x + labelW, y + 6, x + labelW + w, y + 30, colour);
    c.text(f.bold, 22, x + labelW + w + 10, y + 2, std::to_string(n), kPal.ink);
    y += 42;
  }
}

void heatmap(Canvas& c, const Fonts& f, const ReportFigures& fig) {
  sectionTitle(c, f, kMargin, kHeatTop - 60, tr(RM::touches));
  const int64_t top = fig.hottestTouches();
  for (int r = 0; r < ReportFigures::kHeatRows; ++r)
    for (int col = 0; col < ReportFigures::kHeatColumns; ++col) {
      const int64_t n = fig.touches[static_cast<size_t>(r)][static_cast<size_t>(col)];
      const Box b = heatCell(col, r);
      const Rgba fill = n == 0 ? kPal.sand
                               : mix(kPal.rose, kPal.terracottaDeep,
                                     static_cast<double>(n) / static_cast<double>(top));
      c.fillRect(b.x + 1, b.y + 1, b.x + b.w - 1, b.y + b.h - 1, fill);
    }
  const float x = kMargin + kCell * ReportFigures::kHeatColumns + kGutter;
  const float w = kWidth - kMargin - x;
  c.text(f.regular, 24, x, kHeatTop, tr(RM::heat_grid), kPal.ink, w);
  c.text(f.regular, 24, x, kHeatTop + 36, tr(RM::heat_darker), kPal.ink, w);
  c.fillRect(x, kHeatTop + 96, x + 36, kHeatTop + 132, kPal.rose);
  c.text(f.regular, 22, x + 48, kHeatTop + 100, tr(RM::heat_few), kPal.inkSoft, w - 48);
  c.fillRect(x, kHeatTop + 148, x + 36, kHeatTop + 184, kPal.terracottaDeep);
  c.text(f.regular, 22, x + 48, kHeatTop + 152, tr(RM::heat_most, {std::to_string(top)}),
         kPal.inkSoft, w - 48);
}

}  // namespace

Box hoursChart() {
  return {kMargin, 470, kWidth - 2 * kMargin, 230};
}

Box hourSlot(int hour) {
  const Box chart = hoursChart();
  const float w = chart.w / 24;
  return {chart.x + w * static_cast<float>(hour), chart.y, w, chart.h};
}

Box heatCell(int column, int row) {
  return {kMargin + kCell * static_cast<float>(column), kHeatTop + kCell * static_cast<float>(row),
          kCell, kCell};
}

std::vector<uint8_t> render(const ReportFigures& fig, const std::filesystem::path& fontDir,
                            std::string& error) {
  Fonts f;
  if (!f.regular.load(fontDir / "NotoSans-Regular.ttf", error) ||
      !f.bold.load(fontDir / "NotoSans-Bold.ttf", error))
    return {};
  Canvas c(kWidth, kHeight, kPal.cream);
  header(c, f, fig);
  keyFigures(c, f, fig);
  hours(c, f, fig);
  const float right = kMargin + kColumn + kGutter;
  ranked(c, f, kMargin, 770, tr(RM::top_careers), fig.careers, kPal.terracotta);
  ranked(c, f, right, 770, tr(RM::top_offers), fig.offers, kPal.terracotta);
  ranked(c, f, kMargin, 1130, tr(RM::misses), fig.misses, kPal.rose);
  ranked(c, f, right, 1130, tr(RM::satisfaction), fig.satisfaction(), kPal.sun);
  heatmap(c, f, fig);
  return encodePng(c.image());
}

}  // namespace vitrine::reportpng

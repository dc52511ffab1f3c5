// `kioskctl stats report`: a kiosk's anonymous statistics as a self-contained HTML page or a PNG.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "atomic_file.h"
#include "ctl.h"
#include "ctl_messages.h"
#include "messages.h"
#include "report_figures.h"
#include "report_messages.h"
#include "report_png.h"
#include "store.h"

namespace vitrine::ctl {
namespace {

std::string escapeHtml(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// A horizontal bar chart in inline SVG: one bar per (label, count), longest first.
std::string bars(const std::vector<std::pair<std::string, int64_t>>& rows) {
  if (rows.empty()) return "<p class=none>—</p>";
  int64_t top = 1;
  for (const auto& r : rows) top = std::max(top, r.second);
  const int rowH = 28, labelW = 320, barW = 420;
  std::string svg = "<svg width='" + std::to_string(labelW + barW + 60) + "' height='" +
                    std::to_string(rowH * static_cast<int>(rows.size())) + "'>";
  int y = 0;
  for (const auto& [label, n] : rows) {
    int w = static_cast<int>(barW * n / top);
    svg += "<text x='0' y='" + std::to_string(y + 19) + "'>" + escapeHtml(label) + "</text>";
    svg += "<rect x='" + std::to_string(labelW) + "' y='" + std::to_string(y + 5) + "' width='" +
           std::to_string(std::max(w, 2)) + "' height='18' rx='4' fill='#d9822b'/>";
    svg += "<text x='" + std::to_string(labelW + w + 8) + "' y='" + std::to_string(y + 19) +
           "'>" + std::to_string(n) + "</text>";
    y += rowH;
  }
  return svg + "</svg>";
}

// Touches per coarse cell of the 16x9 grid, as shaded squares.
std::string heatmap(const ReportFigures& f) {
  const int64_t top = std::max<int64_t>(1, f.hottestTouches());
  const int cell = 40;
  std::string svg = "<svg width='" + std::to_string(ReportFigures::kHeatColumns * cell) +
                    "' height='" + std::to_string(ReportFigures::kHeatRows * cell) +
                    "'><rect width='100%' height='100%' fill='#f4efe6'/>";
  for (int y = 0; y < ReportFigures::kHeatRows; ++y)
    for (int x = 0; x < ReportFigures::kHeatColumns; ++x) {
      const int64_t n = f.touches[static_cast<size_t>(y)][static_cast<size_t>(x)];
      if (n == 0) continue;
      char opacity[16];
      std::snprintf(opacity, sizeof opacity, "%.2f", 0.1 + 0.9 * double(n) / double(top));
      svg += "<rect x='" + std::to_string(x * cell) + "' y='" + std::to_string(y * cell) +
             "' width='" + std::to_string(cell) + "' height='" + std::to_string(cell) +
             "' fill='#b5452b' fill-opacity='" + opacity + "'/>";
    }
  return svg + "</svg>";
}

std::string html(const ReportFigures& f) {
  ReportFigures::Rows perHour;
  for (size_t h = 0; h < f.sessionsByHour.size(); ++h)
    if (f.sessionsByHour[h] > 0)
      perHour.push_back({(h < 10 ? "0" : "") + std::to_string(h) + "h", f.sessionsByHour[h]});
  const auto section = [](RM title) { return "<h2>" + escapeHtml(tr(title)) + "</h2>"; };
  std::string h =
      std::string("<!doctype html><html lang=") + (msg::language() == msg::Lang::Fr ? "fr" : "en") +
      " translate=no><meta charset=utf-8><title>" + escapeHtml(tr(RM::html_title)) +
      "</title><style>"
      "body{font-family:'Noto Sans',sans-serif;background:#fbf8f3;color:#2f2a26;margin:40px}"
      "h1{color:#b5452b}h2{margin-top:36px}svg text{font-size:15px;fill:#2f2a26}"
      ".none{color:#8a8079}</style><h1>" +
      escapeHtml(tr(RM::title)) + "</h1><p>" +
      escapeHtml(trWhole(RM::source_line, {f.source, std::to_string(f.eventCount)})) + "</p>";
  h += section(RM::journey) + bars(f.funnel());
  h += section(RM::per_hour) + bars(perHour);
  h += section(RM::top_careers) + bars(f.careers);
  h += section(RM::top_offers) + bars(f.offers);
  h += section(RM::quiz) + bars(f.quizFunnel());
  h += section(RM::quiz_proposed) + bars(f.quizProposed);
  h += section(RM::quiz_abandoned_at) + bars(f.quizAbandonedAt);
  h += section(RM::quiz_answers) + bars(f.quizAnswers);
  h += section(RM::searches) + bars(f.searches);
  h += section(RM::misses) + bars(f.misses);
  h += section(RM::filters) + bars(f.filters);
  h += section(RM::screens) + bars(f.screens);
  h += section(RM::satisfaction) + bars(f.satisfaction());
  h += section(RM::touches) + heatmap(f);
  return h + "</html>\n";
}

int usage(const std::string& problem) {
  if (!problem.empty()) std::cerr << trWhole(CM::verb_problem, {"stats", problem}) << "\n";
  std::cerr << tr(CM::usage_stats);
  return 2;
}

}  // namespace

int stats(const Args& args) {
  if (args.size() != 4 || args[0] != "report" || args[2] != "-o")
    return usage(args.empty() || args[0] == "report" ? "" : tr(CM::unknown_command, {args[0]}));
  const std::filesystem::path target = args[3];
  std::string ext = target.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext != ".html" && ext != ".htm" && ext != ".png")
    return usage(tr(CM::unknown_report_format, {target.string()}));
  ReportFigures figures;
  try {
    // Read only: a report never changes (nor migrates) the kiosk's file.
    figures = reportFigures(VisitorStore::openForReading(args[1]).events(), args[1]);
  } catch (const StoreError& e) {
    std::cerr << trWhole(CM::stats_unreadable, {e.what()}) << "\n";
    return 1;
  }
  std::string data, error;
  if (ext == ".png") {
    std::vector<uint8_t> png = reportpng::render(figures, VITRINE_FONT_DIR, error);
    if (png.empty()) {
      std::cerr << (error.empty() ? tr(CM::report_image_failed) : error) << "\n";
      return 1;
    }
    data.assign(png.begin(), png.end());
  } else {
    data = html(figures);
  }
  if (!writeFileAtomically(target, data, error)) {
    std::cerr << error << "\n";
    return 1;
  }
  std::cout << target.string() << "\n";
  return 0;
}

}  // namespace vitrine::ctl

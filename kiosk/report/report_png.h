// `kioskctl stats report -o report.png`: the report's figures drawn as one image in the kiosk's
// palette and fonts, for a stand manager to forward or print.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "report_figures.h"

namespace vitrine::reportpng {

inline constexpr int kWidth = 1600, kHeight = 2000;

struct Box {
  float x = 0, y = 0, w = 0, h = 0;
};
// Where things stand on the image (the drawing and the tests use the same geometry).
Box hoursChart();                   // the sessions-per-hour bars, baseline at the bottom
Box hourSlot(int hour);             // the column of one hour (0..23) in that chart
Box heatCell(int column, int row);  // one cell of the 16x9 touch heatmap

// The PNG file's bytes; empty with `error` when a font cannot be read from `fontDir`.
std::vector<uint8_t> render(const ReportFigures& figures, const std::filesystem::path& fontDir,
                            std::string& error);

}  // namespace vitrine::reportpng

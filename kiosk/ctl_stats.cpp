// `kioskctl stats report`: a self-contained HTML page of a kiosk's anonymous statistics.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include "ctl.h"
#include "stats.h"

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

std::vector<std::pair<std::string, int64_t>> topOf(const std::map<std::string, int64_t>& counts,
                                                   size_t limit) {
  std::vector<std::pair<std::string, int64_t>> rows(counts.begin(), counts.end());
  std::stable_sort(rows.begin(), rows.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  if (rows.size() > limit) rows.resize(limit);
  return rows;
}

// Touches per coarse cell of the 16x9 grid, as shaded squares.
std::string heatmap(const std::map<std::string, int64_t>& cells) {
  int64_t top = 1;
  for (const auto& c : cells) top = std::max(top, c.second);
  const int cell = 40;
  std::string svg = "<svg width='" + std::to_string(16 * cell) + "' height='" +
                    std::to_string(9 * cell) + "'><rect width='100%' height='100%' fill='#f4efe6'/>";
  for (const auto& [key, n] : cells) {
    int x = 0, y = 0;
    if (std::sscanf(key.c_str(), "%d,%d", &x, &y) != 2 || x < 0 || x > 15 || y < 0 || y > 8)
      continue;
    char opacity[16];
    std::snprintf(opacity, sizeof opacity, "%.2f", 0.1 + 0.9 * double(n) / double(top));
    svg += "<rect x='" + std::to_string(x * cell) + "' y='" + std::to_string(y * cell) +
           "' width='" + std::to_string(cell) + "' height='" + std::to_string(cell) +
           "' fill='#b5452b' fill-opacity='" + opacity + "'/>";
  }
  return svg + "</svg>";
}

std::string report(const std::vector<StatEvent>& events, const std::string& source) {
  std::map<std::string, int64_t> kinds, careers, offers, screens, filters, hours, touches,
      searches, misses;
  int64_t ratings[4] = {0, 0, 0, 0};
  for (const auto& e : events) {
    ++kinds[e.kind];
    if (e.kind == "career_view") ++careers[e.subject];
    if (e.kind == "offer_view") ++offers[e.subject];
    if (e.kind == "screen_view") ++screens[e.subject];
    if (e.kind == "filter") ++filters[e.subject];
    if (e.kind == "touch") ++touches[e.subject];
    if (e.kind == "search") ++(e.value == 0 ? misses : searches)[e.subject];
    if (e.kind == "rating" && e.value >= 1 && e.value <= 3) ++ratings[e.value];
    if (e.kind == "session_start" && e.at.size() >= 13) ++hours[e.at.substr(0, 13) + "h"];
  }
  std::vector<std::pair<std::string, int64_t>> perHour(hours.begin(), hours.end());
  std::vector<std::pair<std::string, int64_t>> funnel = {
      {"Sessions", kinds["session_start"]},
      {"Formulaires ouverts", kinds["form_start"]},
      {"Formulaires envoyés", kinds["form_submit"]},
      {"Formulaires abandonnés", kinds["form_abandon"]}};
  std::vector<std::pair<std::string, int64_t>> smileys = {
      {"☹ Décevant", ratings[1]}, {"😐 Correct", ratings[2]}, {"☺ Très bien", ratings[3]}};

  std::string h =
      "<!doctype html><html lang=fr translate=no><meta charset=utf-8>"
      "<title>Vitrine — statistiques</title><style>"
      "body{font-family:'Noto Sans',sans-serif;background:#fbf8f3;color:#2f2a26;margin:40px}"
      "h1{color:#b5452b}h2{margin-top:36px}svg text{font-size:15px;fill:#2f2a26}"
      ".none{color:#8a8079}</style>"
      "<h1>Statistiques anonymes de la borne</h1><p>Source : " +
      escapeHtml(source) + " — " + std::to_string(events.size()) +
      " évènements, aucune donnée personnelle.</p>";
  h += "<h2>Parcours</h2>" + bars(funnel);
  h += "<h2>Sessions par heure (UTC)</h2>" + bars(perHour);
  h += "<h2>Métiers les plus consultés</h2>" + bars(topOf(careers, 15));
  h += "<h2>Stages les plus consultés</h2>" + bars(topOf(offers, 15));
  h += "<h2>Recherches</h2>" + bars(topOf(searches, 15));
  h += "<h2>Recherches sans résultat</h2>" + bars(topOf(misses, 15));
  h += "<h2>Filtres utilisés</h2>" + bars(topOf(filters, 15));
  h += "<h2>Écrans vus</h2>" + bars(topOf(screens, 15));
  h += "<h2>Satisfaction</h2>" + bars(smileys);
  h += "<h2>Où les doigts touchent l’écran</h2>" + heatmap(touches);
  return h + "</html>\n";
}

int usage(const std::string& problem) {
  if (!problem.empty()) std::cerr << "kioskctl stats: " << problem << "\n";
  std::cerr << "usage: kioskctl stats report <visitors.db> -o <report.html>\n";
  return 2;
}

}  // namespace

int stats(const Args& args) {
  if (args.size() != 4 || args[0] != "report" || args[2] != "-o")
    return usage(args.empty() || args[0] == "report" ? "" : "commande inconnue : " + args[0]);
  std::error_code ec;
  if (!std::filesystem::is_regular_file(args[1], ec)) {
    std::cerr << "Fichier des visiteurs introuvable : " << args[1] << "\n";
    return 1;
  }
  Stats source(args[1], "", "");
  if (!source.error().empty()) {
    std::cerr << "Statistiques illisibles : " << source.error() << "\n";
    return 1;
  }
  std::ofstream out(args[3], std::ios::binary | std::ios::trunc);
  out << report(source.events(), args[1]);
  out.close();
  if (!out) {
    std::cerr << "Impossible d'écrire « " << args[3] << " ».\n";
    return 1;
  }
  std::cout << args[3] << "\n";
  return 0;
}

}  // namespace vitrine::ctl

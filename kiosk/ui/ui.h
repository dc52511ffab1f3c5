// What every screen's draw() gets: theme, gestures, hit map, textures, content, strings, time.
#pragma once

#include "model.h"
#include "search.h"
#include "stats.h"
#include "session.h"
#include "ui_strings.h"
#include "textures.h"
#include "theme.h"
#include "touch.h"

namespace vitrine::ui {

enum class KeyboardLayout { Azerty, Qwertz, Qwerty };

struct Ui {
  Theme& theme;
  Touch& touch;
  HitMap& hits;
  Textures& textures;
  const Catalogue& catalogue;
  VisitorSession& session;
  NavRequest& nav;
  Lang lang = Lang::Fr;
  double now = 0.0;
  bool animating = false;  // set by a screen that needs the next frame soon
  double wakeAt = 1e30;    // a screen's next timed change (attract slide), if any
  bool submitRequested = false;  // the form asks the app (which owns the store) to save
  bool canSave = true;           // false: the visitor file could not be opened, the form says so
  Stats* stats = nullptr;        // anonymous usage events; never typed text
  const SearchIndex* search = nullptr;
  KeyboardLayout keyboard = KeyboardLayout::Azerty;  // the kiosk's layout for this language
  std::string country = "BE";  // the kiosk's country (--country): phone numbers, « À l'étranger », consent
  std::string_view host = {};  // --host: the organisation whose stages and events come first

  void record(EventKind kind, std::string_view subject = {}, int64_t value = 0) {
    if (stats) stats->record(kind, subject, value);
  }
  const char* t(S key) const { return tr(key, lang); }
  std::string tn(S key, int n) const { return trn(key, n, lang); }
  std::string trs(S key, const std::string& v) const { return ui::trs(key, v, lang); }
  float px(float v) const { return theme.px(v); }
  void go(ScreenId to, std::string id = {}) { nav = {NavRequest::Kind::Go, to, std::move(id)}; }
  void back() { nav = {NavRequest::Kind::Back, ScreenId::Home, {}}; }
  void reset() { nav = {NavRequest::Kind::Reset, ScreenId::Attract, {}}; }
};

}  // namespace vitrine::ui

# Turns "key value" samples into the bench table (median, min, max over runs), the targets of
# issue 7 met or missed, Chromium / Vitrine ratios, and a JSON file (-v json=<path>).
function median(key,    n, i, j, t, a) {
  n = count[key]
  for (i = 1; i <= n; ++i) a[i] = val[key, i]
  for (i = 2; i <= n; ++i) {  # insertion sort: a handful of runs
    t = a[i]
    for (j = i - 1; j >= 1 && a[j] > t; --j) a[j + 1] = a[j]
    a[j + 1] = t
  }
  lo[key] = a[1]; hi[key] = a[n]
  return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
function fmt(x) { return (x == int(x) && x < 1e6) ? sprintf("%d", x) : sprintf("%.3g", x) }
{
  if (!($1 in count)) order[++nkeys] = $1
  val[$1, ++count[$1]] = $2
}
END {
  for (k = 1; k <= nkeys; ++k) med[order[k]] = median(order[k])
  printf "Vitrine bench — %s — %s — %d run(s) per measure\n\n", date, machine, runs
  printf "%-46s %10s %10s %10s %4s\n", "measure", "median", "min", "max", "n"
  for (k = 1; k <= nkeys; ++k) {
    key = order[k]
    printf "%-46s %10s %10s %10s %4d\n", key, fmt(med[key]), fmt(lo[key]), fmt(hi[key]), count[key]
  }

  # Targets from issue 7 (demo pack unless the key says synth); judged on the median.
  nt = split("vitrine.demo.complete_ms<=150;vitrine.demo.cpu_at_complete_ms<=250;" \
             "vitrine.demo.settled_pss_mb<=70;vitrine.demo.procs<=1;" \
             "vitrine.demo.idle_browse_pct<=0;vitrine.demo.idle_attract_pct<=1;" \
             "frames.worst_screen_p99_ms<=2;vitrine.synth.scroll_frames_over_33ms<=0;" \
             "search.keystroke.p99_ms<=5;store.commit.p99_ms<=20", targets, ";")
  printf "\n%-46s %10s %10s  %s\n", "target", "limit", "median", "verdict"
  for (t = 1; t <= nt; ++t) {
    split(targets[t], kv, "<=")
    key = kv[1]; limit = kv[2] + 0
    if (!(key in med)) continue
    verdict[key] = med[key] <= limit ? "met" : "MISSED"
    printf "%-46s %10s %10s  %s\n", key, fmt(limit), fmt(med[key]), verdict[key]
  }
  # What a bare GL window (bench/gl_floor) already costs here, and Vitrine's part above it.
  nf = split("complete_ms cpu_at_complete_ms settled_pss_mb", floorKeys, " ")
  for (f = 1; f <= nf; ++f) {
    key = "vitrine.demo." floorKeys[f]
    if (!(key in med) || !(("floor." floorKeys[f]) in med)) continue
    if (!fp++) printf "\n%-46s %10s %10s %10s\n", "Vitrine beside a bare GL window (demo pack)", "floor", "vitrine", "above"
    printf "%-46s %10s %10s %10s\n", floorKeys[f], fmt(med["floor." floorKeys[f]]), fmt(med[key]),
           fmt(med[key] - med["floor." floorKeys[f]])
  }
  # RSS tells growth best: PSS also moves when other processes map the same libraries (Mesa).
  for (m = 1; m <= 2; ++m) {
    what = m == 1 ? "rss" : "pss"
    if (("vitrine.browse.after_browsing_" what "_mb") in med && ("vitrine.browse.warm_" what "_mb") in med)
      printf "%-46s %10s %10s\n", toupper(what) " growth after warm-up (MB)", "~0",
             fmt(med["vitrine.browse.after_browsing_" what "_mb"] - med["vitrine.browse.warm_" what "_mb"])
  }

  # Chromium / Vitrine on the same pack, same watcher, same counters.
  nr = 0
  for (k = 1; k <= nkeys; ++k) {
    key = order[k]
    if (key !~ /^chromium\.demo\./) continue
    other = key; sub(/^chromium\./, "vitrine.", other)
    if (!(other in med) || med[other] == 0) continue
    if (!nr++) printf "\n%-46s %10s %10s %10s\n", "Chromium / Vitrine (demo pack)", "chromium", "vitrine", "ratio"
    ratio[key] = med[key] / med[other]
    printf "%-46s %10s %10s %10.1fx\n", substr(key, 10), fmt(med[key]), fmt(med[other]), ratio[key]
  }

  if (json == "") exit
  printf "{\n  \"date\": \"%s\",\n  \"machine\": \"%s\",\n  \"runs\": %d,\n  \"results\": {\n", date, machine, runs > json
  for (k = 1; k <= nkeys; ++k) {
    key = order[k]
    printf "    \"%s\": {\"median\": %s, \"min\": %s, \"max\": %s, \"n\": %d}%s\n", key, med[key] + 0,
           lo[key] + 0, hi[key] + 0, count[key], k < nkeys ? "," : "" > json
  }
  printf "  },\n  \"targets\": {" > json
  sep = ""
  for (key in verdict) { printf "%s\n    \"%s\": \"%s\"", sep, key, verdict[key] > json; sep = "," }
  printf "\n  },\n  \"chromium_over_vitrine\": {" > json
  sep = ""
  for (key in ratio) { printf "%s\n    \"%s\": %.2f", sep, substr(key, 10), ratio[key] > json; sep = "," }
  printf "\n  }\n}\n" > json
}

// `kioskctl leads`: export an organisation's leads, merge kiosks' stores, erase and purge.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>
#include <set>

#include "atomic_file.h"
#include "ctl.h"
#include "ctl_messages.h"
#include "ctl_options.h"
#include "file_kind.h"
#include "messages.h"
#include "pack.h"
#include "sealed_file.h"
#include "sealing.h"
#include "stats.h"
#include "store.h"
#include "validation.h"

namespace vitrine::ctl {
namespace {

int usage(const std::string& problem) {
  if (!problem.empty()) std::cerr << trWhole(CM::verb_problem, {"leads", problem}) << "\n";
  std::cerr << tr(CM::usage_leads);
  return 2;
}

using Options = LeadsOptions;

// The organisation ids an export may name: those the pack lists, or (without a pack) those a
// lead names; sorted, each once.
std::vector<std::string> knownOrganisations(const Pack* pack, const VisitorStore& store) {
  std::set<std::string> ids;
  if (pack) {
    for (const Organisation& o : pack->catalogue().organisations) ids.insert(o.id);
  } else {
    for (const StoredLead& l : store.leads())
      ids.insert(l.submission.consentOrgIds.begin(), l.submission.consentOrgIds.end());
  }
  return {ids.begin(), ids.end()};
}

// « a, b, c » for the first few, then how many more: a typo's fix is usually among them.
std::string listOfIds(const std::vector<std::string>& ids) {
  constexpr size_t kShown = 12;
  std::string out;
  for (size_t i = 0; i < ids.size() && i < kShown; ++i)
    out += (i ? ", " : "") + msg::echo(ids[i]);
  if (ids.size() > kShown) out += " (+" + std::to_string(ids.size() - kShown) + ")";
  return out;
}

// A pulled USB stick or a crash never leaves a half-written export under the real name.
bool writeAtomically(const std::filesystem::path& target, const std::string& data) {
  std::string error;
  if (writeFileAtomically(target, data, error)) return true;
  std::cerr << trWhole(CM::export_not_done, {error}) << "\n";
  return false;
}

// The secret keys given with --key, read; an unreadable one stops the command with the reason.
std::optional<std::vector<std::unique_ptr<OrgKeyPair>>> readKeys(const Options& o) {
  std::vector<std::unique_ptr<OrgKeyPair>> keys;
  try {
    for (const auto& file : o.keys)
      keys.push_back(std::make_unique<OrgKeyPair>(readOrgSecretKey(file)));
  } catch (const SealingError& e) {
    std::cerr << e.what() << "\n";
    return std::nullopt;
  }
  return keys;
}

size_t countSealed(const std::vector<StoredLead>& leads) {
  size_t n = 0;
  for (const auto& l : leads) n += l.sealed.empty() ? 0 : 1;
  return n;
}

// An organisation's leads with their sealed contact details opened by its key; false (said on
// stderr) when the key is missing or is not the one they were sealed to.
bool openForOrg(std::vector<StoredLead>& leads, const std::string& org, const Options& o) {
  const size_t sealed = countSealed(leads);
  if (sealed == 0) return true;
  if (o.keys.empty()) {
    std::cerr << tr(CM::sealed_need_key, {std::to_string(sealed), org}) << "\n";
    return false;
  }
  auto keys = readKeys(o);
  if (!keys) return false;
  int failed = 0;
  for (const auto& key : *keys) {
    failed = openLeads(leads, org, *key);
    if (failed == 0) break;
  }
  if (failed > 0) {
    std::cerr << tr(CM::key_does_not_open, {std::to_string(failed), org}) << "\n";
    return false;
  }
  return true;
}

// The exported text to -o (atomically, synced: writeAtomically says why not) or to standard
// output; wiped either way. False when it did not arrive.
bool deliver(const Options& o, std::string& text) {
  bool ok = false;
  if (o.output) {
    ok = writeAtomically(*o.output, text);
  } else {
    std::cout.write(text.data(), static_cast<std::streamsize>(text.size()));
    std::cout.flush();
    ok = static_cast<bool>(std::cout);
    if (!ok) std::cerr << tr(CM::stdout_failed) << "\n";
  }
  wipe(text);
  return ok;
}

int exportLeads(Options o) {
  if (!o.store) return usage(tr(CM::store_required));
  if (!o.positional.empty()) return usage(tr(CM::unexpected_argument, {o.positional[0]}));
  if (o.org.empty() && !o.keys.empty()) {
    // The key file names its organisation: --key cpas-liege.secret is enough.
    auto keys = readKeys(o);
    if (!keys) return 1;
    o.org = keys->front()->id;
  }
  std::string text;
  size_t count = 0;
  try {
    // Read only: an export never creates a store from a typo, nor changes the kiosk's file.
    VisitorStore store = VisitorStore::openForReading(*o.store);
    auto leads = o.org.empty() ? store.leads() : store.leadsFor(o.org);
    if (!o.org.empty()) {
      std::unique_ptr<Pack> pack;
      if (o.pack) pack = Pack::open(*o.pack);
      const std::vector<std::string> known = knownOrganisations(pack.get(), store);
      if (!std::binary_search(known.begin(), known.end(), o.org)) {
        std::cerr << tr(pack ? CM::org_not_in_pack : CM::org_unknown, {o.org}) << "\n"
                  << (known.empty() ? tr(CM::no_known_org)
                                    : trWhole(CM::known_orgs, {listOfIds(known)}))
                  << "\n";
        return 1;
      }
      OfferOwner owner;
      if (pack)
        owner = [cat = &pack->catalogue()](const std::string& id) {
          const Offer* offer = cat->offer(id);
          return offer ? offer->organisation : std::string();
        };
      if (keepOwnStages(leads, o.org, owner) > 0 && !pack)
        std::cerr << tr(CM::stages_left_out, {o.org}) << "\n";
      if (!openForOrg(leads, o.org, o)) return 1;
    }
    if (o.org.empty() && countSealed(leads) > 0)
      std::cerr << tr(CM::sealed_not_exported, {std::to_string(countSealed(leads))}) << "\n";
    count = leads.size();
    text = o.format == "json" ? leadsToJson(leads, o.org) : leadsToCsv(leads, o.delimiter);
    for (auto& l : leads) wipe(l.submission.personal);
  } catch (const StoreError& e) {
    std::cerr << e.what() << "\n";
    return 1;
  } catch (const PackError& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
  // One outcome: the count only once the file is durably written (or standard output took it).
  if (!deliver(o, text)) return 1;
  // To stderr, so that standard output stays a clean file.
  std::cerr << (o.org.empty() ? tr(CM::exported, {std::to_string(count)})
                              : tr(CM::exported_for, {std::to_string(count), o.org}))
            << "\n";
  return 0;
}

// The staff USB export's <org>.sealed file, opened at the organisation's office.
int openSealedFile(const Options& o) {
  if (o.positional.size() != 1) return usage(tr(CM::one_sealed_file));
  if (o.keys.size() != 1) return usage(tr(CM::one_key_required));
  std::string bytes;
  constexpr uintmax_t kMaxSealedBytes = 1u << 30;  // a million leads is about 400 MB
  if (readRegularFile(o.positional[0], kMaxSealedBytes, bytes) != FileRead::Ok) {
    std::cerr << tr(CM::file_unreadable, {o.positional[0]}) << "\n";
    return 1;
  }
  std::string text, org;
  size_t count = 0;
  try {
    const OrgKeyPair key = readOrgSecretKey(o.keys[0]);
    auto leads = openLeadsFile(bytes, key, org);
    count = leads.size();
    text = o.format == "json" ? leadsToJson(leads, org) : leadsToCsv(leads, o.delimiter);
    for (auto& l : leads) wipe(l.submission.personal);
  } catch (const SealingError& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
  if (!deliver(o, text)) return 1;
  std::cerr << tr(CM::opened, {std::to_string(count), org}) << "\n";
  return 0;
}

int mergeStores(const Options& o) {
  if (!o.output) return usage(tr(CM::merge_output_required));
  if (o.positional.empty()) return usage(tr(CM::nothing_to_merge));
  // Every input is read before the output is touched: a missing one changes nothing.
  std::vector<std::vector<StoredLead>> inputs;
  std::vector<std::vector<StatEvent>> events;  // the anonymous statistics travel with the leads
  try {
    for (const auto& in : o.positional) {
      VisitorStore store = VisitorStore::openForReading(in);
      inputs.push_back(store.leads());
      events.push_back(store.events());
    }
  } catch (const StoreError& e) {
    std::cerr << e.what() << "\n" << tr(CM::nothing_merged) << "\n";
    return 1;
  }
  // Each input is merged in its own transaction: its line is printed once it is committed, so
  // a failure on the third input says what the first two did and nothing contradicts it.
  size_t merged = 0;
  try {
    VisitorStore target(*o.output, "", "");
    MergeReport total;
    for (; merged < inputs.size(); ++merged) {
      const size_t i = merged;
      MergeReport r = target.merge(inputs[i], events[i]);
      std::cout << tr(CM::merged_one,
                      {o.positional[i], std::to_string(r.added), std::to_string(r.duplicates),
                       std::to_string(r.eventsAdded), std::to_string(r.eventsDuplicates)})
                << "\n";
      total.added += r.added;
      total.duplicates += r.duplicates;
      total.eventsAdded += r.eventsAdded;
      total.eventsDuplicates += r.eventsDuplicates;
    }
    std::cout << tr(CM::merged_total,
                    {std::to_string(total.added), std::to_string(total.duplicates),
                     o.output->string(), std::to_string(target.leads().size())})
              << "\n"
              << tr(CM::merged_events,
                    {std::to_string(total.eventsAdded), std::to_string(total.eventsDuplicates),
                     std::to_string(target.events().size())})
              << "\n";
  } catch (const StoreError& e) {
    std::cerr << e.what() << "\n";
    if (merged < o.positional.size())
      std::cerr << tr(merged > 0 ? CM::not_merged_after : CM::not_merged, {o.positional[merged]})
                << "\n";
    return 1;
  }
  return 0;
}

// Opening would create a missing file: erasing in a store that does not exist is a typo.
std::optional<VisitorStore> openExisting(const Options& o) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(*o.store, ec)) {
    std::cerr << tr(CM::store_missing, {o.store->string()}) << "\n";
    return std::nullopt;
  }
  try {
    return VisitorStore(*o.store, "", "");
  } catch (const StoreError& e) {
    std::cerr << e.what() << "\n";
    return std::nullopt;
  }
}

void warnIfJournalKept(const VisitorStore& store) {
  if (!store.journalWiped()) std::cerr << tr(CM::journal_kept) << "\n";
}

int eraseContact(const Options& o) {
  if (!o.store) return usage(tr(CM::store_required));
  if (o.positional.size() != 1) return usage(tr(CM::one_contact));
  const std::string& contact = o.positional[0];
  if (contact.empty()) return usage(tr(CM::empty_contact));
  auto store = openExisting(o);
  if (!store) return 1;
  auto keys = readKeys(o);
  if (!keys) return 1;
  std::vector<const OrgKeyPair*> keyList;
  for (const auto& k : *keys) keyList.push_back(k.get());
  try {
    // The kiosk stores phone numbers in E.164; the visitor may ask with "0470 12 34 56".
    const std::string e164 =
        contact.find('@') == std::string::npos ? toE164(contact, o.country) : std::string();
    int n = store->erase(contact) + store->eraseSealed(contact, keyList);
    if (!e164.empty() && e164 != contact)
      n += store->erase(e164) + store->eraseSealed(e164, keyList);
    std::cout << tr(CM::erased, {std::to_string(n), contact}) << "\n";
    const size_t sealed = countSealed(store->leads());
    if (sealed > 0 && keyList.empty())
      std::cout << tr(CM::erase_sealed_unsearched, {std::to_string(sealed)}) << "\n";
    warnIfJournalKept(*store);
  } catch (const StoreError& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
  return 0;
}

// ISO 8601 UTC with milliseconds, the format of created_at, so that the cutoff compares as text
// ("--older-than 0" then means everything saved until now).
std::string isoDaysAgo(int days) {
  return isoTimestamp(std::chrono::system_clock::now() - std::chrono::hours(24) * days);
}

int purge(const Options& o) {
  if (!o.store) return usage(tr(CM::store_required));
  if (!o.olderThanDays) return usage(tr(CM::older_than_required));
  if (!o.positional.empty()) return usage(tr(CM::unexpected_argument, {o.positional[0]}));
  auto store = openExisting(o);
  if (!store) return 1;
  const std::string cutoff = isoDaysAgo(*o.olderThanDays);
  try {
    // Records dated after now were saved while a kiosk's clock was ahead: they count as saved
    // now (VisitorStore::redateFuture), so the retention runs from today instead of never.
    const std::string now = isoTimestamp();
    if (int ahead = store->redateFuture(now); ahead > 0)
      std::cout << tr(CM::redated, {std::to_string(ahead), now}) << "\n";
    int n = store->purgePersonal(cutoff);
    std::cout << tr(CM::purged, {std::to_string(n), cutoff}) << "\n";
    warnIfJournalKept(*store);
  } catch (const StoreError& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
  return 0;
}

}  // namespace

int leads(const Args& args) {
  if (args.empty()) return usage("");
  const std::string& command = args[0];
  if (command != "export" && command != "merge" && command != "erase" && command != "purge" &&
      command != "open")
    return usage(tr(CM::unknown_command, {command}));
  Options o;
  std::string problem = parseLeadsOptions(args, o);
  if (!problem.empty()) return usage(problem);
  if (command == "export") return exportLeads(o);
  if (command == "merge") return mergeStores(o);
  if (command == "open") return openSealedFile(o);
  if (command == "erase") return eraseContact(o);
  return purge(o);
}

}  // namespace vitrine::ctl

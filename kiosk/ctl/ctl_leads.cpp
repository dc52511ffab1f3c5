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

constexpr const char* kLeadsUsage =
    "usage: kioskctl leads export --store <visitors.db> [--org <id> --key <id.secret>\n"
    "                             [--pack <file.kpack>]] [--format csv|json] [--delimiter ';']\n"
    "                             [-o <file>]\n"
    "       kioskctl leads open <org.sealed> --key <org.secret> [--format csv|json] [-o <file>]\n"
    "       kioskctl leads merge <store>... -o <store>\n"
    "       kioskctl leads erase --store <visitors.db> [--key <id.secret>]...\n"
    "                            [--country BE|FR|CH|LU|NL|DE] <e-mail|phone>\n"
    "       kioskctl leads purge --store <visitors.db> --older-than <days>\n"
    "  --org         only the leads that consented to this organisation, only its consent, the\n"
    "                careers and only its own stages; an id no lead and no pack knows is an error\n"
    "  --key         an organisation's secret key (kioskctl keys new --org): contact details\n"
    "                are sealed, only its key opens them; erase: repeat it for every key you have\n"
    "  --pack        the content pack that says whose each stage is (without it, an\n"
    "                organisation's export lists no stage)\n"
    "  --delimiter   ';' (default, French Excel), ',' or 'tab'\n"
    "  -o            export: output file (written atomically), standard output when absent;\n"
    "                merge: the store receiving the leads and statistics (created if missing)\n"
    "  --country     how a national phone number (0470…) is read, BE by default\n"
    "  --older-than  purge: contact details of answers older than this many days are erased\n";

int usage(const std::string& problem) {
  if (!problem.empty()) std::cerr << "kioskctl leads: " << problem << "\n";
  std::cerr << kLeadsUsage;
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
  std::cerr << error << " — l'export n'a pas été fait.\n";
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
    std::cerr << sealed << " fiche(s) de « " << org
              << " » ont des coordonnées scellées : seule la clé secrète de l'organisation les "
                 "ouvre. Donnez-la avec --key "
              << org << ".secret (faite par kioskctl keys new --org " << org
              << ", ou la clé du stand).\n";
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
    std::cerr
        << "La clé donnée n'ouvre pas " << failed << " fiche(s) de « " << org
        << " » : ce n'est pas la clé avec laquelle elles ont été scellées (celle de « " << org
        << " », ou la clé du stand si l'organisation n'en avait pas). Rien n'a été exporté.\n";
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
    if (!ok) std::cerr << "Sortie standard impossible à écrire : l'export n'a pas été fait.\n";
  }
  wipe(text);
  return ok;
}

int exportLeads(Options o) {
  if (!o.store) return usage("--store est obligatoire");
  if (!o.positional.empty()) return usage("argument inattendu : " + msg::echo(o.positional[0]));
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
        std::cerr << "Organisation « " << msg::echo(o.org) << " » inconnue"
                  << (pack ? " du pack"
                           : " : aucune fiche ne la nomme (vérifiez l'identifiant, "
                             "ou donnez --pack pour le vérifier)")
                  << " — rien n'a été exporté.\n"
                  << (known.empty() ? std::string("Aucune organisation connue.")
                                    : "Organisations connues : " + listOfIds(known) + ".")
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
        std::cerr << "Stages omis : sans --pack, on ne sait pas lesquels sont à « " << o.org
                  << " ».\n";
      if (!openForOrg(leads, o.org, o)) return 1;
    }
    if (o.org.empty() && countSealed(leads) > 0)
      std::cerr << countSealed(leads)
                << " fiche(s) ont des coordonnées scellées, absentes de cet export : chaque "
                   "organisation les exporte avec --org <id> --key <id>.secret.\n";
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
  std::cerr << count << " fiche(s) exportée(s)"
            << (o.org.empty() ? std::string() : " pour l'organisation « " + msg::echo(o.org) + " »")
            << ".\n";
  return 0;
}

// The staff USB export's <org>.sealed file, opened at the organisation's office.
int openSealedFile(const Options& o) {
  if (o.positional.size() != 1) return usage("indiquez un seul fichier .sealed");
  if (o.keys.size() != 1) return usage("--key <organisation>.secret est obligatoire (une seule)");
  std::string bytes;
  constexpr uintmax_t kMaxSealedBytes = 1u << 30;  // a million leads is about 400 MB
  if (readRegularFile(o.positional[0], kMaxSealedBytes, bytes) != FileRead::Ok) {
    std::cerr << "Fichier introuvable ou illisible : " << msg::echo(o.positional[0]) << "\n";
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
  std::cerr << count << " fiche(s) ouvertes pour l'organisation « " << msg::echo(org) << " ».\n";
  return 0;
}

int mergeStores(const Options& o) {
  if (!o.output) return usage("-o <store> est obligatoire (le fichier qui reçoit les fiches)");
  if (o.positional.empty()) return usage("aucun fichier à fusionner");
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
    std::cerr << e.what() << "\nRien n'a été fusionné.\n";
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
      std::cout << msg::echo(o.positional[i]) << " : " << r.added << " ajoutée(s), " << r.duplicates
                << " déjà présente(s) ; statistiques : " << r.eventsAdded
                << " évènement(s) ajouté(s), " << r.eventsDuplicates << " déjà présent(s)\n";
      total.added += r.added;
      total.duplicates += r.duplicates;
      total.eventsAdded += r.eventsAdded;
      total.eventsDuplicates += r.eventsDuplicates;
    }
    std::cout << "Total : " << total.added << " ajoutée(s), " << total.duplicates
              << " déjà présente(s) ; « " << o.output->string() << " » contient "
              << target.leads().size() << " fiche(s).\n"
              << "Statistiques : " << total.eventsAdded << " évènement(s) ajouté(s), "
              << total.eventsDuplicates << " déjà présent(s) ; " << target.events().size()
              << " évènement(s) en tout.\n";
  } catch (const StoreError& e) {
    std::cerr << e.what() << "\n";
    if (merged < o.positional.size())
      std::cerr << "Fichier non fusionné : " << msg::echo(o.positional[merged])
                << (merged > 0 ? " (ceux d'avant, ci-dessus, le sont)" : "") << ".\n";
    return 1;
  }
  return 0;
}

// Opening would create a missing file: erasing in a store that does not exist is a typo.
std::optional<VisitorStore> openExisting(const Options& o) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(*o.store, ec)) {
    std::cerr << "Fichier des visiteurs introuvable : " << o.store->string() << "\n";
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
  if (!store.journalWiped())
    std::cerr << "Attention : la borne (ou un autre programme) lit encore ce fichier ; une copie "
                 "des données effacées peut rester dans le journal « -wal » jusqu'à sa "
                 "fermeture. Relancez la commande borne arrêtée.\n";
}

int eraseContact(const Options& o) {
  if (!o.store) return usage("--store est obligatoire");
  if (o.positional.size() != 1) return usage("indiquez une seule adresse e-mail ou un numéro");
  const std::string& contact = o.positional[0];
  if (contact.empty()) return usage("adresse e-mail ou numéro vide");
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
    std::cout << n << " fiche(s) effacée(s) pour « " << msg::echo(contact) << " ».\n";
    const size_t sealed = countSealed(store->leads());
    if (sealed > 0 && keyList.empty())
      std::cout << sealed
                << " autre(s) fiche(s) ont des coordonnées scellées, où cette personne "
                   "n'a pas pu être cherchée : donnez les clés des organisations avec --key "
                   "(plusieurs fois si besoin).\n";
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
  if (!o.store) return usage("--store est obligatoire");
  if (!o.olderThanDays) return usage("--older-than <jours> est obligatoire");
  if (!o.positional.empty()) return usage("argument inattendu : " + msg::echo(o.positional[0]));
  auto store = openExisting(o);
  if (!store) return 1;
  const std::string cutoff = isoDaysAgo(*o.olderThanDays);
  try {
    // Records dated after now were saved while a kiosk's clock was ahead: they count as saved
    // now (VisitorStore::redateFuture), so the retention runs from today instead of never.
    const std::string now = isoTimestamp();
    if (int ahead = store->redateFuture(now); ahead > 0)
      std::cout
          << ahead << " fiche(s) datée(s) dans le futur : l'horloge de la borne avançait "
          << "quand elles ont été enregistrées. Elles comptent comme enregistrées maintenant ("
          << now << ").\n";
    int n = store->purgePersonal(cutoff);
    std::cout << n << " fiche(s) : coordonnées effacées (réponses d'avant le " << cutoff << ").\n";
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
    return usage("commande inconnue : " + msg::echo(command));
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

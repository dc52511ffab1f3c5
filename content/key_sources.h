// The organisations' public keys in the sources (keys/<organisation-id>.public, keys/stand.public),
// the retention the notice announces (pack.txt `retention_days`) and the checks that go with them.
#pragma once

#include "model.h"
#include "source_files.h"

namespace vitrine {

// pack.txt `retention_days: N` (1 to 3650): how long the notice says contact details are kept.
int readRetentionDays(sources::Reader& r, const sources::Header& packTxt);

// Reads keys/*.public (made by `kioskctl keys new --org ID`) into cat.meta.orgKeys / standKey.
// Errors: a malformed key, a key for an unknown organisation, an organisation that could
// receive leads (it has a key or the stand key) with no contact to withdraw consent. Warnings:
// each organisation whose contact details would be sealed to the stand key, each without any
// key (the kiosk then does not offer its consent box). Call after readOrganisations.
void readKeys(sources::Reader& r, Catalogue& cat);

}  // namespace vitrine

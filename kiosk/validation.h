// Checks on what the visitor typed in the interest form, before anything is stored.
#pragma once

#include <optional>
#include <string>

#include "session.h"
#include "ui_strings.h"

namespace vitrine {

bool looksLikeEmail(const std::string& s);
bool looksLikePhone(const std::string& s);
// The first problem to show the visitor, or nothing when the form can be saved.
std::optional<ui::S> validateForm(const FormState& form);

}  // namespace vitrine

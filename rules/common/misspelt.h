#pragma once
// A missing key that is really a misspelt one: schema/unknown-key reports it
// with a "did you mean", so the rule that wants the key stays silent.
#include <string_view>

#include "schema.h"
#include "yaml_tree.h"

namespace crmlint {

// True when `mapping` (an entry of `spec`) holds an unknown key within two
// edits of `key`, such as 'bussiness_need' for 'business_need'.
bool hasMisspeltKey(const Document& doc, NodeId mapping, const EntitySpec& spec, std::string_view key);

}  // namespace crmlint

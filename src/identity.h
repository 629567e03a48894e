#pragma once
// The identity of a place in a strategy, as baselines, GitLab fingerprints
// and SARIF partialFingerprints use it: goals[better-cx].departments[service].
#include <string>

#include "yaml_tree.h"

namespace crmlint {

// Where `node` sits, by keys, and by what names each list entry rather than
// where it stands in the list: a mapping by its `id`, a scalar by its value.
// Only an entry with neither (a mapping without an id) is named by its
// index, so reordering a list or adding to it keeps every other path.
std::string identityPath(const Document& doc, NodeId node);

}  // namespace crmlint

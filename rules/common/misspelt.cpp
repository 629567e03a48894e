#include "common/misspelt.h"

#include "suggest.h"

namespace crmlint {

bool hasMisspeltKey(const Document& doc, NodeId mapping, const EntitySpec& spec, std::string_view key) {
  if (!doc.isMapping(mapping)) return false;
  for (const Entry& e : doc.entries(mapping)) {
    if (!doc.isScalar(e.key)) continue;
    const std::string_view written = doc.keyText(e.key);
    if (spec.field(written) == nullptr && editDistance(written, key) <= 2) return true;
  }
  return false;
}

}  // namespace crmlint

#include "identity.h"

#include <algorithm>
#include <vector>

namespace crmlint {

namespace {

// How a list entry is named: `[reduce-churn]`, `[service]`, or `[3]`.
std::string itemName(const Document& doc, NodeId sequence, NodeId item) {
  if (doc.isScalar(item) && !doc.node(item).value.empty()) return "[" + doc.node(item).value + "]";
  const NodeId id = doc.get(item, "id");
  if (doc.isScalar(id) && !doc.node(id).value.empty()) return "[" + doc.node(id).value + "]";
  const auto items = doc.items(sequence);
  return "[" + std::to_string(std::find(items.begin(), items.end(), item) - items.begin()) + "]";
}

}  // namespace

std::string identityPath(const Document& doc, NodeId node) {
  std::vector<std::string> parts;
  while (node != kNoNode && doc.node(node).parent != kNoNode) {
    const NodeId parent = doc.node(node).parent;
    if (doc.isMapping(parent)) {
      for (const Entry& e : doc.entries(parent)) {
        if (e.key == node || e.value == node) {
          parts.push_back("." + std::string(doc.keyText(e.key)));
          break;
        }
      }
    } else {
      parts.push_back(itemName(doc, parent, node));
    }
    node = parent;
  }
  std::string out;
  for (auto it = parts.rbegin(); it != parts.rend(); ++it) out += *it;
  if (!out.empty() && out.front() == '.') out.erase(0, 1);
  return out;
}

}  // namespace crmlint

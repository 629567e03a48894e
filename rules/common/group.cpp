#include "common/group.h"

#include <fmt/format.h>

#include <algorithm>

namespace crmlint::group {

std::string names(const std::vector<Member>& members) {
  std::vector<std::string_view> shown;
  for (const Member& m : members) {
    if (shown.size() == kNamed) break;
    shown.push_back(m.name);
  }
  const std::size_t more = members.size() - shown.size();
  if (more > 0) return fmt::format("{} and {} more", fmt::join(shown, ", "), more);
  if (shown.size() < 2) return shown.empty() ? std::string() : std::string(shown.front());
  return fmt::format("{} and {}", fmt::join(shown.begin(), shown.end() - 1, ", "), shown.back());
}

void sortByPlace(const Document& doc, std::vector<Member>& members) {
  std::stable_sort(members.begin(), members.end(), [&](const Member& a, const Member& b) {
    return doc.node(a.at).span.begin < doc.node(b.at).span.begin;
  });
}

std::vector<RelatedSpan> related(const Document& doc, const std::vector<Member>& members) {
  std::vector<RelatedSpan> spans;
  for (std::size_t i = 1; i < members.size(); ++i) {
    // Entries with no place of their own (built-in defaults) point where the finding does.
    if (members[i].at == kNoNode || members[i].at == members.front().at) continue;
    spans.push_back({.span = doc.node(members[i].at).span, .message = members[i].note});
  }
  return spans;
}

void report(RuleContext& ctx, const std::vector<Member>& members, Wording alone, Wording together) {
  Wording& wording = members.size() == 1 ? alone : together;
  ctx.report({.at = members.front().at,
              .message = std::move(wording.message),
              .help = std::move(wording.help),
              .path = std::move(wording.path),
              .related = related(ctx.doc(), members)});
}

}  // namespace crmlint::group

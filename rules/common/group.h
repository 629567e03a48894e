#pragma once
// The same weakness on several entries of one kind is one finding: at the
// first entry, naming them, with every other entry as a related location.
// One gap across a section is one thing to fix, and a list of twelve equal
// warnings hides the findings that differ.
#include <string>
#include <vector>

#include "diagnostic.h"
#include "rule.h"

namespace crmlint::group {

// One entry with the weakness.
struct Member {
  NodeId at = kNoNode;  // where its own finding would point
  std::string name;     // as the message names it: "'reduce-churn'"
  std::string note;     // its related location's message: "goal 'reduce-churn' has no priority"
};

// Sorts members by where they are in the file, for entries met in another order.
void sortByPlace(const Document& doc, std::vector<Member>& members);

// How many entries a grouped message names before "and N more".
inline constexpr std::size_t kNamed = 5;

// "'a', 'b' and 'c'", or the first kNamed names "and 3 more".
std::string names(const std::vector<Member>& members);

// Every member but the first (the finding's own place), in order; members
// with no place of their own are left out.
std::vector<RelatedSpan> related(const Document& doc, const std::vector<Member>& members);

// What a finding says, and the path it names (empty: its node's path).
struct Wording {
  std::string message;
  std::string help;
  std::string path;
};

// Reports one finding at the first member: worded `alone`, naming that entry,
// when it is the only member; else worded `together`, whose message names
// them all (with names()) and whose path is the section's, with the others
// as related locations. `members` is not empty.
void report(RuleContext& ctx, const std::vector<Member>& members, Wording alone, Wording together);

}  // namespace crmlint::group

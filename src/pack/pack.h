#pragma once
// Rule packs: rules written as YAML data (docs/packs.md). A pack names one
// category and its rules; each rule selects entries of the strategy
// (`given`), narrows them (`where`) and states what must hold (`then`).
// Loading a pack validates it against format 1 the way a config is
// validated, and registers its category and its rules, which are then
// ordinary rules of the Registry.
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "rule.h"

namespace crmlint::pack {

// The version of the pack format this crmlint reads (`crmlint-pack: 1`).
inline constexpr int kPackFormat = 1;
// A pack holds rules and their examples; more than this is not a pack.
inline constexpr std::uintmax_t kMaxPackBytes = 1 << 20;
inline constexpr std::size_t kMaxPackRules = 500;

// A pack that cannot be used: what() is "FILE:LINE:COL: message", or
// "FILE: message" when the file cannot be read.
class PackError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct CompiledRule;  // a rule's given/where/then, checked against format 1

// A rule of a pack: its RuleMeta comes from the pack file.
class PackRule final : public Rule {
 public:
  PackRule(RuleMeta meta, std::shared_ptr<const CompiledRule> compiled);
  ~PackRule() override;
  const RuleMeta& meta() const override { return meta_; }
  void check(const Strategy& strategy, RuleContext& ctx) const override;

 private:
  RuleMeta meta_;
  std::shared_ptr<const CompiledRule> compiled_;
};

struct PackInfo {
  std::string path;      // as named in messages
  std::string category;  // the category id
  std::vector<std::string> rules;  // the ids of its rules, in file order
};

// Where a pack comes from: a file a config names, or one compiled into
// crmlint. A compiled-in pack extends a built-in category (its `category`
// is only an id); a file's pack brings a category of its own.
enum class Origin { File, BuiltIn };

// Parses and validates a pack's text, and registers its category and rules.
// `path` names it in messages and in each rule's RuleMeta::pack (empty for a
// compiled-in pack). Throws PackError with the place of the first problem;
// then nothing is registered.
PackInfo loadPackText(std::string_view text, const std::string& path, Origin origin,
                      Registry& registry = Registry::instance());

// Reads the pack file at `path` once per run: a second config naming the
// same file gets the same pack.
const PackInfo& loadPackFile(const std::string& path, Registry& registry = Registry::instance());

}  // namespace crmlint::pack

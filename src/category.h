#pragma once
// A rule category: the part of a rule id before the '/'. Everything that
// treats categories differently (the HTML report's titles and questions,
// the health score, config and suppression policy) reads it from here.
// Built-in categories are registered in category.cpp; a rule pack registers
// its own.
#include <string>
#include <string_view>
#include <vector>

namespace crmlint {

// The kinds of entry a category's rules look at; the health score spreads a
// category's penalty over one per entry of each, plus one for the strategy.
enum class Counted { Goals, Segments, Objectives, Stakeholders, Departments, Milestones, Risks };

struct Category {
  std::string id;        // "smart", "acme"
  std::string title;     // "SMART goals", for reports
  std::string question;  // "Are goals specific, measurable, ...?"
  // On whatever --select, --ignore or a config say (syntax, schema).
  bool alwaysOn = false;
  // Can be silenced by a crmlint-disable comment (a config silences any
  // category that is not always on).
  bool suppressible = true;
  // Has a health score.
  bool scored = true;
  std::vector<Counted> counts = {};
  // What the category's rules check, as a statement, for `crmlint explain
  // CATEGORY`; the question stands in when it is empty.
  std::string purpose = {};
};

class CategoryRegistry {
 public:
  static CategoryRegistry& instance();
  // Adds a category; false when one with the same id exists.
  bool add(Category category);
  // Removes a category (a test's own, or a pack's that is unloaded);
  // pointers that find() gave become invalid.
  void remove(std::string_view id);
  // nullptr for an unknown id.
  const Category* find(std::string_view id) const;
  // The category of a rule id ("smart/measurable" -> smart); nullptr when
  // none is registered.
  const Category* ofRule(std::string_view ruleId) const;
  // In registration order: built-ins first, in the order reports show them.
  const std::vector<Category>& all() const { return categories_; }

 private:
  CategoryRegistry();
  std::vector<Category> categories_;
};

// "smart/measurable" -> "smart"; "syntax" -> "syntax".
std::string_view categoryOfRule(std::string_view ruleId);

}  // namespace crmlint

#include "common/duty.h"

#include "common/text.h"

namespace crmlint::duty {

std::vector<std::string> defaultWords() {
  // Phrases that say the duty, not "statutory" alone: improving a statutory
  // service (care assessments, housing advice) has a benefit like any goal.
  return {"statutory duty",      "statutory duties",      "statutory requirement", "statutory requirements",
          "statutory obligation", "statutory obligations", "legal duty",           "legal duties",
          "legal requirement",   "legal requirements",    "legal obligation",      "legal obligations",
          "required by law",     "law requires"};
}

std::string phrase(const Goal& g, const std::vector<std::string>& words) {
  for (const Field<Text>* f : {&g.title, &g.description}) {
    if (!f->has()) continue;
    if (std::string found = text::findAnyPhrase(**f, words); !found.empty()) return found;
  }
  return {};
}

}  // namespace crmlint::duty

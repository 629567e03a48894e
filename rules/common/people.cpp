#include "common/people.h"

#include <fmt/format.h>

#include <cctype>
#include <vector>

#include "common/text.h"

namespace crmlint::people {

namespace {

// Role words that put a person in IT whatever department they are filed under,
// including the contact at an outsourced provider ("account manager at our
// managed service provider"). "IT" is matched in capitals only: the
// lower-case word is the pronoun.
bool hasItRole(std::string_view role) {
  for (std::string_view word : {"cio", "cto", "ict"}) {
    if (text::containsPhrase(role, word)) return true;
  }
  for (std::size_t at = role.find("IT"); at != std::string_view::npos; at = role.find("IT", at + 1)) {
    const bool startsWord = at == 0 || !std::isalnum(static_cast<unsigned char>(role[at - 1]));
    const bool endsWord = at + 2 == role.size() || !std::isalnum(static_cast<unsigned char>(role[at + 2]));
    if (startsWord && endsWord) return true;
  }
  static const std::vector<std::string> kItPhrases = {"information technology", "chief information officer",
                                                      "chief technology officer", "information services",
                                                      "information systems", "managed service provider",
                                                      "managed services provider"};
  return !text::findAnyPhrase(role, kItPhrases).empty();
}

}  // namespace

std::optional<std::string> itReason(const Strategy& s, const Stakeholder& person) {
  if (person.department.has()) {
    const Department* d = s.departments.find(person.department->id);
    if (d && d->isIt()) return fmt::format("sits in the IT department '{}'", *d->id);
  }
  if (person.role.has() && hasItRole(*person.role)) return fmt::format("has the IT role '{}'", *person.role);
  return std::nullopt;
}

std::string businessDepartments(const Strategy& s, std::size_t limit) {
  std::vector<std::string_view> names;
  for (const bool facing : {true, false}) {
    for (const Department& d : s.departments) {
      if (d.isIt() || d.isCustomerFacing() != facing || names.size() == limit) continue;
      if (d.name.has()) {
        names.push_back(*d.name);
      } else if (d.id.has()) {
        names.push_back(*d.id);
      }
    }
  }
  if (names.empty()) return "a business department";
  if (names.size() == 1) return std::string(names.front());
  const std::string_view last = names.back();
  names.pop_back();
  return fmt::format("{} or {}", fmt::join(names, ", "), last);
}

}  // namespace crmlint::people

#pragma once
// Who is who in a strategy: IT people and the business departments, for the
// ownership rules and for help texts that name the file's own departments.
#include <optional>
#include <string>

#include "model.h"

namespace crmlint::people {

// Why `person` counts as IT, for a message ("sits in the IT department
// 'apps'", "has the IT role 'IT Lead'"), or nothing for a business person.
std::optional<std::string> itReason(const Strategy& s, const Stakeholder& person);

// The file's business departments by name, customer-facing first, at most
// `limit`, joined as "Resident Services, Revenues or Libraries".
std::string businessDepartments(const Strategy& s, std::size_t limit = 4);

}  // namespace crmlint::people

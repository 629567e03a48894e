#pragma once
// Words for messages and help that fit who the strategy serves: a council's
// residents do not churn, and its goals are not about renewals.
#include <string_view>

#include "model.h"

namespace crmlint::sector {

// "customers", "residents", "students" or "supporters".
std::string_view customers(Sector sector);

// Whose money and time a benefit is: "the business" for a company, "the
// organisation" for a council, a university or a charity.
std::string_view organisation(Sector sector);

// True for a council, a university or a charity, whose business case states
// non-cashable benefits (staff time released) beside cash.
bool valuesNonCashable(Sector sector);

// A specific goal title in the sector's own terms, for help texts.
std::string_view exampleGoal(Sector sector);

// A metric in the sector's own terms, as flow YAML, for help texts.
std::string_view exampleMetric(Sector sector);

}  // namespace crmlint::sector

#include "common/sector.h"

namespace crmlint::sector {

std::string_view customers(Sector sector) {
  switch (sector) {
    case Sector::Business: return "customers";
    case Sector::Public: return "residents";
    case Sector::Education: return "students";
    case Sector::Nonprofit: return "supporters";
  }
  return "customers";
}

std::string_view organisation(Sector sector) {
  return sector == Sector::Business ? "the business" : "the organisation";
}

bool valuesNonCashable(Sector sector) { return sector != Sector::Business; }

std::string_view exampleGoal(Sector sector) {
  switch (sector) {
    case Sector::Business: return "Cut enterprise churn from 14% to 9% by end of 2027";
    case Sector::Public: return "Resolve 80% of resident enquiries at first contact by March 2028";
    case Sector::Education: return "Answer 90% of applicant enquiries within two working days by September 2027";
    case Sector::Nonprofit: return "Raise regular-donor retention from 55% to 65% by end of 2027";
  }
  return "";
}

std::string_view exampleMetric(Sector sector) {
  switch (sector) {
    case Sector::Business: return "{name: annual logo churn, baseline: 14, target: 9, unit: percent}";
    case Sector::Public:
      return "{name: enquiries resolved at first contact, baseline: 55, target: 80, unit: percent}";
    case Sector::Education:
      return "{name: applicant enquiries answered within two working days, baseline: 60, target: 90, unit: percent}";
    case Sector::Nonprofit:
      return "{name: regular donors still giving after a year, baseline: 55, target: 65, unit: percent}";
  }
  return "";
}

}  // namespace crmlint::sector

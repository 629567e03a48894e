#pragma once
// The enumerations of format 1, in the order of the model's enums.
#include <array>
#include <string_view>

namespace crmlint::vocabulary {

inline constexpr std::array<std::string_view, 5> kCadences = {"weekly", "monthly", "quarterly", "half-yearly", "yearly"};
inline constexpr std::array<std::string_view, 2> kFunctions = {"business", "it"};
inline constexpr std::array<std::string_view, 4> kProfitability = {"high", "medium", "low", "unprofitable"};
inline constexpr std::array<std::string_view, 10> kOutcomes = {
    "retention", "loyalty", "satisfaction", "acquisition", "profitability", "experience", "advocacy",
    "access",    "inclusion", "cost-to-serve"};
inline constexpr std::array<std::string_view, 4> kSectors = {"business", "public", "education", "nonprofit"};
inline constexpr std::array<std::string_view, 2> kPeriods = {"once", "year"};
inline constexpr std::array<std::string_view, 14> kMilestoneTypes = {
    "need",    "vision",   "requirements",  "vendor-selection", "data",    "integration",  "process",
    "training", "communication", "pilot",   "rollout",          "review",  "consultation", "organisation"};
inline constexpr std::array<std::string_view, 4> kScopes = {"team", "region", "department", "enterprise"};
inline constexpr std::array<std::string_view, 4> kStatuses = {"planned", "in-progress", "done", "dropped"};

}  // namespace crmlint::vocabulary

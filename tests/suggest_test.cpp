#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "suggest.h"

using namespace crmlint;

TEST_CASE("suggest: the bounded distance agrees with the full one within its limit") {
  CHECK(editDistance("title", "titel") == 1);
  CHECK(boundedEditDistance("title", "titel", 2) == 1);
  CHECK(boundedEditDistance("owner", "ownr", 2) == 1);
  CHECK(boundedEditDistance("kitten", "sitting", 3) == 3);
  CHECK(boundedEditDistance("kitten", "sitting", 2) == 3);  // over the limit: limit + 1
  CHECK(boundedEditDistance("abc", "xyzxyz", 1) == 2);
}

TEST_CASE("suggest: did-you-mean finds the nearest id among thousands, and stops at a cap") {
  std::vector<std::string> ids;
  for (int i = 0; i < 500; ++i) ids.push_back("person-" + std::to_string(10000 + i));
  CHECK(closestMatch("persom-10250", ids) == std::optional<std::string>("person-10250"));
  CHECK(closestMatch("Person-10007", ids) == std::optional<std::string>("person-10007"));
  CHECK_FALSE(closestMatch("marketing", ids));
  // Candidates of an implausible length are skipped without counting
  // against the cap; plausible ones past the cap are not compared.
  std::vector<std::string> many(kMaxSuggestionCandidates, "zzzzzz-zzzzz");
  many.insert(many.begin(), 5000, std::string(40, 'q'));
  many.push_back("person-10250");
  CHECK_FALSE(closestMatch("persom-10250", many));
  many.erase(many.begin() + 5000);
  CHECK(closestMatch("persom-10250", many) == std::optional<std::string>("person-10250"));
}

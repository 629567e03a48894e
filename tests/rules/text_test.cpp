// rules/common/text: whole-word, case-insensitive phrase matching, as the
// judgement rules read titles and roles.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "common/text.h"

using namespace crmlint;

TEST_CASE("text: a phrase matches whole words in a row, in any case") {
  CHECK(text::containsPhrase("Director of Information Technology", "information technology"));
  CHECK(text::containsPhrase("Chief Information Officer (CIO)", "cio"));
  CHECK(text::containsPhrase("information, technology", "information technology"));  // words, not characters
  CHECK(text::containsPhrase("self-service portal", "self-service"));
  CHECK_FALSE(text::containsPhrase("Information Security and Technology", "information technology"));
  CHECK_FALSE(text::containsPhrase("Head of Sales Technologies", "technology"));
  CHECK_FALSE(text::containsPhrase("Director of Information", "information technology"));  // the text ends first
  CHECK_FALSE(text::containsPhrase("anything", ""));
  CHECK_FALSE(text::containsPhrase("", "cio"));
  // A first word that repeats: the match may start at the second.
  CHECK(text::containsPhrase("information information systems", "information systems"));
}

TEST_CASE("text: findAnyPhrase gives the first phrase of the list that occurs") {
  const std::vector<std::string> phrases = {"programme lead", "sponsor", "owner"};
  CHECK(text::findAnyPhrase("Executive sponsor and product owner", phrases) == "sponsor");
  CHECK(text::findAnyPhrase("CRM Programme Lead", phrases) == "programme lead");
  CHECK(text::findAnyPhrase("Head of Service", phrases).empty());
}

#pragma once
// Word matching for the judgement rules: whole words, case-insensitive.
#include <string>
#include <string_view>
#include <vector>

namespace crmlint::text {

// The words of `text`, lower-cased: runs of letters, digits, '-' and '\''.
std::vector<std::string> words(std::string_view text);

// True when `phrase` (one or more words) occurs in `text` as whole words.
bool containsPhrase(std::string_view text, std::string_view phrase);

// The first phrase of `phrases` that occurs in `text`, or empty.
std::string findAnyPhrase(std::string_view text, const std::vector<std::string>& phrases);

// True when `text` contains a digit.
bool hasNumber(std::string_view text);

// True when `text` states an amount: a number that is not only a date or a
// time ("2027", "2027-03-31", "31 March", "Q3", "FY27", "24/7", "3rd").
bool hasFigure(std::string_view text);

}  // namespace crmlint::text

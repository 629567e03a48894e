#include "common/text.h"

#include <algorithm>
#include <cctype>

namespace crmlint::text {

namespace {

bool isWordChar(unsigned char c) { return std::isalnum(c) || c == '-' || c == '\'' || c >= 0x80; }

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool isMonth(std::string_view word) {
  static constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  if (word.size() < 3) return false;
  std::string lower;
  for (char c : word.substr(0, 3)) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view m : kMonths) {
    if (lower == m) return true;
  }
  return false;
}

// The word of letters that starts at `from` (or ends just before it, when `backwards`).
std::string_view letterWord(std::string_view text, std::size_t from, bool backwards) {
  if (backwards) {
    std::size_t end = from;
    while (end > 0 && text[end - 1] == ' ') --end;
    std::size_t begin = end;
    while (begin > 0 && isLetter(text[begin - 1])) --begin;
    return text.substr(begin, end - begin);
  }
  std::size_t begin = from;
  while (begin < text.size() && text[begin] == ' ') ++begin;
  std::size_t end = begin;
  while (end < text.size() && isLetter(text[end])) ++end;
  return text.substr(begin, end - begin);
}

}  // namespace

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (isWordChar(c)) {
      current += static_cast<char>(std::tolower(c));
    } else if (!current.empty()) {
      out.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

namespace {

// The next word of `text` at or after `at`, which moves past it; empty at the end.
std::string_view nextWord(std::string_view text, std::size_t& at) {
  while (at < text.size() && !isWordChar(static_cast<unsigned char>(text[at]))) ++at;
  const std::size_t begin = at;
  while (at < text.size() && isWordChar(static_cast<unsigned char>(text[at]))) ++at;
  return text.substr(begin, at - begin);
}

bool sameWord(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  });
}

}  // namespace

// Word by word over both texts, copying neither: the judgement rules match
// phrases against every title and role of a file.
bool containsPhrase(std::string_view text, std::string_view phrase) {
  std::size_t phraseStart = 0;
  const std::string_view firstOfPhrase = nextWord(phrase, phraseStart);
  if (firstOfPhrase.empty()) return false;
  std::size_t at = 0;
  for (std::string_view word = nextWord(text, at); !word.empty(); word = nextWord(text, at)) {
    if (!sameWord(word, firstOfPhrase)) continue;
    std::size_t inText = at;
    std::size_t inPhrase = phraseStart;
    bool matches = true;
    for (std::string_view want = nextWord(phrase, inPhrase); matches && !want.empty();
         want = nextWord(phrase, inPhrase)) {
      matches = sameWord(nextWord(text, inText), want);
    }
    if (matches) return true;
  }
  return false;
}

std::string findAnyPhrase(std::string_view text, const std::vector<std::string>& phrases) {
  for (const std::string& phrase : phrases) {
    if (containsPhrase(text, phrase)) return phrase;
  }
  return {};
}

bool hasFigure(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (!isDigit(text[i])) {
      ++i;
      continue;
    }
    const std::size_t begin = i;
    while (i < text.size() && (isDigit(text[i]) || ((text[i] == '.' || text[i] == ',') && i + 1 < text.size() &&
                                                    isDigit(text[i + 1])))) {
      ++i;
    }
    const std::string_view number = text.substr(begin, i - begin);
    const char before = begin > 0 ? text[begin - 1] : ' ';
    const char after = i < text.size() ? text[i] : ' ';
    // Q3, H1, FY27, B2B: a label, not an amount.
    if (isLetter(before)) continue;
    // 24/7, 31/03/2027, 2027-03-31: a time or a date.
    if (after == '/' || before == '/') continue;
    if (number.size() == 4 && after == '-' && i + 1 < text.size() && isDigit(text[i + 1])) {
      while (i < text.size() && (isDigit(text[i]) || text[i] == '-')) ++i;
      continue;
    }
    // 1st, 2nd, 3rd, 4th.
    const std::string_view suffix = letterWord(text, i, false);
    if (after != ' ' && (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th")) continue;
    const bool plain = number.find_first_of(".,") == std::string_view::npos;
    if (plain && number.size() == 4 && after != '%' && before != '$' && number >= "1900" && number <= "2199") continue;
    // 31 March, March 31.
    if (plain && number.size() <= 2 && (isMonth(letterWord(text, i, false)) || isMonth(letterWord(text, begin, true)))) {
      continue;
    }
    return true;
  }
  return false;
}

bool hasNumber(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace crmlint::text

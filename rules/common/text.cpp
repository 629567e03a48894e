#include "common/text.h"

#include <algorithm>
#include <cctype>

namespace crmlint::text {

namespace {

bool isWordChar(unsigned char c) { return std::isalnum(c) || c == '-' || c == '\'' || c >= 0x80; }

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

bool containsPhrase(std::string_view text, std::string_view phrase) {
  const std::vector<std::string> haystack = words(text);
  const std::vector<std::string> needle = words(phrase);
  if (needle.empty()) return false;
  return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end()) != haystack.end();
}

std::string findAnyPhrase(std::string_view text, const std::vector<std::string>& phrases) {
  const std::vector<std::string> haystack = words(text);
  for (const std::string& phrase : phrases) {
    const std::vector<std::string> needle = words(phrase);
    if (!needle.empty() && std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end()) != haystack.end()) {
      return phrase;
    }
  }
  return {};
}

bool hasNumber(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace crmlint::text

#pragma once
// "Did you mean" suggestions by edit distance.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crmlint {

// Optimal-string-alignment distance, case-insensitive (a swap of two
// neighbouring letters counts as one edit).
std::size_t editDistance(std::string_view a, std::string_view b);

// The candidate closest to `word` within `maxDistance` edits; ties go to the
// earliest candidate.
template <class Range>
std::optional<std::string> closestMatch(std::string_view word, const Range& candidates, std::size_t maxDistance = 2) {
  std::optional<std::string> best;
  std::size_t bestDistance = maxDistance + 1;
  for (const auto& candidate : candidates) {
    const std::size_t d = editDistance(word, candidate);
    if (d < bestDistance) {
      bestDistance = d;
      best = std::string(candidate);
    }
  }
  return best;
}

// The candidate `word` is certainly a misspelling of: the only one at most
// one edit away (letter case aside), for a word of at least three letters.
// Nothing when two candidates are that close, or none is.
template <class Range>
std::optional<std::string> certainMatch(std::string_view word, const Range& candidates) {
  if (word.size() < 3) return std::nullopt;
  std::optional<std::string> only;
  for (const auto& candidate : candidates) {
    if (editDistance(word, candidate) > 1) continue;
    if (only && *only != std::string_view(candidate)) return std::nullopt;
    only = std::string(candidate);
  }
  return only;
}

// "; did you mean 'title'?" or nothing.
std::string didYouMean(const std::optional<std::string>& suggestion);

}  // namespace crmlint

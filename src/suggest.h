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

// The distance between `a` and `b` when it is at most `limit`, else limit + 1;
// linear in the strings' length for a small limit.
std::size_t boundedEditDistance(std::string_view a, std::string_view b, std::size_t limit);

// Suggestions are compared against at most this many candidates of a
// plausible length, so that thousands of unknown references among thousands
// of ids cost linear time, not quadratic.
inline constexpr std::size_t kMaxSuggestionCandidates = 1000;

// The candidate closest to `word` within `maxDistance` edits; ties go to the
// earliest candidate.
template <class Range>
std::optional<std::string> closestMatch(std::string_view word, const Range& candidates, std::size_t maxDistance = 2) {
  std::optional<std::string> best;
  std::size_t bestDistance = maxDistance + 1;
  std::size_t compared = 0;
  for (const auto& candidate : candidates) {
    const std::string_view text(candidate);
    // Lengths further apart than the distance cannot be within it.
    if (text.size() + maxDistance < word.size() || word.size() + maxDistance < text.size()) continue;
    if (++compared > kMaxSuggestionCandidates) break;
    const std::size_t d = boundedEditDistance(word, text, bestDistance - 1);
    if (d < bestDistance) {
      bestDistance = d;
      best = std::string(text);
      if (d == 0) break;
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
  std::size_t compared = 0;
  for (const auto& candidate : candidates) {
    const std::string_view text(candidate);
    if (text.size() + 1 < word.size() || word.size() + 1 < text.size()) continue;
    // Certainty needs every plausible candidate looked at: past the cap, claim none.
    if (++compared > kMaxSuggestionCandidates) return std::nullopt;
    if (boundedEditDistance(word, text, 1) > 1) continue;
    if (only && *only != text) return std::nullopt;
    only = std::string(text);
  }
  return only;
}

// "; did you mean 'title'?" or nothing.
std::string didYouMean(const std::optional<std::string>& suggestion);

}  // namespace crmlint

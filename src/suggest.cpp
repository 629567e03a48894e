#include "suggest.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace crmlint {

namespace {

constexpr std::size_t kMaxLength = 256;

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

// Optimal string alignment, cells further than `limit` from the diagonal
// skipped; stops as soon as a whole row exceeds `limit`.
std::size_t alignmentDistance(std::string_view a, std::string_view b, std::size_t limit) {
  const std::size_t n = a.size(), m = b.size();
  const std::size_t over = limit + 1;
  if ((n > m ? n - m : m - n) > limit) return over;
  // Rows on the stack: callers keep both strings within kMaxLength.
  std::array<std::size_t, kMaxLength + 1> rows[3];
  std::size_t* prev2 = rows[0].data();
  std::size_t* prev = rows[1].data();
  std::size_t* cur = rows[2].data();
  std::fill_n(prev2, m + 1, over);
  std::fill_n(prev, m + 1, over);
  for (std::size_t j = 0; j <= std::min(m, limit); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    const std::size_t from = i > limit ? i - limit : 1;
    const std::size_t to = std::min(m, i + limit);
    std::fill_n(cur, m + 1, over);
    if (i <= limit) cur[0] = i;
    std::size_t rowBest = cur[0];
    for (std::size_t j = from; j <= to; ++j) {
      const std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
      std::size_t d = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1])) {
        d = std::min(d, prev2[j - 2] + 1);
      }
      cur[j] = std::min(d, over);
      rowBest = std::min(rowBest, cur[j]);
    }
    if (rowBest > limit) return over;
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return std::min(prev[m], over);
}

}  // namespace

std::size_t boundedEditDistance(std::string_view a, std::string_view b, std::size_t limit) {
  // Long strings are never close to a key or id.
  if (a.size() > kMaxLength || b.size() > kMaxLength) return limit + 1;
  return alignmentDistance(a, b, limit);
}

std::size_t editDistance(std::string_view a, std::string_view b) {
  // Long strings are never close to a key or id; bail out early instead of
  // spending quadratic time on them.
  if (a.size() > b.size() + 3 || b.size() > a.size() + 3 || a.size() > kMaxLength || b.size() > kMaxLength) {
    return std::max(a.size(), b.size());
  }
  return alignmentDistance(a, b, std::max(a.size(), b.size()));
}

std::string didYouMean(const std::optional<std::string>& suggestion) {
  return suggestion ? "; did you mean '" + *suggestion + "'?" : std::string();
}

}  // namespace crmlint

#include "pack/regex.h"

#include <re2/re2.h>

namespace crmlint::pack {

namespace {
// Enough for any pattern a policy needs; a pattern that needs more is refused
// when the pack is loaded, instead of using memory while files are linted.
constexpr std::int64_t kMaxProgramBytes = 1 << 20;
constexpr std::size_t kMaxPatternBytes = 1000;
}  // namespace

struct Regex::Compiled {
  explicit Compiled(std::string_view pattern, const RE2::Options& options) : re(pattern, options) {}
  RE2 re;
};

Regex::Regex(std::unique_ptr<Compiled> compiled, std::string pattern)
    : compiled_(std::move(compiled)), pattern_(std::move(pattern)) {}
Regex::Regex(Regex&&) noexcept = default;
Regex& Regex::operator=(Regex&&) noexcept = default;
Regex::~Regex() = default;

std::optional<Regex> Regex::compile(std::string_view pattern, std::string& error) {
  if (pattern.size() > kMaxPatternBytes) {
    error = "the pattern is longer than " + std::to_string(kMaxPatternBytes) + " characters";
    return std::nullopt;
  }
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(kMaxProgramBytes);
  options.set_encoding(RE2::Options::EncodingUTF8);
  auto compiled = std::make_unique<Compiled>(pattern, options);
  if (!compiled->re.ok()) {
    error = compiled->re.error();
    return std::nullopt;
  }
  return Regex(std::move(compiled), std::string(pattern));
}

bool Regex::search(std::string_view text) const {
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), compiled_->re);
}

}  // namespace crmlint::pack

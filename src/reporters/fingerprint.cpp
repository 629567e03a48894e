#include "reporters/fingerprint.h"

#include <fmt/format.h>

#include <cstdint>

#include "reporters/ci_text.h"

namespace crmlint {

namespace {

__extension__ using Uint128 = unsigned __int128;

// 128-bit FNV-1a: stable across platforms, compilers and releases, unlike
// std::hash, so a fingerprint recorded on one runner matches on the next.
class Fnv128 {
 public:
  // Each part is prefixed with its length, so ("ab", "c") and ("a", "bc") differ.
  Fnv128& add(std::string_view part) {
    feed(std::to_string(part.size()));
    feed(":");
    feed(part);
    return *this;
  }
  std::string hex() const {
    return fmt::format("{:016x}{:016x}", static_cast<std::uint64_t>(state_ >> 64), static_cast<std::uint64_t>(state_));
  }

 private:
  void feed(std::string_view bytes) {
    for (const char c : bytes) {
      state_ ^= static_cast<unsigned char>(c);
      state_ *= kPrime;
    }
  }
  static constexpr Uint128 kPrime = (Uint128{1} << 88) + 0x13B;
  Uint128 state_ = (Uint128{0x6c62272e07bb0142} << 64) | 0x62b821756295c58d;
};

}  // namespace

std::string Fingerprints::of(const Diagnostic& d) {
  const std::string path(repositoryPath(d.file));
  const std::size_t occurrence = occurrences_[{path, d.rule, d.path}]++;
  return Fnv128().add(path).add(d.rule).add(d.path).add(std::to_string(occurrence)).hex();
}

}  // namespace crmlint

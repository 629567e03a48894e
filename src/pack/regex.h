#pragma once
// Regular expressions from rule packs. A pack is written by someone other
// than the person running crmlint, so its patterns run on RE2: matching is
// linear in the text whatever the pattern, and compiling is bounded in
// memory, so `(a+)+$` on a long value costs what `a+$` does. Only this file
// knows RE2.
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace crmlint::pack {

class Regex {
 public:
  // The compiled pattern, or the reason it cannot be used in `error`.
  static std::optional<Regex> compile(std::string_view pattern, std::string& error);
  Regex(Regex&&) noexcept;
  Regex& operator=(Regex&&) noexcept;
  ~Regex();

  // True when the pattern matches somewhere in `text` (anchor it with ^ and $
  // to match the whole value).
  bool search(std::string_view text) const;
  const std::string& pattern() const { return pattern_; }

 private:
  struct Compiled;
  Regex(std::unique_ptr<Compiled> compiled, std::string pattern);
  std::unique_ptr<Compiled> compiled_;
  std::string pattern_;
};

}  // namespace crmlint::pack

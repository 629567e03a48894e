#pragma once
// Writing HTML with escaping by default: every value put into the page goes
// through escapeHtml unless it is wrapped in Markup, the one explicit way to
// write HTML as is.
#include <fmt/format.h>

#include <concepts>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>

#include "reporters/html.h"

namespace crmlint::html {

// HTML this report built itself (an element, CSS), written as is.
struct Markup {
  std::string_view html;
};

// A value as it goes into the page: text escaped, numbers as they are,
// Markup unchanged.
inline std::string escaped(std::string_view text) { return escapeHtml(text); }
inline std::string escaped(const std::string& text) { return escapeHtml(text); }
inline std::string escaped(const char* text) { return escapeHtml(text); }
inline std::string_view escaped(Markup markup) { return markup.html; }
template <class T>
  requires std::integral<T> || std::floating_point<T>
T escaped(T number) {
  return number;
}

class Writer {
 public:
  // `format` is the page's own markup; each argument is escaped (see escaped()).
  template <class... Args>
  void write(fmt::format_string<decltype(escaped(std::declval<Args>()))...> format, Args&&... args) {
    fmt::format_to(std::back_inserter(html_), format, escaped(std::forward<Args>(args))...);
  }
  // Markup with no values in it.
  void write(Markup markup) { html_ += markup.html; }
  // Text, escaped.
  void text(std::string_view text) { html_ += escapeHtml(text); }

  std::string take() { return std::move(html_); }

 private:
  std::string html_;
};

}  // namespace crmlint::html

#pragma once
#include <string>
#include <string_view>

namespace crmlint {

// Text made safe for HTML text and quoted attribute values: & < > " ' become
// references, bytes that are not UTF-8 become U+FFFD, line breaks and tabs
// spaces, and other control characters U+FFFD.
std::string escapeHtml(std::string_view text);

}  // namespace crmlint

#pragma once
// The annotated starter strategy that `crmlint init` writes.
#include <string_view>

namespace crmlint {

// Every section of format 1 with plausible placeholder values and, on or just
// above every key, a comment saying what good looks like. It lints clean
// under every rule. Its dates are fixed, so the output never depends on the
// day it is written.
std::string_view starterStrategy();

}  // namespace crmlint

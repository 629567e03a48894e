#pragma once

namespace crmlint {
inline constexpr const char* kVersion = "0.1.0";
}

// Compiled with the reporters' include path (tests/CMakeLists.txt): what a
// reporter may read, it can include.
#include "reporters/formats.h"
#include "reporters/reporter.h"
#include "rule_meta.h"
#include "score.h"

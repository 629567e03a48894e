// Compiled with the reporters' include path (tests/CMakeLists.txt), this
// must fail: reporters never see the strategy model.
#include "model.h"

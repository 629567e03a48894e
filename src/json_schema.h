#pragma once
// The JSON Schema (draft 2020-12) of strategy format 1, for editors' YAML
// language servers: completion, hover docs and squiggles as a user types.
// Generated from the format's table in schema.h, so it cannot drift from
// what crmlint reads.
#include <ostream>

namespace crmlint {

void writeJsonSchema(std::ostream& out);

}  // namespace crmlint

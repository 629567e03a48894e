#pragma once
// A goal the strategy itself marks as a duty the law imposes ("our statutory
// duty under the Equality Act", "required by law") is done because it must
// be, not for a return: the business-case rules neither ask it for a benefit
// nor weigh its cost against the others' benefits, and smart/realistic
// accepts its 0% or 100% target.
#include <string>
#include <vector>

#include "model.h"

namespace crmlint::duty {

// The default of the 'duty_words' option of the rules that use it.
std::vector<std::string> defaultWords();

// The first phrase of `words` in the goal's title or description, or empty.
std::string phrase(const Goal& g, const std::vector<std::string>& words);

}  // namespace crmlint::duty

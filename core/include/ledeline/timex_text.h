// A TIMEX3 value in plain English, for a reader who does not know TimeML: the page shows it beside the
// value ("2016-W39" is "the week of Monday 26 September 2016", "P3D" is "3 days").
#pragma once

#include <string>
#include <string_view>

#include "ledeline/annotation.h"

namespace ledeline {

// `type`: DATE, TIME, DURATION or SET (a SET's "XXXX-WXX-1" is "every Monday", a DATE's "a Monday");
// `mod`: TimeML's mod (START, MID, END, APPROX, ...), or empty. Empty when the value is not one this
// understands.
std::string timex_in_words(std::string_view type, std::string_view value, std::string_view mod = {});
// The same for a time annotation's attributes (type, value, mod); empty when it has no value.
std::string timex_in_words(const Attributes& attrs);

}  // namespace ledeline

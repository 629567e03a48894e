#pragma once
// Reading typed values out of YAML scalars (YAML 1.2 core schema, plus the
// dates and percent strings of the strategy format).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace crmlint {

// How precisely a plan wrote a date: a day, or only a month or a quarter.
enum class DatePrecision : std::uint8_t { Day, Month, Quarter };

// A calendar date as days since 1970-01-01, so that dates compare and
// subtract as integers.
struct Date {
  std::int32_t days = 0;
  // A month or a quarter is read as one of its days (see parsePlanDate);
  // messages say so, since that day is the reader's, not the plan's.
  DatePrecision precision = DatePrecision::Day;
  // Dates compare by the day they stand for, however they were written.
  friend bool operator==(const Date& a, const Date& b) { return a.days == b.days; }
  friend auto operator<=>(const Date& a, const Date& b) { return a.days <=> b.days; }
  std::string iso() const;  // YYYY-MM-DD
  // The date as the plan wrote it, for messages: "2027-06-30", or for a
  // quarter "2027-Q3 (read as its last day, 2027-09-30)".
  std::string described() const;
  // The date as the plan wrote it and nothing more: "2027-06-30", "2027-06"
  // or "2027-Q2", for messages that treat a month or quarter as a whole.
  std::string asWritten() const;
  // The first and the last day of what the plan wrote: the day itself, or
  // every day of the month or quarter.
  std::int32_t firstDay() const;
  std::int32_t lastDay() const;
  // A day of the proleptic Gregorian calendar, which must exist.
  static Date fromCivil(int year, unsigned month, unsigned day);
};

// True when `a` comes before `b` however a month or quarter in either is
// read: a plan that ends something "in 2026-09" and starts the next "in
// 2026-09" is in order; one that starts it "in 2026-08" is not.
inline bool surelyBefore(const Date& a, const Date& b) { return a.lastDay() < b.firstDay(); }

// A number as written: `14`, `14.5`, or the percent string `"14%"`.
struct Quantity {
  double value = 0;
  bool percent = false;
};

std::optional<bool> parseBool(std::string_view text);            // true/false (any case YAML allows)
std::optional<std::int64_t> parseInteger(std::string_view text);  // decimal, 0x, 0o; in range
std::optional<double> parseNumber(std::string_view text);         // finite numbers only
std::optional<Quantity> parseQuantity(std::string_view text);     // a number or "NN%"
// YYYY-MM-DD naming a real day. On failure `why` says what is wrong: for text
// not of that form, kDateFormatReason.
inline constexpr std::string_view kDateFormatReason = "a date is written YYYY-MM-DD";
std::optional<Date> parseDate(std::string_view text, std::string* why = nullptr);

// A date of a plan, which may be only as precise as the plan is: a day
// YYYY-MM-DD, a month YYYY-MM or a quarter YYYY-Qn. A month or a quarter
// reads as its first day for a start and its last day for a due date.
enum class PeriodEnd { First, Last };
std::optional<Date> parsePlanDate(std::string_view text, PeriodEnd end, std::string* why = nullptr);

// "2027-Q3" for a quarter written another way ("Q3 2027", "2027 Q3", "q3/2027"),
// so a message can say what was meant; nothing for anything else.
std::optional<std::string> quarterSpelling(std::string_view text);

// "1450" for a number written with thousands separators ("1,450", "12,000,000",
// "1 450", "1_450", "1,450.5"): groups of three digits after a first group of
// one to three, all split by the same separator, so a message can say what
// was meant; nothing for anything else (a decimal comma such as "1,5" too).
std::optional<std::string> numberWithoutSeparators(std::string_view text);

bool isValidId(std::string_view text);  // [A-Za-z0-9][A-Za-z0-9_.-]*

}  // namespace crmlint

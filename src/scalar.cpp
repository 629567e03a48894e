#include "scalar.h"

#include <charconv>
#include <cmath>

#include <fmt/format.h>

namespace crmlint {

namespace {

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
std::int32_t daysFromCivil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned daysInMonth(int y, unsigned m) {
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

bool allDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

Date Date::fromCivil(int year, unsigned month, unsigned day) { return Date{daysFromCivil(year, month, day)}; }

namespace {

struct Civil {
  int year;
  unsigned month;
  unsigned day;
};

// civil_from_days, the inverse of daysFromCivil.
Civil civilFromDays(std::int32_t days) {
  const int z = days + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y0 = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {y0 + (m <= 2), m, d};
}

}  // namespace

std::string Date::iso() const {
  const Civil c = civilFromDays(days);
  return fmt::format("{:04}-{:02}-{:02}", c.year, c.month, c.day);
}

std::string Date::described() const {
  if (precision == DatePrecision::Day) return iso();
  const Civil c = civilFromDays(days);
  // A period is read as its first day (a start) or its last (a due date).
  const bool first = c.day == 1 && (precision == DatePrecision::Month || c.month % 3 == 1);
  return fmt::format("{} (read as the {}'s {} day, {})", asWritten(),
                     precision == DatePrecision::Month ? "month" : "quarter", first ? "first" : "last", iso());
}

std::string Date::asWritten() const {
  const Civil c = civilFromDays(days);
  switch (precision) {
    case DatePrecision::Month: return fmt::format("{:04}-{:02}", c.year, c.month);
    case DatePrecision::Quarter: return fmt::format("{:04}-Q{}", c.year, (c.month + 2) / 3);
    case DatePrecision::Day: break;
  }
  return iso();
}

std::int32_t Date::firstDay() const {
  if (precision == DatePrecision::Day) return days;
  const Civil c = civilFromDays(days);
  const unsigned month = precision == DatePrecision::Month ? c.month : c.month - (c.month - 1) % 3;
  return daysFromCivil(c.year, month, 1);
}

std::int32_t Date::lastDay() const {
  if (precision == DatePrecision::Day) return days;
  const Civil c = civilFromDays(days);
  const unsigned month = precision == DatePrecision::Month ? c.month : c.month - (c.month - 1) % 3 + 2;
  return daysFromCivil(c.year, month, daysInMonth(c.year, month));
}

std::optional<bool> parseBool(std::string_view t) {
  if (t == "true" || t == "True" || t == "TRUE") return true;
  if (t == "false" || t == "False" || t == "FALSE") return false;
  return std::nullopt;
}

std::optional<std::int64_t> parseInteger(std::string_view t) {
  bool negative = false;
  if (!t.empty() && (t.front() == '-' || t.front() == '+')) {
    negative = t.front() == '-';
    t.remove_prefix(1);
  }
  int base = 10;
  if (t.size() > 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'o')) {
    base = t[1] == 'x' ? 16 : 8;
    t.remove_prefix(2);
  } else if (!allDigits(t)) {
    return std::nullopt;
  }
  std::uint64_t magnitude = 0;
  const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), magnitude, base);
  if (ec != std::errc() || end != t.data() + t.size()) return std::nullopt;
  if (magnitude > static_cast<std::uint64_t>(INT64_MAX) + (negative ? 1 : 0)) return std::nullopt;
  return negative ? static_cast<std::int64_t>(0 - magnitude) : static_cast<std::int64_t>(magnitude);
}

std::optional<double> parseNumber(std::string_view t) {
  if (auto i = parseInteger(t)) return static_cast<double>(*i);
  if (!t.empty() && t.front() == '+') t.remove_prefix(1);
  // from_chars would accept "inf", "nan" and hex floats; YAML's decimal form is digits, '.', exponent.
  for (char c : t) {
    if (!((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+')) {
      return std::nullopt;
    }
  }
  double value = 0;
  const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
  if (ec != std::errc() || end != t.data() + t.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::optional<Quantity> parseQuantity(std::string_view t) {
  if (!t.empty() && t.back() == '%') {
    t.remove_suffix(1);
    while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
    if (auto v = parseNumber(t)) return Quantity{*v, true};
    return std::nullopt;
  }
  if (auto v = parseNumber(t)) return Quantity{*v, false};
  return std::nullopt;
}

std::optional<Date> parseDate(std::string_view t, std::string* why) {
  auto fail = [&](std::string reason) -> std::optional<Date> {
    if (why) *why = std::move(reason);
    return std::nullopt;
  };
  if (t.size() != 10 || t[4] != '-' || t[7] != '-' || !allDigits(t.substr(0, 4)) ||
      !allDigits(t.substr(5, 2)) || !allDigits(t.substr(8, 2))) {
    return fail(std::string(kDateFormatReason));
  }
  const int y = (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0');
  const unsigned m = static_cast<unsigned>((t[5] - '0') * 10 + (t[6] - '0'));
  const unsigned d = static_cast<unsigned>((t[8] - '0') * 10 + (t[9] - '0'));
  if (m < 1 || m > 12) return fail(fmt::format("there is no month {:02}", m));
  if (d < 1 || d > daysInMonth(y, m)) {
    return fail(fmt::format("{:04}-{:02} has {} days", y, m, daysInMonth(y, m)));
  }
  return Date{daysFromCivil(y, m, d)};
}

std::optional<Date> parsePlanDate(std::string_view t, PeriodEnd end, std::string* why) {
  auto fail = [&](std::string reason) -> std::optional<Date> {
    if (why) *why = std::move(reason);
    return std::nullopt;
  };
  if (t.size() != 7 || t[4] != '-' || !allDigits(t.substr(0, 4))) return parseDate(t, why);
  const int y = (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0');
  unsigned firstMonth = 0;
  unsigned lastMonth = 0;
  if ((t[5] == 'Q' || t[5] == 'q') && allDigits(t.substr(6, 1))) {
    const unsigned q = static_cast<unsigned>(t[6] - '0');
    if (q < 1 || q > 4) return fail(fmt::format("there is no quarter Q{}", q));
    firstMonth = 3 * q - 2;
    lastMonth = 3 * q;
  } else if (allDigits(t.substr(5, 2))) {
    firstMonth = static_cast<unsigned>((t[5] - '0') * 10 + (t[6] - '0'));
    if (firstMonth < 1 || firstMonth > 12) return fail(fmt::format("there is no month {:02}", firstMonth));
    lastMonth = firstMonth;
  } else {
    return fail(std::string(kDateFormatReason));
  }
  const DatePrecision precision = firstMonth == lastMonth ? DatePrecision::Month : DatePrecision::Quarter;
  if (end == PeriodEnd::First) return Date{daysFromCivil(y, firstMonth, 1), precision};
  return Date{daysFromCivil(y, lastMonth, daysInMonth(y, lastMonth)), precision};
}

std::optional<std::string> quarterSpelling(std::string_view t) {
  std::string packed;  // the text without separators
  for (const char c : t) {
    if (c != ' ' && c != '-' && c != '/' && c != '_') packed += c;
  }
  if (packed.size() != 6) return std::nullopt;
  const bool quarterFirst = packed[0] == 'Q' || packed[0] == 'q';
  const std::string_view quarter = std::string_view(packed).substr(quarterFirst ? 0 : 4, 2);
  const std::string_view year = std::string_view(packed).substr(quarterFirst ? 2 : 0, 4);
  if ((quarter[0] != 'Q' && quarter[0] != 'q') || quarter[1] < '1' || quarter[1] > '4' || !allDigits(year)) {
    return std::nullopt;
  }
  return fmt::format("{}-Q{}", year, quarter[1]);
}

std::optional<std::string> numberWithoutSeparators(std::string_view t) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  std::string out;
  std::size_t i = 0;
  if (i < t.size() && (t[i] == '-' || t[i] == '+')) out += t[i++];
  const std::size_t first = i;
  while (i < t.size() && digit(t[i])) out += t[i++];
  if (i == first || i - first > 3 || t[first] == '0' || i == t.size()) return std::nullopt;
  const char separator = t[i];
  if (separator != ',' && separator != ' ' && separator != '_' && separator != '\'') return std::nullopt;
  while (i < t.size() && t[i] == separator) {
    ++i;
    for (int k = 0; k < 3; ++k, ++i) {
      if (i == t.size() || !digit(t[i])) return std::nullopt;
      out += t[i];
    }
  }
  if (i < t.size() && t[i] == '.') {
    out += t[i++];
    const std::size_t fraction = i;
    while (i < t.size() && digit(t[i])) out += t[i++];
    if (i == fraction) return std::nullopt;
  }
  if (i != t.size()) return std::nullopt;
  return out;
}

bool isValidId(std::string_view t) {
  auto alnum = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  };
  if (t.empty() || !alnum(t.front())) return false;
  for (char c : t) {
    if (!alnum(c) && c != '_' && c != '.' && c != '-') return false;
  }
  return true;
}

}  // namespace crmlint

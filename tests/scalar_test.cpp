#include <doctest/doctest.h>

#include "scalar.h"

using namespace crmlint;

TEST_CASE("scalars: dates must name a real day") {
  CHECK(parseDate("2027-02-28"));
  CHECK(parseDate("2028-02-29"));
  std::string why;
  CHECK_FALSE(parseDate("2027-02-30", &why));
  CHECK(why == "2027-02 has 28 days");
  CHECK_FALSE(parseDate("2027-13-01", &why));
  CHECK(why == "there is no month 13");
  CHECK_FALSE(parseDate("27-1-1", &why));
  CHECK(why == "a date is written YYYY-MM-DD");
  CHECK(parseDate("2027-03-01")->days - parseDate("2027-02-28")->days == 1);
  CHECK(parseDate("1999-12-31")->iso() == "1999-12-31");
}

TEST_CASE("scalars: numbers, percents, integers and booleans") {
  CHECK(parseQuantity("14%")->percent);
  CHECK(parseQuantity("14%")->value == 14);
  CHECK_FALSE(parseQuantity("14")->percent);
  CHECK_FALSE(parseQuantity("nine"));
  CHECK_FALSE(parseNumber(".inf"));
  CHECK_FALSE(parseNumber("nan"));
  CHECK_FALSE(parseNumber("1e999"));
  CHECK(parseInteger("0x1F") == 31);
  CHECK_FALSE(parseInteger("99999999999999999999"));
  CHECK(parseBool("True") == true);
  CHECK_FALSE(parseBool("yes"));
  CHECK(isValidId("reduce-churn.v2"));
  CHECK_FALSE(isValidId("-churn"));
  CHECK_FALSE(isValidId("churn rate"));
}

TEST_CASE("scalar: a month or a quarter reads as its first day for a start and its last for a due date") {
  CHECK(parsePlanDate("2027-Q3", PeriodEnd::First)->iso() == "2027-07-01");
  CHECK(parsePlanDate("2027-Q3", PeriodEnd::Last)->iso() == "2027-09-30");
  CHECK(parsePlanDate("2028-02", PeriodEnd::Last)->iso() == "2028-02-29");
  CHECK(parsePlanDate("2027-02", PeriodEnd::First)->iso() == "2027-02-01");
  CHECK(parsePlanDate("2027-06-15", PeriodEnd::Last)->iso() == "2027-06-15");
  std::string why;
  CHECK_FALSE(parsePlanDate("2027-Q5", PeriodEnd::Last, &why));
  CHECK(why == "there is no quarter Q5");
  CHECK_FALSE(parsePlanDate("2027-13", PeriodEnd::Last, &why));
  CHECK(why == "there is no month 13");
  CHECK_FALSE(parsePlanDate("Q3 2027", PeriodEnd::Last, &why));
  CHECK(why == "a date is written YYYY-MM-DD");
}

TEST_CASE("Date::described: a month or a quarter says so, and which of its days it was read as") {
  CHECK(parsePlanDate("2027-06-30", PeriodEnd::Last)->described() == "2027-06-30");
  CHECK(parsePlanDate("2027-Q3", PeriodEnd::Last)->described() == "2027-Q3 (read as the quarter's last day, 2027-09-30)");
  CHECK(parsePlanDate("2027-Q3", PeriodEnd::First)->described() ==
        "2027-Q3 (read as the quarter's first day, 2027-07-01)");
  CHECK(parsePlanDate("2028-02", PeriodEnd::Last)->described() == "2028-02 (read as the month's last day, 2028-02-29)");
  CHECK(parsePlanDate("2027-02", PeriodEnd::First)->described() == "2027-02 (read as the month's first day, 2027-02-01)");
  // The precision is how the date was written, not a different day: dates compare by day.
  CHECK(*parsePlanDate("2027-Q3", PeriodEnd::Last) == *parseDate("2027-09-30"));
}

TEST_CASE("quarterSpelling: a quarter written in another order, and nothing else") {
  CHECK(quarterSpelling("Q3 2027") == "2027-Q3");
  CHECK(quarterSpelling("2027 Q3") == "2027-Q3");
  CHECK(quarterSpelling("q4/2028") == "2028-Q4");
  CHECK_FALSE(quarterSpelling("Q5 2027"));
  CHECK_FALSE(quarterSpelling("Sept 2027"));
  CHECK_FALSE(quarterSpelling("2027-09"));
}

TEST_CASE("scalar: a month or a quarter spans all its days, whichever day it is read as") {
  auto plan = [](std::string_view text, PeriodEnd end) { return *parsePlanDate(text, end); };
  auto iso = [](std::int32_t days) { return Date{days}.iso(); };
  CHECK(iso(plan("2027-Q3", PeriodEnd::Last).firstDay()) == "2027-07-01");
  CHECK(iso(plan("2027-Q3", PeriodEnd::First).lastDay()) == "2027-09-30");
  CHECK(iso(plan("2028-02", PeriodEnd::First).lastDay()) == "2028-02-29");
  CHECK(iso(plan("2027-06-15", PeriodEnd::Last).firstDay()) == "2027-06-15");
  // Finished in September, next started in September: in order.
  CHECK_FALSE(surelyBefore(plan("2026-09", PeriodEnd::First), plan("2026-09", PeriodEnd::Last)));
  CHECK_FALSE(surelyBefore(plan("2027-08", PeriodEnd::First), plan("2027-Q3", PeriodEnd::Last)));
  CHECK(surelyBefore(plan("2026-08", PeriodEnd::First), plan("2026-09", PeriodEnd::Last)));
  CHECK(surelyBefore(plan("2027-05-03", PeriodEnd::First), plan("2027-05-07", PeriodEnd::Last)));
  CHECK_FALSE(surelyBefore(plan("2027-05-07", PeriodEnd::First), plan("2027-05-07", PeriodEnd::Last)));
}

TEST_CASE("numberWithoutSeparators: thousands in groups of three, one separator throughout, and nothing else") {
  CHECK(numberWithoutSeparators("1,450") == "1450");
  CHECK(numberWithoutSeparators("12,500,000") == "12500000");
  CHECK(numberWithoutSeparators("1 450") == "1450");
  CHECK(numberWithoutSeparators("1_450") == "1450");
  CHECK(numberWithoutSeparators("-1,450.75") == "-1450.75");
  CHECK(parseNumber(*numberWithoutSeparators("250,000")));
  CHECK_FALSE(numberWithoutSeparators("1450"));      // nothing to take out
  CHECK_FALSE(numberWithoutSeparators("4,1"));       // a decimal comma
  CHECK_FALSE(numberWithoutSeparators("0,450"));     // a decimal comma too
  CHECK_FALSE(numberWithoutSeparators("1,4500"));
  CHECK_FALSE(numberWithoutSeparators("1,450 450"));  // two separators
  CHECK_FALSE(numberWithoutSeparators("1450,000"));   // a first group of four
  CHECK_FALSE(numberWithoutSeparators("£560,000"));
  CHECK_FALSE(numberWithoutSeparators("950 a year"));
  CHECK_FALSE(numberWithoutSeparators("1,450."));
}

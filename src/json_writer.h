#pragma once
// A small streaming JSON writer with two-space indentation.
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace crmlint {

std::string jsonEscape(std::string_view text);  // without the surrounding quotes

class JsonWriter {
 public:
  explicit JsonWriter(std::ostream& out) : out_(out) {}

  JsonWriter& beginObject();
  JsonWriter& endObject();
  JsonWriter& beginArray();
  JsonWriter& endArray();
  JsonWriter& key(std::string_view name);
  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(std::int64_t number);
  JsonWriter& value(std::uint32_t number) { return value(static_cast<std::int64_t>(number)); }
  JsonWriter& value(int number) { return value(static_cast<std::int64_t>(number)); }
  JsonWriter& value(std::size_t number) { return value(static_cast<std::int64_t>(number)); }
  JsonWriter& value(double number);
  JsonWriter& value(bool flag);
  JsonWriter& null();
  // key(name).value(v) in one call.
  template <class T>
  JsonWriter& field(std::string_view name, const T& v) {
    key(name);
    return value(v);
  }
  void finish() { out_ << '\n'; }

 private:
  void beforeValue();
  void newline();

  std::ostream& out_;
  struct Level {
    bool array;
    bool empty = true;
  };
  std::vector<Level> levels_;
  bool afterKey_ = false;
};

}  // namespace crmlint

#pragma once
// Reads JSON output back in tests through crmlint's own YAML reader (JSON is
// YAML), with a small value API: value["key"][0].as<std::string>().
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <string_view>

#include "scalar.h"
#include "yaml_tree.h"

namespace crmlint {

class JsonValue {
 public:
  JsonValue() = default;

  static JsonValue parse(std::string text) {
    auto held = std::make_shared<Held>(std::move(text));
    REQUIRE_MESSAGE(!held->parsed.error, "not JSON: " << held->parsed.error->message);
    const NodeId root = held->parsed.document.root();
    return {std::move(held), root};
  }

  JsonValue operator[](std::string_view key) const {
    return held_ && doc().isMapping(id_) ? JsonValue(held_, doc().get(id_, key)) : JsonValue();
  }
  JsonValue operator[](const char* key) const { return (*this)[std::string_view(key)]; }
  JsonValue operator[](const std::string& key) const { return (*this)[std::string_view(key)]; }
  JsonValue operator[](std::size_t index) const {
    if (!held_ || !doc().isSequence(id_) || index >= doc().items(id_).size()) return {};
    return {held_, doc().items(id_)[index]};
  }
  JsonValue operator[](int index) const { return (*this)[static_cast<std::size_t>(index)]; }

  explicit operator bool() const { return IsDefined(); }
  bool IsDefined() const { return held_ && id_ != kNoNode; }
  bool IsMap() const { return IsDefined() && doc().isMapping(id_); }
  bool IsSequence() const { return IsDefined() && doc().isSequence(id_); }
  bool IsNull() const { return IsDefined() && doc().isNull(id_); }
  std::size_t size() const {
    if (IsSequence()) return doc().items(id_).size();
    if (IsMap()) return doc().entries(id_).size();
    return 0;
  }

  template <class T>
  T as() const {
    REQUIRE_MESSAGE(IsDefined(), "no such value");
    const std::string_view text = doc().text(id_);
    if constexpr (std::is_same_v<T, std::string>) {
      return std::string(text);
    } else if constexpr (std::is_same_v<T, bool>) {
      const auto b = parseBool(text);
      REQUIRE_MESSAGE(b, "not a boolean: " << text);
      return *b;
    } else if constexpr (std::is_integral_v<T>) {
      const auto n = parseInteger(text);
      REQUIRE_MESSAGE(n, "not an integer: " << text);
      return static_cast<T>(*n);
    } else {
      const auto n = parseNumber(text);
      REQUIRE_MESSAGE(n, "not a number: " << text);
      return static_cast<T>(*n);
    }
  }

  class Iterator {
   public:
    Iterator(const JsonValue* owner, std::size_t index) : owner_(owner), index_(index) {}
    JsonValue operator*() const { return (*owner_)[index_]; }
    Iterator& operator++() {
      ++index_;
      return *this;
    }
    bool operator!=(const Iterator& other) const { return index_ != other.index_; }

   private:
    const JsonValue* owner_;
    std::size_t index_;
  };
  Iterator begin() const { return {this, 0}; }
  Iterator end() const { return {this, IsSequence() ? size() : 0}; }

 private:
  struct Held {
    std::string text;
    LineIndex lines;
    ParseResult parsed;
    explicit Held(std::string t) : text(std::move(t)), lines(text), parsed(parseYaml(text, lines)) {}
  };
  JsonValue(std::shared_ptr<const Held> held, NodeId id) : held_(std::move(held)), id_(id) {}
  const Document& doc() const { return held_->parsed.document; }

  std::shared_ptr<const Held> held_;
  NodeId id_ = kNoNode;
};

}  // namespace crmlint

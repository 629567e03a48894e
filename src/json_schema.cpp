#include "json_schema.h"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "json_writer.h"
#include "schema.h"
#include "version.h"

namespace crmlint {

namespace {

using V = ValueType;

// Writes the keywords of one acceptable shape into an open JSON object.
using Shape = std::function<void(JsonWriter&)>;

std::string defRef(std::string_view name) { return fmt::format("#/$defs/{}", name); }

// "business objective" -> "business-objective".
std::string entityDefName(const EntitySpec& entity) {
  std::string name(entity.kind);
  std::replace(name.begin(), name.end(), ' ', '-');
  return name;
}

Shape ref(std::string name) {
  return [name = std::move(name)](JsonWriter& w) { w.field("$ref", defRef(name)); };
}

Shape type(std::string_view name) {
  return [name](JsonWriter& w) { w.field("type", name); };
}

// `pattern` must outlive the shape: the patterns here are literals.
Shape stringMatching(std::string_view pattern) {
  return [pattern](JsonWriter& w) { w.field("type", "string").field("pattern", pattern); };
}

Shape listOf(std::string itemDef) {
  return [itemDef = std::move(itemDef)](JsonWriter& w) {
    w.field("type", "array").key("items").beginObject().field("$ref", defRef(itemDef)).endObject();
  };
}

void writeAnyOf(JsonWriter& w, const std::vector<Shape>& alternatives) {
  w.key("anyOf").beginArray();
  for (const Shape& shape : alternatives) {
    w.beginObject();
    shape(w);
    w.endObject();
  }
  w.endArray();
}

Shape anyOf(std::vector<Shape> alternatives) {
  return [alternatives = std::move(alternatives)](JsonWriter& w) { writeAnyOf(w, alternatives); };
}

// A plain YAML value may read as a number or a boolean (`name: 2027`);
// crmlint takes any scalar as text. An empty required text counts as missing.
std::vector<Shape> textShapes(bool required) {
  return {[required](JsonWriter& w) {
            w.field("type", "string");
            if (required) w.field("minLength", 1);
          },
          type("number"), type("boolean")};
}

// The shapes a value of `field` may take: more than one becomes `anyOf`.
std::vector<Shape> shapes(const FieldSpec& field) {
  switch (field.type) {
    case V::Text: return textShapes(field.required);
    case V::Bool: return {type("boolean")};
    case V::PositiveInt: return {[](JsonWriter& w) { w.field("type", "integer").field("minimum", 1); }};
    case V::Number: return {type("number")};
    case V::Quantity: return {ref("quantity")};
    case V::Share: return {ref("share")};
    case V::Date: return {ref("date")};
    case V::Enum:
      return {[&field](JsonWriter& w) {
        w.field("type", "string").key("enum").beginArray();
        for (std::string_view allowed : field.allowed) w.value(allowed);
        w.endArray();
      }};
    case V::Id:
    case V::Ref: return {ref("id")};
    case V::RefList: return {ref("id-list")};
    case V::TextList: return {ref("text-list")};
    case V::Money: return {type("number"), ref(entityDefName(*field.entity))};
    case V::Entity: return {ref(entityDefName(*field.entity))};
    case V::EntityList: return {listOf(entityDefName(*field.entity))};
    case V::FormatVersion: return {[](JsonWriter& w) { w.field("const", 1); }};
  }
  return {};
}

void writeProperty(JsonWriter& w, const FieldSpec& field) {
  w.key(field.key).beginObject().field("description", field.description);
  std::vector<Shape> alternatives = shapes(field);
  // An empty value (`owner:`) counts as absent, which an optional key may be.
  if (!field.required) alternatives.push_back(type("null"));
  if (alternatives.size() == 1) {
    alternatives.front()(w);
  } else {
    writeAnyOf(w, alternatives);
  }
  w.endObject();
}

// The keywords of a mapping of `entity`, into an open object. No other key
// is allowed, so a misspelt key is flagged where it is typed.
void writeEntity(JsonWriter& w, const EntitySpec& entity) {
  w.field("type", "object").key("properties").beginObject();
  for (const FieldSpec& field : entity.fields) writeProperty(w, field);
  w.endObject();
  if (std::any_of(entity.fields.begin(), entity.fields.end(), [](const FieldSpec& f) { return f.required; })) {
    w.key("required").beginArray();
    for (const FieldSpec& field : entity.fields) {
      if (field.required) w.value(field.key);
    }
    w.endArray();
  }
  w.field("additionalProperties", false);
}

// Every entity below the document, in the order the format defines them.
void collectEntities(const EntitySpec& entity, std::vector<const EntitySpec*>& out) {
  for (const FieldSpec& field : entity.fields) {
    if (!field.entity || std::find(out.begin(), out.end(), field.entity) != out.end()) continue;
    out.push_back(field.entity);
    collectEntities(*field.entity, out);
  }
}

void writeDef(JsonWriter& w, std::string_view name, std::string_view description, const Shape& shape) {
  w.key(name).beginObject().field("description", description);
  shape(w);
  w.endObject();
}

void writeSharedDefs(JsonWriter& w) {
  writeDef(w, "text", "Text; a plain number or true/false is read as its text.", anyOf(textShapes(false)));
  writeDef(w, "id",
           "An id: letters, digits, '_', '.' and '-', starting with a letter or digit. A plain number such as 7 "
           "is read as its digits.",
           anyOf({stringMatching("^[A-Za-z0-9][A-Za-z0-9_.-]*$"),
                  [](JsonWriter& w) { w.field("type", "integer").field("minimum", 0); }}));
  // A single id or text is read as a list of one.
  writeDef(w, "id-list", "A list of ids, [a, b] or one '- id' per line; a single id is a list of one.",
           anyOf({listOf("id"), ref("id")}));
  writeDef(w, "text-list", "A list of text, [a, b] or one '- item' per line; a single text is a list of one.",
           anyOf({listOf("text"), ref("text")}));
  // YAML 1.1 reads an unquoted 2027-06-30 as a timestamp; a YAML language
  // server reads YAML 1.2 and hands the schema a string. crmlint also checks
  // that it is a real day.
  writeDef(w, "date",
           "A date written YYYY-MM-DD, such as 2027-06-30, or a month (2027-06) or quarter (2027-Q2) where the "
           "plan is only that precise.",
           stringMatching(R"(^\d{4}-(\d{2}(-\d{2})?|[Qq][1-4])$)"));
  writeDef(w, "quantity", "A number (14), or a percent string (\"14%\").",
           anyOf({type("number"), stringMatching(R"(^-?\d+(\.\d+)?%$)")}));
  writeDef(w, "share", "A share from 0 to 100: a number (62), or a percent string (\"62%\").",
           anyOf({[](JsonWriter& w) { w.field("type", "number").field("minimum", 0).field("maximum", 100); },
                  stringMatching(R"(^(100(\.0+)?|\d{1,2}(\.\d+)?)%$)")}));
}

}  // namespace

void writeJsonSchema(std::ostream& out) {
  const EntitySpec& document = documentSpec();
  JsonWriter w(out);
  w.beginObject()
      .field("$schema", "https://json-schema.org/draft/2020-12/schema")
      .field("title", "crmlint strategy, format 1")
      .field("description",
             "A CRM strategy in the YAML format that crmlint reads. This schema checks keys, kinds of value and "
             "allowed words as you type; crmlint also checks that references name entries that exist, that dates "
             "are real days, and the strategy's rules.")
      .field("$comment",
             fmt::format("Generated by 'crmlint schema' (crmlint {}) from crmlint's table of the format.", kVersion));
  writeEntity(w, document);
  w.key("$defs").beginObject();
  std::vector<const EntitySpec*> entities;
  collectEntities(document, entities);
  for (const EntitySpec* entity : entities) {
    w.key(entityDefName(*entity)).beginObject();
    writeEntity(w, *entity);
    w.endObject();
  }
  writeSharedDefs(w);
  w.endObject();
  w.endObject().finish();
}

}  // namespace crmlint

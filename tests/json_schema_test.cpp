// `crmlint schema`: the JSON Schema generated from the format's table. It is
// read back with crmlint's own YAML reader (JSON is YAML), so the tests check structure, not
// layout; tests/integration/json_schema.sh validates it with ajv-cli.
#include "json_schema.h"

#include "json_value.h"

#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "schema.h"
#include "support.h"
#include "vocabulary.h"

using namespace crmlint;

namespace {

JsonValue generatedSchema() {
  std::ostringstream out;
  writeJsonSchema(out);
  return JsonValue::parse(out.str());
}

// The schema a "$ref" names: "#/$defs/goal" -> root["$defs"]["goal"].
JsonValue resolve(const JsonValue& root, const JsonValue& schema) {
  if (!schema["$ref"]) return schema;
  const std::string ref = schema["$ref"].as<std::string>();
  const std::string prefix = "#/$defs/";
  REQUIRE_MESSAGE(ref.starts_with(prefix), ref);
  const JsonValue def = root["$defs"][ref.substr(prefix.size())];
  REQUIRE_MESSAGE(def.IsMap(), "no definition for " << ref);
  return def;
}

// The mapping schema reached from a property: through "$ref", a list's
// "items" and the alternatives of "anyOf". Null when there is none.
JsonValue objectSchema(const JsonValue& root, const JsonValue& property) {
  const JsonValue schema = resolve(root, property);
  if (schema["type"] && schema["type"].as<std::string>() == "object") return schema;
  if (schema["items"]) return objectSchema(root, schema["items"]);
  if (schema["anyOf"]) {
    for (const JsonValue& alternative : schema["anyOf"]) {
      if (JsonValue found = objectSchema(root, alternative)) return found;
    }
  }
  return JsonValue();
}

// A list of strings; none for an absent key.
std::vector<std::string> strings(const JsonValue& list) {
  std::vector<std::string> out;
  if (!list) return out;
  for (const JsonValue& item : list) out.push_back(item.as<std::string>());
  return out;
}

// Checks `schema` describes `entity` exactly, then every entity below it.
void checkEntity(const JsonValue& root, const JsonValue& schema, const EntitySpec& entity,
                 std::set<const EntitySpec*>& checked) {
  if (!checked.insert(&entity).second) return;
  INFO("entity: " << entity.kind);
  REQUIRE(schema.IsMap());
  CHECK(schema["type"].as<std::string>() == "object");
  CHECK(schema["additionalProperties"].as<bool>() == false);
  CHECK(schema["properties"].size() == entity.fields.size());
  std::vector<std::string> required;
  for (const FieldSpec& field : entity.fields) {
    INFO("key: " << field.key);
    const JsonValue property = schema["properties"][std::string(field.key)];
    REQUIRE(property.IsMap());
    CHECK(!field.description.empty());
    CHECK(property["description"].as<std::string>() == field.description);
    if (field.required) required.emplace_back(field.key);
    if (field.entity) checkEntity(root, objectSchema(root, property), *field.entity, checked);
  }
  CHECK(strings(schema["required"]) == required);
}

JsonValue goalProperty(const JsonValue& root, const std::string& key) {
  return objectSchema(root, root["properties"]["goals"])["properties"][key];
}

}  // namespace

TEST_CASE("json-schema: draft 2020-12 with a title and a description") {
  const JsonValue root = generatedSchema();
  CHECK(root["$schema"].as<std::string>() == "https://json-schema.org/draft/2020-12/schema");
  CHECK(!root["title"].as<std::string>().empty());
  CHECK(!root["description"].as<std::string>().empty());
}

TEST_CASE("json-schema: every key of the format is a property with its description, and no other key") {
  const JsonValue root = generatedSchema();
  std::set<const EntitySpec*> checked;
  checkEntity(root, root, documentSpec(), checked);
  // document, strategy, objective, department, stakeholder, customers,
  // segment, goal, metric, amount, milestone, risk
  CHECK(checked.size() == 12);
}

TEST_CASE("json-schema: a required text may not be empty, and has no null alternative") {
  const JsonValue root = generatedSchema();
  const JsonValue name = resolve(root, root["properties"]["strategy"])["properties"]["name"];
  REQUIRE(name["anyOf"].size() == 3);
  CHECK(name["anyOf"][0]["type"].as<std::string>() == "string");
  CHECK(name["anyOf"][0]["minLength"].as<int>() == 1);
  CHECK(name["anyOf"][1]["type"].as<std::string>() == "number");
  CHECK(name["anyOf"][2]["type"].as<std::string>() == "boolean");
}

TEST_CASE("json-schema: an optional date is the shared date pattern or empty") {
  const JsonValue root = generatedSchema();
  const JsonValue due = goalProperty(root, "due");
  REQUIRE(due["anyOf"].size() == 2);
  CHECK(due["anyOf"][0]["$ref"].as<std::string>() == "#/$defs/date");
  CHECK(due["anyOf"][1]["type"].as<std::string>() == "null");
  CHECK(root["$defs"]["date"]["type"].as<std::string>() == "string");
  CHECK(root["$defs"]["date"]["pattern"].as<std::string>() == R"(^\d{4}-(\d{2}(-\d{2})?|[Qq][1-4])$)");
}

TEST_CASE("json-schema: an enumeration lists the format's words") {
  const JsonValue outcome = goalProperty(generatedSchema(), "outcome");
  const std::vector<std::string> want(vocabulary::kOutcomes.begin(), vocabulary::kOutcomes.end());
  CHECK(strings(outcome["anyOf"][0]["enum"]) == want);
}

TEST_CASE("json-schema: money is a number or the amount mapping") {
  const JsonValue root = generatedSchema();
  const JsonValue benefit = goalProperty(root, "benefit");
  REQUIRE(benefit["anyOf"].size() == 3);
  CHECK(benefit["anyOf"][0]["type"].as<std::string>() == "number");
  CHECK(benefit["anyOf"][1]["$ref"].as<std::string>() == "#/$defs/amount");
  CHECK(strings(root["$defs"]["amount"]["required"]) == std::vector<std::string>{"amount"});
  // A non-cashable amount (staff time released) says so with a boolean, true when absent.
  const JsonValue cashable = root["$defs"]["amount"]["properties"]["cashable"];
  REQUIRE(cashable["anyOf"].size() == 2);
  CHECK(cashable["anyOf"][0]["type"].as<std::string>() == "boolean");
  CHECK(cashable["anyOf"][1]["type"].as<std::string>() == "null");
}

TEST_CASE("json-schema: a reference list is a list of ids or a single id") {
  const JsonValue root = generatedSchema();
  CHECK(goalProperty(root, "supports")["anyOf"][0]["$ref"].as<std::string>() == "#/$defs/id-list");
  const JsonValue list = root["$defs"]["id-list"]["anyOf"];
  CHECK(list[0]["type"].as<std::string>() == "array");
  CHECK(list[0]["items"]["$ref"].as<std::string>() == "#/$defs/id");
  CHECK(list[1]["$ref"].as<std::string>() == "#/$defs/id");
  CHECK(root["$defs"]["id"]["anyOf"][0]["pattern"].as<std::string>() == "^[A-Za-z0-9][A-Za-z0-9_.-]*$");
}

TEST_CASE("json-schema: quantities and shares take a number or a percent string") {
  const JsonValue root = generatedSchema();
  const JsonValue quantity = root["$defs"]["quantity"]["anyOf"];
  CHECK(quantity[0]["type"].as<std::string>() == "number");
  CHECK(quantity[1]["pattern"].as<std::string>() == R"(^-?\d+(\.\d+)?%$)");
  const JsonValue share = root["$defs"]["share"]["anyOf"];
  CHECK(share[0]["minimum"].as<int>() == 0);
  CHECK(share[0]["maximum"].as<int>() == 100);
}

TEST_CASE("json-schema: the format version is the constant 1") {
  const JsonValue version = generatedSchema()["properties"]["crmlint"];
  CHECK(version["anyOf"][0]["const"].as<int>() == 1);
}

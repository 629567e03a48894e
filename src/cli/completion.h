#pragma once
// `crmlint completion SHELL`: completion scripts for bash, zsh and fish,
// written from a description of the command line that main.cpp takes from
// the CLI11 parser itself and the rule registry, so they cannot drift.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crmlint {

// What the word after an option, or a positional word, completes to.
struct CompletionValues {
  bool files = false;               // file and directory names
  std::vector<std::string> words;   // a fixed set
  bool commaSeparated = false;      // several of `words`, joined by commas
};

struct CompletionOption {
  std::vector<std::string> names;  // "-f", "--format"
  std::string help;
  std::optional<CompletionValues> value;  // absent for a flag
};

struct CompletionCommand {
  std::string name;  // empty for the top level
  std::string help;
  std::vector<CompletionOption> options;
  CompletionValues positional;  // nothing to complete when empty
};

struct CompletionSpec {
  CompletionCommand top;
  std::vector<CompletionCommand> commands;
};

inline const std::vector<std::string> kCompletionShells = {"bash", "zsh", "fish"};

// The script for `shell` (one of kCompletionShells), or nullopt for another.
std::optional<std::string> completionScript(std::string_view shell, const CompletionSpec& spec);

}  // namespace crmlint

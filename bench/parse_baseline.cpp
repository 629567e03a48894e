// The parse-only baseline: reads each file named on the command line and runs
// libfyaml's event parse on it, dropping every event. It is the least any YAML
// linter built on libfyaml must spend on a file, so crmlint's time and memory
// on the same file are compared with this program's. Like crmlint, it reads
// the whole file into memory first.
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

#include "ignore_events.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: parse_baseline FILE...\n");
    return 2;
  }
  int status = 0;
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "%s: cannot open\n", argv[i]);
      status = 2;
      continue;
    }
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (!parseIgnoringEvents(text.data(), text.size())) {
      std::fprintf(stderr, "%s: not valid YAML\n", argv[i]);
      status = 1;
    }
  }
  return status;
}

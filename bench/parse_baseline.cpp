// The parse-only baseline: reads each file named on the command line with
// yaml-cpp's event API and an event handler that does nothing. It is the
// least any YAML linter built on yaml-cpp must spend on a file, so crmlint's
// time on the same file is compared with this program's.
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <cstdio>
#include <fstream>

#include "ignore_events.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: parse_baseline FILE...\n");
    return 2;
  }
  int status = 0;
  IgnoreEvents handler;
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "%s: cannot open\n", argv[i]);
      status = 2;
      continue;
    }
    try {
      YAML::Parser parser(in);
      while (parser.HandleNextDocument(handler)) {
      }
    } catch (const YAML::Exception& e) {
      std::fprintf(stderr, "%s: %s\n", argv[i], e.what());
      status = 1;
    }
  }
  return status;
}

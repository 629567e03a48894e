#pragma once
// libfyaml's event parse with every event dropped as soon as it is made: what
// libfyaml itself costs on a text, the floor for any linter built on it. The
// parser is set up as crmlint's reader sets it up (quiet, duplicate keys left
// to the caller), so the two are compared on the same work.
#include <libfyaml.h>

#include <cstddef>
#include <new>

// Parses SIZE bytes at DATA; true when the whole stream was valid YAML.
inline bool parseIgnoringEvents(const char* data, std::size_t size) {
  fy_parse_cfg config{};
  config.flags = static_cast<fy_parse_cfg_flags>(FYPCF_QUIET | FYPCF_ALLOW_DUPLICATE_KEYS);
  fy_parser* parser = fy_parser_create(&config);
  if (!parser) throw std::bad_alloc();
  if (fy_parser_set_string(parser, data, size) != 0) {
    fy_parser_destroy(parser);
    throw std::bad_alloc();
  }
  while (fy_event* event = fy_parser_parse(parser)) fy_parser_event_free(parser, event);
  const bool valid = !fy_parser_get_stream_error(parser);
  fy_parser_destroy(parser);
  return valid;
}

# `crmlint server` at the protocol level, driven by a small client
# (lsp_client.py): framing, every method, cancellation, bad messages, a huge
# document, and each way a session ends.
source "$(dirname "$0")/lib.bash"
require_tool python3
python3 "$CRMLINT_SOURCE_DIR/tests/integration/lsp_client.py"

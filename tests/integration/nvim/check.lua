-- Run by neovim.sh inside headless Neovim with init.lua, on a strategy with
-- known mistakes. The expected findings come from the crmlint CLI's JSON
-- output for the same file ($EXPECTED), so the editor must show exactly what
-- the command line reports, at the same places.
local function fail(message)
  io.stderr:write("FAIL: " .. message .. "\n")
  vim.cmd("cquit 1")
end

local function code(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

local function wait_for(what, predicate)
  if not vim.wait(60000, predicate, 50) then fail("timed out waiting for " .. what) end
end

local ok, err = pcall(function()
  local buf = vim.api.nvim_get_current_buf()
  local expected = vim.fn.json_decode(table.concat(vim.fn.readfile(vim.env.EXPECTED), "\n")).diagnostics
  wait_for("the first diagnostics", function() return #vim.diagnostic.get(buf) > 0 end)
  local got = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    got[string.format("%s@%d:%d", code(d), d.lnum, d.col)] = true
  end
  for _, e in ipairs(expected) do
    -- crmlint counts columns in characters; Neovim's are bytes of the line.
    local line = vim.api.nvim_buf_get_lines(buf, e.line - 1, e.line, true)[1]
    local col = vim.str_byteindex(line, e.column - 1)
    local key = string.format("%s@%d:%d", e.rule, e.line - 1, col)
    if not got[key] then fail("missing in the editor: " .. key .. " (" .. e.message .. "); got " .. vim.inspect(got)) end
  end
  if #vim.diagnostic.get(buf) ~= #expected then
    fail(string.format("the editor shows %d diagnostics, the CLI %d", #vim.diagnostic.get(buf), #expected))
  end

  -- The quick fix for the unknown key, as the user would pick it.
  local unknown
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if code(d) == "schema/unknown-key" then unknown = d end
  end
  if not unknown then fail("no schema/unknown-key diagnostic") end
  local client = vim.lsp.get_active_clients()[1]
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = { start = { line = unknown.lnum, character = unknown.col }, ["end"] = { line = unknown.lnum, character = unknown.col } },
    context = { diagnostics = {} },
  }
  local response = client.request_sync("textDocument/codeAction", params, 30000, buf)
  if not response or response.err then fail("codeAction failed: " .. vim.inspect(response)) end
  local rename
  for _, action in ipairs(response.result) do
    if action.isPreferred and action.title:match("^rename") then rename = action end
  end
  if not rename then fail("no preferred rename among " .. vim.inspect(response.result)) end
  vim.lsp.util.apply_workspace_edit(rename.edit, client.offset_encoding)
  local fixed = vim.api.nvim_buf_get_lines(buf, unknown.lnum, unknown.lnum + 1, true)[1]
  if fixed ~= vim.env.FIXED_LINE then fail("after the quick fix the line is '" .. fixed .. "'") end

  local function has(rule)
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if code(d) == rule then return true end
    end
    return false
  end
  wait_for("the unknown key to go after the fix", function() return not has("schema/unknown-key") end)

  -- Typing a new mistake: its diagnostic appears where it was typed.
  local owner_line
  for i, text in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, true)) do
    if text:match("^  sponsor: ") then owner_line = i end
  end
  vim.api.nvim_buf_set_lines(buf, owner_line, owner_line, true, { "  sponsr: lee" })
  wait_for("a diagnostic for the typed mistake", function()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if code(d) == "schema/unknown-key" and d.lnum == owner_line and d.col == 2 then return true end
    end
    return false
  end)
end)
if not ok then fail(tostring(err)) end
io.stderr:write("neovim: ok\n")
vim.cmd("qall!")

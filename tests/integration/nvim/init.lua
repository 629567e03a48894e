-- A minimal Neovim (0.7 or later) config that runs `crmlint server` for
-- YAML files: the one the README shows, with the binary taken from $CRMLINT.
vim.cmd("filetype on")
local crmlint_client
vim.api.nvim_create_autocmd("FileType", {
  pattern = "yaml",
  callback = function(args)
    crmlint_client = crmlint_client or vim.lsp.start_client({
      name = "crmlint",
      cmd = { vim.env.CRMLINT or "crmlint", "server" },
      root_dir = vim.fn.getcwd(),
    })
    vim.lsp.buf_attach_client(args.buf, crmlint_client)
  end,
})

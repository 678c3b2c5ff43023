-- wrk script: POST /v1/summarize with an article read from a file (ARTICLE env var, default bench/article.de.txt).
local path = os.getenv("ARTICLE") or "bench/article.de.txt"
local file = assert(io.open(path, "r"))
local text = file:read("*a")
file:close()

local function json_string(s)
  s = s:gsub('\\', '\\\\'):gsub('"', '\\"'):gsub('\n', '\\n'):gsub('\r', '\\r'):gsub('\t', '\\t')
  return '"' .. s .. '"'
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"text":' .. json_string(text) .. ',"targetLanguage":"en","maxSentences":3}'

local statuses = {}
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  io.write("statuses:")
  for status, count in pairs(statuses) do io.write(" ", status, "=", count) end
  io.write("\n")
  for _, p in ipairs({50, 90, 99}) do
    io.write(string.format("p%d latency: %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end

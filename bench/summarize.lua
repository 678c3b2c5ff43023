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

-- Each wrk thread has its own Lua state: count per thread, sum in done().
local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

ok, busy, other = 0, 0, 0
function response(status, headers, body)
  if status == 200 then ok = ok + 1 elseif status == 429 then busy = busy + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local total = {ok = 0, busy = 0, other = 0}
  for _, thread in ipairs(threads) do
    for key in pairs(total) do total[key] = total[key] + thread:get(key) end
  end
  io.write(string.format("statuses: 200=%d 429=%d other=%d\n", total.ok, total.busy, total.other))
  for _, p in ipairs({50, 90, 99}) do
    io.write(string.format("p%d latency: %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end

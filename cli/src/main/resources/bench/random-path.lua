-- wrk script of the operator CLI's Wrk runner: GET <prefix><id> with an id drawn at random from a file, one id per line.
-- Arguments (after --): <ids file> <path prefix> [header "Name: value"]
-- METHOD=POST in the environment: POST <path prefix> with a line drawn at random from the file as the body instead.
-- THINK_MS in the environment: each connection waits that long after a response before its next request
-- (clients with think time rather than a closed loop at saturation); unset or 0, no wait.
-- At the end it prints one machine-readable line (wrk's own latency distribution):
--   RESULT <requests/s> <p50 ms> <p95 ms> <p99 ms> <non-2xx> <socket errors> <requests>

local threads = 0
local ids = {}
local prefix = "/"
local headers = {}
local think_ms = tonumber(os.getenv("THINK_MS") or "0")
local method = os.getenv("METHOD") or "GET"

-- Each thread gets its own seed, so the threads do not walk the same id sequence.
function setup(thread)
  threads = threads + 1
  thread:set("seed", threads)
end

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then
      ids[#ids + 1] = line
    end
  end
  prefix = args[2]
  if args[3] then
    local name, value = args[3]:match("^([^:]+):%s*(.*)$")
    headers[name] = value
  end
  math.randomseed(os.time() * 100 + seed)
end

function delay()
  return think_ms
end

function request()
  if method == "POST" then
    return wrk.format("POST", prefix, headers, ids[math.random(#ids)])
  end
  return wrk.format("GET", prefix .. ids[math.random(#ids)], headers)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.3f %.3f %.3f %d %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout, summary.requests))
end

-- wrk script for infra/dev/load-bench.sh: replays pre-signed Slack Events API deliveries made by
-- slack-requests.mjs (wrk's Lua has no HMAC, so signing happens before the run).
-- Usage: wrk -t2 -c64 -d15s -s slack.lua http://127.0.0.1:PORT/slack/events -- REQUESTS_FILE
-- Each thread takes every n-th delivery so no two requests in a run share an event_id or a ts. If a thread runs out
-- it starts over (duplicates, which the host acks without writing) and the run reports "wrapped" > 0.
-- done() prints one machine-readable "RESULT ..." line.

local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local pieces, slots = {}, {}
local stamps, eids, tss, cids, sigs = {}, {}, {}, {}, {}
local count, index = 0, 0
wrapped = 0 -- global: done() reads it through thread:get

function init(args)
  local file = assert(io.open(args[1], "r"))
  local template = file:read("*l")
  local pos = 1
  while true do
    local s, e, name = template:find("@(%u+)@", pos)
    if not s then break end
    table.insert(pieces, template:sub(pos, s - 1))
    table.insert(slots, name)
    pos = e + 1
  end
  table.insert(pieces, template:sub(pos))

  local threadCount = tonumber(args[2]) or 1
  local n = 0
  for line in file:lines() do
    if n % threadCount == id then
      local stamp, eid, ts, cid, sig = line:match("^(%S+) (%S+) (%S+) (%S+) (%S+)$")
      count = count + 1
      stamps[count], eids[count], tss[count], cids[count], sigs[count] = stamp, eid, ts, cid, sig
    end
    n = n + 1
  end
  file:close()
end

local parts = {}

function request()
  index = index + 1
  if index > count then
    index = 1
    wrapped = wrapped + 1
  end
  local values = { EID = eids[index], TS = tss[index], CID = cids[index] }
  local k = 0
  for i = 1, #slots do
    k = k + 1; parts[k] = pieces[i]
    k = k + 1; parts[k] = values[slots[i]]
  end
  k = k + 1; parts[k] = pieces[#pieces]
  local body = table.concat(parts, "", 1, k)
  return wrk.format("POST", nil, {
    ["Content-Type"] = "application/json",
    ["X-Slack-Request-Timestamp"] = stamps[index],
    ["X-Slack-Signature"] = sigs[index],
  }, body)
end

function done(summary, latency, requests)
  local wraps = 0
  for _, t in ipairs(threads) do
    wraps = wraps + (t:get("wrapped") or 0)
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d max_us=%d status_errors=%d socket_errors=%d timeouts=%d wrapped=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
    e.status, e.connect + e.read + e.write, e.timeout, wraps))
end

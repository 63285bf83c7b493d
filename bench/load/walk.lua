-- wrk script for bench/load.sh: walks one page's list of (cookie, path) lines round-robin, each of wrk's threads from
-- its own starting point, asks in Chinese, counts every answer other than 200 as an error (a redirect to the sign-in
-- page included), and prints one RESULT line: requests, requests/s, p50, p95, p99, max (ms), non-200 answers, socket
-- errors.
local lines = {}
local next_line = 0
failures = 0
local threads = {}

function setup(thread)
	thread:set("offset", #threads * 7919)
	table.insert(threads, thread)
end

function init(args)
	for line in io.lines(args[1]) do
		local cookie, path = line:match("^([^\t]*)\t(.*)$")
		table.insert(lines, { cookie = cookie, path = path })
	end
	next_line = offset % #lines
end

function request()
	next_line = next_line % #lines + 1
	local line = lines[next_line]
	local headers = { ["Accept-Language"] = "zh-CN,zh;q=0.9" }
	if line.cookie ~= "-" then
		headers["Cookie"] = line.cookie
	end
	return wrk.format("GET", line.path, headers)
end

function response(status, headers, body)
	if status ~= 200 then
		failures = failures + 1
	end
end

function done(summary, latency, requests)
	local bad = 0
	for _, thread in ipairs(threads) do
		bad = bad + thread:get("failures")
	end
	local e = summary.errors
	io.write(string.format("RESULT %d %.1f %.1f %.1f %.1f %.1f %d %d\n", summary.requests,
		summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
		latency:percentile(99) / 1000, latency.max / 1000, bad, e.connect + e.read + e.write + e.timeout))
end

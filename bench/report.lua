-- wrk script for bench/run.sh: after a run, prints one line the script parses.
-- Latencies come from wrk's own histogram in microseconds; they are printed in milliseconds.
function done(summary, latency, requests)
  local seconds = summary.duration / 1000000
  local errors = summary.errors
  io.write(string.format(
    "RESULT rps=%.1f p50=%.2f p99=%.2f requests=%d socket_errors=%d bad_status=%d\n",
    summary.requests / seconds,
    latency:percentile(50) / 1000,
    latency:percentile(99) / 1000,
    summary.requests,
    errors.connect + errors.read + errors.write + errors.timeout,
    errors.status))
end

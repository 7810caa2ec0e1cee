import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseWrk } from './wrk.ts';

const REPORT = `Running 10s test @ http://127.0.0.1:8080/
  1 threads and 50 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     2.02ms  510.33us  21.13ms   92.10%
    Req/Sec    24.91k     1.20k   26.30k    88.00%
  Latency Distribution
     50%  812.00us
     75%    2.05ms
     90%    2.40ms
     99%    1.02s
  247884 requests in 10.00s, 3.21GB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 4
Requests/sec:  24783.45
Transfer/sec:    328.73MB
`;

test('parseWrk reads requests per second, the 50th and 99th percentiles in ms (from us, ms or s) and errors', () => {
  assert.deepEqual(parseWrk(REPORT), { rps: 24783.45, p50_ms: 0.812, p99_ms: 1020, requests: 247884, errors: 7 });
});

test('parseWrk names what is missing from output that is not a latency report', () => {
  assert.throws(() => parseWrk('unable to connect to 127.0.0.1:1 Connection refused'), /wrk output without Requests\/sec/);
  assert.throws(() => parseWrk(REPORT.replace(/Latency Distribution[\s\S]*?requests/, ' 5 requests')), /without a latency distribution/);
});

// Fixed-rate load for infra/dev/load-bench.sh (Debian has wrk but not wrk2, and wrk has no -R).
// Usage: node rate.mjs --url http://127.0.0.1:PORT/slack/events --secret S --rate 2000 --seconds 20
//                      [--warmup 5] [--connections 64] [--prefix R]
// Sends freshly signed, distinct Slack deliveries (slack-requests.mjs) on keep-alive connections at a fixed rate:
// request i is due at start + i/rate, whether or not earlier answers have come back (open loop). Latency is measured
// from the due time to the end of the response, so queueing behind a slow server (or a busy generator) counts, as
// in wrk2 (no coordinated omission). Warm-up requests are sent at the same rate and not recorded.
// Prints one "RESULT ..." line: sent, ok (2xx), non2xx, errors, achieved rate, p50/p99/max in microseconds.
import http from 'node:http';
import { makeRequests } from './slack-requests.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, v, i, all) => (i % 2 === 0 ? [...acc, [v.replace(/^--/, ''), all[i + 1]]] : acc), []));
const url = new URL(args.url);
const rate = Number(args.rate ?? 2000);
const seconds = Number(args.seconds ?? 20);
const warmup = Number(args.warmup ?? 5);
const connections = Number(args.connections ?? 64);
const total = Math.round(rate * (warmup + seconds));
const recordFrom = Math.round(rate * warmup);

const requests = makeRequests(args.secret ?? 'unused', total, args.prefix ?? 'R');
const agent = new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections, scheduling: 'fifo' });
const latencies = new Float64Array(total - recordFrom);
let recorded = 0, ok = 0, non2xx = 0, errors = 0, finished = 0, sent = 0;

const start = performance.now() + 50;
const intervalMs = 1000 / rate;

function send(i) {
  const due = start + i * intervalMs;
  const r = requests[i];
  const req = http.request({
    agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(r.body),
      'X-Slack-Request-Timestamp': r.timestamp,
      'X-Slack-Signature': r.signature,
    },
  }, (res) => {
    res.resume();
    res.on('end', () => {
      const end = performance.now();
      if (i >= recordFrom) {
        if (res.statusCode >= 200 && res.statusCode < 300) ok++; else non2xx++;
        latencies[recorded++] = end - due;
      }
      done();
    });
  });
  req.on('error', () => { if (i >= recordFrom) errors++; done(); });
  req.end(r.body);
}

function done() {
  finished++;
  if (finished === total) report();
}

function tick() {
  const now = performance.now();
  while (sent < total && start + sent * intervalMs <= now) send(sent++);
  if (sent < total) setTimeout(tick, 1);
}

function report() {
  const measured = latencies.subarray(0, recorded).sort();
  const pct = (p) => (measured.length ? measured[Math.min(measured.length - 1, Math.ceil((p / 100) * measured.length) - 1)] : 0);
  const us = (ms) => Math.round(ms * 1000);
  console.log(`RESULT sent=${total - recordFrom} ok=${ok} non2xx=${non2xx} errors=${errors} rate=${rate} ` +
    `p50_us=${us(pct(50))} p99_us=${us(pct(99))} max_us=${us(pct(100))}`);
  agent.destroy();
}

setTimeout(tick, Math.max(0, start - performance.now()));

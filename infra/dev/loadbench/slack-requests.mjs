// Signed Slack Events API deliveries for infra/dev/load-bench.sh.
//
// Every delivery is the channel-message fixture (tests/AllyBot.Slack.Tests/Payloads/event-message-channel.json,
// compacted) with its own event_id, event.ts/event_ts (the inbox dedupe key is team + channel + ts) and
// client_msg_id, stamped with one X-Slack-Request-Timestamp taken when the file is made and signed
//   X-Slack-Signature = "v0=" + hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body)).
//
// Library use (rate.mjs): makeRequests(secret, count, prefix) -> [{ body, timestamp, signature }].
// Command line (for wrk's slack.lua, which has no HMAC):
//   node slack-requests.mjs --secret S --count N --prefix P --out FILE
// writes FILE with line 1 = the body template (placeholders @EID@, @TS@, @CID@) and line 1 + i =
//   "<timestamp> <event_id> <ts> <client_msg_id> <signature>"; the Lua script rebuilds the exact signed body.
import { createHmac } from 'node:crypto';
import { readFileSync, createWriteStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const fixture = join(here, '..', '..', '..', 'tests', 'AllyBot.Slack.Tests', 'Payloads', 'event-message-channel.json');

export function template() {
  const payload = JSON.parse(readFileSync(fixture, 'utf8'));
  payload.event_id = '@EID@';
  payload.event.ts = '@TS@';
  payload.event.event_ts = '@TS@';
  payload.event.client_msg_id = '@CID@';
  payload.event_time = 0; // replaced below, numeric
  return JSON.stringify(payload).replace('"event_time":0', '"event_time":@SEC@');
}

export function* deliveries(secret, count, prefix) {
  const timestamp = Math.floor(Date.now() / 1000);
  const tpl = template().replace('@SEC@', String(timestamp));
  const pieces = tpl.split(/(@EID@|@TS@|@CID@)/);
  const key = Buffer.from(secret, 'utf8');
  for (let i = 0; i < count; i++) {
    const eventId = `Ev${prefix}${i.toString(36).toUpperCase().padStart(7, '0')}`;
    // Distinct Slack ts values: seconds from the run start, microseconds from the counter.
    const ts = `${timestamp - 60 + Math.floor(i / 1e6)}.${String(i % 1e6).padStart(6, '0')}`;
    const cid = `${prefix.toLowerCase()}-${i}`;
    const body = pieces.map((p) => (p === '@EID@' ? eventId : p === '@TS@' ? ts : p === '@CID@' ? cid : p)).join('');
    const signature = 'v0=' + createHmac('sha256', key).update(`v0:${timestamp}:${body}`).digest('hex');
    yield { body, timestamp: String(timestamp), signature, eventId, ts, cid, template: tpl };
  }
}

export function makeRequests(secret, count, prefix) {
  return Array.from(deliveries(secret, count, prefix), ({ body, timestamp, signature }) => ({ body, timestamp, signature }));
}

async function main() {
  const args = Object.fromEntries(process.argv.slice(2).reduce((acc, v, i, all) => (i % 2 === 0 ? [...acc, [v.replace(/^--/, ''), all[i + 1]]] : acc), []));
  for (const required of ['secret', 'count', 'prefix', 'out']) {
    if (!args[required]) {
      console.error(`slack-requests.mjs: --${required} is required`);
      process.exit(2);
    }
  }
  const out = createWriteStream(args.out);
  let first = true;
  for (const d of deliveries(args.secret, Number(args.count), args.prefix)) {
    if (first) {
      out.write(d.template + '\n');
      first = false;
    }
    if (!out.write(`${d.timestamp} ${d.eventId} ${d.ts} ${d.cid} ${d.signature}\n`)) {
      await new Promise((resolve) => out.once('drain', resolve));
    }
  }
  await new Promise((resolve) => out.end(resolve));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}

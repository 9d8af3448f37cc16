// A fake Slack Web API on loopback, accepted by the official @slack/web-api WebClient (see webclient-call.js).
// Usage: node fake-web-api.js [port]   (0 or none = a free port; the first stdout line is {"port":N})
//   POST /api/{method}        records the call and answers like Slack: {"ok":true,...}; "not_authed" without a
//                             bearer token; 429 + Retry-After while a rate limit is armed for the method
//   POST /control/ratelimit?method=M&count=N&retryAfter=S   arms N 429 answers for M
//   GET  /calls               the recorded calls: [{method, at, contentType, authorization, form, json}]
//   POST /control/reset       forgets calls and rate limits
'use strict';
const http = require('node:http');

const calls = [];
const limits = new Map();

const answers = {
  'chat.postEphemeral': () => ({ message_ts: '1763900001.000111' }),
  'chat.postMessage': (args) => ({ channel: args.channel, ts: '1763900002.000222', message: { text: args.text } }),
  'chat.update': (args) => ({ channel: args.channel, ts: args.ts, text: args.text }),
  'conversations.open': () => ({ channel: { id: 'D0FAKEDM1' } }),
  'auth.test': () => ({ url: 'https://allyco.slack.com/', team: 'Ally Co', user: 'allybot', team_id: 'T0AB12CD3', user_id: 'U0ALLYBOT', bot_id: 'B0ALLYBOT' }),
};

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

const server = http.createServer((req, res) => {
  let raw = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => { raw += chunk; });
  req.on('end', () => {
    const url = new URL(req.url, 'http://localhost');
    if (req.method === 'GET' && url.pathname === '/calls') return send(res, 200, calls);
    if (req.method === 'POST' && url.pathname === '/control/reset') { calls.length = 0; limits.clear(); return send(res, 200, { ok: true }); }
    if (req.method === 'POST' && url.pathname === '/control/ratelimit') {
      limits.set(url.searchParams.get('method'), { count: Number(url.searchParams.get('count') || 1), retryAfter: url.searchParams.get('retryAfter') || '1' });
      return send(res, 200, { ok: true });
    }
    const match = /^\/api\/([A-Za-z0-9_.]+)$/.exec(url.pathname);
    if (req.method !== 'POST' || !match) return send(res, 404, { ok: false, error: 'unknown_method' });

    const method = match[1];
    const contentType = (req.headers['content-type'] || '').split(';')[0].trim();
    let form = null;
    let json = null;
    if (contentType === 'application/x-www-form-urlencoded') form = Object.fromEntries(new URLSearchParams(raw));
    else if (contentType === 'application/json' && raw) json = JSON.parse(raw);
    const authorization = req.headers.authorization || null;
    calls.push({ method, at: Date.now(), contentType, authorization, form, json });

    const limit = limits.get(method);
    if (limit && limit.count > 0) {
      limit.count -= 1;
      return send(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': limit.retryAfter });
    }
    if (!authorization || !/^Bearer \S+$/.test(authorization)) return send(res, 200, { ok: false, error: 'not_authed' });
    const args = form || json || {};
    return send(res, 200, { ok: true, ...(answers[method] ? answers[method](args) : {}) });
  });
});

server.listen(Number(process.argv[2] || 0), '127.0.0.1', () => {
  process.stdout.write(JSON.stringify({ port: server.address().port }) + '\n');
});

// A fake Bot Connector (the channel side) built from the official SDK: botbuilder's ChannelServiceHandler behind its
// own ChannelServiceRoutes table, served by a small node:http shim (no Express). Every call the handler accepts is
// appended to a JSON-lines file so the .NET test can read what AllyBot sent.
//
// Usage: node fake-connector.js <record.jsonl> [throttleCount]
// Prints "listening http://127.0.0.1:<port>/" once ready. The first <throttleCount> requests get 429 + Retry-After: 1.
'use strict';
const http = require('node:http');
const fs = require('node:fs');
const { ChannelServiceHandler, ChannelServiceRoutes } = require('botbuilder');
const { SimpleCredentialProvider, AuthenticationConfiguration } = require('botframework-connector');

const [recordFile, throttleArg] = process.argv.slice(2);
let throttle = Number(throttleArg || 0);
let counter = 0;
const record = (entry) => fs.appendFileSync(recordFile, JSON.stringify(entry) + '\n');

class RecordingHandler extends ChannelServiceHandler {
  constructor() {
    super(new SimpleCredentialProvider('', ''), new AuthenticationConfiguration());
  }
  async onSendToConversation(_claims, conversationId, activity) {
    record({ op: 'sendToConversation', conversationId, activity, auth: current.auth, query: current.query });
    return { id: `sent-${++counter}` };
  }
  async onReplyToActivity(_claims, conversationId, activityId, activity) {
    record({ op: 'replyToActivity', conversationId, activityId, activity, auth: current.auth });
    return { id: `reply-${++counter}` };
  }
  async onUpdateActivity(_claims, conversationId, activityId, activity) {
    record({ op: 'updateActivity', conversationId, activityId, activity, auth: current.auth, query: current.query });
    return { id: activityId };
  }
  async onDeleteActivity(_claims, conversationId, activityId) {
    record({ op: 'deleteActivity', conversationId, activityId, auth: current.auth, query: current.query });
  }
  async onCreateConversation(_claims, parameters) {
    record({ op: 'createConversation', parameters, auth: current.auth });
    return { id: `a:personal-${++counter}`, serviceUrl: current.base, activityId: undefined };
  }
  async onGetConversationMembers(_claims, conversationId) {
    record({ op: 'getConversationMembers', conversationId, auth: current.auth });
    return [{ id: '29:member-1', name: 'Member One' }];
  }
  async onGetConversationPagedMembers(_claims, conversationId, pageSize, continuationToken) {
    record({ op: 'getConversationPagedMembers', conversationId, pageSize, continuationToken, auth: current.auth });
    return { members: [{ id: '29:member-1', name: 'Member One' }], continuationToken: continuationToken ? undefined : 'page-2' };
  }
}

// The request being handled; the SDK runs one request's handler before the next request arrives in these tests.
let current = {};
const routes = [];
const app = {};
for (const method of ['get', 'post', 'put', 'delete']) {
  app[method] = (pattern, handler) => {
    const names = [];
    const regex = new RegExp('^' + pattern.replace(/:([A-Za-z]+)/g, (_, n) => { names.push(n); return '([^/]+)'; }) + '$');
    routes.push({ method: method.toUpperCase(), regex, names, handler });
  };
}
new ChannelServiceRoutes(new RecordingHandler()).register(app);

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  if (throttle > 0) {
    throttle--;
    record({ op: 'throttled', method: req.method, path: url.pathname });
    res.writeHead(429, { 'Retry-After': '1', 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ error: { code: 'TooManyRequests', message: 'slow down' } }));
    return;
  }
  const route = routes.find((r) => r.method === req.method && r.regex.test(url.pathname));
  if (!route) {
    res.writeHead(404);
    res.end();
    return;
  }
  const match = route.regex.exec(url.pathname);
  // Express decodes path parameters; the SDK relies on that, so the shim does it too.
  req.params = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(match[i + 1])]));
  req.query = Object.fromEntries(url.searchParams);
  current = { auth: req.headers.authorization || '', query: req.query, base: `http://127.0.0.1:${server.address().port}/` };
  let status = 200;
  let body;
  const shim = {
    status(code) { status = code; return shim; },
    send(data) { body = data; return shim; },
    end() {
      // The route table calls send() before status(201), so the status is applied only here.
      const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
      res.writeHead(status, typeof body === 'object' ? { 'Content-Type': 'application/json' } : {});
      res.end(text);
    },
  };
  route.handler(req, shim, () => {});
});

server.listen(0, '127.0.0.1', () => console.log(`listening http://127.0.0.1:${server.address().port}/`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));

// Slack request signing with official code on both sides of AllyBot.
// stdin:  {"verify":[{signingSecret, body, timestamp, signature, nowMilliseconds}], "sign":[{signingSecret, timestamp, body}]}
// stdout: {"verdicts":[true|false...], "signatures":["v0=..."...]}
// "verify" runs @slack/bolt's exported isValidSlackRequest; "sign" computes the v0 signature with node:crypto exactly
// as docs.slack.dev/authentication/verifying-requests-from-slack describes (Slack's side; Bolt has no signer).
'use strict';
const crypto = require('node:crypto');
const { isValidSlackRequest } = require('@slack/bolt');

const silent = { debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel() { return 'error'; }, setName() {} };

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const request = JSON.parse(input);
  const verdicts = (request.verify || []).map((c) => isValidSlackRequest({
    signingSecret: c.signingSecret,
    body: c.body,
    headers: { 'x-slack-signature': c.signature, 'x-slack-request-timestamp': Number(c.timestamp) },
    nowMilliseconds: c.nowMilliseconds,
    logger: silent,
  }));
  const signatures = (request.sign || []).map((c) =>
    'v0=' + crypto.createHmac('sha256', c.signingSecret).update(`v0:${c.timestamp}:${c.body}`).digest('hex'));
  process.stdout.write(JSON.stringify({ verdicts, signatures }) + '\n');
});

// Makes one Web API call with the official @slack/web-api WebClient, so a test can compare its request with AllyBot's.
// Usage: node webclient-call.js <slackApiUrl> <token> <method>   with the call's arguments as JSON on stdin.
// stdout: the answer as JSON.
'use strict';
const { WebClient, LogLevel } = require('@slack/web-api');

const [, , slackApiUrl, token, method] = process.argv;
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', async () => {
  const client = new WebClient(token, { slackApiUrl, logLevel: LogLevel.ERROR, retryConfig: { retries: 0 } });
  try {
    const answer = await client.apiCall(method, JSON.parse(input || '{}'));
    process.stdout.write(JSON.stringify(answer) + '\n');
  } catch (e) {
    process.stdout.write(JSON.stringify({ ok: false, error: e.data ? e.data.error : String(e.message) }) + '\n');
    process.exitCode = 1;
  }
});

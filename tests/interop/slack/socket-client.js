// Runs the official @slack/socket-mode client against a Socket Mode server (AllyBot's test fake), so a test can check
// that the fake speaks the protocol the official client accepts and that AllyBot acks exactly as the official client.
// Usage: node socket-client.js <slackApiUrl> <appToken> <envelopeCount>
// Acks each envelope with an empty response (ack()), prints one line per envelope {type, envelope_id}, then exits.
'use strict';
const { SocketModeClient, LogLevel } = require('@slack/socket-mode');

const [, , slackApiUrl, appToken, count] = process.argv;
const client = new SocketModeClient({ appToken, clientOptions: { slackApiUrl }, logLevel: LogLevel.ERROR, autoReconnectEnabled: false });
let seen = 0;
client.on('slack_event', async ({ ack, type, envelope_id: envelopeId }) => {
  await ack();
  seen += 1;
  process.stdout.write(JSON.stringify({ type, envelope_id: envelopeId }) + '\n');
  if (seen >= Number(count)) {
    setTimeout(() => process.exit(0), 100);
  }
});
setTimeout(() => { process.stderr.write('timed out\n'); process.exit(2); }, 20000);
client.start();

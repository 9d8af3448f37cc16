// A fake Bot Framework token issuer and token endpoint on loopback, plus the official validator as a referee.
//   GET  /v1/.well-known/openidconfiguration  OpenID metadata (issuer https://api.botframework.com, jwks_uri here)
//   GET  /v1/.well-known/keys                 the JWKS: one RSA key with endorsements ["msteams","webchat"]
//   POST /mint {case, appId, serviceUrl}       a token for one row of interop.md's verdict table
//   POST /sdk-verdict {authHeader, appId, channelId, serviceUrl}
//                                              botframework-connector's JwtTokenValidation.validateAuthHeader verdict
//   POST /{tenant}/oauth2/v2.0/token          client credentials (form); answers a Bearer token, records the form
// Usage: node fake-issuer.js. Prints "listening http://127.0.0.1:<port>/" once ready.
'use strict';
const http = require('node:http');
const crypto = require('node:crypto');
const jwt = require('jsonwebtoken');
const { ChannelValidation, JwtTokenValidation, SimpleCredentialProvider, AuthenticationConfiguration } = require('botframework-connector');

const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const kid = 'allybot-interop-key';
const jwk = { ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256', endorsements: ['msteams', 'webchat'] };
const tokenRequests = [];
let base;

function mint({ case: kind, appId, serviceUrl }) {
  const now = Math.floor(Date.now() / 1000);
  const claims = { serviceurl: serviceUrl, iat: now, nbf: now - 60, exp: now + 3600 };
  let audience = appId;
  let issuer = 'https://api.botframework.com';
  switch (kind) {
    case 'good': case 'missingEndorsement': break;
    case 'wrongAudience': audience = '00000000-0000-0000-0000-000000000000'; break;
    case 'wrongIssuer': issuer = 'https://evil.example.com'; break;
    case 'serviceUrlMismatch': claims.serviceurl = 'https://attacker.example.com/'; break;
    case 'expired': claims.iat = now - 7200; claims.nbf = now - 7200; claims.exp = now - 600; break;
    default: throw new Error('unknown case ' + kind);
  }
  return jwt.sign({ ...claims, aud: audience, iss: issuer }, privateKey, { algorithm: 'RS256', keyid: kid, noTimestamp: true });
}

async function sdkVerdict({ authHeader, appId, channelId, serviceUrl }) {
  ChannelValidation.OpenIdMetadataEndpoint = `${base}v1/.well-known/openidconfiguration`;
  try {
    await JwtTokenValidation.validateAuthHeader(authHeader, new SimpleCredentialProvider(appId, ''), '', channelId, serviceUrl, new AuthenticationConfiguration());
    return { accepted: true };
  } catch (e) {
    return { accepted: false, statusCode: e.statusCode, error: String(e.message || e) };
  }
}

function readBody(req) {
  return new Promise((resolve) => { let data = ''; req.on('data', (c) => { data += c; }); req.on('end', () => resolve(data)); });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  const json = (status, value) => { res.writeHead(status, { 'Content-Type': 'application/json' }); res.end(JSON.stringify(value)); };
  try {
    if (req.method === 'GET' && url.pathname === '/v1/.well-known/openidconfiguration') {
      return json(200, { issuer: 'https://api.botframework.com', authorization_endpoint: 'https://invalid.botframework.com', jwks_uri: `${base}v1/.well-known/keys`, id_token_signing_alg_values_supported: ['RS256'], token_endpoint_auth_methods_supported: ['private_key_jwt'] });
    }
    if (req.method === 'GET' && url.pathname === '/v1/.well-known/keys') {
      return json(200, { keys: [jwk] });
    }
    if (req.method === 'GET' && url.pathname === '/token-requests') {
      return json(200, tokenRequests);
    }
    const body = await readBody(req);
    if (req.method === 'POST' && url.pathname === '/mint') {
      return json(200, { token: mint(JSON.parse(body)) });
    }
    if (req.method === 'POST' && url.pathname === '/sdk-verdict') {
      return json(200, await sdkVerdict(JSON.parse(body)));
    }
    if (req.method === 'POST' && /^\/[^/]+\/oauth2\/v2\.0\/token$/.test(url.pathname)) {
      const form = Object.fromEntries(new URLSearchParams(body));
      tokenRequests.push({ path: url.pathname, contentType: req.headers['content-type'], form });
      if (form.grant_type !== 'client_credentials' || !form.client_id || !form.client_secret) {
        return json(400, { error: 'invalid_request' });
      }
      return json(200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: `fake-bot-token-${tokenRequests.length}` });
    }
    json(404, { error: 'not_found' });
  } catch (e) {
    json(500, { error: String(e.message || e) });
  }
});

server.listen(0, '127.0.0.1', () => {
  base = `http://127.0.0.1:${server.address().port}/`;
  console.log(`listening ${base}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));

// Prints a development bearer token: npm run token -- --org acme --role admin
import { parseArgs } from 'node:util';
import jwt from 'jsonwebtoken';
import { loadConfigOrExit } from '../bootstrap/load-config-or-exit.js';
import { isRole } from '../auth/role.js';

const { values } = parseArgs({
  options: {
    org: { type: 'string' },
    role: { type: 'string', default: 'admin' },
    sub: { type: 'string' },
    ttl: { type: 'string', default: '12h' },
  },
});

const config = loadConfigOrExit();
if (config.auth.mode !== 'hs256') {
  process.stderr.write('refusing: the service verifies tokens with AUTH_JWKS_URL; get a token from your identity provider\n');
  process.exit(1);
}
if (values.org === undefined || values.org === '') {
  process.stderr.write('usage: npm run token -- --org <organization> [--role admin|viewer] [--sub <subject>] [--ttl 12h]\n');
  process.exit(2);
}
if (!isRole(values.role)) {
  process.stderr.write('--role must be admin or viewer\n');
  process.exit(2);
}
const token = jwt.sign(
  { [config.auth.orgClaim]: values.org, [config.auth.rolesClaim]: [values.role] },
  config.auth.secret,
  { algorithm: 'HS256', subject: values.sub ?? `dev:${values.org}:${values.role}`, expiresIn: values.ttl as jwt.SignOptions['expiresIn'] },
);
process.stdout.write(`${token}\n`);

// Prints a development bearer token: npm run token -- --org acme --role admin
import { parseArgs } from 'node:util';
import jwt from 'jsonwebtoken';
import { loadConfigOrExit } from '../bootstrap/load-config-or-exit.js';
import { isRole } from '../auth/role.js';
import { parseTtl, TTL_FORMS } from './token-ttl.js';

const USAGE = 'usage: npm run token -- --org <organization> [--role admin|viewer] [--sub <subject>] [--ttl 12h]';

/** A usage problem: one line on stderr, exit 2. */
function refuse(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function readArgs() {
  try {
    return parseArgs({
      options: {
        org: { type: 'string' },
        role: { type: 'string', default: 'admin' },
        sub: { type: 'string' },
        ttl: { type: 'string', default: '12h' },
      },
    }).values;
  } catch (error) {
    // Unknown options and missing values: parseArgs's message (on one line), not its stack.
    return refuse(`${(error as Error).message.replace(/\s*\n\s*/g, ' ')}; ${USAGE}`);
  }
}

const values = readArgs();
const config = loadConfigOrExit();
if (config.auth.mode !== 'hs256') {
  process.stderr.write('refusing: the service verifies tokens with AUTH_JWKS_URL; get a token from your identity provider\n');
  process.exit(1);
}
if (values.org === undefined || values.org === '') refuse(USAGE);
if (!isRole(values.role)) refuse('--role must be admin or viewer');
const ttlSeconds = parseTtl(values.ttl);
if (ttlSeconds === undefined) refuse(`--ttl must be ${TTL_FORMS}; got ${JSON.stringify(values.ttl)}`);

const token = jwt.sign(
  { [config.auth.orgClaim]: values.org, [config.auth.rolesClaim]: [values.role] },
  config.auth.secret,
  { algorithm: 'HS256', subject: values.sub ?? `dev:${values.org}:${values.role}`, expiresIn: ttlSeconds },
);
process.stdout.write(`${token}\n`);

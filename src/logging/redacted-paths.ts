/** Properties whose value never reaches a log line, at any depth pino's paths can name (three levels). */
const ALWAYS = ['authorization', 'cookie', 'set-cookie', 'credentials', 'password', 'secret', 'token', 'accessToken', 'apiKey', 'privateKey', 'private_key'];

/**
 * pino `redact` paths for request and response headers, and for every credential field a
 * connector declares (`credentialFields`) beside the usual names, wherever they sit in a
 * logged object.
 */
export function redactedPaths(credentialFields: readonly string[]): string[] {
  const names = [...new Set([...ALWAYS, ...credentialFields])];
  const key = (name: string): string => (/^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `["${name}"]`);
  return names.flatMap((name) => [key(name).replace(/^\./, ''), `*${key(name)}`, `*.*${key(name)}`, `*.*.*${key(name)}`]);
}

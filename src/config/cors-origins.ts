/**
 * Parses CORS_ORIGINS: comma-separated exact origins (scheme, host, optional port), as a
 * browser sends them in `Origin`. No wildcards or paths: each origin is named on purpose.
 */
export function parseCorsOrigins(value: string, variable: string): { origins: string[] } | { problems: string[] } {
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const problems = entries
    .filter((entry) => !isExactOrigin(entry))
    .map(
      (entry) =>
        `${variable} entry ${JSON.stringify(entry)} must be an exact origin like https://app.tether.example or http://127.0.0.1:5173 (no path, no wildcard)`,
    );
  return problems.length > 0 ? { problems } : { origins: [...new Set(entries)] };
}

function isExactOrigin(entry: string): boolean {
  try {
    const url = new URL(entry);
    // URL.origin is the canonical form: an entry that differs (a path, a trailing slash, upper case) would never match.
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === entry;
  } catch {
    return false;
  }
}

/** The text with every credential value cut out (values under 4 characters are left: they would cut ordinary words). */
export function redactSecrets(message: string, secrets: readonly string[]): string {
  // Longest first, so a secret containing another is cut whole.
  return [...secrets]
    .filter((secret) => secret.length >= 4)
    .sort((a, b) => b.length - a.length)
    .reduce((text, secret) => text.split(secret).join('[redacted]'), message);
}

/** Every string inside the credentials (JSON fields included), for redaction. */
export function secretValues(credentials: Readonly<Record<string, unknown>>): string[] {
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') found.push(value);
    else if (typeof value === 'number') found.push(String(value));
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(credentials);
  return found;
}

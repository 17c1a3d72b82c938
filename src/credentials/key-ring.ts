export interface CredentialKey {
  id: string;
  key: Buffer;
}

/** The credential key ring: the first key encrypts, every key decrypts. */
export interface KeyRing {
  active: CredentialKey;
  byId: ReadonlyMap<string, CredentialKey>;
}

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

/**
 * Parses `id:base64key,id2:base64key2`. Returns the ring or the list of problems
 * (never the key material itself).
 */
export function parseKeyRing(spec: string, variable: string): KeyRing | string[] {
  const problems: string[] = [];
  const keys: CredentialKey[] = [];
  for (const [index, entry] of spec.split(',').map((e) => e.trim()).entries()) {
    const separator = entry.indexOf(':');
    const id = separator > 0 ? entry.slice(0, separator) : '';
    const material = separator > 0 ? entry.slice(separator + 1) : '';
    if (!KEY_ID.test(id)) {
      problems.push(`${variable} entry ${index + 1} must be "id:base64key" with an id of 1-32 letters, digits, _ or -`);
      continue;
    }
    const key = Buffer.from(material, 'base64');
    if (key.length !== 32 || key.toString('base64').replace(/=+$/, '') !== material.replace(/=+$/, '')) {
      problems.push(`${variable} key "${id}" must be 32 bytes encoded in base64`);
      continue;
    }
    if (keys.some((k) => k.id === id)) {
      problems.push(`${variable} key id "${id}" appears twice`);
      continue;
    }
    keys.push({ id, key });
  }
  const [active] = keys;
  if (problems.length > 0 || active === undefined) {
    return problems.length > 0 ? problems : [`${variable} holds no key`];
  }
  return { active, byId: new Map(keys.map((k) => [k.id, k])) };
}

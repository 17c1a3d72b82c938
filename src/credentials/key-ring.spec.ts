import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { type KeyRing, parseKeyRing } from './key-ring.js';

const VARIABLE = 'CREDENTIAL_KEYS';
const key32 = (): string => randomBytes(32).toString('base64');

function ring(spec: string): KeyRing {
  const result = parseKeyRing(spec, VARIABLE);
  if (Array.isArray(result)) throw new Error(`expected a key ring, got problems: ${result.join('; ')}`);
  return result;
}

function problems(spec: string): string[] {
  const result = parseKeyRing(spec, VARIABLE);
  if (!Array.isArray(result)) throw new Error('expected problems, got a key ring');
  return result;
}

/** No problem message may quote the material, nor any 8-character piece of it. */
function expectNoMaterial(messages: string[], ...materials: string[]): void {
  for (const material of materials) {
    const pieces = material.length <= 8 ? [material] : [...Array(material.length - 7).keys()].map((i) => material.slice(i, i + 8));
    for (const message of messages) {
      for (const piece of pieces) expect(message).not.toContain(piece);
    }
  }
}

describe('parseKeyRing', () => {
  it('parses a multi-key ring: the first key is active, every key is found by id', () => {
    const [a, b, c] = [key32(), key32(), key32()];
    const parsed = ring(`new:${a}, old_1:${b} ,older-2:${c}`);
    expect(parsed.active.id).toBe('new');
    expect(parsed.active.key.equals(Buffer.from(a, 'base64'))).toBe(true);
    expect([...parsed.byId.keys()]).toEqual(['new', 'old_1', 'older-2']);
    expect(parsed.byId.get('old_1')?.key.equals(Buffer.from(b, 'base64'))).toBe(true);
    expect(parsed.byId.get('older-2')?.key.equals(Buffer.from(c, 'base64'))).toBe(true);
    for (const key of parsed.byId.values()) expect(key.key).toHaveLength(32);
  });

  it('accepts a single key, with or without base64 padding', () => {
    const material = key32();
    expect(material.endsWith('=')).toBe(true);
    expect(ring(`only:${material}`).active.key.equals(Buffer.from(material, 'base64'))).toBe(true);
    expect(ring(`only:${material.replace(/=+$/, '')}`).active.key.equals(Buffer.from(material, 'base64'))).toBe(true);
  });

  it('accepts ids of exactly 32 characters and refuses 33', () => {
    const material = key32();
    expect(ring(`${'a'.repeat(32)}:${material}`).active.id).toBe('a'.repeat(32));
    const found = problems(`${'a'.repeat(33)}:${material}`);
    expect(found).toEqual([expect.stringContaining('entry 1 must be "id:base64key"')]);
    expectNoMaterial(found, material);
  });

  it.each([
    ['an id with a space', 'bad id'],
    ['an id with punctuation', 'bad.id!'],
    ['an empty id', ''],
  ])('refuses %s, naming the entry and not the key', (_label, id) => {
    const material = key32();
    const found = problems(`good:${key32()},${id}:${material}`);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(VARIABLE);
    expect(found[0]).toContain('entry 2');
    expectNoMaterial(found, material);
  });

  it('refuses an entry with no separator without quoting it (it may be a bare key)', () => {
    const material = key32();
    const found = problems(material);
    expect(found).toEqual([expect.stringContaining(`${VARIABLE} entry 1 must be "id:base64key"`)]);
    expectNoMaterial(found, material);
  });

  it.each([
    ['16 bytes', randomBytes(16).toString('base64')],
    ['31 bytes', randomBytes(31).toString('base64')],
    ['33 bytes', randomBytes(33).toString('base64')],
    ['64 bytes', randomBytes(64).toString('base64')],
  ])('refuses a key of %s, naming the key id but not the key', (_label, material) => {
    const found = problems(`k1:${material}`);
    expect(found).toEqual([`${VARIABLE} key "k1" must be 32 bytes encoded in base64`]);
    expectNoMaterial(found, material);
  });

  it.each([
    ['not base64 at all', `${'!'.repeat(20)}not*base64*${'?'.repeat(20)}`],
    ['hex instead of base64', randomBytes(32).toString('hex')],
    ['base64 with stray characters', `${key32().slice(0, 20)}$%^${key32().slice(23)}`],
    ['empty key material', ''],
  ])('refuses a key that is %s, without quoting it', (_label, material) => {
    const found = problems(`k1:${material}`);
    expect(found).toEqual([`${VARIABLE} key "k1" must be 32 bytes encoded in base64`]);
    if (material !== '') expectNoMaterial(found, material);
  });

  it('refuses a duplicate id without quoting either key', () => {
    const [a, b] = [key32(), key32()];
    const found = problems(`dup:${a},dup:${b}`);
    expect(found).toEqual([`${VARIABLE} key id "dup" appears twice`]);
    expectNoMaterial(found, a, b);
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['only commas', ' , ,'],
  ])('refuses an %s ring', (_label, spec) => {
    const found = problems(spec);
    expect(found.length).toBeGreaterThan(0);
    for (const message of found) expect(message).toContain(VARIABLE);
  });

  it('lists every problem at once, in entry order, none quoting key material', () => {
    const good = key32();
    const short = randomBytes(20).toString('base64');
    const other = key32();
    const found = problems(`ok:${good},bad id:${other},short:${short},ok:${other}`);
    expect(found).toEqual([
      `${VARIABLE} entry 2 must be "id:base64key" with an id of 1-32 letters, digits, _ or -`,
      `${VARIABLE} key "short" must be 32 bytes encoded in base64`,
      `${VARIABLE} key id "ok" appears twice`,
    ]);
    expectNoMaterial(found, good, short, other);
  });

  it('uses the variable name it is given in its messages', () => {
    const result = parseKeyRing('nope', 'OTHER_KEYS');
    expect(result).toEqual([expect.stringContaining('OTHER_KEYS entry 1')]);
  });
});

import fc from 'fast-check';
import { type BodyValue, RawJson } from './fuzz-request.js';

/** Strings a lenient parser takes for a number or a date, though the document says otherwise. */
export const LOOK_ALIKES = [
  '0x10',
  '0b11',
  '0o7',
  '+1',
  ' 1',
  '1 ',
  '1e3',
  '1.0',
  '1.5',
  '-0',
  '01',
  '1_000',
  'Infinity',
  'NaN',
  '\u0661', // Arabic-Indic digit one
  '2026-02-30',
  '2026-13-01',
  '2026-11-01T25:00:00Z',
  '2026-11-01T00:00:00+25:00',
  '+275760-09-13T00:00:00.000Z',
  '0000-00-00',
  '1700000000',
  'UTC+25',
  'Etc/GMT+99',
  'true',
  'null',
] as const;

/** Characters that trip encoders, databases and log lines. */
export const ODD_STRINGS = [
  'a\u0000b',
  '\u0000',
  '\ud800',
  'x\udfffy',
  '\u202eevil\u202c',
  '\u200f\u200e',
  '\ufeffbom',
  '%',
  '%zz',
  '%E0%A4%A',
  '%00',
  '\r\nInjected: 1',
  '../../etc/passwd',
  "'; DROP TABLE integrations; --",
  '${jndi:ldap://x}',
  '\u{1F600}\u0301',
  '   ',
  '',
] as const;

/** Numbers at and past the edges; as raw JSON, since `1e400` has no JavaScript value. */
const HUGE_NUMBERS = ['1e400', '-1e400', '1e-400', '9007199254740993', '123456789012345678901234567890', '-0', '5439.5', '0.1', '-1', '2147483648'];

export const oddString = fc.constantFrom(...ODD_STRINGS);
export const lookAlike = fc.constantFrom(...LOOK_ALIKES);
export const hugeNumber = fc.constantFrom(...HUGE_NUMBERS).map((text) => new RawJson(text, text));

/** A string of many thousand characters (still well under the body limit). */
export const hugeString = fc
  .tuple(fc.integer({ min: 5_000, max: 40_000 }), fc.constantFrom('a', '\u00e9', '\u{1F600}', '%'))
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));

/** Objects or arrays nested thousands of levels deep: about 6-30 KB of JSON text. */
export const deeplyNested = fc.tuple(fc.integer({ min: 1_000, max: 5_000 }), fc.constantFrom('object', 'array')).map(([depth, shape]) =>
  shape === 'object'
    ? new RawJson(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`, `object nested ${depth} levels`)
    : new RawJson(`${'['.repeat(depth)}1${']'.repeat(depth)}`, `array nested ${depth} levels`),
);

/** Keys that touch JavaScript objects' prototypes when copied naively. */
export const prototypeKey = fc.constantFrom('__proto__', 'constructor', 'prototype');

/** A value of some JSON type, for "wrong type" mutations (the caller picks one unlike the schema's). */
export const anyJsonValue: fc.Arbitrary<BodyValue> = fc.oneof<fc.Arbitrary<BodyValue>[]>(
  fc.integer({ min: -5, max: 5 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.string({ maxLength: 8 }),
  fc.constant<BodyValue>([]),
  fc.array(fc.integer(), { minLength: 1, maxLength: 3 }),
  fc.constant<BodyValue>({}),
  fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
);

/** Texts that are not JSON (or not what a strict parser takes). */
export const INVALID_JSON = ['{', '{"a":', '{"a":1,}', "{'a':1}", '{"a":NaN}', '{"a":1}{"b":2}', 'undefined', '\u0000', '{"a":"\\x41"}', '{"a":"\\ud800"'];

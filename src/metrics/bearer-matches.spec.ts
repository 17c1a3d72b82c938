import { describe, expect, it } from '@jest/globals';
import { bearerMatches } from './bearer-matches.js';

const TOKEN = 'metrics-token-0123456789';

describe('bearerMatches', () => {
  it.each([
    [`Bearer ${TOKEN}`, true],
    [`bearer ${TOKEN}`, true],
    [undefined, false],
    ['', false],
    ['Bearer', false],
    [`Basic ${TOKEN}`, false],
    [TOKEN, false],
    [`Bearer ${TOKEN.slice(0, -1)}`, false],
    [`Bearer ${TOKEN}0`, false],
    [`Bearer ${TOKEN} extra`, false],
  ])('%j: %s', (header, expected) => {
    expect(bearerMatches(header, TOKEN)).toBe(expected);
  });
});

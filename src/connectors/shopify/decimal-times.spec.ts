import { describe, expect, it } from '@jest/globals';
import { decimalTimes } from './decimal-times.js';

describe('decimalTimes', () => {
  it.each([
    ['19.99', 3, '59.97'],
    ['2000.0', 2, '4000.0'],
    ['0.10', 3, '0.30'],
    ['0.01', 0, '0.00'],
    ['7', 6, '42'],
    ['-1.5', 2, '-3.0'],
    ['0.1', 3, '0.3'],
  ])('%s x %i = %s, exactly', (amount, times, product) => {
    expect(decimalTimes(amount, times)).toBe(product);
  });

  it('refuses what is not a decimal', () => {
    expect(() => decimalTimes('1e3', 2)).toThrow('not a decimal amount');
  });
});

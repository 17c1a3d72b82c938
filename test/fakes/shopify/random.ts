import { weightedChoice } from '../../../src/common/weighted-choice.js';

/**
 * A seeded generator (mulberry32): the same seed gives the same store and the same
 * sequence of injected faults, so a failing test can be replayed exactly.
 */
export type Random = () => number;

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max], both included. */
export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** Picks by weight: `[['PAID', 60], ['PENDING', 10]]`. */
export function weighted<T>(random: Random, choices: readonly (readonly [T, number])[]): T {
  return weightedChoice(choices, random());
}

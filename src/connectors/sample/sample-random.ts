import { weightedChoice } from '../../common/weighted-choice.js';

/** What a random value is drawn for: its purpose and the ids of what it describes. */
export type RandomKey = readonly (string | number)[];

/**
 * Random values as a pure function of (seed, key): a counter-based generator, hashing the
 * key with murmur3's 32-bit finalizer. Any record of the sample store is computed straight
 * from its key (order k of day t) without drawing the values before it, which a sequential
 * generator (seedrandom, pure-rand) would need; hence these few lines rather than a package.
 */
export class SampleRandom {
  constructor(private readonly seed: number) {}

  /** Uniform in [0, 1). */
  fraction(...key: RandomKey): number {
    return this.hash(key) / 2 ** 32;
  }

  /** Uniform in [min, max], both included. */
  int(min: number, max: number, ...key: RandomKey): number {
    return min + Math.floor(this.fraction(...key) * (max - min + 1));
  }

  /** Picks by weight: `[['web', 65], ['retail', 35]]`. */
  weighted<T>(choices: readonly (readonly [T, number])[], ...key: RandomKey): T {
    return weightedChoice(choices, this.fraction(...key));
  }

  private hash(key: RandomKey): number {
    let h = fmix32(this.seed ^ 0x9e3779b9);
    for (const part of key) {
      if (typeof part === 'number') h = step(h, part);
      else {
        for (let i = 0; i < part.length; i += 1) h = step(h, part.charCodeAt(i));
        // A separator, so that ("ab", "c") and ("a", "bc") differ.
        h = step(h, 0x7fffffff);
      }
    }
    return h;
  }
}

const step = (h: number, word: number): number => fmix32((Math.imul(h ^ word, 0x27d4eb2d) + 0x165667b1) | 0);

/** murmur3's finalizer: every input bit affects every output bit. */
function fmix32(value: number): number {
  let x = value;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

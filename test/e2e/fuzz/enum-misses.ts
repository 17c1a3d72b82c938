import fc from 'fast-check';

/** Strings that miss an enum: a near miss of one of its values (case, space, NUL, dash), or anything else. */
export function notInEnum(values: readonly string[]): fc.Arbitrary<string> {
  const nearMisses = values.flatMap((value) => [value.toUpperCase(), `${value} `, `${value}\u0000`, value.replace(/_/g, '-')]);
  return fc.oneof(fc.constantFrom(...nearMisses), fc.string({ maxLength: 12 })).filter((value) => !values.includes(value));
}

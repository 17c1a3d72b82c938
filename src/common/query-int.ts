import { Transform } from 'class-transformer';

const DECIMAL_INTEGER = /^-?\d+$/;

/**
 * A query-string integer written in plain decimal digits. `Number()` would also take
 * `0x10`, `0b11`, `+1`, ` 1` or `1e3`; those stay strings, so the field's IsInt refuses them.
 */
export const QueryInt = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' && DECIMAL_INTEGER.test(value) ? Number(value) : value));

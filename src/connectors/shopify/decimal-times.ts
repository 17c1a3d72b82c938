/**
 * An exact decimal string times a whole number (a unit price times a quantity), without
 * going through floating point: `"19.99" x 3 = "59.97"`.
 */
export function decimalTimes(amount: string, times: number): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (match === null || !Number.isInteger(times)) throw new Error(`not a decimal amount: ${amount}`);
  const [, sign = '', whole = '0', fraction = ''] = match;
  const scaled = BigInt(`${whole}${fraction}`) * BigInt(times);
  const digits = scaled.toString().padStart(fraction.length + 1, '0');
  const integer = fraction.length === 0 ? digits : digits.slice(0, -fraction.length);
  const result = fraction.length === 0 ? integer : `${integer}.${digits.slice(-fraction.length)}`;
  return sign === '-' && scaled !== 0n ? `-${result}` : result;
}

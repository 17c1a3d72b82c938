/**
 * Amounts are kept as integer cents and printed the way Shopify prints `Decimal`
 * ("2000.0", "19.99", "12.5"), so nothing in the fake ever rounds a float.
 */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const fraction = String(abs % 100).padStart(2, '0').replace(/0$/, '');
  return `${sign}${whole}.${fraction === '' ? '0' : fraction}`;
}

/** One input problem: the field (dotted path), the rule it broke, and a message naming both. */
export interface ValidationDetail {
  field: string;
  rule: string;
  message: string;
}

/** What one attempt at a delivery came to. */
export type AttemptResult =
  | { delivered: true; statusCode: number; latencyMs: number }
  | { delivered: false; statusCode: number | null; latencyMs: number; error: string };

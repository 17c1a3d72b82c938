import { isBodyObject, withField } from './body-tree.js';
import type { Outcome } from './fuzz-report.js';
import type { FuzzRequest } from './fuzz-request.js';

/** The request with one query parameter or one top-level body field fewer, sparing the mutation's target. */
function simpler(request: FuzzRequest): FuzzRequest[] {
  const fewerParameters = request.query
    .filter((entry) => entry.name !== request.target)
    .map((entry) => ({ ...request, query: request.query.filter((other) => other !== entry) }));
  const body = request.body?.kind === 'json' ? request.body.value : undefined;
  const fewerFields = isBodyObject(body)
    ? Object.keys(body)
        .filter((key) => key !== request.target)
        .map((key) => ({ ...request, body: { kind: 'json' as const, value: withField(body, [key], undefined) } }))
    : [];
  return [...fewerParameters, ...fewerFields];
}

/**
 * Drops what the failure does not need, greedily: a simpler request is kept when it still
 * fails in the same class (sent again to the app as it is now). At most `budget` requests;
 * none for a failure that takes long to show (a timeout, a slow answer).
 */
export async function minimize(
  outcome: Outcome,
  classOf: (outcome: Outcome) => string | undefined,
  send: (request: FuzzRequest) => Promise<Outcome>,
  budget = 40,
): Promise<Outcome> {
  const failure = classOf(outcome);
  if (outcome.violations.some((v) => v.rule === 'no answer' || v.rule === 'slow answer')) return outcome;
  let best = outcome;
  let left = budget;
  for (let shrunk = true; shrunk && left > 0; ) {
    shrunk = false;
    for (const candidate of simpler(best.request)) {
      if (left-- <= 0) break;
      const tried = await send(candidate);
      if (classOf(tried) === failure) {
        best = { ...tried, index: outcome.index, reduced: true };
        shrunk = true;
        break;
      }
    }
  }
  return best;
}

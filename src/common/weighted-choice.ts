/** The choice a uniform draw in [0, 1) lands on, each taking its weight's share: `[['PAID', 60], ['PENDING', 10]]`. */
export function weightedChoice<T>(choices: readonly (readonly [T, number])[], draw: number): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = draw * total;
  for (const [value, weight] of choices) {
    roll -= weight;
    if (roll < 0) return value;
  }
  const last = choices.at(-1);
  if (last === undefined) throw new Error('weightedChoice() needs at least one choice');
  return last[0];
}

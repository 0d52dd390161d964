// The order of the runs within a round (pure): random, from a recorded seed, so that no model
// always runs first (in the minute a neighbour was quiet) or right after a job that left the
// caches cold, and the same order can be played again from results.json's `schedule.seed` (stats/random.ts's seededRandom draws it).

/** A fresh seed for a run. */
export const newSeed = () => Math.floor(Math.random() * 2 ** 32);

/** The items in a uniformly random order (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

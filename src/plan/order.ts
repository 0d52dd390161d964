// The order of the runs within a round (pure): random, from a recorded seed, so that no model
// always runs first (in the minute a neighbour was quiet) or right after a job that left the
// caches cold, and the same order can be played again from results.json's `schedule.seed`.

/** A uniform number in [0, 1), from a 32-bit seed (mulberry32: small, fast, and enough for shuffling). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

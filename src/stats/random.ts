// Seeded uniform numbers (pure): the run order within a round (plan/order.ts) and the bootstrap of
// break-even (analysis/break-even.ts) draw from the same generator, so a recorded seed replays
// either exactly.

/** A uniform number in [0, 1), from a 32-bit seed (mulberry32: small, fast, and enough here). */
export function seededRandom(seed: number): () => number {
  // the state in a typed array: a 32-bit integer in a closure variable is boxed on every step
  const state = new Int32Array([seed]);
  return () => {
    const a = (state[0]! + 0x6d2b79f5) | 0;
    state[0] = a;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

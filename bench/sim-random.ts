// The simulations' seeded random numbers (bench/*-sim.ts): the same table every run, one
// generator each, from its own seed. A linear congruential generator is enough for drawing noise;
// Box–Muller turns its uniforms into standard normals.
export function seededNoise(seed: number): { uniform: () => number; normal: () => number } {
  let state = seed >>> 0;
  const uniform = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state + 0.5) / 4294967296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
  return { uniform, normal };
}

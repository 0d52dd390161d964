// Seconds as people read them, for messages and reports alike: three significant figures.

/** "1.23 s", "45.6 ms", "789 µs". */
export function formatSeconds(seconds: number): string {
  if (seconds >= 1) return `${seconds.toPrecision(3)} s`;
  if (seconds >= 1e-3) return `${(seconds * 1e3).toPrecision(3)} ms`;
  return `${(seconds * 1e6).toPrecision(3)} µs`;
}

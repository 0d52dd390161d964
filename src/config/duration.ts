// Durations as levels ("10ms", "1.5s", "500us"): the serial time one task should take. The
// schema's "duration" pattern admits the text; this turns it into seconds (pure).

const UNIT_SECONDS: Record<string, number> = { us: 1e-6, ms: 1e-3, s: 1 };
const DURATION = /^([0-9]+(?:\.[0-9]+)?)(us|ms|s)$/;

/** Seconds, or undefined when the text is not a duration above zero. */
export function parseDuration(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const match = DURATION.exec(text);
  if (!match) return undefined;
  const seconds = Number(match[1]) * UNIT_SECONDS[match[2]!]!;
  return seconds > 0 ? seconds : undefined;
}

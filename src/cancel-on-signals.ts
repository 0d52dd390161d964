// A cancelled workflow sends SIGINT then SIGTERM, Ctrl-C sends SIGINT: stop measuring, kill
// every runner's process group, keep what finished. A second signal leaves at once.
export interface Cancellation {
  signal: AbortSignal;
  /** 130 after SIGINT, 143 after SIGTERM, 0 while not cancelled. */
  exitCode(): number;
}

export function cancelOnSignals(say: (message: string) => void): Cancellation {
  const controller = new AbortController();
  let exitCode = 0;
  for (const [name, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.on(name, () => {
      if (controller.signal.aborted) process.exit(code);
      exitCode = code;
      say(`${name}: stopping; the cells that finished stay in results.json`);
      controller.abort();
    });
  }
  return { signal: controller.signal, exitCode: () => exitCode };
}

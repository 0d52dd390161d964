// What the CLI's exit code says, and the one base for "your input is wrong". Anything thrown
// that is not a UserError is our fault or the machine's: exit 1, with one line.

export const EXIT = {
  ok: 0,
  /** The run itself failed (a crash, a machine problem): not the input's fault. */
  error: 1,
  /** Bad input: flags, config, a workload that does not load, a results file, the output folder. */
  badInput: 2,
  /** The regression gate: a cell got slower (or larger) than the baseline beyond noise. */
  regression: 3,
  /** Cancelled by SIGINT (130) or SIGTERM (143); results.json keeps what finished. */
  sigint: 130,
  sigterm: 143,
} as const;

/** The exit codes as `--help` and the README list them. */
export const EXIT_CODES_TEXT = `Exit codes: ${EXIT.ok} done; ${EXIT.error} the run failed; ${EXIT.badInput} bad input (flags, config, a workload that does
not load, a results file, the output folder), nothing measured; ${EXIT.regression} --fail-on-regression or
--fail-on-memory-regression found a regression, or no comparison could be made; ${EXIT.sigint} / ${EXIT.sigterm} cancelled
by SIGINT / SIGTERM (results.json holds the cells that finished).`;

/** The user's input is wrong: the message is one line that says where and what; exit 2. */
export class UserError extends Error {
  readonly exitCode: number = EXIT.badInput;

  constructor(message: string) {
    // Values quoted from the user's input may hold line breaks; one line is the contract.
    super(message.replace(/\s*[\r\n]+\s*/g, ' '));
    this.name = new.target.name;
  }
}

// The one error type the config layer throws. Callers (CLI, Action) print `message` as is and
// exit 2, so it must stand alone on one line: file (or flag), JSON path, what is wrong.

export class ConfigError extends Error {
  /** The config file as the user named it, or the CLI flag for override errors. */
  readonly file: string;
  /** Dotted JSON path of the problem ("workloads.cpu.low"); empty when the whole file is at fault. */
  readonly jsonPath: string;

  /**
   * `new ConfigError(file, detail, jsonPath?)` prints "file: detail". A lone argument is a
   * complete message, for checks made outside this module (e.g. a workload that fails to load).
   */
  constructor(fileOrMessage: string, detail?: string, jsonPath = '') {
    // Values quoted from the user's file may hold line breaks; one line is the contract.
    const message = detail === undefined ? fileOrMessage : `${fileOrMessage}: ${detail}`;
    super(message.replace(/\s*[\r\n]+\s*/g, ' '));
    this.name = 'ConfigError';
    this.file = detail === undefined ? '' : fileOrMessage;
    this.jsonPath = jsonPath;
  }
}

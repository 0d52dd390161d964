// The error the config layer throws. Callers (CLI, Action) print `message` as is and exit 2
// (a UserError), so it must stand alone on one line: file (or flag), JSON path, what is wrong.
import { UserError } from '../user-error.ts';

export class ConfigError extends UserError {
  /** The config file as the user named it, or the CLI flag for override errors. */
  readonly file: string;
  /** Dotted JSON path of the problem ("workloads.cpu.low"); empty when the whole file is at fault. */
  readonly jsonPath: string;

  /**
   * `new ConfigError(file, detail, jsonPath?)` prints "file: detail"; a lone argument is a
   * complete message.
   */
  constructor(fileOrMessage: string, detail?: string, jsonPath = '') {
    super(detail === undefined ? fileOrMessage : `${fileOrMessage}: ${detail}`);
    this.file = detail === undefined ? '' : fileOrMessage;
    this.jsonPath = jsonPath;
  }
}

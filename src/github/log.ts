// The workflow log: every line the Action prints goes through logLine first, since most carry a
// name or an error we did not write (a runner label from a results file, a config's workload), and
// the runner obeys any line of the log that starts with a workflow command.
import * as core from '@actions/core';
import { logLine } from '../one-line.ts';

export const log = {
  info: (text: string) => core.info(logLine(text)),
  notice: (text: string) => core.notice(logLine(text)),
  warning: (text: string) => core.warning(logLine(text)),
  /** The job's one failure line (core.setFailed: the step fails, exit code 1). */
  failed: (text: string) => core.setFailed(logLine(text)),
};

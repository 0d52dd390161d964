// Node: the runtime running this engine (the Action's Node 24), so there is nothing to find.
import { entryFile } from '../paths.ts';
import type { FoundRuntime, RuntimeDescriptor } from './types.ts';

export const NODE_RUNTIME: FoundRuntime = {
  label: 'node',
  kind: 'node',
  runner: (env) => ({ command: process.execPath, args: [entryFile('runner.js')], env }),
};

export const node: RuntimeDescriptor = {
  kind: 'node',
  discover: async () => [NODE_RUNTIME],
};

// The GitHub Action's entry (dist/index.js): nothing here but the call.
import { run } from './action.ts';

await run();

// All tasks started at once on the one JS thread: concurrency without CPU parallelism,
// the Node counterpart of a ThreadPool under the GIL.
import { resolveWorkload } from '../workloads/resolve.ts';
import type { StartPool } from './types.ts';

export const startEventLoop: StartPool = async ({ workload }) => {
  const fn = await resolveWorkload(workload);
  return {
    // async so a synchronous throw becomes a rejection, like in the other pools
    run: async (arg) => fn(arg),
    close: async () => {},
  };
};

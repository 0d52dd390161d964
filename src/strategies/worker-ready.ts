// How each worker thread tells the pool it has loaded the workload (piscina has no ready event:
// it counts its first workers ready at once). The message goes on the worker's parentPort, which
// piscina passes on as a 'message' event of the pool; a BroadcastChannel took ~40 ms longer to
// arrive here, a quarter of a 2-worker pool's start-up.
export const READY_KEY = 'concurrencyBenchReady';

export type WorkerReady = { [READY_KEY]: true } | { [READY_KEY]: false; error: string };

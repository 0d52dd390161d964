// The transfer workloads: what it costs to move a task's data into a worker and its result back.
// The level is a size in KiB. The runner builds (for a built-in whose registry entry hands a
// payload: src/workload-registry.ts) the payload once, before the clock starts, and
// hands it to every task; the task returns a payload of the same size and shape. Run serially
// (or on the event loop) nothing crosses; in a worker thread it is structured-cloned both ways,
// in a child process serialized over IPC. Two shapes: flat bytes (cheap to copy) and a list of
// small objects (what costs most to serialize). The Python harness builds the same payloads
// (workloads.py; test/python-contract.test.ts compares them).

import type { PayloadShape } from '../workload-registry.ts';
import { count } from './count.ts';

/** One small object: about 64 bytes as JSON, so a payload of k KiB holds k × 16 of them. */
export interface TransferItem {
  id: number;
  name: string;
  tags: string[];
  value: number;
}
export const ITEM_BYTES = 64;

const item = (i: number): TransferItem => ({ id: i, name: `item-${i}`, tags: ['a', 'b'], value: i + 0.5 });

/** The payload of a level: `kib` KiB of bytes, or about `kib` KiB of small objects (`workload` names it in errors). */
export function transferPayload(shape: PayloadShape, kibArg: unknown, workload: string): Uint8Array | TransferItem[] {
  const kib = count(kibArg, workload);
  if (shape === 'bytes') return new Uint8Array(kib * 1024).fill(97);
  return Array.from({ length: (kib * 1024) / ITEM_BYTES }, (_, i) => item(i));
}

const fresh = (payload: unknown): Uint8Array | TransferItem[] => {
  if (payload instanceof Uint8Array) return Uint8Array.from(payload);
  if (Array.isArray(payload)) return payload.map((o: TransferItem) => ({ ...o, tags: [...o.tags] }));
  throw new Error(`transfer workload: expected bytes or a list of objects, got ${typeof payload}`);
};

/** A task: a new payload of the same size and shape as the one received (a copy, not the same object). */
export const transfer = (payload: unknown) => fresh(payload);
export const transfer_objects = (payload: unknown) => fresh(payload);

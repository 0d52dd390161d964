// The built-in workloads' argument check, shared by builtin.ts and transfer.ts.

/**
 * The argument as a count, checked as the Python harness's `_count` checks it (the contract
 * test holds both to the same message): 2.5 iterations or -1 MiB are a mistake, not 3 or 0.
 */
export function count(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new Error(
      `${what} workload: the argument must be a whole number >= 0, got ${typeof value === 'number' ? value : JSON.stringify(value)}`,
    );
  }
  return value;
}

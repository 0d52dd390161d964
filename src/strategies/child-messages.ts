// The IPC messages between the child-processes pool and its workers (dist/task-child.js).
// A worker holds at most one task at a time, so no message needs an id, and the shapes are the
// lightest that stay unambiguous: wrapping each task in an object with a type and an id made a
// no-op's round trip ~20% slower (bench/harness, dispatch).

/** Parent → worker: only tasks are ever sent, so a message is the task's argument itself. */
export type ToChild = unknown;

export type Ready = { ready: true } | { loadError: string };
/** Worker → parent, one per task: the result in a one-element array, or the error's one line. */
export type TaskOutcome = [value: unknown] | { error: string };
export type FromChild = Ready | TaskOutcome;

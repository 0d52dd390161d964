// The IPC messages between the child-processes pool and its workers (dist/task-child.js).
export type ToChild = { type: 'task'; id: number; arg: unknown };
export type FromChild =
  | { type: 'ready' }
  | { type: 'load-error'; error: string }
  | { type: 'done'; id: number; value: unknown }
  | { type: 'failed'; id: number; error: string };

// Turns a workload reference into the function a task calls, in whichever thread or process runs it.
import { pathToFileURL } from 'node:url';
import type { WorkloadRef } from '../config/types.ts';
import { isBuiltinWorkload } from '../workload-registry.ts';
import { BUILTINS } from './builtin.ts';

export type TaskFunction = (arg: unknown) => unknown;

export async function resolveWorkload(ref: WorkloadRef): Promise<TaskFunction> {
  if (!ref.module) {
    if (!isBuiltinWorkload(ref.name)) throw new Error(`unknown built-in workload "${ref.name}"`);
    return BUILTINS[ref.name] as TaskFunction;
  }
  const loaded: Record<string, unknown> = await import(pathToFileURL(ref.module).href);
  const fn = loaded[ref.entry ?? 'default'];
  if (typeof fn !== 'function') {
    const exported = Object.keys(loaded).filter((key) => typeof loaded[key] === 'function');
    throw new Error(
      `${ref.module} has no exported function "${ref.entry}" (it exports: ${exported.join(', ') || 'no functions'})`,
    );
  }
  return fn as TaskFunction;
}

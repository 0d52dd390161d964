// The runtime descriptors by kind. Typed by the registry: a runtime kind in src/registry.ts
// without a descriptor here does not compile.
import type { ResolvedConfig } from '../config/types.ts';
import { runtimeKindOf, type RuntimeKind } from '../registry.ts';
import { node } from './node.ts';
import { python } from './python.ts';
import type { FoundRuntime, RuntimeDescriptor } from './types.ts';

export const RUNTIMES: Record<RuntimeKind, RuntimeDescriptor> = { node, python };

/** The runtimes of every kind the config's strategies need, found and probed. */
export async function discoverRuntimes(config: ResolvedConfig, env: NodeJS.ProcessEnv): Promise<FoundRuntime[]> {
  const kinds = new Set(config.strategies.map(runtimeKindOf));
  const found = await Promise.all(
    Object.values(RUNTIMES)
      .filter((d) => kinds.has(d.kind))
      .map((d) => d.discover(config, env)),
  );
  return found.flat();
}

// Reads a config file (or picks the default one) and turns it into a ResolvedConfig. The only
// file in src/config/ that touches the file system; everything it calls is pure.

import { existsSync, readFileSync, type Stats, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ConfigError } from './config-error.ts';
import { DEFAULT_CONFIG, DEFAULT_SOURCE } from './defaults.ts';
import { detailOf, explainAjvErrors } from './errors.ts';
import { formatPath } from './json-path.ts';
import { parseJson } from './json.ts';
import { detectShape, toResolvedConfig, type KeyOrder } from './shapes.ts';
import type { ResolvedConfig } from './types.ts';
import { validateAgainst } from './validate.ts';

export { ConfigError } from './config-error.ts';
export { applyOverrides, type Overrides } from './overrides.ts';

export interface LoadConfigOptions {
  /** Folder a relative `path` (and the default ./config.json) is looked up in; default process.cwd(). */
  cwd?: string;
}

/**
 * Loads and validates a config. `path` undefined: ./config.json if present, else the built-in
 * default config (the repository's config.json). Throws ConfigError (one line: file, JSON path, problem) on anything invalid.
 */
export function loadConfig(path: string | undefined, opts: LoadConfigOptions = {}): ResolvedConfig {
  const cwd = resolve(opts.cwd ?? process.cwd());
  if (path === undefined) {
    const local = resolve(cwd, 'config.json');
    if (existsSync(local)) return loadFile(local, 'config.json');
    // Module paths of the built-in config (it has none today) would be relative to cwd.
    return fromData(DEFAULT_CONFIG, DEFAULT_SOURCE, cwd, Object.keys);
  }
  return loadFile(resolve(cwd, path), path);
}

/**
 * The base tree's config (issue 21): the file at the same path relative to `baseDir` as `path` is
 * to `cwd` (./config.json when no path is given); the built-in default config when the base tree
 * has no such file (a pull request that adds the config compares against the default matrix).
 */
export function loadBaseConfig(
  path: string | undefined,
  baseDir: string,
  opts: LoadConfigOptions = {},
): ResolvedConfig {
  const cwd = resolve(opts.cwd ?? process.cwd());
  const dir = resolve(cwd, baseDir);
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory())
    throw new ConfigError(baseDir, 'the baseline tree is not a folder (give a checkout of the base version)');
  const inTree = relative(cwd, resolve(cwd, path ?? 'config.json'));
  const file = resolve(dir, inTree);
  if (existsSync(file)) return loadFile(file, join(baseDir, inTree));
  return fromData(DEFAULT_CONFIG, DEFAULT_SOURCE, dir, Object.keys);
}

/** `label` is the path as the user wrote it: what messages and `source` show. */
function loadFile(absPath: string, label: string): ResolvedConfig {
  const parsed = parseJson(readText(absPath, label));
  if (!parsed.ok) throw new ConfigError(label, parsed.reason);
  return fromData(parsed.value, label, dirname(absPath), parsed.keyOrder);
}

function readText(absPath: string, label: string): string {
  try {
    return readFileSync(absPath, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // The absolute path answers "relative to what?" when a CI job runs in another folder.
    const where = isAbsolute(label) ? '' : ` (${absPath})`;
    if (code === 'ENOENT') throw new ConfigError(label, `file not found${where}`);
    if (code === 'EISDIR') throw new ConfigError(label, `is a folder, not a file${where}`);
    if (code === 'EACCES' || code === 'EPERM')
      throw new ConfigError(label, `cannot read the file: permission denied${where}`);
    throw new ConfigError(label, `cannot read the file: ${code ?? (err as Error).message}${where}`);
  }
}

function fromData(data: unknown, label: string, baseDir: string, keyOrder: KeyOrder): ResolvedConfig {
  const shape = detectShape(data);
  const errors = validateAgainst(shape, data);
  if (errors.length > 0) {
    const explained = explainAjvErrors(errors, data, shape);
    throw new ConfigError(label, detailOf(explained), formatPath(explained.segments));
  }
  const config = toResolvedConfig(data, shape, { source: label, baseDir, keyOrder });
  checkModulesExist(config, label);
  return config;
}

function checkModulesExist(config: ResolvedConfig, label: string): void {
  for (const workload of config.workloads) {
    if (workload.module === undefined) continue;
    const jsonPath = formatPath(['workloads', workload.name, 'module']);
    let stat: Stats | undefined;
    try {
      stat = statSync(workload.module, { throwIfNoEntry: false });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      throw new ConfigError(label, `${jsonPath}: cannot access ${workload.module} (${code})`, jsonPath);
    }
    if (stat === undefined) throw new ConfigError(label, `${jsonPath}: module not found: ${workload.module}`, jsonPath);
    if (!stat.isFile()) throw new ConfigError(label, `${jsonPath}: not a file: ${workload.module}`, jsonPath);
  }
}

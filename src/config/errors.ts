// Ajv's errors → the one line a user needs. Ajv (with allErrors) reports every failed keyword
// of every branch it tried; most are consequences of one mistake. This picks the root cause
// and words it from the schema itself (bounds, allowed keys, allowed values), so the schema
// stays the only place where limits are written down.

import type { ErrorObject } from 'ajv';
import { MODULE_EXTENSIONS, MODULE_PATTERN } from '../registry.ts';
import { BUILTIN_WORKLOAD_NAMES, isBuiltinWorkload } from '../workload-registry.ts';
import { formatPath, isPlainObject, pointerToSegments, type PathSegment } from './json-path.ts';
import { configSchema, FULL_SHAPE_KEYS } from './schema.ts';
import type { Shape } from './shapes.ts';

export interface Explained {
  /** Where the problem is, as segments from the validated value's root. */
  segments: PathSegment[];
  /** The problem. With `sentence` it already says where; otherwise prefix it with the path. */
  message: string;
  sentence: boolean;
}

type Schema = Record<string, unknown>;

const BUILTINS: readonly string[] = BUILTIN_WORKLOAD_NAMES;

/** A schema object whose named properties are workloads (the levels-only shape, "workloads"). */
const mapsWorkloads = (props: Schema) => Object.keys(props).some(isBuiltinWorkload);

/** Human wording for the schema's patterns, which cannot be described generically. */
const PATTERN_WORDING: Record<string, string> = {
  '^https?://': 'an http:// or https:// URL',
  [MODULE_PATTERN]: `a path to a ${MODULE_EXTENSIONS.slice(0, -1).join(', ')} or ${MODULE_EXTENSIONS.at(-1)} module`,
  '^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$': 'a duration above zero such as "10ms", "1.5s" or "500us"',
};

/**
 * Picks the most useful of Ajv's errors. `shape` is the config shape being validated (it
 * changes the wording of unknown top-level keys); leave it out for a lone definition.
 */
export function explainAjvErrors(errors: readonly ErrorObject[], root: unknown, shape?: Shape): Explained {
  // "must match then/else schema" only says a branch failed; the branch's own errors say why.
  const useful = errors.filter((e) => e.keyword !== 'if');
  if (useful.length === 0) return { segments: [], message: 'does not match the schema', sentence: false };

  const seg = (e: ErrorObject): PathSegment[] => pointerToSegments(e.instancePath, root);

  // An empty name makes every error below it meaningless, so it is reported first.
  const emptyName = useful.find((e) => e.keyword === 'propertyNames');
  if (emptyName) {
    const segments = seg(emptyName);
    return {
      segments,
      message: `${nounForMap(emptyName.parentSchema as Schema, segments)} name must not be empty`,
      sentence: false,
    };
  }

  if (shape === 'full') {
    for (const e of useful) {
      const special = workloadNameProblem(seg(e), root);
      if (special) return special;
    }
  }

  const best = [...useful].sort((a, b) => depth(b, seg(b)) - depth(a, seg(a)) || priority(a) - priority(b))[0]!;
  return describeError(best, seg(best), shape);
}

/** A path plus message as one detail string (what follows "file: "). */
export function detailOf(explained: Explained): string {
  if (explained.sentence) return explained.message;
  const path = formatPath(explained.segments);
  return path === '' ? `the top level ${explained.message}` : `${path}: ${explained.message}`;
}

function depth(e: ErrorObject, segments: PathSegment[]): number {
  // These name a key one level below their instancePath.
  const pointsAtKey = e.keyword === 'additionalProperties' || e.keyword === 'propertyNames';
  return segments.length + (pointsAtKey ? 1 : 0);
}

function priority(e: ErrorObject): number {
  // At equal depth: an unknown key is usually the typo behind the other errors; a missing key
  // next; an anyOf summary says more than any one of its branches.
  const order = ['additionalProperties', 'required', 'anyOf'];
  const i = order.indexOf(e.keyword);
  return i === -1 ? order.length : i;
}

/**
 * In the full shape, any name under "workloads" that is not built in is a user workload. Without
 * a "module" it is far more likely a typo or a misunderstanding than a half-written user
 * workload, and the errors Ajv gives for it (missing "function"…) would mislead.
 */
function workloadNameProblem(segments: PathSegment[], root: unknown): Explained | undefined {
  if (segments[0] !== 'workloads' || segments.length < 2 || !isPlainObject(root)) return undefined;
  const name = segments[1];
  const workloads = root.workloads;
  if (typeof name !== 'string' || !isPlainObject(workloads)) return undefined;
  const value = workloads[name];
  const hasModule = isPlainObject(value) && 'module' in value;
  if (BUILTINS.includes(name)) {
    if (!hasModule) return undefined;
    return {
      segments: ['workloads', name],
      message: `"${name}" is a built-in workload and takes only levels ({ "<level>": <positive integer> }); give your own workload another name`,
      sentence: false,
    };
  }
  if (hasModule || name === '') return undefined;
  const guess = closest(name, BUILTINS);
  return {
    segments: ['workloads', name],
    message:
      `unknown workload "${name}" (built in: ${BUILTINS.join(', ')}); your own workload needs "module" ` +
      `(with "export" for JS/TS or "function" for Python, and "levels")${didYouMean(guess)}`,
    sentence: false,
  };
}

function describeError(e: ErrorObject, segments: PathSegment[], shape: Shape | undefined): Explained {
  const at = (message: string): Explained => ({ segments, message, sentence: false });
  const parent = (e.parentSchema ?? {}) as Schema;
  const params = e.params as Record<string, unknown>;
  const got = `got ${show(e.data)}`;

  switch (e.keyword) {
    case 'additionalProperties':
      return unknownKey(String(params.additionalProperty), segments, parent, shape);
    case 'required': {
      const key = String(params.missingProperty);
      return at(`missing "${key}"${MISSING_HINT[key] ?? ''}`);
    }
    case 'minProperties':
      return at(`must have at least one ${nounForMap(parent, segments)}, ${got}`);
    case 'minItems':
      return at(`must list at least one ${nounForList(segments)}${listChoices(parent)}, ${got}`);
    case 'uniqueItems': {
      const dup = Array.isArray(e.data) ? e.data[Number(params.j)] : undefined;
      return at(`lists ${show(dup)} more than once`);
    }
    case 'type':
      if (segments.length === 0 && (shape === 'full' || shape === 'levels_only')) {
        return at(`must be a JSON object, ${got}`);
      }
      return at(`must be ${describe(parent, e.keyword)}, ${got}`);
    case 'anyOf': {
      // A number that fits no branch of "a number or a duration": the numeric branch's wording
      // says what is wrong with it ("at most 100000"). Where a branch is a word ("auto"), all are named.
      const branches = (parent.anyOf as Schema[] | undefined) ?? [];
      const numeric =
        typeof e.data === 'number' && !branches.some((b) => 'const' in b)
          ? (parent.anyOf as Schema[] | undefined)?.find((b) => b.type === 'integer' || b.type === 'number')
          : undefined;
      if (numeric)
        return at(
          `must be ${describe(numeric, typeof numeric.maximum === 'number' && (e.data as number) > numeric.maximum ? 'maximum' : undefined)}, ${got}`,
        );
      return at(`must be ${describe(parent, e.keyword)}, ${got}`);
    }
    case 'const':
    case 'enum':
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'minLength':
    case 'pattern':
    case 'format':
      return at(`must be ${describe(parent, e.keyword)}, ${got}`);
    default:
      // A keyword this file does not know yet (the schema grew): Ajv's text is still one line.
      return at(`${e.message ?? 'is not valid'}, ${got}`);
  }
}

const MISSING_HINT: Record<string, string> = {
  module: ' (path of your module, relative to this config file)',
  export: ' (name of the exported function to call)',
  function: ' (name of the Python function to call)',
  levels: ' (level name → argument passed to the function)',
};

function unknownKey(key: string, segments: PathSegment[], parent: Schema, shape: Shape | undefined): Explained {
  const allowed = Object.keys((parent.properties as Schema | undefined) ?? {});
  const path = formatPath(segments);
  const where = path === '' ? 'at top level' : `at ${path}`;
  let message: string;
  if (segments.length === 0 && shape === 'levels_only') {
    // A file with no full-shape key is read as the levels-only shape, so a misspelt full-shape key
    // lands here too: suggest from both vocabularies and say why the file was read this way.
    const guess = closest(key, [...FULL_SHAPE_KEYS, ...allowed]);
    const fullKeys = FULL_SHAPE_KEYS.filter((k) => k !== '$schema');
    message =
      `unknown key "${key}" ${where}: a file with none of the full shape's keys (${fullKeys.join(', ')}) ` +
      `is read as the levels-only shape (workload → level → argument), which takes only the built-in workloads ${allowed.join(', ')}${didYouMean(guess)}`;
  } else {
    const guess = closest(key, allowed);
    message = `unknown key "${key}" ${where} (allowed: ${allowed.join(', ')})${didYouMean(guess)}`;
    if (segments.length === 0 && shape === 'full' && BUILTINS.includes(key)) {
      message += `; in the full shape, workloads go under "workloads"`;
    } else if (key === 'export' && allowed.includes('function')) {
      message += '; a Python module names its function with "function"';
    } else if (key === 'function' && allowed.includes('export')) {
      message += '; a JS/TS module names its function with "export"';
    }
  }
  return { segments: [...segments, key], message, sentence: true };
}

/** A noun phrase for what the schema accepts: "an integer from 1 to 256", "\"auto\" or …". */
export function describe(schema: Schema, violated?: string): string {
  if (typeof schema.$ref === 'string') return describe(definitionOf(schema.$ref), violated);
  if ('const' in schema) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.join(', ')}`;
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Schema[]).map((s) => describe(s)).join(' or ');
  const type = schema.type;
  if (Array.isArray(type)) {
    const all = ['string', 'number', 'boolean', 'object', 'array'];
    return all.every((t) => type.includes(t)) ? 'any JSON value except null' : type.join(' or ');
  }
  switch (type) {
    case 'null':
      return 'null';
    case 'integer':
      return describeInteger(schema, violated);
    case 'number':
      return describeNumber(schema);
    case 'string': {
      const wording = typeof schema.pattern === 'string' ? PATTERN_WORDING[schema.pattern] : undefined;
      if (wording) return wording;
      return Number(schema.minLength) > 0 ? 'a non-empty string' : 'a string';
    }
    case 'array':
      return describeArray(schema);
    case 'object':
      return describeObject(schema);
    case 'boolean':
      return 'true or false';
    default:
      return 'a valid value';
  }
}

/** "#/definitions/duration" → that definition of config.schema.json. */
function definitionOf(ref: string): Schema {
  const name = ref.replace('#/definitions/', '');
  return ((configSchema.definitions as Record<string, Schema>)[name] ?? {}) as Schema;
}

function describeInteger(schema: Schema, violated: string | undefined): string {
  const lo = schema.minimum as number | undefined;
  const hi = schema.maximum as number | undefined;
  // Level arguments have huge caps that only guard against typos; naming the cap in every
  // message would bury the usual mistake (zero, negative, a fraction).
  if (lo === 1 && hi !== undefined && hi >= 100000)
    return violated === 'maximum' ? `at most ${hi}` : 'a positive integer';
  if (lo !== undefined && hi !== undefined) return `an integer from ${lo} to ${hi}`;
  if (lo === 1) return 'a positive integer';
  if (lo !== undefined) return `an integer of at least ${lo}`;
  return 'an integer';
}

function describeNumber(schema: Schema): string {
  const parts: string[] = [];
  if (schema.exclusiveMinimum !== undefined) parts.push(`greater than ${schema.exclusiveMinimum}`);
  if (schema.minimum !== undefined && schema.maximum !== undefined)
    return `a number from ${schema.minimum} to ${schema.maximum}`;
  if (schema.minimum !== undefined) parts.push(`at least ${schema.minimum}`);
  if (schema.maximum !== undefined) parts.push(`at most ${schema.maximum}`);
  return parts.length === 0 ? 'a number' : `a number ${parts.join(' and ')}`;
}

function describeArray(schema: Schema): string {
  const items = (schema.items ?? {}) as Schema;
  if (Array.isArray(items.enum))
    return `a list of ${schema.uniqueItems ? 'distinct ' : ''}values from: ${items.enum.join(', ')}`;
  const nonEmpty = Number(schema.minItems) > 0 ? 'non-empty ' : '';
  if (items.type === 'string') return `a ${nonEmpty}list of ${Number(items.minLength) > 0 ? 'non-empty ' : ''}strings`;
  const most = schema.maxItems === undefined ? '' : ` (at most ${schema.maxItems})`;
  if (items.type === 'integer') {
    // "an integer from 1 to 256" → "integers from 1 to 256"
    const plural = describeInteger(items, undefined).replace(/^an? (positive )?integer/, '$1integers');
    return `a ${nonEmpty}list of ${schema.uniqueItems ? 'distinct ' : ''}${plural}${most}`;
  }
  return `a ${nonEmpty}list`;
}

function describeObject(schema: Schema): string {
  const extra = schema.additionalProperties;
  const props = (schema.properties ?? {}) as Schema;
  if (isPlainObject(extra) && extra.type === 'integer') return 'an object of level name → positive integer';
  if (isPlainObject(extra) && Array.isArray(extra.anyOf))
    return 'an object of level name → positive integer or duration ("100ms")';
  if (isPlainObject(extra) && Array.isArray(extra.type)) return 'an object of level name → argument';
  if (mapsWorkloads(props) && isPlainObject(extra)) return 'an object of workload name → levels';
  if (Array.isArray(schema.required) && schema.required.includes('module')) {
    return 'an object with "module", "export" or "function", and "levels"';
  }
  const keys = Object.keys(props);
  return keys.length > 0 ? `an object with ${keys.join(', ')}` : 'an object';
}

function nounForMap(schema: Schema, segments: PathSegment[]): string {
  const last = segments[segments.length - 1];
  if (segments.length === 0 || last === 'workloads') return 'workload';
  if (mapsWorkloads((schema.properties ?? {}) as Schema)) return 'workload';
  return isPlainObject(schema.additionalProperties) ? 'level' : 'key';
}

function nounForList(segments: PathSegment[]): string {
  const last = segments[segments.length - 1];
  if (last === 'strategies') return 'strategy';
  if (last === 'python') return 'interpreter';
  return 'item';
}

function listChoices(schema: Schema): string {
  const items = (schema.items ?? {}) as Schema;
  return Array.isArray(items.enum) ? ` (${items.enum.join(', ')})` : '';
}

export function didYouMean(guess: string | undefined): string {
  return guess === undefined ? '' : `; did you mean "${guess}"?`;
}

/** A value as it would appear in the file, cut short so the line stays readable. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  if (json.length <= 40) return json;
  if (Array.isArray(value)) return `a list of ${value.length} items`;
  if (isPlainObject(value)) return 'an object';
  return `${json.slice(0, 37)}…`;
}

/** The candidate a typo most likely meant (edit distance ≤ 2, and less than half the word). */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= 2 && bestDistance * 2 < Math.max(word.length, 2) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

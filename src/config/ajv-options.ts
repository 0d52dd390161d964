// Ajv's options and the definitions of config.schema.json that the code validates against,
// shared by the build-time compiler (scripts/gen-validators.mjs) and nothing else.

/** Definitions of config.schema.json the code validates against directly. */
export const DEFINITIONS = [
  'full',
  'levels_only',
  'workers',
  'tasks',
  'repetitions',
  'max_minutes',
  'precision',
  'python',
  'min_effect',
  'alpha',
] as const;
export type SchemaDefinition = (typeof DEFINITIONS)[number];

// allErrors: errors.ts picks the most specific error itself, which needs them all;
// verbose: that choice needs the failing value and schema of each error.
export const AJV_OPTIONS = { allErrors: true, verbose: true, strict: true, allowUnionTypes: true } as const;

// The JSON Schema (repo root, shipped for editors) is imported, not read from disk, so the
// bundle carries it and the checks cannot drift from what editors show.

import schema from '../../config.schema.json' with { type: 'json' };

export const configSchema = schema;

/** The full shape's keys: any of them at the top level makes a file the full shape. */
export const FULL_SHAPE_KEYS: readonly string[] = Object.keys(schema.definitions.full.properties);

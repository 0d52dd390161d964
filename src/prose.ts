// Sentences that carry names we did not write: workload and level names from a config, runtime
// labels, error messages and machine names from a results file (in the fork pattern, a stranger's
// file). Such a name is kept apart from our own words, so that each formatter can make it inert
// its own way (Markdown: a code span, which no mention, link or emphasis can escape; HTML: escaped
// text). Pure, no imports: every layer may use it.
//
// The types say what is ours, and so does the run time: a value read from a file is plain data
// (strings, numbers, arrays, objects), and only what this module made is in `MADE_HERE`. An array
// or an `{ours: …}` object forged in a results file is therefore never taken for our words: prose
// refuses it (issue 22).

/** A name from outside: shown as written, never interpreted. */
export interface Name {
  name: string;
}

export type Prose = (string | Name)[];

/** Words we wrote ourselves but computed (a formatted figure, a unit), for prose`…`. */
export interface Ours {
  ours: string;
}

/** Every Prose, Name and Ours value this module made: nothing parsed from JSON is in it. */
const MADE_HERE = new WeakSet<object>();
const made = <T extends object>(value: T): T => {
  MADE_HERE.add(value);
  return value;
};
const isMadeHere = (value: unknown): boolean => typeof value === 'object' && value !== null && MADE_HERE.has(value);

export const nameOf = (name: string | number): Name => made({ name: String(name) });

export const ours = (text: string): Ours => made({ ours: text });

/** Prose put together part by part in our code: strings are our words, names come from nameOf. */
export function proseOf(...parts: (string | Name)[]): Prose {
  for (const part of parts) if (typeof part !== 'string' && !isMadeHere(part)) throw refused(part);
  return made(parts);
}

const isName = (part: unknown): part is Name => isMadeHere(part) && 'name' in (part as object);
const isOurs = (part: unknown): part is Ours => isMadeHere(part) && 'ours' in (part as object);
const isProse = (value: unknown): value is Prose => Array.isArray(value) && MADE_HERE.has(value);

const refused = (value: unknown) =>
  new TypeError(
    `prose: refused a ${Array.isArray(value) ? 'array' : typeof value} as words: only text and numbers go in as names`,
  );

/**
 * prose`…${x}…`: the literal text is ours; every interpolated string is a name (untrusted, the
 * safe default), numbers are ours, and Prose or Name values made here are spliced in as they are.
 * Our own computed words go in as `ours(text)`. Anything else (an array or object from a file)
 * throws: a forged value cannot pass for our words.
 */
export function prose(strings: TemplateStringsArray, ...values: (string | number | Name | Prose | Ours)[]): Prose {
  const parts: Prose = [];
  strings.forEach((literal, i) => {
    if (literal) parts.push(literal);
    if (i >= values.length) return;
    const value: unknown = values[i];
    if (typeof value === 'number') parts.push(String(value));
    else if (typeof value === 'string') parts.push(nameOf(value));
    else if (isOurs(value)) parts.push(value.ours);
    else if (isName(value)) parts.push(value);
    else if (isProse(value)) parts.push(...value);
    else throw refused(value);
  });
  return made(parts);
}

/** Checks that prose about to be drawn was made here, part by part. */
function checked(prose: Prose): Prose {
  if (!isProse(prose)) throw refused(prose);
  for (const part of prose) if (typeof part !== 'string' && !isName(part)) throw refused(part);
  return prose;
}

/** The prose as a reader sees it, for plain-text outputs (terminal lines, errors, tests). */
export const plainText = (prose: Prose): string =>
  checked(prose)
    .map((part) => (isName(part) ? part.name : part))
    .join('');

/** Each part through its own formatter: ours through `words`, names through `names`. */
export const formatProse = (prose: Prose, words: (text: string) => string, names: (name: string) => string): string =>
  checked(prose)
    .map((part) => (isName(part) ? names(part.name) : words(part as string)))
    .join('');

/** Prose items joined with a separator of our own. */
export function joinProse(items: Prose[], separator: string): Prose {
  return proseOf(...items.flatMap((item, i) => (i === 0 ? checked(item) : [separator, ...checked(item)])));
}

// A small JSON parser instead of JSON.parse, for two things JSON.parse cannot give:
// - the order of keys as written: JS objects list integer-like keys ("100", "1000") first,
//   which would reorder levels named by number; levels must stay in file order;
// - a position for every syntax error (V8 gives none for "Unexpected token").
// It accepts exactly RFC 8259 JSON; values are built the same way JSON.parse builds them.

export type JsonParseResult =
  | { ok: true; value: unknown; keyOrder: (obj: object) => string[] }
  | { ok: false; reason: string };

class JsonSyntaxError {
  readonly what: string;
  readonly offset: number;
  constructor(what: string, offset: number) {
    this.what = what;
    this.offset = offset;
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$][\w$]*/y;

export function parseJson(source: string): JsonParseResult {
  // Editors on Windows may save a byte-order mark; it is not content.
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (text.trim() === '') return { ok: false, reason: 'empty file' };
  const order = new WeakMap<object, string[]>();
  let i = 0;

  const fail = (what: string, at = i): never => {
    throw new JsonSyntaxError(what, at);
  };

  const skipSpace = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };

  const expected = (what: string): never => {
    if (i >= text.length) return fail(`expected ${what}, found end of file`);
    const c = text[i];
    // The two mistakes people make when JSON looks like JavaScript get named outright.
    if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return fail('comments are not allowed in JSON');
    if (c === "'") return fail('strings need double quotes, not single quotes');
    WORD.lastIndex = i;
    const word = WORD.exec(text)?.[0];
    return fail(`expected ${what}, found ${word !== undefined ? JSON.stringify(word) : `'${c}'`}`);
  };

  const trailingCommaBefore = (close: string): void => {
    if (text[i] === close) fail(`trailing comma before '${close}'`);
  };

  const parseString = (): string => {
    const start = i;
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        // The literal is now known to be well formed, so JSON.parse decodes it exactly.
        return JSON.parse(text.slice(start, i)) as string;
      }
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('bad \\u escape in a string');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
          i += 2;
        } else {
          fail(`bad escape '\\${e ?? ''}' in a string`);
        }
      } else if (c < 0x20) {
        fail(c === 0x0a || c === 0x0d ? 'line break inside a string' : 'control character inside a string');
      } else {
        i++;
      }
    }
    return fail('unterminated string', start);
  };

  const parseValue = (context: string): unknown => {
    skipSpace();
    const c = text[i];
    if (c === '{') return parseObject();
    if (c === '[') return parseArray();
    if (c === '"') return parseString();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (m === null) return fail('malformed number');
      i += m[0].length;
      return Number(m[0]);
    }
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return value;
      }
    }
    return expected(context);
  };

  const parseObject = (): Record<string, unknown> => {
    const obj: Record<string, unknown> = {};
    const keys: string[] = [];
    order.set(obj, keys);
    i++;
    skipSpace();
    if (text[i] === '}') {
      i++;
      return obj;
    }
    for (;;) {
      skipSpace();
      if (text[i] !== '"') expected('a property name in double quotes');
      const key = parseString();
      skipSpace();
      if (text[i] !== ':') expected(`':' after ${JSON.stringify(key)}`);
      i++;
      const value = parseValue(`a value for ${JSON.stringify(key)}`);
      // defineProperty, not assignment: a "__proto__" key must stay data, as with JSON.parse.
      if (!Object.prototype.hasOwnProperty.call(obj, key)) keys.push(key);
      Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
      skipSpace();
      if (text[i] === ',') {
        i++;
        skipSpace();
        trailingCommaBefore('}');
        continue;
      }
      if (text[i] === '}') {
        i++;
        return obj;
      }
      expected(`',' or '}' after the value of ${JSON.stringify(key)}`);
    }
  };

  const parseArray = (): unknown[] => {
    const arr: unknown[] = [];
    i++;
    skipSpace();
    if (text[i] === ']') {
      i++;
      return arr;
    }
    for (;;) {
      arr.push(parseValue('an array element'));
      skipSpace();
      if (text[i] === ',') {
        i++;
        skipSpace();
        trailingCommaBefore(']');
        continue;
      }
      if (text[i] === ']') {
        i++;
        return arr;
      }
      expected("',' or ']' after an array element");
    }
  };

  try {
    const value = parseValue('a JSON value');
    skipSpace();
    if (i < text.length) expected('end of file after the JSON value');
    return { ok: true, value, keyOrder: (obj) => order.get(obj) ?? Object.keys(obj) };
  } catch (err) {
    // Recursion is bounded by the stack; no real config comes near it.
    if (err instanceof RangeError) return { ok: false, reason: 'not valid JSON (nested too deeply)' };
    if (!(err instanceof JsonSyntaxError)) throw err;
    return { ok: false, reason: `not valid JSON (${err.what} at ${lineColumn(text, err.offset)})` };
  }
}

function lineColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text[k] === '\n') {
      line++;
      lineStart = k + 1;
    }
  }
  return `line ${line} column ${offset - lineStart + 1}`;
}

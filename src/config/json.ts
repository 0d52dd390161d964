// JSON text → value, through jsonc-parser (VS Code's parser) in strict mode instead of
// JSON.parse, for two things JSON.parse cannot give:
// - the order of keys as written: JS objects list integer-like keys ("100", "1000") first,
//   which would reorder levels named by number; levels must stay in file order;
// - a line and column for every syntax error.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

export type JsonParseResult =
  | { ok: true; value: unknown; keyOrder: (obj: object) => string[] }
  | { ok: false; reason: string };

// jsonc-parser's error codes, in words a developer reads in two seconds.
const ERROR_WORDS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a key in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: "expected ':'",
  CommaExpected: "expected ','",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: 'unexpected text after the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'control character inside a string',
};

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length} column ${before[before.length - 1].length + 1}`;
}

function describeError(text: string, error: ParseError): string {
  const code = printParseErrorCode(error.error);
  // The two slips people make most, named as such.
  let words = ERROR_WORDS[code] ?? code;
  if (text.slice(0, error.offset).trimEnd().endsWith(',') && /Expected$/.test(code)) words = 'trailing comma';
  else if (text[error.offset] === "'") words = 'strings and keys need double quotes';
  return `${words} at ${lineColumn(text, error.offset)}`;
}

export function parseJson(source: string): JsonParseResult {
  // Editors on Windows may save a byte-order mark; it is not content.
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (text.trim() === '') return { ok: false, reason: 'empty file' };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !tree)
    return { ok: false, reason: `not valid JSON (${errors.length ? describeError(text, errors[0]) : 'no value'})` };

  const order = new WeakMap<object, string[]>();
  const build = (node: Node): unknown => {
    if (node.type === 'array') return (node.children ?? []).map(build);
    if (node.type !== 'object') return node.value;
    const obj: Record<string, unknown> = {};
    const keys: string[] = [];
    for (const property of node.children ?? []) {
      const [keyNode, valueNode] = property.children!;
      const key = keyNode.value as string;
      if (!Object.hasOwn(obj, key)) keys.push(key);
      // defineProperty, not assignment: a "__proto__" key must stay data, as with JSON.parse.
      Object.defineProperty(obj, key, {
        value: valueNode ? build(valueNode) : undefined,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    order.set(obj, keys);
    return obj;
  };
  return { ok: true, value: build(tree), keyOrder: (obj) => order.get(obj) ?? Object.keys(obj) };
}

// A strict JSON parser that remembers the line of every value, so errors and findings can
// point at "file.json:42" and not only at "utterances[3].start". JSON.parse keeps no positions.

export class JsonSyntaxError extends Error {
  constructor(message: string, readonly line: number, readonly column: number) {
    super(message);
  }
}

export interface JsonWithLines {
  readonly value: unknown;
  /** Line (1-based) where the value at a path starts; the path as formatPath() writes it. */
  lineOf(path: string): number | null;
}

/** ["utterances", 3, "start"] → "utterances[3].start" */
export function formatPath(segments: readonly (string | number)[]): string {
  let out = '';
  for (const seg of segments) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** Parses one JSON text; `firstLine` offsets the lines (a JSONL record on line 40 passes 40). */
export function parseJsonWithLines(text: string, firstLine = 1): JsonWithLines {
  const lines = new Map<string, number>();
  let pos = 0;
  let line = firstLine;
  let lineStart = 0;

  const fail = (msg: string): never => {
    throw new JsonSyntaxError(msg, line, pos - lineStart + 1);
  };
  /** A comma just read: where it is, to point at it when it turns out to be a trailing one. */
  const commaHere = () => ({ line, column: pos - lineStart + 1 });
  const trailingComma = (comma: { line: number; column: number }, close: string): never => {
    throw new JsonSyntaxError(`trailing comma before "${close}" (JSON allows no comma after the last item)`, comma.line, comma.column);
  };
  const describe = (): string => (pos >= text.length ? 'end of input' : JSON.stringify(text[pos]));

  const skipWs = () => {
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === 0x0a) { line++; pos++; lineStart = pos; }
      else if (c === 0x20 || c === 0x09 || c === 0x0d) pos++;
      else break;
    }
  };

  const parseString = (): string => {
    pos++; // opening quote
    let out = '';
    let chunk = pos;
    for (;;) {
      if (pos >= text.length) fail('unterminated string');
      const c = text.charCodeAt(pos);
      if (c === 0x22) { out += text.slice(chunk, pos); pos++; return out; }
      if (c < 0x20) fail('control character in string (newlines inside strings must be written \\n)');
      if (c === 0x5c) {
        out += text.slice(chunk, pos);
        const e = text[pos + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) { out += simple[e]; pos += 2; }
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) {
          out += String.fromCharCode(parseInt(text.slice(pos + 2, pos + 6), 16));
          pos += 6;
        } else fail('invalid escape in string');
        chunk = pos;
      } else pos++;
    }
  };

  const NUM = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

  const parseValue = (path: (string | number)[]): unknown => {
    skipWs();
    lines.set(formatPath(path), line);
    const c = text[pos];
    if (c === '{') {
      pos++;
      const obj: Record<string, unknown> = {};
      skipWs();
      if (text[pos] === '}') { pos++; return obj; }
      let comma: { line: number; column: number } | null = null;
      for (;;) {
        skipWs();
        if (comma && text[pos] === '}') trailingComma(comma, '}');
        if (text[pos] !== '"') fail(`expected a property name in double quotes, found ${describe()}`);
        const key = parseString();
        skipWs();
        if (text[pos] !== ':') fail(`expected ':' after property name, found ${describe()}`);
        pos++;
        // defineProperty, not assignment: a "__proto__" key is data, as with JSON.parse.
        Object.defineProperty(obj, key, { value: parseValue([...path, key]), enumerable: true, writable: true, configurable: true });
        skipWs();
        if (text[pos] === ',') { comma = commaHere(); pos++; continue; }
        if (text[pos] === '}') { pos++; return obj; }
        fail(`expected ',' or '}' in object, found ${describe()}`);
      }
    }
    if (c === '[') {
      pos++;
      const arr: unknown[] = [];
      skipWs();
      if (text[pos] === ']') { pos++; return arr; }
      for (;;) {
        arr.push(parseValue([...path, arr.length]));
        skipWs();
        if (text[pos] === ',') {
          const comma = commaHere();
          pos++;
          skipWs();
          if (text[pos] === ']') trailingComma(comma, ']');
          continue;
        }
        if (text[pos] === ']') { pos++; return arr; }
        fail(`expected ',' or ']' in array, found ${describe()}`);
      }
    }
    if (c === '"') return parseString();
    if (text.startsWith('true', pos)) { pos += 4; return true; }
    if (text.startsWith('false', pos)) { pos += 5; return false; }
    if (text.startsWith('null', pos)) { pos += 4; return null; }
    NUM.lastIndex = pos;
    const m = NUM.exec(text);
    if (m) { pos += m[0].length; return Number(m[0]); }
    return fail(`unexpected ${describe()}: expected a JSON value`);
  };

  const value = parseValue([]);
  skipWs();
  if (pos < text.length) fail(`unexpected ${describe()} after the end of the JSON value`);
  return { value, lineOf: (p) => lines.get(p) ?? null };
}

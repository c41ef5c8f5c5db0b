// Reads the small subset of Python that feedparser's `Expect:` lines are written in, for the translator of
// feedparser-expect.ts; anything outside it becomes an "other" term or clause, which counts as untranslatable.

// The subset: string, number and tuple literals, `entries[N]['key']` / `entries[N].key` paths, `==` chains joined by
// `and`, and `bozo` / `not bozo`.

type Token = { t: 'name' | 'num' | 'str' | 'op'; v: string };

function unescapePython(body: string, raw: boolean): string {
  if (raw) return body;
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|.)/gs, (_m, e: string) => {
    if (/^[xuU]/.test(e)) return String.fromCodePoint(parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCodePoint(parseInt(e, 8));
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '\n': '' };
    return simple[e] ?? `\\${e}`;
  });
}

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const str = /^([rRuUbB]{0,2})("""|'''|"|')/.exec(rest);
    if (str) {
      const quote = str[2];
      let j = str[0].length;
      let body = '';
      while (j < rest.length && !rest.startsWith(quote, j)) {
        if (rest[j] === '\\') {
          body += rest.slice(j, j + 2);
          j += 2;
        } else body += rest[j++];
      }
      tokens.push({ t: 'str', v: unescapePython(body, /r/i.test(str[1])) });
      i += j + quote.length;
      continue;
    }
    const num = /^-?\d+(\.\d+)?/.exec(rest);
    if (num) {
      tokens.push({ t: 'num', v: num[0] });
      i += num[0].length;
      continue;
    }
    const name = /^[A-Za-z_]\w*/.exec(rest);
    if (name) {
      tokens.push({ t: 'name', v: name[0] });
      i += name[0].length;
      continue;
    }
    const op = /^(==|!=|<=|>=|[[\](){},.:<>+-])/.exec(rest);
    if (!op) throw new Error(`cannot read ${rest.slice(0, 20)}`);
    tokens.push({ t: 'op', v: op[0] });
    i += op[0].length;
  }
  return tokens;
}

export type Field = 'title' | 'url' | 'text' | 'date' | 'date-parts';
export type Term =
  | { kind: 'entry'; index: number; field: Field | null; path: string }
  | { kind: 'str'; value: string }
  | { kind: 'tuple'; values: number[] }
  | { kind: 'other'; text: string };
export type Clause = { kind: 'bozo'; expected: boolean } | { kind: 'compare'; terms: Term[] } | { kind: 'other' };

const DATE_NAMES = /^(published|updated|created|issued|modified|date)$/;
const DATE_PARSED = /^(published|updated|created|issued|modified|date)_parsed$/;
/** Entry keys whose tests are in scope (title, link, summary/content, dates), translatable or not. */
export const IN_SCOPE = /^(title|title_detail|link|links|summary|summary_detail|description|content|(published|updated|created|issued|modified|date)(_parsed)?)$/;

function fieldOf(path: (string | number)[]): Field | null {
  const [key, ...rest] = path;
  const tail = rest.join('.');
  if (key === 'title' && tail === '') return 'title';
  if (key === 'title_detail' && tail === 'value') return 'title';
  if (key === 'link' && tail === '') return 'url';
  if ((key === 'summary' || key === 'description') && tail === '') return 'text';
  if (key === 'summary_detail' && tail === 'value') return 'text';
  if (key === 'content' && /^\d+\.value$/.test(tail)) return 'text';
  if (typeof key === 'string' && DATE_NAMES.test(key) && tail === '') return 'date';
  if (typeof key === 'string' && DATE_PARSED.test(key) && tail === '') return 'date-parts';
  return null;
}

/** Parses `a and not b and x == y == z`; throws on anything outside that shape. */
export function parseExpect(src: string): Clause[] {
  const tokens = tokenize(src);
  let p = 0;
  const peek = () => tokens[p];
  const take = () => tokens[p++];

  function term(): Term {
    const tok = take();
    if (!tok) throw new Error('unexpected end');
    if (tok.t === 'str') {
      let value = tok.v;
      while (peek()?.t === 'str') value += take().v; // implicit concatenation
      return { kind: 'str', value };
    }
    if (tok.t === 'op' && tok.v === '(') {
      const values: number[] = [];
      while (peek() && !(peek().t === 'op' && peek().v === ')')) {
        const n = take();
        if (n.t === 'num') values.push(Number(n.v));
        else if (!(n.t === 'op' && n.v === ',')) return skipTo({ kind: 'other', text: n.v });
      }
      take();
      return { kind: 'tuple', values };
    }
    if (tok.t === 'name' && tok.v === 'entries') {
      const path: (string | number)[] = [];
      let index: number | null = null;
      while (peek()?.t === 'op' && (peek().v === '[' || peek().v === '.')) {
        if (take().v === '.') {
          path.push(take().v);
          continue;
        }
        const key = take();
        if (take().v !== ']') return skipTo({ kind: 'other', text: 'slice' });
        const k = key.t === 'num' ? Number(key.v) : key.v;
        if (index === null && typeof k === 'number') index = k;
        else path.push(k);
      }
      if (index === null) return { kind: 'other', text: 'entries' };
      return { kind: 'entry', index, field: fieldOf(path), path: path.join('.') };
    }
    return skipTo({ kind: 'other', text: tok.v });
  }

  /** Consumes the rest of an untranslatable term (calls, subscripts, dicts) up to the next `==` or `and`. */
  function skipTo(t: Term): Term {
    let depth = 0;
    while (peek()) {
      const tok = peek();
      if (depth === 0 && ((tok.t === 'op' && tok.v === '==') || (tok.t === 'name' && tok.v === 'and'))) break;
      if (tok.t === 'op' && '([{'.includes(tok.v)) depth++;
      if (tok.t === 'op' && ')]}'.includes(tok.v)) depth--;
      take();
    }
    return t;
  }

  const clauses: Clause[] = [];
  while (peek()) {
    if (peek().t === 'name' && peek().v === 'not' && tokens[p + 1]?.v === 'bozo') {
      p += 2;
      clauses.push({ kind: 'bozo', expected: false });
    } else if (peek().t === 'name' && peek().v === 'bozo' && (!tokens[p + 1] || tokens[p + 1].v === 'and')) {
      p += 1;
      clauses.push({ kind: 'bozo', expected: true });
    } else {
      const terms = [term()];
      let otherOp = false;
      while (peek() && !(peek().t === 'name' && peek().v === 'and')) {
        const op = take();
        if (op.t === 'op' && op.v === '==') terms.push(term());
        else {
          otherOp = true;
          skipTo({ kind: 'other', text: op.v });
        }
      }
      clauses.push(otherOp || terms.length < 2 ? { kind: 'other' } : { kind: 'compare', terms });
    }
    if (peek()?.t === 'name' && peek().v === 'and') take();
  }
  return clauses;
}

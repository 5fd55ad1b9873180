import { randomUUID } from 'node:crypto';
import { fillPath, type JsonSchema, type Operation } from './openapi-operations.js';

/** One invalid request, derived from an operation's OpenAPI description, and the answer it must get. */
export interface BadCase {
  name: string;
  method: string;
  url: string;
  /** The raw request body (already serialised); sent as application/json unless `contentType` says otherwise. */
  body?: string;
  contentType?: string;
  /** A specific status, or any 4xx. */
  expect: 400 | 404 | 413 | 415 | '4xx';
  /** The required field left out; its error must say "required" (or, for a choice, "choose one") in the caller's language. */
  missing?: { path: string; choice: boolean };
}

export const oneMegabyte = 'x'.repeat(1_000_000);
const tooLargeBody = 1_500_000;

const malformedIds: [string, string][] = [
  ['not-a-uuid', 'not-a-uuid'],
  ['SQL', "'; drop table users;--"],
  ['path traversal', '../../etc'],
  ['10 KB', 'x'.repeat(10 * 1024)],
  ['NUL', '\u0000'],
  ['uuid + newline', `${randomUUID()}\n`],
  ['empty-looking', ' '],
];

/** Values of the wrong JSON type for a property. */
function wrongTypes(s: JsonSchema): unknown[] {
  switch (s.type) {
    case 'string': return [12345, true, {}, [], null];
    case 'boolean': return ['true', 1, {}, [], null];
    case 'integer':
    case 'number': return ['1', true, {}, [], null];
    case 'array': return ['x', 1, {}, null, ...(s.items?.type === 'string' ? [[12345], [null]] : [])];
    case 'object': return ['x', 1, [], null];
    default: return [Symbol.for('skip')];
  }
}

/** Right type, wrong value: what the schema's constraints refuse, plus text the database cannot store. */
function oddStrings(s: JsonSchema): [string, string][] {
  const out: [string, string][] = [['1 MB string', oneMegabyte], ['NUL character', 'a\u0000b']];
  if (s.maxLength !== undefined) out.push([`${s.maxLength + 1} characters`, 'x'.repeat(s.maxLength + 1)]);
  if (s.minLength) out.push(['empty string', '']);
  if (s.enum) out.push(['not an option', 'not-an-option']);
  if (s.pattern) out.push(['pattern mismatch', '#abc']); // '#' fails every pattern the API uses (keys, dates, codes)
  if (s.format === 'date') for (const d of ['2026-02-30', '0000-01-01', '2026-13-01', '20260101', '2026-1-1']) out.push([`date ${d}`, d]);
  if (s.format === 'email') for (const e of ['not-an-email', 'a@', '@kommune.no', 'a b@kommune.no']) out.push([`email ${e}`, e]);
  return out;
}

function oddArrays(s: JsonSchema): [string, unknown[]][] {
  const out: [string, unknown[]][] = [];
  if (s.items?.pattern) out.push(['item pattern mismatch', ['not-a-uuid']]);
  if (s.items?.type === 'string') out.push(['item with 1 MB', [oneMegabyte]]);
  if (s.maxItems !== undefined) out.push([`${s.maxItems + 1} items`, Array.from({ length: s.maxItems + 1 }, () => randomUUID())]);
  return out;
}

/** Query values no integer or enum parameter can take. */
function oddQueryValues(s: JsonSchema): string[] {
  const out = ["'; drop table users;--", 'x'.repeat(10_000)];
  if (s.type === 'integer' || s.type === 'number') {
    out.push('abc', 'NaN', '-Infinity', '1e309', '99999999999999999999');
    if (s.type === 'integer') out.push('1.5');
    if (s.minimum !== undefined) out.push(String(s.minimum - 1));
    if (s.exclusiveMinimum !== undefined) out.push(String(s.exclusiveMinimum));
    if (s.maximum !== undefined) out.push(String(s.maximum + 1));
  } else if (s.enum) out.push('', 'abc', String(s.enum[0]).toUpperCase());
  else return [];
  return out;
}

/**
 * Every invalid request we can derive for `op`: bad path ids, odd query values, and bodies with
 * wrong types, missing fields, broken JSON or too much data. `ids` are valid ids for the path,
 * `valid` a valid body, so each case is wrong in exactly one way.
 */
export function badInputCases(op: Operation, ids: Record<string, string>, valid: Record<string, unknown> | undefined): BadCase[] {
  const cases: BadCase[] = [];
  const url = fillPath(op.template, ids);
  const validBody = valid === undefined ? undefined : JSON.stringify(valid);
  const add = (c: Omit<BadCase, 'method' | 'url'> & { url?: string }) => cases.push({ method: op.method, url, ...c });

  for (const param of op.pathParams) {
    const at = (value: string) => fillPath(op.template, { ...ids, [param]: value });
    add({ name: `unknown ${param}`, url: at(randomUUID()), body: validBody, expect: 404 });
    add({ name: `nil uuid ${param}`, url: at('00000000-0000-0000-0000-000000000000'), body: validBody, expect: 404 });
    for (const [label, value] of malformedIds) add({ name: `${param}: ${label}`, url: at(value), body: validBody, expect: 400 });
  }

  for (const q of op.queryParams) {
    for (const value of oddQueryValues(q.schema)) add({ name: `?${q.name}=${value.slice(0, 30)}`, url: `${url}?${q.name}=${encodeURIComponent(value)}`, body: validBody, expect: 400 });
    const sample = q.schema.enum?.[0] ?? q.schema.minimum ?? 1;
    add({ name: `?${q.name} twice`, url: `${url}?${q.name}=${sample}&${q.name}=${sample}`, expect: '4xx' });
  }

  if (op.method !== 'GET' && op.method !== 'HEAD') {
    // Too large is refused before routing, so the path's ids need not be valid (and nothing real is at risk).
    const anywhere = fillPath(op.template, Object.fromEntries(op.pathParams.map((p) => [p, randomUUID()])));
    add({ name: '1.5 MB body', url: anywhere, body: JSON.stringify({ ...valid, padding: 'x'.repeat(tooLargeBody) }), expect: 413 });
  }
  if (!op.body) return cases;
  if (!valid) throw new Error(`${op.key} takes a body but has no example in test/support/world.ts`);

  const { properties = {}, required = [] } = op.body.schema;
  for (const [prop, s] of Object.entries(properties)) {
    for (const wrong of wrongTypes(s)) {
      if (wrong === Symbol.for('skip')) continue;
      add({ name: `${prop}: ${JSON.stringify(wrong)} for ${s.type}`, body: JSON.stringify({ ...valid, [prop]: wrong }), expect: 400 });
    }
    if (s.type === 'string') for (const [label, value] of oddStrings(s)) add({ name: `${prop}: ${label}`, body: JSON.stringify({ ...valid, [prop]: value }), expect: 400 });
    if (s.type === 'array') for (const [label, value] of oddArrays(s)) add({ name: `${prop}: ${label}`, body: JSON.stringify({ ...valid, [prop]: value }), expect: 400 });
  }
  for (const prop of required) {
    const { [prop]: _left, ...rest } = valid;
    add({ name: `missing ${prop}`, body: JSON.stringify(rest), expect: 400, missing: { path: prop, choice: !!properties[prop]?.enum } });
  }
  if (required.length) add({ name: 'empty object', body: '{}', expect: 400, missing: { path: required[0], choice: !!properties[required[0]]?.enum } });
  for (const raw of ['null', '[]', '"text"', '42', 'true']) add({ name: `body ${raw}`, body: raw, expect: 400 });
  add({ name: 'malformed JSON', body: '{"a":', expect: 400 });
  add({ name: 'empty body', body: '', expect: 400 });
  add({ name: 'JSON sent as text/plain', body: validBody, contentType: 'text/plain', expect: 415 });
  add({ name: 'JSON sent as form', body: validBody, contentType: 'application/x-www-form-urlencoded', expect: 415 });
  return cases;
}

/*
 * The fuzz corpus: input from a hostile or broken client, beyond what the schemas describe. Each
 * case may be refused (4xx) or even accepted; what it may never get is a 5xx.
 */

/** A request that must not get a 5xx. */
export interface FuzzCase {
  name: string;
  method: string;
  url: string;
  body?: string;
  contentType?: string;
}

/** Text PostgreSQL cannot store, text that is merely odd, and a string of 100,000 characters. */
export const fuzzStrings: [string, string][] = [
  ['lone high surrogate', 'a\ud800b'],
  ['lone low surrogate', '\udfff'],
  ['NUL', 'a\u0000b'],
  // Words, not one 100k-letter run: that one takes the analysis import's regular expressions ~40 s (reported, not a 5xx).
  ['100k characters', 'blåbær og '.repeat(10_000)],
  ['impossible date', '2026-02-30'],
  ['impossible date-time', '2026-02-30T25:61:00Z'],
  ['year 0', '0000-00-00'],
  ['huge number as text', '1e309'],
  ['right-to-left override', '\u202eevil'],
];
export const fuzzNumbers: [string, string][] = [
  ['1e308', '1e308'],
  ['-1e308', '-1e308'],
  ['2^31', '2147483648'],
  ['-2^31-1', '-2147483649'],
  ['2^53+1', '9007199254740993'],
  ['1e400 (Infinity)', '1e400'],
  ['-0', '-0'],
  ['0.1', '0.1'],
];
/** Raw JSON for nested junk. */
export const fuzzJunk: [string, string][] = [
  ['nested junk', '{"a":{"b":[[[[{"c":null}]]]],"\\u0000":"\\ud800"}}'],
  ['deep nesting', `${'['.repeat(500)}${']'.repeat(500)}`],
  ['__proto__', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}'],
  ['array of mixed', '[1,"a",null,{},[],true,1e308]'],
];
/** Raw path and query values: percent-encoded bytes that are not UTF-8, NUL, a stray percent sign. */
const fuzzRawSegments: [string, string][] = [
  ['CESU surrogate bytes', '%ED%A0%80'],
  ['invalid UTF-8', '%C3%28'],
  ['NUL', '%00'],
  ['stray percent', '%'],
  ['impossible date', '2026-02-30'],
  ['huge number', '99999999999999999999999'],
];

/** Every string leaf of a valid body (up to 20, with its path), for replacing one at a time. */
function stringLeaves(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (out.length >= 20) return out;
  if (typeof value === 'string') out.push(path);
  else if (Array.isArray(value)) value.forEach((v, i) => stringLeaves(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) stringLeaves(v, [...path, k], out);
  return out;
}

function replaced(valid: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(valid) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1)!] = value;
  return copy;
}

const dateLike = /^\d{4}-\d{2}-\d{2}(T|$)/;

/**
 * The fuzz cases of one operation: odd path and query values, and for a body every top-level property
 * replaced by each fuzz value, every nested string leaf by text the database cannot store (or, when it
 * looks like a date, by impossible dates), and whole bodies of nested junk.
 */
export function fuzzCases(op: Operation, ids: Record<string, string>, valid: Record<string, unknown> | undefined): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const url = fillPath(op.template, ids);
  const validBody = valid === undefined ? undefined : JSON.stringify(valid);
  const add = (c: Omit<FuzzCase, 'method' | 'url'> & { url?: string }) => cases.push({ method: op.method, url, ...c });

  for (const param of op.pathParams)
    for (const [label, raw] of fuzzRawSegments) {
      // fillPath encodes; these must reach the server as typed.
      const marker = `__fuzz_${param}__`;
      add({ name: `${param}: ${label}`, url: fillPath(op.template, { ...ids, [param]: marker }).replace(marker, raw), body: validBody });
    }
  for (const q of op.queryParams) for (const [label, raw] of fuzzRawSegments) add({ name: `?${q.name}: ${label}`, url: `${url}?${q.name}=${raw}`, body: validBody });

  if (!op.body || !valid) return cases;
  const { properties = {} } = op.body.schema;
  // Text the database cannot store on every string; impossible dates where a date goes; one very long
  // string per operation (a valid one may be stored and processed: a 100k transcript is slow, not wrong).
  let longOnce = false;
  for (const [prop, s] of Object.entries(properties)) {
    const looksLikeDate = s.format === 'date' || s.format === 'date-time' || (typeof valid[prop] === 'string' && dateLike.test(valid[prop] as string));
    const values: [string, string][] =
      s.type === 'string'
        ? [fuzzStrings[0], fuzzStrings[1], fuzzStrings[2], ...(longOnce ? [] : [fuzzStrings[3]]), ...(looksLikeDate ? fuzzStrings.slice(4, 8) : []), fuzzJunk[0]]
        : s.type === 'integer' || s.type === 'number'
          ? [...fuzzNumbers, fuzzJunk[0]]
          : [...fuzzJunk.slice(0, 2), fuzzStrings[0]];
    if (s.type === 'string') longOnce = true;
    for (const [label, value] of values) {
      const raw = fuzzJunk.some(([, j]) => j === value) ? value : s.type === 'string' ? JSON.stringify(value) : value;
      add({ name: `${prop}: ${label}`, body: JSON.stringify({ ...valid, [prop]: '__FUZZ__' }).replace('"__FUZZ__"', raw) });
    }
  }
  for (const leaf of stringLeaves(valid).filter((p) => p.length > 1)) {
    const current = leaf.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], valid) as string;
    const values = dateLike.test(current) ? [fuzzStrings[4], fuzzStrings[5]] : [fuzzStrings[0], fuzzStrings[2]];
    for (const [label, value] of values) add({ name: `${leaf.join('.')}: ${label}`, body: JSON.stringify(replaced(valid, leaf, value)) });
  }
  for (const [label, raw] of fuzzJunk) add({ name: `body: ${label}`, body: raw });
  add({ name: 'body: unknown key with NUL', body: JSON.stringify({ ...valid, 'x\u0000y': 'z' }) });
  add({ name: 'body: UTF-8 BOM', body: `\ufeff${validBody}` });
  return cases;
}

/** A participant or sign-in form and the fields it posts when filled in right. */
export interface FormTarget {
  name: string;
  path: string;
  fields: Record<string, string>;
}

/**
 * Fuzz cases for the forms of people without an account: each field replaced by each fuzz value
 * (urlencoded, with raw bytes where URLSearchParams would clean them), unknown and repeated fields,
 * bracketed names, and the same as multipart.
 */
export function formFuzzCases(target: FormTarget): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const urlencoded = 'application/x-www-form-urlencoded';
  const encode = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
  const add = (name: string, body: string, contentType = urlencoded) => cases.push({ name: `${target.name} ${name}`, method: 'POST', url: target.path, body, contentType });
  for (const field of Object.keys(target.fields)) {
    for (const [label, value] of [...fuzzStrings, ...fuzzNumbers]) add(`${field}: ${label}`, encode({ ...target.fields, [field]: value }));
    for (const [label, raw] of fuzzRawSegments) add(`${field}: raw ${label}`, `${encode({ ...target.fields, [field]: '' })}`.replace(`${encodeURIComponent(field)}=`, `${encodeURIComponent(field)}=${raw}`));
    add(`${field}: repeated`, `${encode(target.fields)}&${encodeURIComponent(field)}=again`);
    add(`${field}: missing`, encode(Object.fromEntries(Object.entries(target.fields).filter(([k]) => k !== field))));
  }
  add('bracketed names', `${encode(target.fields)}&a[b][c]=1&__proto__[x]=1&constructor[prototype][y]=2`);
  add('NUL in a field name', `${encode(target.fields)}&x%00y=1`);
  add('empty body', '');
  add('JSON body', JSON.stringify(target.fields), 'application/json');
  add('JSON junk', fuzzJunk[0][1], 'application/json');
  const boundary = 'fuzzfuzz';
  const part = (name: string, value: string) => `--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  add('multipart with NUL', `${Object.entries({ ...target.fields, extra: 'a\u0000b' }).map(([k, v]) => part(k, v)).join('')}--${boundary}--\r\n`, `multipart/form-data; boundary=${boundary}`);
  add('multipart cut short', `${part('x', 'y')}--${boundary}`, `multipart/form-data; boundary=${boundary}`);
  return cases;
}

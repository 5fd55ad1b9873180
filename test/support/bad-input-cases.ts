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
  if (s.pattern) out.push(['pattern mismatch', 'abc']);
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

import { messages, translate, type Language } from '../../src/i18n/index.js';
import type { BadCase } from './bad-input-cases.js';

/** Every error text of a language as a pattern ({{vars}} match anything), to tell a translated message from a key or English. */
function errorPatterns(lang: Language): RegExp[] {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // `errors` and every module's own `errors` namespace (reportDoc.errors, tokens.errors, …).
  const texts: string[] = [];
  const collect = (node: unknown, inErrors: boolean) => {
    if (typeof node === 'string') { if (inErrors) texts.push(node); return; }
    if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) collect(v, inErrors || k === 'errors');
  };
  collect(messages[lang], false);
  return texts.map((text) => new RegExp(`^${text.split(/\{\{\w+\}\}/).map(escape).join('[^]*')}$`));
}
const patterns = new Map<Language, RegExp[]>();
const inLanguage = (lang: Language, text: string) => {
  if (!patterns.has(lang)) patterns.set(lang, errorPatterns(lang));
  return patterns.get(lang)!.some((p) => p.test(text));
};

/**
 * What is wrong with the answer to one bad request (empty when nothing): it must be the expected
 * 4xx as application/problem+json with a translated `detail`, and a 400 lists each field in `errors`.
 * `seen` collects every field message, so a test can look for a known one.
 */
export async function problemsWith(res: Response, c: BadCase, lang: Language, seen: Set<string>): Promise<string[]> {
  const out: string[] = [];
  const text = await res.text();
  const where = `${c.name} (${c.method} ${c.url.slice(0, 90)}) → ${res.status}`;
  if (res.status < 400 || res.status >= 500) return [`${where}: not a 4xx: ${text.slice(0, 200)}`];
  if (c.expect !== '4xx' && res.status !== c.expect) out.push(`${where}: expected ${c.expect}: ${text.slice(0, 200)}`);
  if (!/^application\/problem\+json/.test(res.headers.get('content-type') ?? '')) out.push(`${where}: content-type ${res.headers.get('content-type')}`);
  let problem: any;
  try {
    problem = JSON.parse(text);
  } catch {
    return [...out, `${where}: body is not JSON: ${text.slice(0, 200)}`];
  }
  if (typeof problem.detail !== 'string' || !problem.detail) out.push(`${where}: no detail`);
  else if (!inLanguage(lang, problem.detail)) out.push(`${where}: detail not in ${lang}: ${problem.detail}`);
  if (res.status === 400) {
    const errors = problem.errors;
    if (!Array.isArray(errors) || errors.length === 0) out.push(`${where}: a 400 without errors[]`);
    for (const e of Array.isArray(errors) ? errors : []) {
      if (typeof e?.path !== 'string' || typeof e?.message !== 'string' || !e.message) out.push(`${where}: malformed error ${JSON.stringify(e)}`);
      else if (!inLanguage(lang, e.message)) out.push(`${where}: message not in ${lang}: ${e.message}`);
      else seen.add(e.message);
    }
    const { missing } = c;
    const said = missing ? [translate(lang, 'errors.required'), ...(missing.choice ? [translate(lang, 'errors.invalidOption')] : [])] : [];
    if (missing && !errors?.some((e: any) => e.path === missing.path && said.includes(e.message)))
      out.push(`${where}: no "${said.join('" or "')}" for ${missing.path}: ${JSON.stringify(errors)}`);
  }
  return out;
}

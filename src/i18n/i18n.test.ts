import { describe, it, expect } from 'vitest';
import { messages, languages, translate, languageFromAcceptHeader } from './index.js';

function leaves(node: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') for (const [k, v] of leaves(value, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}

describe('user-facing strings', () => {
  const reference = leaves(messages.nb);

  it.each(languages)('%s has every key bokmål has, and no others, each a non-empty string', (lang) => {
    const these = leaves(messages[lang]);
    const missing = [...reference.keys()].filter((k) => !these.has(k));
    const extra = [...these.keys()].filter((k) => !reference.has(k));
    const empty = [...these].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
    expect({ missing, extra, empty }).toEqual({ missing: [], extra: [], empty: [] });
  });

  it.each(languages)('%s uses the same placeholders as bokmål', (lang) => {
    const these = leaves(messages[lang]);
    const placeholders = (s: unknown) => [...String(s).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of reference) expect(placeholders(these.get(key)), key).toEqual(placeholders(text));
  });

  it('fills placeholders and falls back to the key for unknown keys', () => {
    expect(translate('nn', 'errors.tooLong', { max: 200 })).toBe('Kan ha høgst 200 teikn.');
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });

  it('reads Accept-Language', () => {
    expect(languageFromAcceptHeader('nn-NO,nn;q=0.9')).toBe('nn');
    expect(languageFromAcceptHeader('no,en;q=0.5')).toBe('nb');
    expect(languageFromAcceptHeader('de,en-GB;q=0.8')).toBe('en');
    expect(languageFromAcceptHeader('de')).toBeUndefined();
  });
});

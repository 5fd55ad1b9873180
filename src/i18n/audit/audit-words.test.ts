import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '../index.js';

// The audit log shows every event in words (src/web/components/AuditLog.tsx): its own sentence under
// audit.actions, else the verb of its last part and the entity's name. This reads every literal action
// and entity the modules record, so a new event without words fails here rather than on a reader's screen.
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return full.endsWith('.ts') && !full.endsWith('.test.ts') ? [full] : [];
  });
}

// The text of every recordAudit call (its argument object follows within a few lines).
const recorded = sources(path.resolve(import.meta.dirname, '../../modules')).flatMap((f) =>
  readFileSync(f, 'utf8').split('recordAudit(').slice(1).map((call) => call.slice(0, 600)),
);
// Literal names; a template's fixed prefix (`survey.export_${what}`) is left out, its variants are listed as verbs.
const literals = (field: string) =>
  new Set(recorded.flatMap((text) => [...text.matchAll(new RegExp(`\\b${field}: ['\`]([a-z_.]+)['\`]`, 'g'))].map((m) => m[1])));

describe('audit log words', () => {
  for (const lang of ['nb', 'nn', 'en'] as const) {
    const { audit, auditWords } = messages[lang] as unknown as {
      audit: { actions: Record<string, Record<string, string>>; entities: Record<string, string> };
      auditWords: { verbs: Record<string, string>; entities: Record<string, string> };
    };
    it(`${lang}: every recorded action has a sentence or a verb`, () => {
      const actions = [...literals('action')].filter((a) => a.includes('.'));
      expect(actions.length).toBeGreaterThan(100);
      const missing = actions.filter((action) => {
        const [group, name] = action.split('.');
        if (action.split('.').length === 2 && audit.actions[group]?.[name]) return false;
        const verb = action.slice(action.lastIndexOf('.') + 1);
        return verb !== '' && !auditWords.verbs[verb];
      });
      expect(missing).toEqual([]);
    });
    it(`${lang}: every recorded entity has a name`, () => {
      const entities = [...literals('entity')];
      expect(entities.length).toBeGreaterThan(40);
      expect(entities.filter((e) => !audit.entities[e] && !auditWords.entities[e])).toEqual([]);
    });
  }
});

import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../src/modules/access/actor.js';
import { createCode } from '../../src/modules/analysis/codes.js';
import { createCodings } from '../../src/modules/analysis/codings.js';
import { importDocument } from '../../src/modules/analysis/documents.js';
import { createMemo } from '../../src/modules/analysis/memos.js';
import { exportQdc, exportQdpx } from '../../src/modules/analysis/refi-qda/index.js';
import { memberCheckResponses, memberChecks } from '../../src/modules/analysis/member-check-schema.js';
import { codes, codings, documents, memos, nameSuggestions } from '../../src/modules/analysis/schema.js';
import type { TestApp } from './app.js';
import type { Throwaway, World } from './world.js';

type Scope = 'none' | 'A' | 'B' | 'other' | 'cross' | 'unknown';
interface Fixtures { documentId: string; codeId: string; otherCodeId: string; codingId: string; memoId: string; suggestionId: string; checkId: string; recipientId: string }

/** P1's analysis ids, for example bodies that must name a document or code (set by buildAnalysisWorld). */
export const analysisIds: { p1?: Fixtures } = {};
/** P1's analysis as a .qdpx and its codebook as a .qdc (set by buildAnalysisWorld), for the import routes' example bodies. */
export const refiQdaFixtures: { qdpx?: Uint8Array; qdc?: string } = {};
export const testEncryptionKey = { key: Buffer.alloc(32, 7), dataDir: '/nonexistent' };

/**
 * Analysis fixtures on top of the world: in P1 and P2 an interview transcript (with the municipality
 * A/C participant present and a pending name suggestion), two codes, a coding and a memo.
 */
export async function buildAnalysisWorld(t: TestApp, world: World) {
  const db = t.database.db;
  const actor: Actor = { userId: world.callers.admin.userId, name: 'admin', email: 'admin@varde.test', language: 'nb', isAdmin: true, grants: [] };
  const fixtures = async (programmeId: string, participantId: string): Promise<Fixtures> => {
    const doc = await importDocument(db, actor, programmeId, { title: 'Intervju', kind: 'interview_transcript', participantIds: [participantId] },
      { text: 'Intervjuer: Hvordan var det?\nSvar: Vi snakket med Ingrid om tjenesten.' }, testEncryptionKey);
    const code = await createCode(db, actor, programmeId, { name: 'Relasjoner' });
    const other = await createCode(db, actor, programmeId, { name: 'Håp' });
    const [coding] = await createCodings(db, actor, programmeId, { documentId: doc.id, codeIds: [code.id], start: 0, end: 5 });
    const memo = await createMemo(db, actor, programmeId, { targetKind: 'document', targetId: doc.id, text: 'Notat' });
    const [s] = await db.select().from(nameSuggestions).where(eq(nameSuggestions.documentId, doc.id));
    if (!s) throw new Error('fixture: no name suggestion');
    const [check] = await db.insert(memberChecks).values({ programmeId, documentId: doc.id, deadline: '2099-12-31' }).returning();
    const [recipient] = await db.insert(memberCheckResponses).values({ memberCheckId: check.id, participantId }).returning();
    return { documentId: doc.id, codeId: code.id, otherCodeId: other.id, codingId: coding.id, memoId: memo.id, suggestionId: s.id, checkId: check.id, recipientId: recipient.id };
  };
  const p1 = await fixtures(world.p1.id, world.p1.participants.A);
  const p2 = await fixtures(world.p2.id, world.p2.participants.C);
  analysisIds.p1 = p1;
  refiQdaFixtures.qdpx = await exportQdpx(db, world.p1.id);
  refiQdaFixtures.qdc = await exportQdc(db, world.p1.id);
  const pick = ({ otherCodeId: _o, ...f }: Fixtures) => f;
  const remove = (table: typeof documents | typeof codes | typeof codings | typeof memos | typeof nameSuggestions, id: string) => async () => void (await db.delete(table).where(eq(table.id, id)));

  return {
    ids(scope: Scope): Record<string, string> {
      if (scope === 'unknown') return { documentId: randomUUID(), codeId: randomUUID(), codingId: randomUUID(), memoId: randomUUID(), suggestionId: randomUUID(), checkId: randomUUID(), recipientId: randomUUID() };
      if (scope === 'other' || scope === 'cross') return pick(p2);
      return pick(p1);
    },
    /** Fresh objects for calls that delete or use up their last path parameter. */
    async throwaway(param: string, programmeId: string): Promise<Throwaway | undefined> {
      const fx = programmeId === world.p1.id ? p1 : p2;
      if (param === 'documentId') {
        const [d] = await db.insert(documents).values({ programmeId, kind: 'other', title: 'Kast', text: 'Kast', sourceFormat: 'text' }).returning();
        return { id: d.id, remove: remove(documents, d.id) };
      }
      if (param === 'codeId') {
        const [c] = await db.insert(codes).values({ programmeId, name: `Kast ${world.unique()}` }).returning();
        return { id: c.id, remove: remove(codes, c.id) };
      }
      if (param === 'codingId') {
        const [c] = await db.insert(codings).values({ documentId: fx.documentId, codeId: fx.codeId, start: 1, end: 3 }).returning();
        return { id: c.id, remove: remove(codings, c.id) };
      }
      if (param === 'memoId') {
        const [m] = await db.insert(memos).values({ programmeId, targetKind: 'document', targetId: fx.documentId, text: 'Kast' }).returning();
        return { id: m.id, remove: remove(memos, m.id) };
      }
      if (param === 'suggestionId') {
        // A word that does not occur in the text: confirming it changes nothing.
        const [s] = await db.insert(nameSuggestions).values({ documentId: fx.documentId, start: 0, end: 1, word: `Kastord${world.unique()}` }).returning();
        return { id: s.id, remove: remove(nameSuggestions, s.id) };
      }
      return undefined;
    },
  };
}

/** Operations that use up their last path parameter (like a DELETE): the walk gives them a throwaway. */
export const analysisConsuming = new Set([
  'POST /programmes/{programmeId}/analysis/codes/{codeId}/merge',
  'POST /programmes/{programmeId}/analysis/documents/{documentId}/suggestions/{suggestionId}/confirm',
  'POST /programmes/{programmeId}/analysis/documents/{documentId}/suggestions/{suggestionId}/dismiss',
]);

const p1 = () => {
  if (!analysisIds.p1) throw new Error('buildAnalysisWorld first');
  return analysisIds.p1;
};

/** One valid body per analysis operation, keyed 'METHOD /path' (spread into exampleBodies). */
export const analysisExampleBodies: Record<string, (world: World) => unknown> = {
  'PUT /programmes/{programmeId}/analysis/settings': () => ({ blindCoding: true }),
  'POST /programmes/{programmeId}/analysis/documents': () => ({ title: 'Notat', kind: 'minutes', text: 'Vi snakket om tjenestene.' }),
  'POST /programmes/{programmeId}/analysis/documents/upload': () => transcriptForm(),
  'PATCH /programmes/{programmeId}/analysis/documents/{documentId}': () => ({ activityType: 'interview' }),
  'POST /programmes/{programmeId}/analysis/documents/{documentId}/suggestions/{suggestionId}/confirm': () => ({ replacement: '[navn]' }),
  'POST /programmes/{programmeId}/analysis/codes': (w) => ({ name: `Ny kode ${w.unique()}` }),
  'PATCH /programmes/{programmeId}/analysis/codes/{codeId}': () => ({ description: 'Endra' }),
  'POST /programmes/{programmeId}/analysis/codes/{codeId}/merge': () => ({ intoCodeId: p1().otherCodeId }),
  'POST /programmes/{programmeId}/analysis/codes/{codeId}/split': () => ({ name: 'Utskilt', codingIds: [] }),
  'POST /programmes/{programmeId}/analysis/codings': () => ({ documentId: p1().documentId, codeIds: [p1().codeId], start: 0, end: 3 }),
  // A range nobody coded: the two already agree, so settling it changes nothing and can be repeated.
  'POST /programmes/{programmeId}/analysis/agreement/settle': (w) => ({ documentId: p1().documentId, codeId: p1().codeId, start: 10, end: 12, coderA: w.callers.admin.userId, coderB: w.callers.coordinator.userId, decision: 'keep' }),
  'POST /programmes/{programmeId}/analysis/memos': () => ({ targetKind: 'document', targetId: p1().documentId, text: 'Notat' }),
  'PATCH /programmes/{programmeId}/analysis/memos/{memoId}': () => ({ text: 'Endra notat' }),
  'POST /programmes/{programmeId}/analysis/documents/{documentId}/member-checks': () => ({ deadline: '2099-12-31' }),
  'POST /programmes/{programmeId}/analysis/import-qdpx': () => refiQdaForm('qdpx'),
  'POST /programmes/{programmeId}/analysis/import-qdc': () => refiQdaForm('qdc'),
};

/** A multipart form with P1's own export as `file` (import adds copies with new ids). */
function refiQdaForm(kind: 'qdpx' | 'qdc'): FormData {
  const bytes = kind === 'qdpx' ? refiQdaFixtures.qdpx : refiQdaFixtures.qdc;
  if (!bytes) throw new Error('buildAnalysisWorld first');
  const form = new FormData();
  form.append('file', new Blob([bytes as BlobPart], { type: kind === 'qdpx' ? 'application/vnd.refi-qda+zip' : 'application/xml' }), `prosjekt.${kind}`);
  return form;
}

function transcriptForm(): FormData {
  const form = new FormData();
  form.append('file', new Blob(['Intervjuer: Hei.\nSvar: Hei igjen.\n'], { type: 'text/plain' }), 'intervju.txt');
  form.append('kind', 'interview_transcript');
  return form;
}

/** The analysis rules for the authorization walk (spread into its expectations). */
export function analysisExpectations<R>(members: (may: ('coordinator' | 'researcher' | 'facilitator')[]) => R, adminOtherIs: (status: 400 | 404, rule: R) => R) {
  const read = members(['coordinator', 'researcher', 'facilitator']);
  const write = members(['coordinator', 'researcher']);
  const b = '/programmes/{programmeId}/analysis';
  return {
    [`GET ${b}/settings`]: read,
    [`PUT ${b}/settings`]: members(['coordinator']),
    [`GET ${b}/documents`]: read,
    [`POST ${b}/documents`]: write,
    [`POST ${b}/documents/upload`]: write,
    [`GET ${b}/documents/{documentId}`]: read,
    [`PATCH ${b}/documents/{documentId}`]: write,
    [`DELETE ${b}/documents/{documentId}`]: write,
    [`GET ${b}/documents/{documentId}/suggestions`]: read,
    [`POST ${b}/documents/{documentId}/suggestions/{suggestionId}/confirm`]: write,
    [`POST ${b}/documents/{documentId}/suggestions/{suggestionId}/dismiss`]: write,
    [`GET ${b}/codes`]: read,
    [`POST ${b}/codes`]: write,
    [`POST ${b}/codes/chime`]: write,
    [`PATCH ${b}/codes/{codeId}`]: write,
    [`DELETE ${b}/codes/{codeId}`]: write,
    // The example body names a code of P1, which P2 does not have.
    [`POST ${b}/codes/{codeId}/merge`]: adminOtherIs(404, write),
    [`POST ${b}/codes/{codeId}/split`]: write,
    [`GET ${b}/documents/{documentId}/codings`]: read,
    [`POST ${b}/codings`]: adminOtherIs(400, write),
    [`DELETE ${b}/codings/{codingId}`]: write,
    [`GET ${b}/memos`]: read,
    [`POST ${b}/memos`]: adminOtherIs(400, write),
    [`PATCH ${b}/memos/{memoId}`]: write,
    [`DELETE ${b}/memos/{memoId}`]: write,
    [`GET ${b}/codes/{codeId}/segments`]: read,
    [`GET ${b}/codes/{codeId}/quotes`]: read,
    [`GET ${b}/matrix`]: read,
    [`GET ${b}/cooccurrence`]: read,
    [`GET ${b}/attributes`]: read,
    [`GET ${b}/search`]: read,
    [`GET ${b}/agreement`]: read,
    // Blind coding is on in the world: only a coordinator settles. The example body names a document of P1.
    [`POST ${b}/agreement/settle`]: adminOtherIs(400, members(['coordinator'])),
    [`GET ${b}/documents/{documentId}/member-checks`]: read,
    [`POST ${b}/documents/{documentId}/member-checks`]: write,
    [`GET ${b}/member-checks/{checkId}`]: read,
    [`POST ${b}/member-checks/{checkId}/recipients/{recipientId}/link`]: write,
    [`GET ${b}/export.qdpx`]: read,
    [`GET ${b}/codebook.qdc`]: read,
    [`POST ${b}/import-qdpx`]: write,
    [`POST ${b}/import-qdc`]: write,
  };
}

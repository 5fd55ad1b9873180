/**
 * Database → REFI-QDA model for one programme. GUIDs are our row ids (stable across exports);
 * objects without a row of their own get GUIDs derived from one (see `derivedGuid`).
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { users } from '../../auth/schema.js';
import { participants } from '../../people/schema.js';
import { programmeMunicipalities, programmes } from '../../programmes/schema.js';
import { codes, codings, documentParticipants, documents, memos } from '../schema.js';
import type { RefiCase, RefiCode, RefiNote, RefiProject, RefiSelection, RefiSource } from './model.js';
import { personSummaryMarker } from './model.js';
import { derivedGuid } from './xml.js';
import { notFound } from '../../../lib/errors.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The codebook as a tree, siblings in their `position` order; a parent outside the programme makes a root. */
export async function loadCodeTree(db: Executor, programmeId: string): Promise<{ roots: RefiCode[]; byId: Map<string, RefiCode> }> {
  const rows = await db.select().from(codes).where(eq(codes.programmeId, programmeId)).orderBy(asc(codes.position), asc(codes.name), asc(codes.id));
  const byId = new Map<string, RefiCode>(
    rows.map((r) => [r.id, { guid: r.id, name: r.name, color: r.color, isCodable: !r.isTheme, description: r.description, noteGuids: [], children: [] }]),
  );
  const roots: RefiCode[] = [];
  for (const r of rows) {
    const parent = r.parentId && r.parentId !== r.id ? byId.get(r.parentId) : undefined;
    (parent ? parent.children : roots).push(byId.get(r.id)!);
  }
  return { roots, byId };
}

export async function loadRefiProject(db: Executor, programmeId: string): Promise<RefiProject> {
  const [programme] = await db.select({ name: programmes.name }).from(programmes).where(eq(programmes.id, programmeId));
  if (!programme) throw notFound();
  const { roots, byId: codeById } = await loadCodeTree(db, programmeId);

  const docRows = await db
    .select({ id: documents.id, title: documents.title, text: documents.text, createdBy: documents.createdBy, createdAt: documents.createdAt, attributes: documents.attributes, municipalityId: documents.municipalityId })
    .from(documents)
    .where(eq(documents.programmeId, programmeId))
    .orderBy(asc(documents.createdAt), asc(documents.title), asc(documents.id));
  const codingRows = await db
    .select({ id: codings.id, documentId: codings.documentId, codeId: codings.codeId, coderId: codings.coderId, start: codings.start, end: codings.end, createdAt: codings.createdAt })
    .from(codings)
    .innerJoin(documents, eq(documents.id, codings.documentId))
    .where(eq(documents.programmeId, programmeId))
    .orderBy(asc(codings.start), asc(codings.end), asc(codings.createdAt), asc(codings.id));
  const memoRows = await db.select().from(memos).where(eq(memos.programmeId, programmeId)).orderBy(asc(memos.createdAt), asc(memos.id));

  // Variables: one Text variable per attribute key, GUID derived from programme and key.
  const keys = [...new Set(docRows.flatMap((d) => Object.keys(d.attributes ?? {})))].sort();
  const variableGuid = new Map(keys.map((k) => [k, derivedGuid('varde-variable', programmeId, k)]));

  const sources = new Map<string, RefiSource>();
  for (const d of docRows) {
    const values = Object.entries(d.attributes ?? {})
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => ({ variableGuid: variableGuid.get(k)!, value: String(v) }));
    sources.set(d.id, { guid: d.id, name: d.title, text: d.text, creatingUser: d.createdBy, created: iso(d.createdAt), selections: [], noteGuids: [], values });
  }
  const selectionByCoding = new Map<string, RefiSelection>();
  for (const c of codingRows) {
    if (!codeById.has(c.codeId)) continue; // a code of another programme: never exported
    const selection: RefiSelection = {
      guid: derivedGuid('varde-selection', c.id),
      start: c.start,
      end: c.end,
      creatingUser: c.coderId,
      created: iso(c.createdAt),
      codings: [{ guid: c.id, codeGuid: c.codeId, creatingUser: c.coderId, created: iso(c.createdAt), noteGuids: [] }],
    };
    selectionByCoding.set(c.id, selection);
    sources.get(c.documentId)!.selections.push(selection);
  }

  const notes: RefiNote[] = [];
  for (const m of memoRows) {
    const refs =
      m.targetKind === 'document' || m.targetKind === 'person_summary'
        ? sources.get(m.targetId)?.noteGuids
        : m.targetKind === 'code'
          ? codeById.get(m.targetId)?.noteGuids
          : selectionByCoding.get(m.targetId)?.codings[0].noteGuids;
    if (!refs) continue; // its target is gone
    refs.push(m.id);
    const summary = m.targetKind === 'person_summary';
    notes.push({ guid: m.id, name: summary ? m.subject : null, description: summary ? personSummaryMarker : null, text: m.text, creatingUser: m.authorId, created: iso(m.createdAt) });
  }

  const cases = await loadCases(db, programmeId, docRows);
  const userIds = [...new Set([...docRows.map((d) => d.createdBy), ...codingRows.map((c) => c.coderId), ...memoRows.map((m) => m.authorId)].filter((x): x is string => !!x))];
  const userRows = userIds.length
    ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds)).orderBy(asc(users.name), asc(users.id))
    : [];
  const known = new Set(userRows.map((u) => u.id));
  // A creator attribute must point at a declared user; unknown ones (deleted) are dropped.
  const clean = (u: string | null) => (u && known.has(u) ? u : null);
  for (const s of sources.values()) {
    s.creatingUser = clean(s.creatingUser);
    for (const sel of s.selections) {
      sel.creatingUser = clean(sel.creatingUser);
      for (const c of sel.codings) c.creatingUser = clean(c.creatingUser);
    }
  }
  for (const n of notes) n.creatingUser = clean(n.creatingUser);

  return {
    name: programme.name,
    users: userRows.map((u) => ({ guid: u.id, name: u.name })),
    codes: roots,
    variables: keys.map((k) => ({ guid: variableGuid.get(k)!, name: k })),
    cases,
    sources: [...sources.values()],
    notes,
  };
}

/** Cases: one per municipality (its documents) and one per participant code (documents they were present in). */
async function loadCases(db: Executor, programmeId: string, docs: { id: string; municipalityId: string | null }[]): Promise<RefiCase[]> {
  const municipalities = await db
    .select({ id: programmeMunicipalities.id, name: programmeMunicipalities.name })
    .from(programmeMunicipalities)
    .where(eq(programmeMunicipalities.programmeId, programmeId))
    .orderBy(asc(programmeMunicipalities.name), asc(programmeMunicipalities.id));
  const cases: RefiCase[] = municipalities
    .map((m) => ({ guid: m.id, name: m.name, sourceGuids: docs.filter((d) => d.municipalityId === m.id).map((d) => d.id) }))
    .filter((c) => c.sourceGuids.length > 0);
  if (docs.length === 0) return cases;
  const present = await db
    .select({ participantId: participants.id, code: participants.code, documentId: documentParticipants.documentId })
    .from(documentParticipants)
    .innerJoin(participants, and(eq(participants.id, documentParticipants.participantId), eq(participants.programmeId, programmeId)))
    .where(inArray(documentParticipants.documentId, docs.map((d) => d.id)))
    .orderBy(asc(participants.code));
  const order = new Map(docs.map((d, i) => [d.id, i]));
  const byParticipant = new Map<string, RefiCase>();
  for (const p of present) {
    let c = byParticipant.get(p.participantId);
    if (!c) byParticipant.set(p.participantId, (c = { guid: p.participantId, name: p.code, sourceGuids: [] }));
    if (!c.sourceGuids.includes(p.documentId)) c.sourceGuids.push(p.documentId);
  }
  for (const c of byParticipant.values()) c.sourceGuids.sort((a, b) => order.get(a)! - order.get(b)!);
  return [...cases, ...byParticipant.values()];
}

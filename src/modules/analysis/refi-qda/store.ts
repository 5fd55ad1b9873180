/**
 * REFI-QDA model → the analysis tables of one programme, with new ids; the file's GUIDs are kept in
 * `refi_identities` so an export goes back with them. The caller runs this inside one transaction:
 * either everything is written or, on any error, nothing. Positions are already code points (place.ts).
 */
import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { listProgrammeRoles } from '../../access/roles.js';
import { users } from '../../auth/schema.js';
import { participants } from '../../people/schema.js';
import { programmeMunicipalities } from '../../programmes/schema.js';
import { rebuildPassages } from '../passages.js';
import { codes, codings, documentParticipants, documents, memos, refiIdentities } from '../schema.js';
import type { RefiCode, RefiProject, RefiSelection } from './model.js';
import { personSummaryMarker } from './model.js';
import type { ImportWarning, LostCounts, LostKind } from './parse.js';
import type { ConventionChoice } from './positions.js';
import type { LenientNotice } from './validate.js';
import { derivedGuid, expandColor, isRefiColor } from './xml.js';

export interface ImportSummary {
  documents: number;
  codes: number;
  codings: number;
  memos: number;
  /** Coders of the file: matched to Varde users, or kept as external coders. */
  coders: { matched: number; external: number };
  /** How the file counts positions, and how that was decided; null for a codebook. */
  positions: (Omit<ConventionChoice, 'invalid'> & { origin: string | null }) | null;
  /** What did not come in, per kind. */
  lost: { kind: LostKind; count: number }[];
  /** What the lenient reading repaired (not a loss). */
  notices: LenientNotice[];
  /** What was left out, item by item, for the person importing to read. */
  skipped: ImportWarning[];
}

const batch = 1000;
async function insertAll<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += batch) await insert(rows.slice(i, i + batch));
}

type IdentityRow = typeof refiIdentities.$inferInsert;

/** Codes (depth first) with new ids; returns GUID → id, and the codes' identity rows. */
export async function storeCodes(tx: Executor, programmeId: string, roots: RefiCode[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const rows: (typeof codes.$inferInsert)[] = [];
  const identities: IdentityRow[] = [];
  const walk = (list: RefiCode[], parentId: string | null) =>
    list.forEach((c, position) => {
      const id = randomUUID();
      ids.set(c.guid, id);
      const colour = isRefiColor(c.color) ? expandColor(c.color) : undefined;
      rows.push({ id, programmeId, parentId, name: c.name, description: c.description, color: colour, isTheme: !c.isCodable, position });
      identities.push({ programmeId, kind: 'code', localId: id, guid: c.guid, details: colour ? {} : { colourless: true } });
      walk(c.children, id);
    });
  walk(roots, null);
  await insertAll(rows, (chunk) => tx.insert(codes).values(chunk));
  await insertAll(identities, (chunk) => tx.insert(refiIdentities).values(chunk));
  return ids;
}

export interface StoreOptions {
  actorId: string | null;
  /** The importer confirmed that coders may be matched to the programme's people by name or e-mail. */
  matchCoders: boolean;
}

/**
 * The file's users → Varde users: by GUID (a project that went out of Varde and back), or, when the
 * importer confirmed it, by name or e-mail among the people with a role in the programme. The rest
 * are external coders: an id derived from programme and GUID, their name kept in refi_identities.
 */
async function resolveCoders(tx: Executor, programmeId: string, project: RefiProject, matchCoders: boolean) {
  const guids = project.users.map((u) => u.guid);
  const byGuid = new Set((guids.length ? await tx.select({ id: users.id }).from(users).where(inArray(users.id, guids)) : []).map((u) => u.id));
  const people = matchCoders && project.users.length ? await listProgrammeRoles(tx, programmeId) : [];
  const key = (s: string | null | undefined) => (s ?? '').trim().toLowerCase();
  const matched = new Map<string, string>();
  const external = new Map<string, { id: string; name: string | null }>();
  for (const u of project.users) {
    const person = byGuid.has(u.guid) ? u.guid : people.find((p) => (key(u.name) && (key(p.name) === key(u.name) || key(p.email) === key(u.name))) || (key(u.id) && key(p.email) === key(u.id)))?.userId;
    if (person) matched.set(u.guid, person);
    else external.set(u.guid, { id: derivedGuid('varde-external-coder', programmeId, u.guid), name: u.name });
  }
  return { matched, external };
}

export async function storeProject(tx: Executor, programmeId: string, project: RefiProject, opts: StoreOptions, warnings: ImportWarning[], lost: LostCounts): Promise<Omit<ImportSummary, 'positions' | 'notices'>> {
  const { actorId } = opts;
  const coders = await resolveCoders(tx, programmeId, project, opts.matchCoders);
  const user = (guid: string | null) => (guid ? coders.matched.get(guid) ?? null : null);
  const identities: IdentityRow[] = [...coders.external].map(([guid, c]) => ({ programmeId, kind: 'coder' as const, localId: c.id, guid, details: { name: c.name } }));
  for (const [guid, id] of coders.matched) identities.push({ programmeId, kind: 'coder', localId: id, guid });

  const codeIds = await storeCodes(tx, programmeId, project.codes);
  const variableNames = new Map(project.variables.map((v) => [v.guid, v.name]));
  const docIds = new Map<string, string>();
  const docRows: (typeof documents.$inferInsert)[] = [];
  const codingRows: (typeof codings.$inferInsert)[] = [];
  const codingIds = new Map<string, string>();
  /** Where a selection's own notes and comment go: its first coding, or the document when it has none. */
  const selectionTarget = new Map<RefiSelection, { kind: 'document' | 'coding'; id: string }>();
  const attributesOf = (values: { variableGuid: string; value: string }[]) =>
    Object.fromEntries(values.filter((v) => variableNames.has(v.variableGuid)).map((v) => [variableNames.get(v.variableGuid)!, v.value]));
  // Case variables (Age, Consented …) become attributes of the case's documents, filterable like any other.
  const caseAttributes = new Map<string, Record<string, string>>();
  for (const c of project.cases) {
    const values = attributesOf(c.values ?? []);
    for (const g of c.sourceGuids) caseAttributes.set(g, { ...caseAttributes.get(g), ...values });
  }
  for (const s of project.sources) {
    const id = randomUUID();
    docIds.set(s.guid, id);
    identities.push({ programmeId, kind: 'source', localId: id, guid: s.guid });
    const attributes = { ...caseAttributes.get(s.guid), ...attributesOf(s.values) };
    const codePoints = s.selections.length ? Array.from(s.text) : [];
    docRows.push({ id, programmeId, kind: 'other', title: s.name, text: s.text, attributes, sourceFormat: 'qdpx', createdBy: user(s.creatingUser) ?? actorId, createdAt: s.created ? new Date(s.created) : undefined });
    for (const sel of s.selections) {
      for (const c of sel.codings) {
        const codeId = codeIds.get(c.codeGuid);
        if (!codeId) {
          warnings.push({ code: 'unknown_code', name: s.name, detail: c.codeGuid });
          lost.codings_unknown_code = (lost.codings_unknown_code ?? 0) + 1;
          continue;
        }
        const codingId = randomUUID();
        codingIds.set(c.guid, codingId);
        if (!selectionTarget.has(sel)) selectionTarget.set(sel, { kind: 'coding', id: codingId });
        const created = c.created ?? sel.created;
        const creator = c.creatingUser ?? sel.creatingUser;
        codingRows.push({ id: codingId, documentId: id, codeId, coderId: user(creator), start: sel.start, end: sel.end, text: codePoints.slice(sel.start, sel.end).join(''), createdAt: created ? new Date(created) : undefined });
        identities.push({ programmeId, kind: 'coding', localId: codingId, guid: c.guid, details: creator && coders.external.has(creator) ? { creatingUser: creator } : {} });
        if (!sel.whole) identities.push({ programmeId, kind: 'selection', localId: codingId, guid: sel.guid });
      }
      if (!selectionTarget.has(sel)) selectionTarget.set(sel, { kind: 'document', id });
    }
  }

  const links = await matchCases(tx, programmeId, project, docIds, docRows, warnings);
  await insertAll(docRows, (chunk) => tx.insert(documents).values(chunk));
  await rebuildPassages(tx, docRows.map((d) => d.id!));
  await insertAll(links, (chunk) => tx.insert(documentParticipants).values(chunk));
  await insertAll(codingRows, (chunk) => tx.insert(codings).values(chunk));

  // Notes become memos on whatever references them first: a coding, a selection (its coding, or
  // the document for a quotation nobody coded), a source, a code; notes on the project, or on
  // nothing, become memos on the programme's analysis.
  type Target = { kind: 'document' | 'code' | 'coding' | 'programme'; id: string; quote?: RefiSelection; text?: string };
  const target = new Map<string, Target>();
  const refer = (noteGuids: string[] | undefined, t: Target | undefined) => {
    if (t) for (const g of noteGuids ?? []) if (!target.has(g)) target.set(g, t);
  };
  const memoRows: (typeof memos.$inferInsert)[] = [];
  const noteIds: IdentityRow[] = [];
  const memoOn = (t: Target, text: string, author: string | null, created: string | null, subject: string | null = null, kind?: 'person_summary') => {
    const at = created ? new Date(created) : new Date();
    const quoted = t.quote && t.kind === 'document' ? `«${Array.from(project.sources.find((s) => docIds.get(s.guid) === t.id)!.text).slice(t.quote.start, t.quote.end).join('')}»\n\n${text}` : text;
    const id = randomUUID();
    memoRows.push({ id, programmeId, targetKind: kind ?? t.kind, targetId: t.id, subject, authorId: user(author) ?? actorId, text: quoted, createdAt: at, updatedAt: at });
    return id;
  };
  for (const s of project.sources) {
    for (const sel of s.selections) {
      for (const c of sel.codings) refer(c.noteGuids, codingIds.has(c.guid) ? { kind: 'coding', id: codingIds.get(c.guid)! } : undefined);
      const t = selectionTarget.get(sel);
      if (!t) continue;
      const here: Target = { ...t, quote: sel };
      refer(sel.noteGuids, here);
      // A comment on the quotation itself (ATLAS.ti, MAXQDA) is a memo without a Note of its own.
      if (sel.description) memoOn(here, sel.description, sel.creatingUser, sel.created);
    }
    refer(s.noteGuids, { kind: 'document', id: docIds.get(s.guid)! });
  }
  const walk = (list: RefiCode[]) => list.forEach((c) => (refer(c.noteGuids, { kind: 'code', id: codeIds.get(c.guid)! }), walk(c.children)));
  walk(project.codes);
  refer(project.noteGuids, { kind: 'programme', id: programmeId });
  for (const n of project.notes) {
    let t = target.get(n.guid);
    if (!t) {
      warnings.push({ code: 'unreferenced_note', name: n.name ?? n.guid });
      t = { kind: 'programme', id: programmeId };
    }
    const summary = t.kind === 'document' && !t.quote && n.description === personSummaryMarker;
    const id = memoOn(t, n.text, n.creatingUser, n.created, summary ? n.name : null, summary ? 'person_summary' : undefined);
    noteIds.push({ programmeId, kind: 'note', localId: id, guid: n.guid });
  }
  await insertAll(memoRows, (chunk) => tx.insert(memos).values(chunk));
  await insertAll([...identities, ...noteIds], (chunk) => tx.insert(refiIdentities).values(chunk).onConflictDoNothing());
  return {
    documents: docRows.length,
    codes: codeIds.size,
    codings: codingRows.length,
    memos: memoRows.length,
    coders: { matched: coders.matched.size, external: coders.external.size },
    lost: Object.entries(lost).filter(([, n]) => n! > 0).map(([kind, count]) => ({ kind: kind as LostKind, count: count! })),
    skipped: warnings,
  };
}

/** Cases named like one of the programme's municipalities set the documents' municipality; cases named by a participant code link that participant. */
async function matchCases(tx: Executor, programmeId: string, project: RefiProject, docIds: Map<string, string>, docRows: (typeof documents.$inferInsert)[], warnings: ImportWarning[]): Promise<(typeof documentParticipants.$inferInsert)[]> {
  if (project.cases.length === 0) return [];
  const municipalities = await tx.select({ id: programmeMunicipalities.id, name: programmeMunicipalities.name }).from(programmeMunicipalities).where(eq(programmeMunicipalities.programmeId, programmeId));
  const people = await tx.select({ id: participants.id, code: participants.code }).from(participants).where(eq(participants.programmeId, programmeId));
  const byName = new Map(municipalities.map((m) => [m.name.toLowerCase(), m.id]));
  const byCode = new Map(people.map((p) => [p.code.toLowerCase(), p.id]));
  const rowById = new Map(docRows.map((d) => [d.id!, d]));
  const links: (typeof documentParticipants.$inferInsert)[] = [];
  for (const c of project.cases) {
    const docs = c.sourceGuids.map((g) => docIds.get(g)).filter((id): id is string => !!id);
    const municipalityId = byName.get(c.name.trim().toLowerCase());
    const participantId = byCode.get(c.name.trim().toLowerCase());
    if (municipalityId) for (const d of docs) rowById.get(d)!.municipalityId ??= municipalityId;
    else if (participantId) for (const d of docs) links.push({ documentId: d, participantId });
    else warnings.push({ code: 'unmatched_case', name: c.name });
  }
  return links;
}

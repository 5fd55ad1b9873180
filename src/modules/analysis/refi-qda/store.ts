/**
 * REFI-QDA model → the analysis tables of one programme, with new ids. The caller runs this inside
 * one transaction: either everything is written or, on any error, nothing.
 */
import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { users } from '../../auth/schema.js';
import { participants } from '../../people/schema.js';
import { programmeMunicipalities } from '../../programmes/schema.js';
import { rebuildPassages } from '../passages.js';
import { codes, codings, documentParticipants, documents, memos } from '../schema.js';
import type { RefiCode, RefiProject } from './model.js';
import { personSummaryMarker } from './model.js';
import type { ImportWarning } from './parse.js';
import { expandColor, isRefiColor } from './xml.js';

export interface ImportSummary {
  documents: number;
  codes: number;
  codings: number;
  memos: number;
  /** What was left out, for the person importing to read. */
  skipped: ImportWarning[];
}

const batch = 1000;
async function insertAll<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += batch) await insert(rows.slice(i, i + batch));
}

/** Codes (depth first) with new ids; returns GUID → id. */
export async function storeCodes(tx: Executor, programmeId: string, roots: RefiCode[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const rows: (typeof codes.$inferInsert)[] = [];
  const walk = (list: RefiCode[], parentId: string | null) =>
    list.forEach((c, position) => {
      const id = randomUUID();
      ids.set(c.guid, id);
      rows.push({ id, programmeId, parentId, name: c.name, description: c.description, color: isRefiColor(c.color) ? expandColor(c.color) : undefined, isTheme: !c.isCodable, position });
      walk(c.children, id);
    });
  walk(roots, null);
  await insertAll(rows, (chunk) => tx.insert(codes).values(chunk));
  return ids;
}

export async function storeProject(tx: Executor, programmeId: string, project: RefiProject, actorId: string | null, warnings: ImportWarning[]): Promise<ImportSummary> {
  // Coders are matched to our users by GUID only (a round trip through Varde); others become "unknown coder".
  const guids = project.users.map((u) => u.guid);
  const found = guids.length ? await tx.select({ id: users.id }).from(users).where(inArray(users.id, guids)) : [];
  const known = new Set(found.map((u) => u.id));
  for (const u of project.users) if (!known.has(u.guid)) warnings.push({ code: 'unmatched_user', name: u.name ?? u.guid });
  const user = (guid: string | null) => (guid && known.has(guid) ? guid : null);

  const codeIds = await storeCodes(tx, programmeId, project.codes);
  const variableNames = new Map(project.variables.map((v) => [v.guid, v.name]));
  const docIds = new Map<string, string>();
  const docRows: (typeof documents.$inferInsert)[] = [];
  const codingRows: (typeof codings.$inferInsert)[] = [];
  const codingIds = new Map<string, string>();
  for (const s of project.sources) {
    const id = randomUUID();
    docIds.set(s.guid, id);
    const attributes = Object.fromEntries(s.values.filter((v) => variableNames.has(v.variableGuid)).map((v) => [variableNames.get(v.variableGuid)!, v.value]));
    const codePoints = s.selections.length ? Array.from(s.text) : [];
    docRows.push({ id, programmeId, kind: 'other', title: s.name, text: s.text, attributes, sourceFormat: 'qdpx', createdBy: user(s.creatingUser) ?? actorId, createdAt: s.created ? new Date(s.created) : undefined });
    for (const sel of s.selections) {
      for (const c of sel.codings) {
        const codeId = codeIds.get(c.codeGuid);
        if (!codeId) {
          warnings.push({ code: 'unknown_code', name: s.name, detail: c.codeGuid });
          continue;
        }
        const codingId = randomUUID();
        codingIds.set(c.guid, codingId);
        const created = c.created ?? sel.created;
        codingRows.push({ id: codingId, documentId: id, codeId, coderId: user(c.creatingUser) ?? user(sel.creatingUser), start: sel.start, end: sel.end, text: codePoints.slice(sel.start, sel.end).join(''), createdAt: created ? new Date(created) : undefined });
      }
    }
  }

  const links = await matchCases(tx, programmeId, project, docIds, docRows, warnings);
  await insertAll(docRows, (chunk) => tx.insert(documents).values(chunk));
  await rebuildPassages(tx, docRows.map((d) => d.id!));
  await insertAll(links, (chunk) => tx.insert(documentParticipants).values(chunk));
  await insertAll(codingRows, (chunk) => tx.insert(codings).values(chunk));

  // Notes become memos on whatever references them first: a source, a code or a coding.
  const target = new Map<string, { kind: 'document' | 'code' | 'coding'; id: string }>();
  const refer = (noteGuids: string[], kind: 'document' | 'code' | 'coding', id: string | undefined) => {
    if (id) for (const g of noteGuids) if (!target.has(g)) target.set(g, { kind, id });
  };
  for (const s of project.sources) {
    refer(s.noteGuids, 'document', docIds.get(s.guid));
    for (const sel of s.selections) for (const c of sel.codings) refer(c.noteGuids, 'coding', codingIds.get(c.guid));
  }
  const walk = (list: RefiCode[]) => list.forEach((c) => (refer(c.noteGuids, 'code', codeIds.get(c.guid)), walk(c.children)));
  walk(project.codes);
  const memoRows: (typeof memos.$inferInsert)[] = [];
  for (const n of project.notes) {
    const t = target.get(n.guid);
    if (!t) {
      warnings.push({ code: 'unreferenced_note', name: n.name ?? n.guid });
      continue;
    }
    const summary = t.kind === 'document' && n.description === personSummaryMarker;
    const at = n.created ? new Date(n.created) : new Date();
    memoRows.push({ programmeId, targetKind: summary ? 'person_summary' : t.kind, targetId: t.id, subject: summary ? n.name : null, authorId: user(n.creatingUser) ?? actorId, text: n.text, createdAt: at, updatedAt: at });
  }
  await insertAll(memoRows, (chunk) => tx.insert(memos).values(chunk));
  return { documents: docRows.length, codes: codeIds.size, codings: codingRows.length, memos: memoRows.length, skipped: warnings };
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

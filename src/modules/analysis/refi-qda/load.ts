/**
 * Database → REFI-QDA model for one programme. GUIDs are the ones an imported project came with
 * (refi_identities), else our row ids (stable across exports); objects without a row of their own
 * get GUIDs derived from one (see `derivedGuid`). A GUID is written once: should two rows carry the
 * same imported GUID (the same file imported twice), the second goes out with its row id.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { users } from '../../auth/schema.js';
import { participants } from '../../people/schema.js';
import { programmeMunicipalities, programmes } from '../../programmes/schema.js';
import { codes, codings, documentParticipants, documents, memos, refiIdentities, type RefiIdentityDetails } from '../schema.js';
import type { RefiCase, RefiCode, RefiNote, RefiProject, RefiSelection, RefiSource, RefiUser } from './model.js';
import { personSummaryMarker } from './model.js';
import { derivedGuid } from './xml.js';
import { notFound } from '../../../lib/errors.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The colour Varde gives a code that has none (codes.color's default). */
const defaultColour = '#0062ba';

type Kind = (typeof refiIdentities.$inferSelect)['kind'];
/** Imported GUIDs of one programme, handed out at most once each. */
async function loadIdentities(db: Executor, programmeId: string) {
  const rows = await db.select().from(refiIdentities).where(eq(refiIdentities.programmeId, programmeId));
  const byKey = new Map(rows.map((r) => [`${r.kind}:${r.localId}`, r]));
  const used = new Set<string>();
  return {
    rows,
    details: (kind: Kind, localId: string): RefiIdentityDetails => byKey.get(`${kind}:${localId}`)?.details ?? {},
    /** The imported GUID, without handing it out. */
    peek: (kind: Kind, localId: string): string | null => byKey.get(`${kind}:${localId}`)?.guid ?? null,
    /** The imported GUID of a row, or `fallback` when it has none or it is already taken. */
    guid(kind: Kind, localId: string, fallback: string = localId): string {
      const g = byKey.get(`${kind}:${localId}`)?.guid;
      const chosen = g && !used.has(g) ? g : fallback;
      used.add(chosen);
      return chosen;
    },
  };
}
type Identities = Awaited<ReturnType<typeof loadIdentities>>;

/** The codebook as a tree, siblings in their `position` order; a parent outside the programme makes a root. */
export async function loadCodeTree(db: Executor, programmeId: string, ids?: Identities): Promise<{ roots: RefiCode[]; byId: Map<string, RefiCode> }> {
  const identities = ids ?? (await loadIdentities(db, programmeId));
  const rows = await db.select().from(codes).where(eq(codes.programmeId, programmeId)).orderBy(asc(codes.position), asc(codes.name), asc(codes.id));
  // A code that came without a colour goes back without one, unless someone has coloured it since.
  const colourOf = (r: (typeof rows)[number]) => (identities.details('code', r.id).colourless && r.color === defaultColour ? null : r.color);
  const byId = new Map<string, RefiCode>(
    rows.map((r) => [r.id, { guid: identities.guid('code', r.id), name: r.name, color: colourOf(r), isCodable: !r.isTheme, description: r.description, noteGuids: [], children: [] }]),
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
  const identities = await loadIdentities(db, programmeId);
  const { roots, byId: codeById } = await loadCodeTree(db, programmeId, identities);

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
    sources.set(d.id, { guid: identities.guid('source', d.id), name: d.title, text: d.text, creatingUser: d.createdBy, created: iso(d.createdAt), selections: [], noteGuids: [], values });
  }
  const selectionByCoding = new Map<string, RefiSelection>();
  const codingByCoding = new Map<string, RefiSelection['codings'][number]>();
  // Codings that came in from one selection go back out as that one selection.
  const importedSelections = new Map<string, RefiSelection>();
  // An external coder's GUID (kept on the coding) stands where a Varde coder would.
  const coderOf = (c: { id: string; coderId: string | null }) => c.coderId ?? identities.details('coding', c.id).creatingUser ?? null;
  for (const c of codingRows) {
    const code = codeById.get(c.codeId);
    if (!code) continue; // a code of another programme: never exported
    const coding = { guid: identities.guid('coding', c.id), codeGuid: code.guid, creatingUser: coderOf(c), created: iso(c.createdAt), noteGuids: [] as string[] };
    const imported = identities.peek('selection', c.id);
    const key = imported ? `${c.documentId}:${imported}:${c.start}:${c.end}` : null;
    let selection = key ? importedSelections.get(key) : undefined;
    if (selection) selection.codings.push(coding);
    else {
      selection = {
        guid: imported ? identities.guid('selection', c.id, derivedGuid('varde-selection', c.id)) : derivedGuid('varde-selection', c.id),
        start: c.start,
        end: c.end,
        creatingUser: coderOf(c),
        created: iso(c.createdAt),
        codings: [coding],
      };
      if (key) importedSelections.set(key, selection);
      sources.get(c.documentId)!.selections.push(selection);
    }
    selectionByCoding.set(c.id, selection);
    codingByCoding.set(c.id, coding);
  }

  const notes: RefiNote[] = [];
  const projectNotes: string[] = [];
  for (const m of memoRows) {
    const refs =
      m.targetKind === 'document' || m.targetKind === 'person_summary'
        ? sources.get(m.targetId)?.noteGuids
        : m.targetKind === 'code'
          ? codeById.get(m.targetId)?.noteGuids
          : m.targetKind === 'programme'
            ? m.targetId === programmeId ? projectNotes : undefined
            : codingByCoding.get(m.targetId)?.noteGuids;
    if (!refs) continue; // its target is gone
    const guid = identities.guid('note', m.id);
    refs.push(guid);
    const summary = m.targetKind === 'person_summary';
    notes.push({ guid, name: summary ? m.subject : null, description: summary ? personSummaryMarker : null, text: m.text, creatingUser: m.authorId, created: iso(m.createdAt) });
  }

  const cases = await loadCases(db, programmeId, docRows);
  for (const c of cases) c.sourceGuids = c.sourceGuids.map((id) => sources.get(id)?.guid ?? id);
  const userIds = [...new Set([...docRows.map((d) => d.createdBy), ...codingRows.map((c) => c.coderId), ...memoRows.map((m) => m.authorId)].filter((x): x is string => !!x))];
  const userRows = userIds.length
    ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds)).orderBy(asc(users.name), asc(users.id))
    : [];
  // Users go out with the GUID they came in with (a matched coder), external coders as they came.
  const userGuid = new Map(userRows.map((u) => [u.id, identities.guid('coder', u.id)]));
  const external = identities.rows.filter((r) => r.kind === 'coder' && !userGuid.has(r.localId) && r.details.name !== undefined);
  const externalGuids = new Set(external.map((r) => r.guid));
  const usedExternal = new Set<string>();
  // A creator attribute must point at a declared user; unknown ones (deleted) are dropped.
  const clean = (u: string | null) => {
    if (!u) return null;
    if (userGuid.has(u)) return userGuid.get(u)!;
    if (externalGuids.has(u)) return usedExternal.add(u), u;
    return null;
  };
  for (const s of sources.values()) {
    s.creatingUser = clean(s.creatingUser);
    for (const sel of s.selections) {
      sel.creatingUser = clean(sel.creatingUser);
      for (const c of sel.codings) c.creatingUser = clean(c.creatingUser);
    }
  }
  for (const n of notes) n.creatingUser = clean(n.creatingUser);

  const refiUsers: RefiUser[] = [
    ...userRows.map((u) => ({ guid: userGuid.get(u.id)!, name: u.name })),
    ...external.filter((r) => usedExternal.has(r.guid)).map((r) => ({ guid: r.guid, name: r.details.name ?? null })),
  ];
  return {
    name: programme.name,
    noteGuids: projectNotes,
    users: refiUsers,
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


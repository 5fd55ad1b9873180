/**
 * Retrieval (issue 7 §5): every segment of a code — and, for a theme, of the codes under it — with
 * its text, the document's title, municipality, role and activity type, and the coder.
 *
 * Cost model (bench/qualitative: ~6,700 segments over ~2,000 documents in ≤ 100 ms):
 * - Segment text is the coding's own snapshot (`codings.text`, see schema.ts), so no document text
 *   (~35,000 characters, TOASTed) or passage is read per segment. A row without a snapshot (none
 *   should exist: every writer sets it, the migration backfilled it) falls back to slicing the
 *   document's text.
 * - Segments come from one raw query returning only the coding's own columns (no ORM mapping, no
 *   per-row document fields); document fields and roles are fetched once per document in a second
 *   query; code, coder and municipality names from small lookups.
 */
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { listUsersByIds } from '../auth/users.js';
import { participants } from '../people/schema.js';
import { findCode, subtreeIds } from './codes.js';
import { codes, codings, documentParticipants, documents } from './schema.js';
import { municipalityNames, segmentConditions, type SegmentFilter } from './segment-filters.js';

export interface Segment {
  codingId: string;
  codeId: string;
  codeName: string;
  documentId: string;
  documentTitle: string;
  documentKind: string;
  municipalityId: string | null;
  municipalityName: string | null;
  roles: string[];
  activityType: string | null;
  coderId: string | null;
  coderName: string | null;
  start: number;
  end: number;
  text: string;
}

/** The code and, when it is a theme (or `includeChildren`), every code under it. */
export async function codesToRetrieve(db: Executor, programmeId: string, codeId: string, includeChildren?: boolean): Promise<string[]> {
  const code = await findCode(db, programmeId, codeId);
  return (includeChildren ?? code.isTheme) ? subtreeIds(db, programmeId, codeId) : [codeId];
}

/** The coding's text snapshot; the document's text sliced (code points) for a row without one. */
const segmentText = sql`coalesce(${codings.text}, substring(${documents.text} from ${codings.start} + 1 for ${codings.end} - ${codings.start}))`;

type SegmentRow = { id: string; code_id: string; document_id: string; coder_id: string | null; start: number; end: number; text: string };
type DocumentRow = { id: string; title: string; kind: string; municipality_id: string | null; activity_type: string | null; roles: string[] };

/**
 * Per document: title, kind, municipality, activity type and roles — the `role` attribute, else the
 * distinct roles of the participants present (as rolesOfDocuments in segment-filters.ts).
 */
async function documentsOfSegments(db: Executor, programmeId: string, ids: string[]): Promise<Map<string, DocumentRow>> {
  if (ids.length === 0) return new Map();
  const { rows } = await db.execute<DocumentRow>(sql`
    select d.id, d.title, d.kind, d.municipality_id, d.activity_type,
      case when coalesce(d.attributes->>'role', '') <> '' then array[d.attributes->>'role']
        else array(select distinct p.role from ${documentParticipants} dp join ${participants} p on p.id = dp.participant_id
                   where dp.document_id = d.id and p.programme_id = ${programmeId}) end as roles
    from ${documents} d
    where d.programme_id = ${programmeId} and d.id = any(${sql.param(ids)}::uuid[])`);
  // Sorted here (code-unit order, as before), not by the database's collation.
  return new Map(rows.map((r) => [r.id, { ...r, roles: r.roles.length > 1 ? [...r.roles].sort() : r.roles }]));
}

export type RetrievalOptions = SegmentFilter & { includeChildren?: boolean; limit?: number; offset?: number };

/** At most this many segments in one answer when no `limit` is given ("all"). */
export const maxSegments = 50_000;

/** A page of segments (all of them without `limit`) and how many there are in all. */
export async function retrieveSegmentPage(db: Executor, programmeId: string, codeId: string, filter: RetrievalOptions): Promise<{ segments: Segment[]; total: number }> {
  const codeIds = await codesToRetrieve(db, programmeId, codeId, filter.includeChildren);
  const where = and(inArray(codings.codeId, codeIds), await segmentConditions(db, programmeId, filter));
  const limit = Math.min(filter.limit ?? maxSegments, maxSegments);
  const offset = filter.offset ?? 0;
  const { rows } = await db.execute<SegmentRow>(sql`
    select ${codings.id} as id, ${codings.codeId} as code_id, ${codings.documentId} as document_id, ${codings.coderId} as coder_id,
      ${codings.start} as start, ${codings.end} as "end", ${segmentText} as text
    from ${codings} inner join ${documents} on ${documents.id} = ${codings.documentId}
    where ${where}
    order by ${documents.createdAt}, ${documents.id}, ${codings.start}, ${codings.end}, ${codings.id}
    limit ${limit} offset ${offset}`);
  const total = offset === 0 && rows.length < limit
    ? rows.length
    : (await db.select({ n: count() }).from(codings).innerJoin(documents, eq(documents.id, codings.documentId)).where(where))[0].n;
  const docs = await documentsOfSegments(db, programmeId, [...new Set(rows.map((r) => r.document_id))]);
  const codeNames = new Map((await db.select({ id: codes.id, name: codes.name }).from(codes).where(inArray(codes.id, codeIds))).map((c) => [c.id, c.name]));
  const places = await municipalityNames(db, programmeId);
  const coders = new Map((await listUsersByIds(db, [...new Set(rows.map((r) => r.coder_id).filter((id): id is string => !!id))])).map((u) => [u.id, u.name]));
  const segments = rows.map((r): Segment => {
    const d = docs.get(r.document_id)!;
    return {
      codingId: r.id, codeId: r.code_id, codeName: codeNames.get(r.code_id)!, documentId: r.document_id, documentTitle: d.title, documentKind: d.kind,
      municipalityId: d.municipality_id, activityType: d.activity_type, coderId: r.coder_id, start: r.start, end: r.end, text: r.text,
      municipalityName: d.municipality_id ? (places.get(d.municipality_id) ?? null) : null,
      roles: d.roles,
      coderName: r.coder_id ? (coders.get(r.coder_id) ?? null) : null,
    };
  });
  return { segments, total };
}

/** Every segment (or a page with `limit`/`offset`), as the segments route returns them. */
export async function retrieveSegments(db: Executor, programmeId: string, codeId: string, filter: RetrievalOptions): Promise<Segment[]> {
  return (await retrieveSegmentPage(db, programmeId, codeId, filter)).segments;
}

/**
 * Retrieval (issue 7 §5): every segment of a code — and, for a theme, of the codes under it — with
 * its text, the document's title, municipality, role and activity type, and the coder.
 *
 * Segment text is sliced from the document's passages (passages.ts), not from `documents.text`:
 * a document's text is ~35,000 characters stored compressed out of line (TOAST), and slicing it
 * per segment unpacked it once per segment. Passages tile the text, so a segment is the
 * concatenation of slices (PostgreSQL's `substring` counts code points) of the few short passages
 * it overlaps, found through the (document_id, start) index. A document without passages (none
 * should exist) falls back to slicing its text.
 */
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { listUsersByIds } from '../auth/users.js';
import { findCode, subtreeIds } from './codes.js';
import { codes, codings, documentPassages, documents } from './schema.js';
import { municipalityNames, rolesOfDocuments, segmentConditions, type SegmentFilter } from './segment-filters.js';

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

/** Segment text from the passages covering `[start, end)`; from the document's text if it has none. */
const segmentText = sql<string>`coalesce(
  (select string_agg(substring(p.text from greatest(${codings.start}, p.start) - p.start + 1 for least(${codings.end}, p."end") - greatest(${codings.start}, p.start)), '' order by p.start)
   from ${documentPassages} p
   where p.document_id = ${codings.documentId} and p.start < ${codings.end}
     and p.start >= (select max(q.start) from ${documentPassages} q where q.document_id = ${codings.documentId} and q.start <= ${codings.start})),
  substring(${documents.text} from ${codings.start} + 1 for ${codings.end} - ${codings.start}))`;

export type RetrievalOptions = SegmentFilter & { includeChildren?: boolean; limit?: number; offset?: number };

/** At most this many segments in one answer when no `limit` is given ("all"). */
export const maxSegments = 50_000;

/** A page of segments (all of them without `limit`) and how many there are in all. */
export async function retrieveSegmentPage(db: Executor, programmeId: string, codeId: string, filter: RetrievalOptions): Promise<{ segments: Segment[]; total: number }> {
  const codeIds = await codesToRetrieve(db, programmeId, codeId, filter.includeChildren);
  const where = and(inArray(codings.codeId, codeIds), await segmentConditions(db, programmeId, filter));
  const limit = Math.min(filter.limit ?? maxSegments, maxSegments);
  const offset = filter.offset ?? 0;
  const rows = await db
    .select({
      codingId: codings.id, codeId: codings.codeId, codeName: codes.name, documentId: documents.id, documentTitle: documents.title,
      documentKind: documents.kind, municipalityId: documents.municipalityId, activityType: documents.activityType, attributes: documents.attributes,
      coderId: codings.coderId, start: codings.start, end: codings.end, text: segmentText,
    })
    .from(codings)
    .innerJoin(documents, eq(documents.id, codings.documentId))
    .innerJoin(codes, eq(codes.id, codings.codeId))
    .where(where)
    .orderBy(asc(documents.createdAt), asc(documents.id), asc(codings.start), asc(codings.end), asc(codings.id))
    .limit(limit)
    .offset(offset);
  const total = offset === 0 && rows.length < limit
    ? rows.length
    : (await db.select({ n: count() }).from(codings).innerJoin(documents, eq(documents.id, codings.documentId)).where(where))[0].n;
  const docs = [...new Map(rows.map((r) => [r.documentId, { id: r.documentId, attributes: r.attributes }])).values()];
  const roles = await rolesOfDocuments(db, programmeId, docs);
  const places = await municipalityNames(db, programmeId);
  const coders = new Map((await listUsersByIds(db, [...new Set(rows.map((r) => r.coderId).filter((id): id is string => !!id))])).map((u) => [u.id, u.name]));
  const segments = rows.map(({ attributes: _a, ...r }) => ({
    ...r,
    municipalityName: r.municipalityId ? (places.get(r.municipalityId) ?? null) : null,
    roles: roles.get(r.documentId) ?? [],
    coderName: r.coderId ? (coders.get(r.coderId) ?? null) : null,
  }));
  return { segments, total };
}

/** Every segment (or a page with `limit`/`offset`), as the segments route returns them. */
export async function retrieveSegments(db: Executor, programmeId: string, codeId: string, filter: RetrievalOptions): Promise<Segment[]> {
  return (await retrieveSegmentPage(db, programmeId, codeId, filter)).segments;
}

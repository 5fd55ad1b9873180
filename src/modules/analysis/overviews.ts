/**
 * Overviews (issue 7 §5): the code × case matrix and code co-occurrence, with the same filters as
 * retrieval. A theme's row counts its own codings and those of every code under it.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { getProgramme } from '../programmes/programmes.js';
import { listCodes } from './codes.js';
import { codes, codings, documents } from './schema.js';
import { municipalityNames, segmentConditions, type SegmentFilter } from './segment-filters.js';

export interface MatrixCell {
  segments: number;
  documents: number;
}

/** The theme (or code) each code counts towards: itself and every ancestor. */
function ancestorsOf(all: { id: string; parentId: string | null }[]): Map<string, string[]> {
  const parent = new Map(all.map((c) => [c.id, c.parentId]));
  const out = new Map<string, string[]>();
  for (const c of all) {
    const chain = [c.id];
    let p = parent.get(c.id);
    while (p && !chain.includes(p)) {
      chain.push(p);
      p = parent.get(p);
    }
    out.set(c.id, chain);
  }
  return out;
}

/**
 * Columns are documents, municipalities, or the values of one document attribute (`attributeKey`,
 * e.g. an imported case variable such as Alder), documents without it in a column of their own.
 */
export async function codeCaseMatrix(db: Executor, programmeId: string, by: 'document' | 'municipality' | 'attribute', filter: SegmentFilter, attributeKey?: string) {
  const all = await listCodes(db, programmeId);
  const column = by === 'document' ? documents.id : by === 'attribute' ? sql<string | null>`${documents.attributes}->>${attributeKey ?? ''}` : documents.municipalityId;
  const rows = await db
    .select({ codeId: codings.codeId, column, documentId: documents.id, segments: sql<number>`count(*)`.mapWith(Number) })
    .from(codings)
    .innerJoin(documents, eq(documents.id, codings.documentId))
    .where(await segmentConditions(db, programmeId, filter))
    .groupBy(codings.codeId, column, documents.id);
  const chains = ancestorsOf(all);
  // cells[codeId][column] = { segments, documents: Set }
  const cells = new Map<string, Map<string, { segments: number; documents: Set<string> }>>();
  for (const r of rows) {
    const col = r.column ?? 'none';
    for (const codeId of chains.get(r.codeId) ?? [r.codeId]) {
      const byColumn = cells.get(codeId) ?? new Map();
      cells.set(codeId, byColumn);
      const cell = byColumn.get(col) ?? { segments: 0, documents: new Set<string>() };
      byColumn.set(col, cell);
      cell.segments += r.segments;
      cell.documents.add(r.documentId);
    }
  }
  let columns: { id: string; label: string }[];
  if (by === 'attribute') {
    const values = [...new Set(rows.map((r) => r.column).filter((v): v is string => v !== null))].sort((a, b) => a.localeCompare(b, 'nb', { numeric: true }));
    columns = values.map((v) => ({ id: v, label: v }));
    if (rows.some((r) => r.column === null)) columns.push({ id: 'none', label: '' });
  } else if (by === 'document') {
    const docs = await db.select({ id: documents.id, title: documents.title }).from(documents).where(eq(documents.programmeId, programmeId)).orderBy(documents.createdAt);
    columns = docs.map((d) => ({ id: d.id, label: d.title }));
  } else {
    const names = await municipalityNames(db, programmeId);
    columns = [...names].map(([id, label]) => ({ id, label }));
    if (rows.some((r) => r.column === null)) columns.push({ id: 'none', label: '' });
  }
  return {
    by,
    columns,
    rows: all.map((c) => {
      const byColumn = cells.get(c.id);
      const values: Record<string, MatrixCell> = {};
      const docsTotal = new Set<string>();
      let segTotal = 0;
      for (const col of columns) {
        const cell = byColumn?.get(col.id);
        values[col.id] = { segments: cell?.segments ?? 0, documents: cell?.documents.size ?? 0 };
        for (const d of cell?.documents ?? []) docsTotal.add(d);
        segTotal += cell?.segments ?? 0;
      }
      return { codeId: c.id, name: c.name, parentId: c.parentId, isTheme: c.isTheme, cells: values, total: { segments: segTotal, documents: docsTotal.size } };
    }),
  };
}

/** Pairs of codes whose segments overlap (share at least one character) in the same document. */
export async function codeCooccurrence(db: Executor, programmeId: string, filter: SegmentFilter) {
  await getProgramme(db, programmeId);
  const where = await segmentConditions(db, programmeId, filter);
  const { rows } = await db.execute<{ code_a: string; code_b: string; segments: string; documents: string }>(sql`
    with visible as (
      select ${codings.id} as id, ${codings.codeId} as code_id, ${codings.documentId} as document_id, ${codings.start} as s, ${codings.end} as e
      from ${codings} join ${documents} on ${documents.id} = ${codings.documentId}
      where ${where}
    )
    select a.code_id as code_a, b.code_id as code_b, count(*) as segments, count(distinct a.document_id) as documents
    from visible a join visible b on a.document_id = b.document_id and a.code_id < b.code_id and a.s < b.e and b.s < a.e
    group by a.code_id, b.code_id
    order by count(*) desc`);
  const names = new Map((await db.select({ id: codes.id, name: codes.name }).from(codes).where(and(eq(codes.programmeId, programmeId)))).map((c) => [c.id, c.name]));
  return rows.map((r) => ({
    codeA: { id: r.code_a, name: names.get(r.code_a) ?? '' },
    codeB: { id: r.code_b, name: names.get(r.code_b) ?? '' },
    /** Overlapping pairs of segments (one of each code). */
    segments: Number(r.segments),
    documents: Number(r.documents),
  }));
}

/** The document attributes in use (imported case variables among them), each with its values: what the attribute filter and matrix offer. */
export async function documentAttributes(db: Executor, programmeId: string): Promise<{ key: string; values: string[] }[]> {
  await getProgramme(db, programmeId);
  const rows = await db.execute<{ key: string; value: string }>(
    sql`select distinct a.key, a.value from ${documents} d, jsonb_each_text(d.attributes) a where d.programme_id = ${programmeId} order by a.key, a.value`,
  );
  const byKey = new Map<string, string[]>();
  for (const r of rows.rows) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r.value]);
  return [...byKey].map(([key, values]) => ({ key, values: values.sort((a, b) => a.localeCompare(b, 'nb', { numeric: true })) }));
}

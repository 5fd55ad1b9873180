/**
 * Full-text search across a programme's documents (issue 7 §5) with PostgreSQL's `norwegian`
 * configuration (Snowball stemmer): `websearch_to_tsquery` against the passages' generated `search`
 * column (see passages.ts), ranked by `ts_rank_cd` per passage and grouped to documents (best passage
 * per document), highlighted with `ts_headline` on the returned passages only.
 *
 * Safe highlights: ts_headline copies document text verbatim, so its output is not HTML. It is
 * asked to mark hits with random sentinels (per request) instead of tags; the text is then
 * HTML-escaped and only the sentinels become <mark>…</mark>. `parts` gives the same as plain
 * pieces for a UI that does not want to set HTML at all.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { getProgramme } from '../programmes/programmes.js';

export interface SearchHit {
  documentId: string;
  title: string;
  kind: string;
  municipalityId: string | null;
  /** The rank of the document's best passage (`ts_rank_cd`). */
  rank: number;
  /** HTML: escaped text with <mark> around hits; nothing else. Drawn from the best passage. */
  headline: string;
  parts: { text: string; mark: boolean }[];
  /** The document's best-matching passage: a code-point range of the working text to jump to. */
  passage: { id: string; ordinal: number; start: number; end: number };
  /** How many of the document's passages match. */
  matchingPassages: number;
}

export interface SearchPage {
  results: SearchHit[];
  /** Documents matching in all. */
  total: number;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export function headlineParts(raw: string, start: string, stop: string): SearchHit['parts'] {
  const parts: SearchHit['parts'] = [];
  let rest = raw;
  while (rest.length > 0) {
    const a = rest.indexOf(start);
    if (a < 0) break;
    const b = rest.indexOf(stop, a + start.length);
    if (b < 0) break;
    if (a > 0) parts.push({ text: rest.slice(0, a), mark: false });
    parts.push({ text: rest.slice(a + start.length, b), mark: true });
    rest = rest.slice(b + stop.length);
  }
  const tail = rest.split(start).join('').split(stop).join('');
  if (tail) parts.push({ text: tail, mark: false });
  return parts;
}

/**
 * One page of documents matching `q`, best first. Passages (not whole documents) are matched and
 * ranked: each document is represented by its best passage, and only the page's passages are
 * highlighted — so the cost is that of ranking short tsvectors, not of unpacking long documents.
 */
export async function searchPage(db: Executor, programmeId: string, q: string, options: { limit?: number; offset?: number } = {}): Promise<SearchPage> {
  await getProgramme(db, programmeId);
  const limit = options.limit ?? 20;
  const offset = options.offset ?? 0;
  const token = randomBytes(6).toString('hex');
  const start = `vs${token}s`;
  const stop = `ve${token}e`;
  const headlineOptions = `StartSel=${start}, StopSel=${stop}, MaxFragments=3, MaxWords=30, MinWords=10, FragmentDelimiter=" … "`;
  const { rows } = await db.execute<{
    document_id: string; title: string; kind: string; municipality_id: string | null; rank: number; headline: string;
    passage_id: string; ordinal: number; start: number; end: number; matching: number; total: number;
  }>(sql`
    with query as (select websearch_to_tsquery('norwegian', ${q}) as q),
    hits as materialized (
      select p.document_id, p.id, p.ordinal, p.start, p."end", ts_rank_cd(p.search, query.q) as rank
      from document_passages p, query
      where p.programme_id = ${programmeId} and p.search @@ query.q
    ),
    -- materialized: the rank is computed once, at the scan, so the sorts below carry narrow rows, not tsvectors
    best as (
      select distinct on (document_id) document_id, id, ordinal, start, "end", rank, count(*) over (partition by document_id) as matching
      from hits
      order by document_id, rank desc, start
    ),
    page as (
      select best.*, count(*) over () as total from best order by rank desc, document_id limit ${limit} offset ${offset}
    )
    select page.document_id, d.title, d.kind, d.municipality_id, page.rank, page.id as passage_id, page.ordinal, page.start, page."end",
      page.matching, page.total, ts_headline('norwegian', p.text, query.q, ${headlineOptions}) as headline
    from page
    join documents d on d.id = page.document_id
    join document_passages p on p.id = page.id
    cross join query
    order by page.rank desc, page.document_id`);
  let total = rows.length > 0 ? Number(rows[0].total) : 0;
  if (rows.length === 0 && offset > 0) total = (await searchPage(db, programmeId, q, { limit: 1, offset: 0 })).total;
  const results = rows.map((r) => {
    const parts = headlineParts(r.headline, start, stop);
    return {
      documentId: r.document_id, title: r.title, kind: r.kind, municipalityId: r.municipality_id, rank: Number(r.rank),
      headline: parts.map((p) => (p.mark ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join(''),
      parts,
      passage: { id: r.passage_id, ordinal: Number(r.ordinal), start: Number(r.start), end: Number(r.end) },
      matchingPassages: Number(r.matching),
    };
  });
  return { results, total };
}

/** The first page (or the page at `offset`) of hits, as the search route returns them. */
export async function searchDocuments(db: Executor, programmeId: string, q: string, limit = 20, offset = 0): Promise<SearchHit[]> {
  return (await searchPage(db, programmeId, q, { limit, offset })).results;
}

// Qualitative analysis at scale (issue 7): a generated corpus of 2,000 transcripts (~10 million words of
// Norwegian-like text), a 30-code codebook and ~200,000 codings; then full-text search and per-code
// retrieval timed through the functions the routes call (searchDocuments: first page of 20 with headlines;
// retrieveSegments: every segment of a code). Passages are built with the app's rebuildPassages.
// Prints `name: value unit` lines. Uses DATABASE_URL when set, otherwise a throw-away embedded PostgreSQL.
// BENCH_DOCS scales the corpus; BENCH_LEGACY=1 also times the former whole-document search and retrieval
// SQL; BENCH_EXPLAIN=1 prints EXPLAIN (ANALYZE, BUFFERS) of the app's search and retrieval queries.
import { rebuildPassages } from '../src/modules/analysis/passages.js';
import { retrieveSegments } from '../src/modules/analysis/retrieval.js';
import { searchDocuments } from '../src/modules/analysis/search.js';
import { openBenchDatabase, printFigure } from './support.js';

const docCount = Number(process.env.BENCH_DOCS ?? 2000);
const wordsPerDoc = 5000;
const codingCount = Math.round((200_000 * docCount) / 2000);

// Seeded PRNG (mulberry32) so every run builds the same corpus.
let seed = 0x5eed;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

// Vocabulary: function words first (most frequent), then inflected content words, recovery vocabulary among them.
const functionWords = `og i det som er på at en til å jeg for ikke de med har var men du vi seg av så kan om han hun den et
  meg der eller fra vil når skal hadde blir ble også bare man noe hvis litt mer nå da jo vel etter over mange alle hva hvordan
  hvorfor hvem mye dette disse ingen andre noen sin sitt sine vår våre deres dem oss deg ham henne her hit ut inn opp ned
  igjen alltid aldri ofte kanskje veldig ganske helt sammen allerede fortsatt egentlig liksom altså ja nei eg ikkje kva korleis
  dei ho me no berre òg mykje`.split(/\s+/).filter(Boolean);
const nouns = `tjeneste bruker hjelp samtale møte kommune ansatt leder behandling bolig jobb arbeid skole familie venn nettverk
  fellesskap aktivitet plan mål tiltak oppfølging kontakt avtale dag uke måned år tid liv hverdag erfaring opplevelse følelse
  tanke ønske behov rett mulighet utfordring problem løsning endring prosess system rutine rolle ansvar tillit relasjon
  deltaker pårørende koordinator veileder terapeut lege sykepleier fastlege psykolog rådgiver konsulent team gruppe prosjekt
  rapport evaluering kartlegging undersøkelse spørreskjema intervju fokusgruppe notat referat verdi holdning kultur praksis
  kunnskap kompetanse opplæring kurs samarbeid dialog innflytelse stemme beslutning valg frihet trygghet mestring styrke
  ressurs drøm identitet mening sammenheng tilhørighet ensomhet angst depresjon rus avhengighet medisin krise innleggelse
  utskrivning sykehus avdeling poliklinikk senter kafé bil buss penge økonomi gjeld trygd nav søknad vedtak klage brev
  telefon melding skjerm time avlysning venteliste frist kveld morgen helg ferie sommer vinter hus leilighet rom nabo
  by bygd gate tur natur hund katt mat middag kaffe søvn kropp helse trening fotball musikk bok film spill`.split(/\s+/).filter(Boolean);
const verbs = `snakke hjelpe jobbe bo møte følge lytte spørre svare tenke føle bety trenge ønske prøve klare mestre lære endre
  bestemme velge delta bidra samarbeide støtte vise forklare forstå høre huske glemme begynne slutte fortsette vente
  ringe skrive lese planlegge bruke trives savne bekymre stole håpe drømme kjempe miste finne lage`.split(/\s+/).filter(Boolean);
const adjectives = `god viktig trygg vanskelig lett stor liten ny gammel lang kort rask sein åpen ærlig fin dårlig sterk svak
  glad lei sliten redd sint rolig travel alene nyttig nødvendig mulig tydelig konkret personlig faglig sosial kommunal
  psykisk fysisk`.split(/\s+/).filter(Boolean);
const domain = ['recovery', 'medvirkning', 'håp', 'håpet', 'brukermedvirkning', 'bedringsprosess', 'likeperson', 'likepersoner',
  'erfaringskonsulent', 'erfaringskompetanse', 'tilfriskning', 'empowerment', 'nynorsk', 'tenesta', 'tenestene', 'brukaren', 'brukarane'];
const inflect = {
  noun: (w: string) => (w.endsWith('e') ? [w, `${w}n`, `${w}r`, `${w}ne`] : [w, `${w}en`, `${w}er`, `${w}ene`]),
  verb: (w: string) => [w, `${w}r`, w.endsWith('e') ? `${w.slice(0, -1)}et` : `${w}dde`, w.endsWith('e') ? `${w.slice(0, -1)}te` : `${w}dd`],
  adj: (w: string) => [w, `${w}t`, `${w}e`],
};
// Compounds of two nouns (boligtjeneste, rusbehandling, …), as Norwegian forms them freely.
const compounds = nouns.slice(0, 60).flatMap((a, i) => nouns.slice(0, 60).filter((_, j) => (i * 7 + j) % 2 === 0 && i !== j).map((b) => a.replace(/e$/, '') + b));
const content = [...domain, ...nouns.flatMap(inflect.noun), ...compounds, ...verbs.flatMap(inflect.verb), ...adjectives.flatMap(inflect.adj)];
// Interleave so content words of every kind sit at all ranks, then Zipf weights 1/r^1.05.
for (let i = content.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [content[i], content[j]] = [content[j], content[i]];
}
const vocabulary = [...new Set([...functionWords, ...content])];
const cumulative = new Float64Array(vocabulary.length);
vocabulary.reduce((sum, _, r) => (cumulative[r] = sum + 1 / Math.pow(r + 1, 1.05)), 0);
const total = cumulative[cumulative.length - 1];
function word(): string {
  const x = rand() * total;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return vocabulary[lo];
}

type Turn = { speaker: string; start: number; end: number };
/**
 * One transcript as the importer leaves it: speaker turns of 20–150 words (sentences of 5–20 words)
 * separated by a blank line, the speaker labels in `turns` (code-point ranges), not in the text.
 */
function transcript(): { text: string; turns: Turn[]; words: number } {
  const parts: string[] = [];
  const turns: Turn[] = [];
  let position = 0;
  let words = 0;
  let speaker = 0;
  while (words < wordsPerDoc) {
    speaker = speaker === 0 ? int(1, 6) : 0;
    const label = speaker === 0 ? 'Intervjuer' : `Deltaker ${speaker}`;
    const turn: string[] = [];
    for (let n = Math.min(int(20, 150), wordsPerDoc - words); n > 0; ) {
      const len = Math.min(int(5, 20), n);
      const sentence = Array.from({ length: len }, word);
      sentence[0] = sentence[0][0].toUpperCase() + sentence[0].slice(1);
      turn.push(sentence.join(' ') + (rand() < 0.15 ? '?' : '.'));
      n -= len;
      words += len;
    }
    const body = turn.join(' ');
    if (parts.length > 0) position += 2;
    turns.push({ speaker: label, start: position, end: position + body.length }); // BMP-only: UTF-16 length = code points
    position += body.length;
    parts.push(body);
  }
  return { text: parts.join('\n\n'), turns, words };
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const print = (name: string, value: number, unit: string) => printFigure(name, value, unit, 2);

async function main() {
  // Migrated before the BENCH_EXPLAIN capture below is installed, so only the benchmark's statements are recorded.
  const database = await openBenchDatabase('qual', 3);
  const { pool, db } = database.handle;
  // BENCH_EXPLAIN: record the statements the app sends, to EXPLAIN exactly those.
  const captured: { text: string; values: unknown[] }[] = [];
  if (process.env.BENCH_EXPLAIN) {
    const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
    (pool as unknown as { query: unknown }).query = (...args: unknown[]) => {
      const a = args[0] as string | { text: string; values?: unknown[] };
      if (typeof a === 'object' && a?.text) captured.push({ text: a.text, values: a.values ?? (args[1] as unknown[]) ?? [] });
      else if (typeof a === 'string') captured.push({ text: a, values: (args[1] as unknown[]) ?? [] });
      if (captured.length > 50) captured.shift();
      return query(...args);
    };
  }
  try {
    const programmeId = (await pool.query(`insert into programmes (kind, name, starts_on, ends_on) values ('codesign', 'Bench ' || now(), '2026-01-01', '2026-12-31') returning id`)).rows[0].id as string;
    const coderId = (await pool.query(`insert into users (email, name) values ('bench-' || gen_random_uuid() || '@varde.test', 'Bench') returning id`)).rows[0].id as string;

    // Load: documents in batches of 25 through unnest, two connections in parallel (the tsvector is computed on insert).
    let corpusWords = 0;
    let turnCount = 0;
    const lengths: number[] = [];
    const loadStart = performance.now();
    const batches: { texts: string[]; titles: string[]; turns: string[] }[] = [];
    for (let d = 0; d < docCount; d += 25) {
      const texts: string[] = [];
      const titles: string[] = [];
      const turns: string[] = [];
      for (let i = d; i < Math.min(docCount, d + 25); i++) {
        const t = transcript();
        corpusWords += t.words;
        lengths.push(t.text.length); // BMP-only text: UTF-16 length = code points
        texts.push(t.text);
        turns.push(JSON.stringify(t.turns));
        turnCount += t.turns.length;
        titles.push(`Intervju ${i + 1}`);
      }
      batches.push({ texts, titles, turns });
    }
    const genSeconds = (performance.now() - loadStart) / 1000;
    const insertStart = performance.now();
    const ids: string[] = [];
    let passageSeconds = 0;
    let passageCount = 0;
    const worker = async () => {
      for (let b = batches.shift(); b; b = batches.shift()) {
        const res = await pool.query(
          `insert into documents (programme_id, kind, title, text, turns, source_format, created_by)
           select $1, 'interview_transcript', t.title, t.text, t.turns, 'txt', $2 from unnest($3::text[], $4::text[], $5::jsonb[]) with ordinality as t(title, text, turns, n) order by n returning id`,
          [programmeId, coderId, b.titles, b.texts, b.turns],
        );
        const batchIds = res.rows.map((r) => r.id as string);
        ids.push(...batchIds);
        // Passages exactly as the app builds them on import.
        const p0 = performance.now();
        const built = await rebuildPassages(db, batchIds);
        passageCount += built;
        passageSeconds += (performance.now() - p0) / 1000;
      }
    };
    await Promise.all([worker(), worker()]);
    const docIds = (await pool.query(`select id, length(text) as len from documents where programme_id = $1 order by title`, [programmeId])).rows as { id: string; len: number }[];

    const codeIds: string[] = [];
    for (let c = 0; c < 30; c++) {
      const r = await pool.query(`insert into codes (programme_id, name, color, position) values ($1, $2, '#0062ba', $3) returning id`, [programmeId, `Kode ${c + 1}`, c]);
      codeIds.push(r.rows[0].id);
    }
    for (let done = 0; done < codingCount; done += 20_000) {
      const cols: [string[], string[], number[], number[]] = [[], [], [], []];
      for (let i = done; i < Math.min(codingCount, done + 20_000); i++) {
        const doc = docIds[int(0, docIds.length - 1)];
        const len = int(40, 600);
        const start = int(0, doc.len - len - 1);
        cols[0].push(doc.id);
        cols[1].push(codeIds[int(0, codeIds.length - 1)]);
        cols[2].push(start);
        cols[3].push(start + len);
      }
      // With the text snapshot, as createCodings stores it (the document's text sliced in code points).
      await pool.query(
        `insert into codings (document_id, code_id, coder_id, start, "end", text)
         select t.d, t.c, $5, t.s, t.e, substring(doc.text from t.s + 1 for t.e - t.s) from unnest($1::uuid[], $2::uuid[], $3::int[], $4::int[]) as t(d, c, s, e) join documents doc on doc.id = t.d`,
        [...cols, coderId],
      );
    }
    // As autovacuum would after a bulk load: statistics and the visibility map (index-only scans).
    await pool.query('vacuum analyze documents, document_passages, codings, codes');
    const loadSeconds = (performance.now() - loadStart) / 1000;
    const insertSeconds = (performance.now() - insertStart) / 1000;

    // Search: 200 queries of one or two words drawn from the vocabulary's content words.
    const queries = Array.from({ length: 200 }, (_, i) =>
      i % 10 === 0 ? domain[i % domain.length] : [content[int(0, 600)], ...(rand() < 0.4 ? [content[int(0, 600)]] : [])].join(' '),
    );
    const timed = async <T>(fn: () => Promise<T[]>) => {
      const t0 = performance.now();
      const r = await fn();
      return { ms: performance.now() - t0, rows: r.length };
    };
    // Search as the route does it: searchDocuments, first page of 20 with headlines.
    await searchDocuments(db, programmeId, queries[0]); // warm-up
    const search = [];
    for (const q of queries) search.push(await timed(() => searchDocuments(db, programmeId, q)));
    const totals = [];
    for (const q of queries.slice(0, 50)) totals.push(Number((await pool.query(`select count(distinct p.document_id) as n from document_passages p where p.programme_id = $1 and p.search @@ websearch_to_tsquery('norwegian', $2)`, [programmeId, q])).rows[0].n));

    // Retrieval as the route does it: retrieveSegments, every segment of one code.
    await retrieveSegments(db, programmeId, codeIds[0], {}); // warm-up
    const segments = [];
    for (const id of codeIds.slice(0, 20)) segments.push(await timed(() => retrieveSegments(db, programmeId, id, {})));
    const paged = [];
    for (const id of codeIds.slice(0, 20)) paged.push(await timed(() => retrieveSegments(db, programmeId, id, { limit: 100 })));
    // Correctness: every segment's text equals the slice of the document's text (code points).
    const check = await retrieveSegments(db, programmeId, codeIds[1], {});
    const truth = new Map((await pool.query(`select c.id, substring(d.text from c.start + 1 for c."end" - c.start) as t from codings c join documents d on d.id = c.document_id where c.code_id = $1`, [codeIds[1]])).rows.map((r) => [r.id as string, r.t as string]));
    const mismatches = check.filter((x) => truth.get(x.codingId) !== x.text).length + Math.abs(truth.size - check.length);

    // The former whole-document SQL, for comparison (slow: ~1 minute).
    const legacy = { search: [] as number[], retrieval: [] as number[] };
    if (process.env.BENCH_LEGACY) {
      const searchOld = `with q as (select websearch_to_tsquery('norwegian', $2) as q),
        hits as (select d.id, d.title, d.text, ts_rank(d.search, q.q) as rank from documents d, q
                 where d.programme_id = $1 and d.search @@ q.q order by rank desc limit 20)
        select h.id, h.title, h.rank, ts_headline('norwegian', h.text, q.q, 'MaxFragments=3') as headline from hits h, q order by h.rank desc`;
      const retrievalOld = `select c.id, c.document_id, d.title, c.start, c."end", substring(d.text from c.start + 1 for c."end" - c.start) as segment
        from codings c join documents d on d.id = c.document_id where c.code_id = $1 order by d.created_at, d.id, c.start`;
      for (const q of queries) legacy.search.push((await timed(async () => (await pool.query(searchOld, [programmeId, q])).rows)).ms);
      for (const id of codeIds.slice(0, 20)) legacy.retrieval.push((await timed(async () => (await pool.query(retrievalOld, [id])).rows)).ms);
    }

    print('corpus_documents', docIds.length, 'documents');
    print('corpus_words', corpusWords, 'words');
    print('corpus_vocabulary', vocabulary.length, 'word forms');
    print('codings', codingCount, 'codings');
    print('generate_seconds', genSeconds, 's');
    print('insert_seconds', insertSeconds, 's');
    print('load_seconds', loadSeconds, 's');
    print('turns', turnCount, 'turns');
    print('passages', passageCount, 'passages');
    print('passage_build_seconds', passageSeconds, 's');
    print('search_results_mean', search.reduce((s, x) => s + x.rows, 0) / search.length, 'rows');
    print('search_matching_documents_mean', totals.reduce((s, x) => s + x, 0) / totals.length, 'documents');
    print('search_matching_documents_max', Math.max(...totals), 'documents');
    print('search_p50', percentile(search.map((x) => x.ms), 50), 'ms');
    print('search_p95', percentile(search.map((x) => x.ms), 95), 'ms');
    print('search_p95_target', 50, 'ms'); // issue 18: at BENCH_DOCS=10000
    print('retrieval_segments_mean', segments.reduce((s, x) => s + x.rows, 0) / segments.length, 'segments');
    print('retrieval_p50', percentile(segments.map((x) => x.ms), 50), 'ms');
    print('retrieval_p95', percentile(segments.map((x) => x.ms), 95), 'ms');
    print('retrieval_p95_target', 100, 'ms'); // issue 18: at BENCH_DOCS=10000
    print('retrieval_first_100_p50', percentile(paged.map((x) => x.ms), 50), 'ms');
    print('retrieval_first_100_p95', percentile(paged.map((x) => x.ms), 95), 'ms');
    print('retrieval_text_mismatches', mismatches, 'segments');
    if (legacy.search.length) {
      print('legacy_document_search_p50', percentile(legacy.search, 50), 'ms');
      print('legacy_document_search_p95', percentile(legacy.search, 95), 'ms');
      print('legacy_retrieval_p50', percentile(legacy.retrieval, 50), 'ms');
      print('legacy_retrieval_p95', percentile(legacy.retrieval, 95), 'ms');
    }
    if (process.env.BENCH_EXPLAIN) {
      const explain = async (name: string, run: () => Promise<unknown>, match: RegExp) => {
        captured.length = 0;
        await run();
        const statement = captured.find((x) => match.test(x.text));
        if (!statement) {
          console.error(`-- ${name}: statement not captured`);
          return;
        }
        const plan = await pool.query(`explain (analyze, buffers) ${statement.text}`, statement.values);
        console.error(`-- ${name}\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}`);
      };
      // The heaviest query of the run (most matching documents) and a typical one.
      const heavy = queries[totals.indexOf(Math.max(...totals))];
      await explain(`search "${heavy}"`, () => searchDocuments(db, programmeId, heavy), /document_passages/);
      await explain('retrieval', () => retrieveSegments(db, programmeId, codeIds[0], {}), /coalesce\("codings"."text"/);
    }
  } finally {
    await database.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

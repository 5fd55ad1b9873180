// The evaluation report at national scale (issue 14): 356 municipalities with the pre/post dataset of
// bench/prepost.ts (25 participants × pre and post × 20 items each), 10 held activities and 25
// participants per municipality, 2 coded transcripts per municipality (~30 codings each under 12 codes
// in 3 themes), two evaluation questions and 30 picked quotes. Then the whole report is built from the
// database and written as Word and as PDF through the functions the export job calls (buildReport →
// wordDocument / pdfDocument). Prints `name: value unit` lines (targets: ≤ 10 s each).
// Uses DATABASE_URL when set, otherwise a throw-away embedded PostgreSQL. BENCH_MUNICIPALITIES scales it.
import { pdfDocument } from '../src/lib/office/pdf.js';
import { wordDocument } from '../src/lib/office/word.js';
import { loadActor } from '../src/modules/access/actor.js';
import { generateCourseRespondents, knowledgeAttitudeDefinition } from '../src/modules/prepost/demo-data.js';
import { norwayMunicipalities } from '../src/modules/programmes/norway-municipalities.js';
import { programmeMunicipalities, programmes } from '../src/modules/programmes/schema.js';
import { insertPrePostStudy } from '../src/modules/questionnaires/prepost-demo.js';
import { createQuestion } from '../src/modules/reports/evaluation-questions.js';
import { buildReport } from '../src/modules/reports/report-build.js';
import { reportsReportQuotes } from '../src/modules/reports/report-schema.js';
import { syncReport } from '../src/modules/reports/report-sections.js';
import { openBenchDatabase, printFigure as print } from './support.js';

const municipalityCount = Number(process.env.BENCH_MUNICIPALITIES ?? 356);
const words = ['tjenesten', 'møtet', 'samtalen', 'hverdagen', 'planen', 'kontakten', 'tryggheten', 'arbeidet', 'hjelpen', 'tiden', 'oppfølgingen', 'nettverket'];
const sentence = (i: number) => `Det viktigste for meg var ${words[i % words.length]} og ${words[(i * 7 + 3) % words.length]}, fordi ${words[(i * 5 + 1) % words.length]} ga meg noe å stå på.`;

let peak = 0;
const sample = () => { peak = Math.max(peak, process.memoryUsage().rss); };

async function main() {
  const database = await openBenchDatabase('report', 3);
  const { db, pool } = database.handle;
  try {
    const loadStart = performance.now();
    const [programme] = await db.insert(programmes).values({ kind: 'codesign', name: `Bench rapport ${Date.now()}`, startsOn: '2026-01-01', endsOn: '2027-12-31' }).returning();
    const places = await db.insert(programmeMunicipalities).values(norwayMunicipalities.slice(0, municipalityCount).map((m) => ({ programmeId: programme.id, number: m.number, name: m.name }))).returning({ id: programmeMunicipalities.id });
    const definition = knowledgeAttitudeDefinition(20);
    await insertPrePostStudy(db, programme.id, null, definition, places.map((p, i) => ({
      municipalityId: p.id, activityId: null, respondents: generateCourseRespondents(definition, 7000 + i, 25, 0.3 + (i % 7) * 0.05, 0),
    })));
    const userId = (await pool.query(`insert into users (email, name, is_admin) values ('bench-' || gen_random_uuid() || '@varde.test', 'Bench', true) returning id`)).rows[0].id as string;
    const actor = (await loadActor(db, userId))!;
    const ids = places.map((p) => p.id);
    const types = ['mapping_meeting', 'focus_group', 'feedback_meeting', 'codesign_workshop', 'network_gathering'];
    await pool.query(
      `insert into activities (programme_id, municipality_id, type_key, title, duration_minutes, mode, status)
       select $1, m, (array[${types.map((t) => `'${t}'`).join(',')}])[1 + (n % ${types.length})], 'Aktivitet ' || n, 120, 'physical', 'held'
       from unnest($2::uuid[]) m, generate_series(1, 10) n`, [programme.id, ids]);
    await pool.query(
      `insert into participants (programme_id, municipality_id, role, name, code)
       select $1, m, (array['recipient','provider','leader'])[1 + (n % 3)], 'Deltaker ' || o || '-' || n, 'B' || o || '-' || n
       from unnest($2::uuid[]) with ordinality as u(m, o), generate_series(1, 25) n`, [programme.id, ids]);
    const themes: string[] = [];
    const codes: string[] = [];
    for (let th = 0; th < 3; th++) {
      const theme = (await pool.query(`insert into codes (programme_id, name, color, position, is_theme) values ($1, $2, '#0062ba', $3, true) returning id`, [programme.id, `Tema ${th + 1}`, th])).rows[0].id as string;
      themes.push(theme);
      for (let c = 0; c < 4; c++) codes.push((await pool.query(`insert into codes (programme_id, name, color, position, parent_id) values ($1, $2, '#0062ba', $3, $4) returning id`, [programme.id, `Kode ${th + 1}.${c + 1}`, c, theme])).rows[0].id as string);
    }
    const docText = Array.from({ length: 30 }, (_, i) => sentence(i)).join('\n\n');
    const docs = (await pool.query(
      `insert into documents (programme_id, kind, title, text, source_format, municipality_id, activity_type, attributes, created_by)
       select $1, 'interview_transcript', 'Intervju ' || o || '-' || n, $3, 'txt', m, 'interview', jsonb_build_object('role', (array['recipient','provider'])[n]), $4
       from unnest($2::uuid[]) with ordinality as u(m, o), generate_series(1, 2) n returning id`, [programme.id, ids, docText, userId])).rows.map((r) => r.id as string);
    const offsets: [number, number][] = [];
    let at = 0;
    for (let i = 0; i < 30; i++) { const s = sentence(i); offsets.push([at, at + [...s].length]); at += [...s].length + 2; }
    await pool.query(
      `insert into codings (document_id, code_id, coder_id, start, "end", text)
       select d, ($2::uuid[])[1 + ((o + s) % 12)], $3, ($4::int[])[s], ($5::int[])[s], substring($6 from ($4::int[])[s] + 1 for ($5::int[])[s] - ($4::int[])[s])
       from unnest($1::uuid[]) with ordinality as u(d, o), generate_series(1, 30) s`,
      [docs, codes, userId, offsets.map((o) => o[0]), offsets.map((o) => o[1]), docText]);
    await createQuestion(db, actor, programme.id, { text: 'Hva kom ut av samskapingen?', analyses: [{ kind: 'themes', refId: null }, { kind: 'codesign_thread', refId: null }] });
    await createQuestion(db, actor, programme.id, { text: 'Hvem deltok, og hva endret seg?', analyses: [{ kind: 'prepost', refId: null }, { kind: 'indicators', refId: null }] });
    await syncReport(db, actor, programme.id, 'nb');
    const section = (await pool.query(`select id from reports_report_sections where programme_id = $1 and kind = 'findings' order by position limit 1`, [programme.id])).rows[0].id as string;
    const picks = (await pool.query(`select c.id, c.code_id from codings c join documents d on d.id = c.document_id where d.programme_id = $1 order by c.id limit 30`, [programme.id])).rows;
    await db.insert(reportsReportQuotes).values(picks.map((p) => ({ programmeId: programme.id, sectionId: section, codingId: p.id as string, codeId: p.code_id as string })));
    print('report_load', performance.now() - loadStart, 'ms');

    const timer = setInterval(sample, 20);
    sample();
    const baseline = process.memoryUsage().rss;
    let start = performance.now();
    const forWord = await buildReport(db, programme.id, { onPart: (key, ms) => print(`report_part_${key.split(':')[0]}`, ms, 'ms') });
    print('report_build', performance.now() - start, 'ms');
    const docx = await wordDocument(forWord.document);
    print('report_word', performance.now() - start, 'ms');
    sample();
    start = performance.now();
    const forPdf = await buildReport(db, programme.id);
    print('report_build_again', performance.now() - start, 'ms');
    const pdf = await pdfDocument(forPdf.document);
    print('report_pdf', performance.now() - start, 'ms');
    sample();
    clearInterval(timer);
    print('report_word_bytes', docx.length / 1024, 'KiB');
    print('report_pdf_bytes', pdf.length / 1024, 'KiB');
    print('report_tables', forPdf.tables.length, 'tables');
    print('report_figures', forPdf.figures.length, 'figures');
    print('report_municipalities', places.length, 'municipalities');
    print('report_peak_rss', peak / 1024 / 1024, 'MiB');
    print('report_peak_rss_over_start', (peak - baseline) / 1024 / 1024, 'MiB');
  } finally {
    await database.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

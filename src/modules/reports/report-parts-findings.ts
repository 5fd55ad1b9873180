/**
 * Findings per evaluation question (seed 004 §5, 000 §1.2.3): the themes from coding with their
 * counts, the quotes the researcher picked (anonymised when the report is built, from the coded
 * segment as it is now), process indicators and who came regularly, improvement measures with
 * their run charts, and the co-design thread (target areas agreed on). Which of these a question
 * shows follows its analyses in the evaluation plan; a report without questions shows them all.
 */
import { and, asc, eq } from 'drizzle-orm';
import { protectCount } from '../../lib/small-cells.js';
import type { OfficeBlock } from '../../lib/office/word.js';
import { translate } from '../../i18n/index.js';
import { attendanceRows, cameRegularly } from '../activities/attendance-figures.js';
import { anonymisedQuotes } from '../analysis/quotes.js';
import { retrieveSegments } from '../analysis/retrieval.js';
import { listTargetAreaRows } from '../codesign/target-areas.js';
import { buildIndicatorChart } from '../improvement/chart-data.js';
import { listIndicators, listMeasurements } from '../improvement/indicators.js';
import { listMeasures } from '../improvement/measures.js';
import { hiddenPoints } from '../improvement/small-cells.js';
import { participantRoles } from '../people/schema.js';
import { getProgramme } from '../programmes/programmes.js';
import { countText, once, para, refMark, tagged, type ReportContext } from './report-context.js';
import { codesOf, questionsOf } from './report-parts-material.js';
import { prePostPart } from './report-parts-prepost.js';
import { reportsReportQuotes } from './report-schema.js';

/** "Came regularly": at least this many of the activities one was invited to (the indicators' default). */
export const regularN = 2;

export async function themesPart(ctx: ReportContext, themeId: string | null): Promise<OfficeBlock[]> {
  const codes = await codesOf(ctx);
  const themes = codes.filter((c) => c.isTheme && (!themeId || c.id === themeId));
  if (!themes.length) return [para(ctx.t('generated.noThemes'))];
  const under = (id: string): typeof codes => codes.filter((c) => c.parentId === id).flatMap((c) => [c, ...under(c.id)]);
  const id = `themes.${themeId ?? 'all'}`;
  const rows = themes.map((th) => {
    const sub = under(th.id);
    return [th.name, String(sub.length), String(th.codingCount + sub.reduce((n, c) => n + c.codingCount, 0))];
  });
  return [
    para(ctx.t('generated.themesIntro', { themes: themes.length, table: refMark(id) })),
    tagged({ kind: 'table', title: ctx.t('generated.themesTitle'), header: [ctx.t('generated.theme'), ctx.t('generated.codes'), ctx.t('generated.segments')], rows }, id),
  ];
}

/**
 * The picked quotes of a section, each as the analysis module anonymises it now; gone segments are
 * simply absent. Anonymising a code's every segment costs a pass over all municipality names per
 * segment, so only the picked segments' municipalities are asked for.
 */
export async function pickedQuotes(ctx: ReportContext, sectionId: string) {
  const picked = await ctx.db.select().from(reportsReportQuotes).where(and(eq(reportsReportQuotes.programmeId, ctx.programmeId), eq(reportsReportQuotes.sectionId, sectionId))).orderBy(asc(reportsReportQuotes.createdAt));
  const found = new Map<string, { text: string; attribution: string }>();
  for (const codeId of [...new Set(picked.map((p) => p.codeId))]) {
    const segments = await once(ctx, `segments.${codeId}`, () => retrieveSegments(ctx.db, ctx.programmeId, codeId, { includeChildren: false }));
    const wanted = new Set(picked.filter((p) => p.codeId === codeId).map((p) => p.codingId));
    const places = new Set(segments.filter((s) => wanted.has(s.codingId)).map((s) => s.municipalityId));
    for (const municipalityId of places) {
      const quotes = await anonymisedQuotes(ctx.db, ctx.programmeId, codeId, { includeChildren: false, ...(municipalityId ? { municipalityId } : {}) }, ctx.lang);
      for (const q of quotes) if (wanted.has(q.codingId)) found.set(q.codingId, q);
    }
  }
  return picked.flatMap((p) => {
    const q = found.get(p.codingId);
    return q ? [{ id: p.id, codingId: p.codingId, text: q.text, attribution: q.attribution }] : [];
  });
}

export async function quotesPart(ctx: ReportContext, sectionId: string): Promise<OfficeBlock[]> {
  const quotes = await pickedQuotes(ctx, sectionId);
  if (!quotes.length) return [para(ctx.t('generated.noQuotes'))];
  return quotes.map((q) => ({ kind: 'paragraph', runs: [{ text: `«${q.text}» `, italic: true }, { text: q.attribution }] }));
}

export async function engagementPart(ctx: ReportContext): Promise<OfficeBlock[]> {
  const { threshold } = await once(ctx, 'programme', () => getProgramme(ctx.db, ctx.programmeId)).then((p) => ({ threshold: p.smallCellThreshold }));
  const facts = await attendanceRows(ctx.db, ctx.programmeId);
  if (!facts.length) return [para(ctx.t('generated.noAttendance'))];
  const regulars = cameRegularly(facts, regularN);
  const protect = (n: number) => countText(protectCount(n, threshold, false), threshold);
  const role = (r: string) => translate(ctx.lang, `people.roles.${r}`);
  const rows = participantRoles.map((r) => {
    const these = facts.filter((f) => f.role === r);
    const invited = these.filter((f) => f.invited).length;
    const attended = these.filter((f) => f.invited && f.attended).length;
    const people = regulars.filter((x) => x.role === r);
    return [role(r), protect(invited), protect(attended), protect(people.length), protect(people.filter((x) => x.regular).length)];
  });
  const id = 'engagement';
  return [
    para(ctx.t('generated.engagementIntro', { n: regularN, table: refMark(id) })),
    tagged({
      kind: 'table', title: ctx.t('generated.engagementTitle'),
      header: [ctx.t('generated.role'), ctx.t('generated.invitations'), ctx.t('generated.attendedInvitations'), ctx.t('generated.people'), ctx.t('generated.regulars', { n: regularN })],
      rows, note: ctx.t('generated.smallCellNote', { threshold }),
    }, id),
  ];
}

export async function improvementPart(ctx: ReportContext, measureId: string | null): Promise<OfficeBlock[]> {
  const programme = await getProgramme(ctx.db, ctx.programmeId);
  const measures = (await listMeasures(ctx.db, ctx.programmeId)).filter((m) => !measureId || m.id === measureId);
  if (!measures.length) return [para(ctx.t('generated.noMeasures'))];
  const indicators = await listIndicators(ctx.db, measures.map((m) => m.id));
  const rows = await listMeasurements(ctx.db, indicators.map((i) => i.id));
  const view = { threshold: programme.smallCellThreshold, mayShowSmall: false };
  const blocks: OfficeBlock[] = [{ kind: 'list', ordered: false, items: measures.map((m) => [{ text: m.title, bold: true }, { text: ` – ${translate(ctx.lang, `improvement.statuses.${m.status}`)}` }]) }];
  for (const indicator of indicators) {
    const points = rows.filter((r) => r.indicatorId === indicator.id).map((r) => ({ period: r.period, value: r.value, denominator: r.denominator }));
    if (points.length < 2) continue;
    const measure = measures.find((m) => m.id === indicator.measureId)!;
    const { chart } = buildIndicatorChart(indicator, points, [], ctx.lang, { title: `${measure.title}: ${indicator.name}`, hidden: hiddenPoints(indicator, points, view) });
    const id = `run.${indicator.id}`;
    blocks.push(para(ctx.t('generated.runChart', { indicator: indicator.name, figure: refMark(id) })), tagged({ kind: 'chart', chart }, id));
  }
  return blocks;
}

export async function codesignPart(ctx: ReportContext): Promise<OfficeBlock[]> {
  const all = { isMember: true, roles: new Set<never>(), municipalities: 'all' as const, contactMunicipalities: new Set<string>() };
  const areas = await listTargetAreaRows(ctx.db, ctx.programmeId, all);
  if (!areas.length) return [para(ctx.t('generated.noTargetAreas'))];
  return [
    para(ctx.t('generated.codesignIntro', { areas: areas.length })),
    { kind: 'list', ordered: false, items: areas.map((a) => [{ text: a.title, bold: true }, ...(a.description ? [{ text: ` – ${a.description}` }] : [])]) },
  ];
}

/** Everything a question's analyses ask for (all of it without a question), in the order of seed 004 §5. */
export async function findingsPart(ctx: ReportContext, questionId: string | null): Promise<OfficeBlock[]> {
  const question = questionId ? (await questionsOf(ctx)).find((q) => q.id === questionId) : undefined;
  const analyses = question?.analyses.length ? question.analyses : [{ kind: 'themes', refId: null }, { kind: 'prepost', refId: null }, { kind: 'indicators', refId: null }, { kind: 'codesign_thread', refId: null }];
  const blocks: OfficeBlock[] = [];
  const heading = (key: string): OfficeBlock => ({ kind: 'heading', level: 3, text: ctx.t(`generated.findingsHeadings.${key}`) });
  for (const a of analyses) {
    if (a.kind === 'themes') blocks.push(heading('themes'), ...(await themesPart(ctx, a.refId)));
    else if (a.kind === 'prepost') blocks.push(heading('prepost'), ...(await prePostPart(ctx, a.refId)));
    else if (a.kind === 'indicators') blocks.push(heading('engagement'), ...(await engagementPart(ctx)), heading('improvement'), ...(await improvementPart(ctx, null)));
    else if (a.kind === 'codesign_thread') blocks.push(heading('codesign'), ...(await codesignPart(ctx)));
  }
  return blocks;
}

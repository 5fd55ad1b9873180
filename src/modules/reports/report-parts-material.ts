/**
 * Generated parts about what the evaluation rests on: the evaluation questions (004 §2), the data
 * material with its counts (004 §3) and the method written out from what was actually done (004 §4):
 * the codes and themes used, how many coded, the coders' agreement, the statistical tests.
 */
import { formatNumber } from '../../lib/charts/svg.js';
import type { OfficeBlock } from '../../lib/office/word.js';
import { coderAgreement } from '../analysis/agreement-ops.js';
import { mostActiveCoders } from '../analysis/coders.js';
import { listCodes } from '../analysis/codes.js';
import { translate } from '../../i18n/index.js';
import { listEvaluationQuestions } from './evaluation-questions.js';
import { countText, once, para, refMark, tagged, type ReportContext } from './report-context.js';
import { materialFacts } from './report-material.js';
import { prePostResults } from './report-parts-prepost.js';

export const questionsOf = (ctx: ReportContext) => once(ctx, 'questions', () => listEvaluationQuestions(ctx.db, ctx.programmeId, ctx.lang));
export const materialOf = (ctx: ReportContext) => once(ctx, 'material', () => materialFacts(ctx.db, ctx.programmeId, ctx.lang));
export const codesOf = (ctx: ReportContext) => once(ctx, 'codes', () => listCodes(ctx.db, ctx.programmeId));

export async function questionsPart(ctx: ReportContext): Promise<OfficeBlock[]> {
  const questions = await questionsOf(ctx);
  if (!questions.length) return [para(ctx.t('generated.noQuestions'))];
  return [{ kind: 'list', ordered: true, items: questions.map((q) => [{ text: q.text }]) }];
}

export async function materialPart(ctx: ReportContext): Promise<OfficeBlock[]> {
  const f = await materialOf(ctx);
  const { t } = ctx;
  const kind = (k: string) => translate(ctx.lang, `analysis.kinds.${k}`);
  const role = (r: string) => translate(ctx.lang, `people.roles.${r}`);
  const blocks: OfficeBlock[] = [
    para(t('generated.materialIntro', {
      municipalities: f.municipalities, activities: f.activitiesHeldTotal, focusGroups: f.focusGroupsHeld, documents: f.documentsTotal,
      activitiesRef: refMark('material.activities'), documentsRef: refMark('material.documents'), participantsRef: refMark('material.participants'),
    })),
  ];
  blocks.push(tagged({
    kind: 'table', title: t('generated.activitiesTitle'), header: [t('generated.activityType'), t('generated.held')],
    rows: [...f.activitiesHeld.map((a) => [a.label, String(a.count)]), [t('generated.total'), String(f.activitiesHeldTotal)]], boldLastRow: true,
  }, 'material.activities'));
  blocks.push(tagged({
    kind: 'table', title: t('generated.documentsTitle'), header: [t('generated.documentKind'), t('generated.count')],
    rows: [...f.documents.map((d) => [kind(d.kind), String(d.count)]), [t('generated.total'), String(f.documentsTotal)]], boldLastRow: true,
  }, 'material.documents'));
  blocks.push(tagged({
    kind: 'table', title: t('generated.participantsTitle'), header: [t('generated.role'), t('generated.recruited'), t('generated.consented')],
    rows: [...f.participants.map((p) => [role(p.role), countText(p.recruited, f.threshold), countText(p.consented, f.threshold)]), [t('generated.total'), countText(f.participantsTotal, f.threshold), '']],
    boldLastRow: true, note: t('generated.smallCellNote', { threshold: f.threshold }),
  }, 'material.participants'));
  return blocks;
}

export async function methodPart(ctx: ReportContext): Promise<OfficeBlock[]> {
  const { t, lang } = ctx;
  const codes = await codesOf(ctx);
  const blocks: OfficeBlock[] = [];
  const themes = codes.filter((c) => c.isTheme);
  const segments = codes.reduce((n, c) => n + c.codingCount, 0);
  const material = await materialOf(ctx);
  if (codes.length) {
    blocks.push(para(t('generated.methodCoding', { documents: material.documentsTotal, codes: codes.length - themes.length, themes: themes.length, segments })));
    if (themes.length) blocks.push({ kind: 'list', ordered: false, items: themes.map((c) => [{ text: c.name, bold: true }, ...(c.description ? [{ text: ` – ${c.description}` }] : [])]) });
    const coders = await mostActiveCoders(ctx.db, ctx.programmeId);
    if (coders.length >= 2) {
      const agreement = await coderAgreement(ctx.db, ctx.programmeId, { coderA: coders[0], coderB: coders[1], showDisagreements: false });
      const o = agreement.overall;
      if (o.ok && o.cohensKappa.ok)
        blocks.push(para(t('generated.methodAgreement', { coders: coders.length, documents: agreement.documents.length, percent: formatNumber(lang, o.percentAgreement * 100, 1), kappa: formatNumber(lang, o.cohensKappa.value, 2) })));
      else blocks.push(para(t('generated.methodCoders', { coders: coders.length })));
    } else blocks.push(para(t('generated.methodCoders', { coders: coders.length })));
  } else blocks.push(para(t('generated.methodNoCoding')));
  for (const r of await prePostResults(ctx)) blocks.push(...r.methods.map(para));
  return blocks;
}

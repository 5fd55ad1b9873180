/**
 * Appendices (seed 004's appendices): the instruments used, the information letter as participants
 * got it (the newest published one in the report's language, else bokmål), and the interview and
 * focus-group guides written as activity agendas. Texts written for participants, never about them.
 */
import type { OfficeBlock } from '../../lib/office/word.js';
import { listActivityTypes } from '../activities/types.js';
import { currentLetter } from '../consent/letters.js';
import { localText } from '../prepost/service.js';
import { listInstruments } from '../questionnaires/instruments.js';
import { para, type ReportContext } from './report-context.js';

export async function instrumentsPart(ctx: ReportContext): Promise<OfficeBlock[]> {
  const instruments = await listInstruments(ctx.db, ctx.programmeId);
  if (!instruments.length) return [para(ctx.t('generated.noInstruments'))];
  return [{ kind: 'list', ordered: false, items: instruments.map((i) => {
    const published = i.versions.find((v) => v.status === 'published') ?? i.versions[0];
    return [{ text: localText(i.title, ctx.lang), bold: true }, ...(published ? [{ text: ` – ${ctx.t('generated.instrumentVersion', { version: published.version })}` }] : [])];
  }) }];
}

export async function lettersPart(ctx: ReportContext): Promise<OfficeBlock[]> {
  const letter = (await currentLetter(ctx.db, ctx.programmeId, ctx.lang)) ?? (await currentLetter(ctx.db, ctx.programmeId, 'nb'));
  if (!letter) return [para(ctx.t('generated.noLetter'))];
  return [
    { kind: 'heading', level: 3, text: letter.title },
    ...letter.body.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean).map(para),
  ];
}

/** Interview and focus-group guides: the types of recorded activities with their labels, one line each. */
export async function guidesPart(ctx: ReportContext): Promise<OfficeBlock[]> {
  const types = (await listActivityTypes(ctx.db, ctx.programmeId)).filter((t) => t.recorded);
  if (!types.length) return [para(ctx.t('generated.noGuides'))];
  return [para(ctx.t('generated.guidesIntro')), { kind: 'list', ordered: false, items: types.map((t) => [{ text: t.labels[ctx.lang] || t.labels.nb }]) }];
}

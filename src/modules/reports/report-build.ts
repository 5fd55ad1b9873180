/**
 * The whole report as one `OfficeDocument` of the Word/PDF kit: title, table of contents, lists of
 * tables and figures, then each section's newest text with its generated parts filled from live
 * data. The kit numbers tables and figures and writes the cross-references (`numberCaptions`); the
 * editor's preview uses the same numbering.
 */
import type { Executor } from '../../db/client.js';
import { translate } from '../../i18n/index.js';
import { numberCaptions, wordLanguageTag, type OfficeBlock, type OfficeDocument } from '../../lib/office/model.js';
import { getAuthoredDocument, latestVersion } from '../documents/documents.js';
import { richTextOfficeBlocks } from '../documents/word.js';
import { getProgramme } from '../programmes/programmes.js';
import { para, reportContext, type ReportContext } from './report-context.js';
import { guidesPart, instrumentsPart, lettersPart } from './report-parts-appendices.js';
import { findingsPart, quotesPart } from './report-parts-findings.js';
import { materialPart, methodPart, questionsPart } from './report-parts-material.js';
import type { ReportLanguage } from './report-schema.js';
import { getReport, listSections } from './report-sections.js';

/** A generated part's blocks for `key` (`material`, `findings:<questionId|all>`, `quotes:<sectionId>` …). */
export async function generatedPart(ctx: ReportContext, key: string): Promise<OfficeBlock[]> {
  const [name, arg] = [key.split(':')[0], key.split(':').slice(1).join(':')];
  switch (name) {
    case 'questions': return questionsPart(ctx);
    case 'material': return materialPart(ctx);
    case 'method': return methodPart(ctx);
    case 'findings': return findingsPart(ctx, arg && arg !== 'all' ? arg : null);
    case 'quotes': return quotesPart(ctx, arg);
    case 'instruments': return instrumentsPart(ctx);
    case 'letters': return lettersPart(ctx);
    case 'guides': return guidesPart(ctx);
    default: return [para(ctx.t('generated.unknownKey', { key }))];
  }
}

export interface BuiltSection {
  id: string;
  kind: string;
  title: string;
  /** The section's blocks, heading first. */
  blocks: OfficeBlock[];
  /** Each generated part's blocks by key, for the editor's preview. */
  parts: Record<string, OfficeBlock[]>;
}

export interface BuiltReport {
  document: OfficeDocument;
  sections: BuiltSection[];
  tables: { number: number; title: string }[];
  figures: { number: number; title: string }[];
}

/**
 * Builds the report from the sections' newest versions and live data. `onProgress` hears 0–90 as
 * sections are done (the export job adds the rendering after it).
 */
export async function buildReport(db: Executor, programmeId: string, opts: { onProgress?: (percent: number) => Promise<void>; onPart?: (key: string, ms: number) => void } = {}): Promise<BuiltReport> {
  const programme = await getProgramme(db, programmeId);
  const report = await getReport(db, programmeId);
  const lang: ReportLanguage = report?.language ?? 'nb';
  const ctx = reportContext(db, programmeId, lang);
  const sections = await listSections(db, programmeId);
  const built: BuiltSection[] = [];
  for (const [i, s] of sections.entries()) {
    const doc = await getAuthoredDocument(db, programmeId, s.documentId);
    const version = await latestVersion(db, doc.id);
    const parts: Record<string, OfficeBlock[]> = {};
    const body = version ? await richTextOfficeBlocks(db, doc.id, version.body, {
      headingOffset: 1,
      resolve: async (key) => {
        const start = performance.now();
        parts[key] = await generatedPart(ctx, key);
        opts.onPart?.(key, performance.now() - start);
        return parts[key];
      },
    }) : [];
    built.push({ id: s.id, kind: s.kind, title: doc.title, blocks: [{ kind: 'heading', level: 1, text: doc.title }, ...body], parts });
    await opts.onProgress?.(Math.round(((i + 1) / sections.length) * 90));
  }
  const all = built.flatMap((s) => s.blocks);
  const title = ctx.t('title', { programme: programme.name });
  const word = (k: string) => translate(lang, `documents.word.${k}`);
  const words = { table: word('table'), figure: word('figure'), note: word('note'), page: word('page') };
  const front: OfficeBlock[] = [
    { kind: 'paragraph', runs: [{ text: title, bold: true }] },
    { kind: 'toc', title: ctx.t('contents') },
    { kind: 'tableList', title: ctx.t('listOfTables') },
    { kind: 'figureList', title: ctx.t('listOfFigures') },
    { kind: 'pageBreak' },
  ];
  const document: OfficeDocument = { title, languageTag: wordLanguageTag(lang), words, blocks: [...front, ...all], subject: ctx.t('subject') };
  const numbered = [...numberCaptions(document).byIndex.values()];
  const tables = numbered.filter((n) => n.kind === 'table').map(({ number, title: t }) => ({ number, title: t }));
  const figures = numbered.filter((n) => n.kind === 'figure').map(({ number, title: t }) => ({ number, title: t }));
  return { document, sections: built, tables, figures };
}

/**
 * One module or the whole course as .docx (issue 12 §6), through the one Word kit: a table of
 * contents, per module its aims, the target areas it answers and each material's newest version —
 * written text exactly as the editor shows it (headings, lists, images), uploads named with their file.
 */
import type { Executor } from '../../db/client.js';
import { translate, type Language } from '../../i18n/index.js';
import { wordDocument, wordLanguageTag, type OfficeBlock } from '../../lib/office/word.js';
import { getProgramme } from '../programmes/programmes.js';
import { latestVersion } from '../documents/documents.js';
import { richTextOfficeBlocks } from '../documents/word.js';
import { listAuthoredDocuments } from '../documents/documents.js';
import { courseOverview, materialKind, valuesDocument } from './course.js';

export async function courseDocx(db: Executor, programmeId: string, lang: Language, moduleId?: string): Promise<{ bytes: Buffer; fileName: string }> {
  const t = (key: string, vars?: Record<string, string | number>) => translate(lang, key, vars);
  const programme = await getProgramme(db, programmeId);
  const course = await courseOverview(db, programmeId);
  const modules = moduleId ? course.modules.filter((m) => m.id === moduleId) : course.modules;
  const status = (s: string) => t(`documents.status.${s}`);
  const title = moduleId ? modules[0]?.title ?? '' : t('course.export.title', { programme: programme.name });
  const blocks: OfficeBlock[] = [{ kind: 'heading', level: 1, text: title }];
  if (!moduleId) blocks.push({ kind: 'toc', title: t('course.export.contents') });
  const materials = await listAuthoredDocuments(db, programmeId, materialKind, modules.map((m) => m.id));
  for (const [i, m] of modules.entries()) {
    const level = moduleId ? 2 : 1;
    if (!moduleId) blocks.push({ kind: 'heading', level: 1, text: t('course.export.moduleHeading', { number: i + 1, title: m.title }) });
    if (m.aims) blocks.push({ kind: 'heading', level: level as 1 | 2, text: t('course.aims') }, { kind: 'paragraph', runs: [{ text: m.aims }] });
    if (m.targetAreas.length) blocks.push({ kind: 'heading', level: level as 1 | 2, text: t('course.targetAreas') }, { kind: 'list', ordered: false, items: m.targetAreas.map((a) => [{ text: a.title }]) });
    for (const doc of materials.filter((d) => d.ownerId === m.id)) {
      const v = await latestVersion(db, doc.id);
      blocks.push({ kind: 'heading', level: (level + 1) as 2 | 3, text: doc.title });
      const label = v?.label ? ` — ${v.label}` : '';
      blocks.push({ kind: 'paragraph', small: true, runs: [{ text: t('course.export.versionLine', { number: v?.number ?? 0, status: status(doc.status) }) + label, italic: true }] });
      if (!v) continue;
      if (doc.form === 'upload') blocks.push({ kind: 'paragraph', runs: [{ text: t('course.export.uploaded', { file: v.fileName ?? '' }) }] });
      else blocks.push(...(await richTextOfficeBlocks(db, doc.id, v.body, { headingOffset: level + 1 })));
    }
  }
  if (!moduleId) {
    const values = await valuesDocument(db, null, programmeId, false);
    const v = values && (await latestVersion(db, values.id));
    if (values && v) blocks.push({ kind: 'heading', level: 1, text: values.title }, ...(await richTextOfficeBlocks(db, values.id, v.body, { headingOffset: 1 })));
  }
  const words = { table: t('documents.word.table'), figure: t('documents.word.figure'), note: t('documents.word.note'), page: t('documents.word.page') };
  const bytes = await wordDocument({ title, languageTag: wordLanguageTag(lang), words, blocks });
  const slug = title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9æøå]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'kurs';
  return { bytes, fileName: `${slug}.docx` };
}

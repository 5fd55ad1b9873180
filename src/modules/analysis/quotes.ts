/**
 * Anonymised quotes ready to paste into a report (issue 7 §5): the segment's words with an
 * attribution such as "(tjenestemottaker, intervju)" — no participant codes, no code names, no
 * municipality names, no dates: nothing traceable to a person or a municipality (seed 004).
 */
import type { Executor } from '../../db/client.js';
import { translate, type Language } from '../../i18n/index.js';
import { retrieveSegments } from './retrieval.js';
import type { SegmentFilter } from './segment-filters.js';
import { listProgrammeMunicipalities } from '../programmes/municipalities.js';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "[tjenestemottaker BAE-P-07]" → "[tjenestemottaker]"; any municipality name left → "[kommune]"; whitespace tidied. */
export function anonymiseQuoteText(text: string, municipalityNames: string[]): string {
  let out = text.replace(/\[([\p{L}-]+) [^\]\n]*\]/gu, '[$1]');
  for (const name of municipalityNames) {
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'giu'), '[kommune]');
  }
  return out.replace(/\s+/g, ' ').trim();
}

const sourceKey = (activityType: string | null, kind: string): string => {
  if (activityType && ['interview', 'focus_group', 'mapping_meeting', 'feedback_meeting', 'codesign_workshop'].includes(activityType)) return activityType;
  if (kind === 'interview_transcript') return 'interview';
  if (kind === 'focus_group_transcript' || kind === 'focus_group_summary') return 'focus_group';
  if (kind === 'meeting_transcript') return 'meeting';
  return ['minutes', 'group_work_notes', 'values_document', 'survey_free_text'].includes(kind) ? kind : 'other';
};

export async function anonymisedQuotes(db: Executor, programmeId: string, codeId: string, filter: SegmentFilter & { includeChildren?: boolean }, lang: Language) {
  const segments = await retrieveSegments(db, programmeId, codeId, filter);
  const places = (await listProgrammeMunicipalities(db, programmeId, 'all')).map((m) => m.name);
  return segments.map((s) => {
    const role = s.roles.length === 1 && ['recipient', 'provider', 'leader'].includes(s.roles[0]) ? s.roles[0] : 'unknown';
    const attribution = `(${translate(lang, `analysis.quoteRole.${role}`)}, ${translate(lang, `analysis.quoteSource.${sourceKey(s.activityType, s.documentKind)}`)})`;
    const text = anonymiseQuoteText(s.text, places);
    return { codingId: s.codingId, text, attribution, quote: `«${text}» ${attribution}` };
  });
}

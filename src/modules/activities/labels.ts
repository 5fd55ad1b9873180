import { translate, type Language } from '../../i18n/index.js';
import type { Labels } from './schema.js';

/**
 * An activity's name as people read it: its own title, or "type (variant) number – municipality",
 * e.g. "Intervju (tjenestemottaker) 3 – Bærum". Used in warnings, exports and e-mails.
 */
export function activityName(
  lang: Language,
  activity: { title: string; typeKey: string; variant: string | null; ordinal: number },
  typeLabels: Labels | undefined,
  municipalityName: string | null,
  numbered = true,
): string {
  const type = typeLabels?.[lang] ?? activity.typeKey;
  const variant = activity.variant ? ` (${translate(lang, `activities.variants.${activity.variant}`)})` : '';
  const base = activity.title || `${type}${variant}${numbered ? ` ${activity.ordinal}` : ''}`;
  return municipalityName ? `${base} – ${municipalityName}` : base;
}

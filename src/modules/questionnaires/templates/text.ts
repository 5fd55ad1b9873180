import type { LocalText } from '../definition.js';

/** A text in bokmål, nynorsk and English (templates ship complete in all three). */
export const t = (nb: string, nn: string, en: string): LocalText => ({ nb, nn, en });

/** The common 1–5 agreement anchors. Generic wording, not taken from any licensed instrument. */
export const agreementPoints = [
  { value: 1, label: t('Helt uenig', 'Heilt ueinig', 'Strongly disagree') },
  { value: 2, label: t('Litt uenig', 'Litt ueinig', 'Disagree') },
  { value: 3, label: t('Verken enig eller uenig', 'Verken einig eller ueinig', 'Neither agree nor disagree') },
  { value: 4, label: t('Litt enig', 'Litt einig', 'Agree') },
  { value: 5, label: t('Helt enig', 'Heilt einig', 'Strongly agree') },
];

/** Free-text answer box for the open questions of the seed forms. */
export function openQuestion(name: string, questionNumber: string, label: LocalText, extra: { hint?: LocalText; required?: boolean; showIf?: unknown } = {}) {
  return { type: 'text' as const, name, questionNumber, label, multiline: true, maxLength: 4000, required: extra.required ?? false, ...(extra.hint ? { hint: extra.hint } : {}), ...(extra.showIf ? { showIf: extra.showIf } : {}) };
}

export const yesNo = (name: string, questionNumber: string, label: LocalText) => ({ type: 'yes_no' as const, name, questionNumber, label, required: false, variant: 'yesno' as const });

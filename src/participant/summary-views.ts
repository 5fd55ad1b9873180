import { html } from 'hono/html';
import { translate, type Language } from '../i18n/index.js';
import { page } from '../http/participant-layout.js';
import { languageLinks } from './consent-views.js';

export interface SummaryFigures {
  threshold: number;
  municipalities: number;
  activitiesHeld: number;
  documents: number;
  participants: { role: string; count: { value: number | null; suppressed: boolean } }[];
  participantsTotal: { value: number | null; suppressed: boolean };
  themes: string[];
  targetAreas: string[];
}

/**
 * The public plain-language summary: what staff wrote, then the key figures in a table. Counts of
 * people below the programme's threshold read "fewer than n". No JavaScript, CSS inlined.
 */
export function summaryPage(o: { lang: Language; base: string; programme: string; text: string; figures: SummaryFigures }) {
  const { lang, figures: f } = o;
  const t = (k: string, v?: Record<string, string | number>) => translate(lang, `reportDoc.public.${k}`, v);
  const count = (c: { value: number | null; suppressed: boolean }) => (c.suppressed || c.value === null ? t('fewerThan', { threshold: f.threshold }) : String(c.value));
  const paragraphs = o.text.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
  return page(lang, t('title', { programme: o.programme }), html`${languageLinks(lang, o.base)}<h1>${t('title', { programme: o.programme })}</h1>
<section aria-labelledby="summary-text-heading" data-testid="summary-text"><h2 id="summary-text-heading">${t('whatCameOfIt')}</h2>
${paragraphs.map((p) => html`<p>${p}</p>`)}</section>
<section aria-labelledby="summary-figures-heading"><h2 id="summary-figures-heading">${t('figures')}</h2>
<table data-testid="summary-figures"><caption>${t('figuresCaption')}</caption><tbody>
<tr><th scope="row">${t('municipalities')}</th><td>${f.municipalities}</td></tr>
<tr><th scope="row">${t('activitiesHeld')}</th><td>${f.activitiesHeld}</td></tr>
<tr><th scope="row">${t('documents')}</th><td>${f.documents}</td></tr>
${f.participants.map((p) => html`<tr><th scope="row">${translate(lang, `reportDoc.public.roles.${p.role}`)}</th><td>${count(p.count)}</td></tr>`)}
<tr><th scope="row">${t('participantsTotal')}</th><td>${count(f.participantsTotal)}</td></tr>
</tbody></table>
<p class="hint">${t('smallCells', { threshold: f.threshold })}</p></section>
${f.themes.length ? html`<section aria-labelledby="summary-themes-heading"><h2 id="summary-themes-heading">${t('themes')}</h2><ul>${f.themes.map((x) => html`<li>${x}</li>`)}</ul></section>` : ''}
${f.targetAreas.length ? html`<section aria-labelledby="summary-areas-heading"><h2 id="summary-areas-heading">${t('targetAreas')}</h2><ul>${f.targetAreas.map((x) => html`<li>${x}</li>`)}</ul></section>` : ''}`);
}

export function summaryNotFoundPage(lang: Language) {
  const t = (k: string) => translate(lang, `reportDoc.public.${k}`);
  return page(lang, t('notFoundTitle'), html`<h1>${t('notFoundTitle')}</h1><p>${t('notFoundText')}</p>`);
}

import { html } from 'hono/html';
import { translate, type Language } from '../i18n/index.js';
import { formatDate } from '../modules/analysis/member-checks.js';
import { languageLinks } from './consent-views.js';
import { page } from '../http/participant-layout.js';

/**
 * The member-check page: the document's working (pseudonymised) text and a textarea to add to or
 * correct it until the deadline; after it, the same text read-only. No JavaScript.
 */
export function memberCheckPage(o: {
  lang: Language; action: string; title: string; text: string; deadline: string; open: boolean; comment: string | null; error?: string; draft?: string;
}) {
  const { lang } = o;
  const t = (k: string, v?: Record<string, string | number>) => translate(lang, `analysis.memberCheck.${k}`, v);
  const deadline = formatDate(o.deadline, lang);
  const paragraphs = o.text.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
  return page(lang, t('pageTitle'), html`${languageLinks(lang, o.action)}<h1>${t('pageTitle')}</h1>
<p>${t('pageIntro')}</p>
${o.open ? '' : html`<p class="alert" role="status" data-testid="member-check-closed">${t('closedText', { deadline })}</p>`}
<section class="letter" aria-labelledby="summary-heading"><h2 id="summary-heading">${t('textHeading')}</h2>
<div class="summary" data-testid="member-check-text">${paragraphs.map((p) => html`<p>${p}</p>`)}</div></section>
${o.open
    ? html`<form method="post" action="${o.action}" data-testid="member-check-form"><input type="hidden" name="lang" value="${lang}">
${o.error ? html`<p class="alert" role="alert" id="comment-error">${o.error}</p>` : ''}
<label for="comment">${t('commentLabel')}</label>
<p class="hint" id="comment-hint">${t('commentHint', { deadline })}</p>
<textarea id="comment" name="comment" rows="8" maxlength="10000" aria-describedby="comment-hint${o.error ? ' comment-error' : ''}"${o.error ? html` aria-invalid="true"` : ''}>${o.draft ?? o.comment ?? ''}</textarea>
<button type="submit">${t('submit')}</button></form>`
    : o.comment ? html`<h2>${t('previous')}</h2><p class="summary" data-testid="member-check-comment">${o.comment}</p>` : ''}`);
}

export function memberCheckThanksPage(lang: Language, back: string, deadline: string) {
  const t = (k: string, v?: Record<string, string>) => translate(lang, `analysis.memberCheck.${k}`, v);
  return page(lang, t('thanksTitle'), html`<h1>${t('thanksTitle')}</h1>
<p class="alert ok" role="status">${t('thanksText', { deadline: formatDate(deadline, lang) })}</p>
<p><a href="${back}?lang=${lang}">${t('edit')}</a></p>`);
}

export function memberCheckNotFoundPage(lang: Language) {
  const t = (k: string) => translate(lang, `analysis.memberCheck.${k}`);
  return page(lang, t('notFoundTitle'), html`<h1>${t('notFoundTitle')}</h1><p>${t('notFoundText')}</p>`);
}

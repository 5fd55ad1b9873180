import { html, raw } from 'hono/html';
import { translate, type Language } from '../i18n/index.js';
import { page } from '../http/participant-layout.js';

export interface PurposeView { key: string; label: string; checked: boolean }
type Choice = 'erase' | 'anonymise' | 'participant_chooses';

const languageNames: Record<Language, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

export function languageLinks(lang: Language, base: string) {
  return html`<nav aria-label="${translate(lang, 'participant.languageNav')}"><ul class="lang">${(['nb', 'nn', 'en'] as const).map((l) =>
    l === lang
      ? html`<li><span lang="${l}" aria-current="true"><strong>${languageNames[l]}</strong></span></li>`
      : html`<li><a lang="${l}" hreflang="${l}" href="${base}?lang=${l}">${languageNames[l]}</a></li>`,
  )}</ul></nav>`;
}

/** The information letter with the purposes as checkboxes and the consent button. */
export function consentPage(o: {
  lang: Language; base: string; letter: { id: string; language: string; title: string; html: string };
  purposes: PurposeView[]; answeredBefore: boolean; notice?: string;
}) {
  const { lang } = o;
  const t = (k: string, v?: Record<string, string>) => translate(lang, k, v);
  const fallback = o.letter.language !== lang;
  return page(lang, o.letter.title, html`${languageLinks(lang, o.base)}
${o.notice ? html`<p class="alert" role="alert">${o.notice}</p>` : ''}
${fallback ? html`<p class="alert ok">${t('participant.fallbackNote', { language: languageNames[o.letter.language as Language] ?? o.letter.language })}</p>` : ''}
<div lang="${o.letter.language}"><h1>${o.letter.title}</h1><div class="letter">${raw(o.letter.html)}</div></div>
${o.answeredBefore ? html`<p>${t('participant.answeredBefore')}</p>` : ''}
<form method="post" action="${o.base}" data-testid="consent-form">
<input type="hidden" name="letterId" value="${o.letter.id}"><input type="hidden" name="lang" value="${lang}">
<fieldset aria-describedby="purposes-hint"><legend>${t('participant.purposesLegend')}</legend>
<p class="hint" id="purposes-hint">${t('participant.purposesHint')}</p>
${o.purposes.map((p, i) => html`<div class="choice"><input type="checkbox" id="purpose-${i}" name="purpose" value="${p.key}"${p.checked ? raw(' checked') : ''}><label for="purpose-${i}">${p.label}</label></div>`)}
</fieldset>
<button type="submit">${t('participant.consentButton')}</button></form>
<p><a href="${o.base}/withdraw?lang=${lang}">${t('participant.withdrawLink')}</a></p>`);
}

export function thanksPage(lang: Language, base: string, answers: { label: string; granted: boolean }[]) {
  const t = (k: string) => translate(lang, k);
  return page(lang, t('participant.thanksTitle'), html`<h1>${t('participant.thanksTitle')}</h1>
<p class="alert ok" role="status">${t('participant.thanksText')}</p>
<ul>${answers.map((a) => html`<li>${a.label}: <strong>${a.granted ? t('participant.yes') : t('participant.no')}</strong></li>`)}</ul>
<p><a href="${base}?lang=${lang}">${t('common.back')}</a></p>
<p><a href="${base}/withdraw?lang=${lang}">${t('participant.withdrawLink')}</a></p>`);
}

/** No reason is asked. When the letter lets the person choose, both outcomes are explained plainly. */
export function withdrawPage(lang: Language, base: string, offered: Choice, error?: string) {
  const t = (k: string) => translate(lang, k);
  const option = (value: 'erase' | 'anonymise') => html`<div class="choice"><input type="radio" id="choice-${value}" name="choice" value="${value}" required aria-describedby="explain-${value}">
<label for="choice-${value}">${t(`participant.${value}Option`)}<span class="explain" id="explain-${value}">${t(`participant.${value}Explain`)}</span></label></div>`;
  return page(lang, t('participant.withdrawTitle'), html`${languageLinks(lang, `${base}/withdraw`)}<h1>${t('participant.withdrawTitle')}</h1>
${error ? html`<p class="alert" role="alert">${error}</p>` : ''}
<p>${t('participant.withdrawIntro')}</p>
<form method="post" action="${base}/withdraw" data-testid="withdraw-form"><input type="hidden" name="lang" value="${lang}">
${offered === 'participant_chooses'
    ? html`<fieldset><legend>${t('participant.withdrawChoose')}</legend>${option('erase')}${option('anonymise')}</fieldset>`
    : html`<p>${t(`participant.${offered}Explain`)}</p>`}
<button type="submit">${t('participant.withdrawButton')}</button></form>
<p><a href="${base}?lang=${lang}">${t('common.back')}</a></p>`);
}

export function withdrawnPage(lang: Language, choice: 'erase' | 'anonymise') {
  const t = (k: string) => translate(lang, k);
  return page(lang, t('participant.withdrawnTitle'), html`<h1>${t('participant.withdrawnTitle')}</h1>
<p class="alert ok" role="status">${t(choice === 'erase' ? 'participant.withdrawnErased' : 'participant.withdrawnAnonymised')}</p>
<p>${t('participant.linkNowInvalid')}</p>`);
}

export function gonePage(lang: Language) {
  const t = (k: string) => translate(lang, k);
  return page(lang, t('participant.goneTitle'), html`<h1>${t('participant.goneTitle')}</h1><p>${t('participant.goneText')}</p>`);
}

export function noLetterPage(lang: Language, base: string) {
  const t = (k: string) => translate(lang, k);
  return page(lang, t('participant.noLetterTitle'), html`<h1>${t('participant.noLetterTitle')}</h1><p>${t('participant.noLetterText')}</p>
<p><a href="${base}/withdraw?lang=${lang}">${t('participant.withdrawLink')}</a></p>`);
}

import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { languages, translate, type Language } from '../i18n/index.js';
import type { Answers, InstrumentDefinition, LocalText } from '../modules/questionnaires/definition.js';
import { localText } from '../modules/questionnaires/local-text.js';
import { pairingCodeParts } from '../modules/questionnaires/pairing.js';
import type { Screen } from '../modules/questionnaires/respond-flow.js';
import { pipingDisplay } from '../modules/questionnaires/piping.js';
import { renderItem, t, type ItemErrors } from './questionnaire-items.js';

type H = HtmlEscapedString | Promise<HtmlEscapedString>;

// Kept small on purpose: the first page must fit one round trip on a slow mobile link (≤ 14 KB compressed).
const css = `*{box-sizing:border-box}body{margin:0;font:1.125rem/1.5 system-ui,sans-serif;color:#1e2b3c;background:#f4f5f6}
main{max-width:36rem;margin:0 auto;padding:1rem;background:#fff;min-height:100vh}h1{font-size:1.4rem;margin:.5rem 0 1rem}
.q{margin:0 0 1.5rem}fieldset{border:0;padding:0;min-width:0}legend,label,.mx{font-weight:600}legend{padding:0;margin-bottom:.4rem}
.o{display:flex;gap:.6rem;align-items:flex-start;padding:.35rem 0}.o input{width:1.4rem;height:1.4rem;margin:.15rem 0 0;flex:none}.o label{font-weight:400}
.row{margin:.8rem 0 0 .5rem}input[type=text],input[type=date],textarea,select{display:block;width:100%;padding:.5rem;font:inherit;border:2px solid #68707c;border-radius:.25rem;margin-top:.3rem}
button{padding:.7rem 1.2rem;font:inherit;font-weight:600;border-radius:.25rem;border:2px solid #0062ba;cursor:pointer;color:#fff;background:#0062ba}
button.b{color:#0062ba;background:#fff}.nav{display:flex;gap:1rem;justify-content:space-between;flex-wrap:wrap;margin-top:1rem}
:focus-visible{outline:3px solid #f9b000;outline-offset:2px}.hint,small{color:#4a5360;display:block}.miss{display:inline;color:#8a4b00}
.req{font-weight:400;color:#4a5360}.err{color:#b00020;font-weight:600;margin:.2rem 0}.bad{border-left:4px solid #b00020;padding-left:.6rem}
.sum{border:3px solid #b00020;padding:.5rem 1rem;margin-bottom:1rem}.ok{border:3px solid #06893a;padding:.5rem 1rem}.note{background:#eef4fb;padding:.5rem 1rem}
.lang{display:flex;gap:1rem;list-style:none;padding:0;margin:0 0 .5rem;font-size:1rem}a{color:#0062ba}.lang a{padding:.5rem .2rem;display:inline-block}
.step{font-size:1rem;color:#4a5360;margin:0}`;

export function qpage(lang: Language, title: string, body: H) {
  return html`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title} – Varde</title><style>${raw(css)}</style></head><body><main>${body}</main></body></html>`;
}

const languageNames: Record<Language, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

function languageLinks(lang: Language, base: string) {
  return html`<nav aria-label="${translate(lang, 'questionnaires.respond.language')}"><ul class="lang">${languages.map((l) =>
    l === lang ? html`<li><strong lang="${l}">${languageNames[l]}</strong></li>` : html`<li><a href="${base}?lang=${l}" lang="${l}" hreflang="${l}">${languageNames[l]}</a></li>`,
  )}</ul></nav>`;
}

export interface ScreenView {
  lang: Language;
  base: string;
  title: LocalText;
  definition: InstrumentDefinition;
  screen: Screen;
  answers: Answers;
  errors: ItemErrors;
  /** The error summary: each line names the item. */
  summary: string[];
  notice?: string;
  progress: { step: number; of: number };
  canGoBack: boolean;
}

/** One screen of the questionnaire: the code, an item, the whole form, or the last "send" screen. */
export function screenPage(v: ScreenView) {
  const { lang, screen } = v;
  const title = localText(v.title, lang).text;
  const summary = v.summary.length
    ? html`<div class="sum" role="alert"><h2>${translate(lang, 'questionnaires.respond.fixErrors')}</h2><ul>${v.summary.map((s) => html`<li>${s}</li>`)}</ul></div>`
    : '';
  const notice = v.notice ? html`<p class="note" role="status">${v.notice}</p>` : '';
  let content: H;
  const pipe = pipingDisplay(v.definition, v.answers, lang);
  if (screen.kind === 'code') content = codeFields(lang, v.errors);
  else if (screen.kind === 'item') content = renderItem(screen.item, lang, v.answers, v.errors, pipe);
  else if (screen.kind === 'form') content = html`${v.definition.description ? html`<p>${t(v.definition.description, lang)}</p>` : ''}${screen.items.map((i) => renderItem(i, lang, v.answers, v.errors, pipe))}`;
  else content = html`<p>${translate(lang, 'questionnaires.respond.readyToSend')}</p>`;
  const last = screen.kind === 'submit' || screen.kind === 'form';
  const step = screen.kind === 'item' ? html`<p class="step">${translate(lang, 'questionnaires.respond.step', v.progress)}</p>` : '';
  return qpage(lang, title, html`${languageLinks(lang, v.base)}<h1>${title}</h1>${step}${summary}${notice}
<form method="post" action="${v.base}" novalidate><input type="hidden" name="_screen" value="${screen.anchor}"><input type="hidden" name="_lang" value="${lang}">${content}
<div class="nav">${v.canGoBack ? html`<button class="b" name="_action" value="back">${translate(lang, 'questionnaires.respond.back')}</button>` : ''}<button name="_action" value="${last ? 'submit' : 'next'}">${translate(lang, last ? 'questionnaires.respond.send' : 'questionnaires.respond.next')}</button></div>
</form><p><small>${translate(lang, 'questionnaires.respond.savedNote')}</small></p>`);
}

/** The self-generated identification code: four stable facts the respondent can give again at the next wave. */
function codeFields(lang: Language, errors: ItemErrors) {
  const fields = pairingCodeParts.map((p) => {
    const name = `_code_${p.name}`;
    const size = p.kind === 'day' ? 2 : 1;
    return html`<div class="q${errors[name] ? ' bad' : ''}"><label for="${name}">${translate(lang, `questionnaires.respond.code.${p.name}`)}</label>${err(name, errors)}<input type="text" id="${name}" name="${name}" maxlength="${size}" autocomplete="off"${p.kind === 'letter' ? '' : raw(' inputmode="numeric"')}${errors[name] ? raw(` aria-describedby="e-${name}"`) : ''}></div>`;
  });
  return html`<h2>${translate(lang, 'questionnaires.respond.code.title')}</h2><p>${translate(lang, 'questionnaires.respond.code.intro')}</p>${fields}`;
}
const err = (id: string, errors: ItemErrors) => (errors[id] ? html`<p class="err" id="e-${id}">${errors[id]}</p>` : '');

// Building a date format is costly next to the rest of the page; one per language is enough.
const formats = new Map<Language, Intl.DateTimeFormat>();
function receiptFormat(lang: Language): Intl.DateTimeFormat {
  let f = formats.get(lang);
  if (!f) formats.set(lang, (f = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Oslo' })));
  return f;
}

export function receiptPage(lang: Language, title: LocalText, receipt: { submittedAt: Date; answered: number; reference: string }) {
  const name = localText(title, lang).text;
  const when = receiptFormat(lang).format(receipt.submittedAt);
  return qpage(lang, name, html`<h1>${name}</h1><div class="ok" role="status" data-testid="receipt"><h2>${translate(lang, 'questionnaires.respond.receipt.title')}</h2>
<p>${translate(lang, 'questionnaires.respond.receipt.body', { when, answered: receipt.answered })}</p>
<p>${translate(lang, 'questionnaires.respond.receipt.reference')}: <strong>${receipt.reference}</strong></p></div><p>${translate(lang, 'questionnaires.respond.receipt.close')}</p>`);
}

export function closedPage(lang: Language, title: LocalText | null, reason: 'closed' | 'notOpen' | 'gone') {
  const heading = title ? localText(title, lang).text : translate(lang, 'common.appName');
  return qpage(lang, heading, html`<h1>${heading}</h1><p>${translate(lang, `questionnaires.respond.${reason}`)}</p>`);
}

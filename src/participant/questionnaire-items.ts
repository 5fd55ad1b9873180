import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { translate, type Language } from '../i18n/index.js';
import type { AnswerValue, Answers, Item, LocalText } from '../modules/questionnaires/definition.js';
import { hasMarkup, labelHtml, pipeHtml, pipingPattern } from '../modules/questionnaires/label-html.js';
import { localText } from '../modules/questionnaires/local-text.js';
import type { PipeDisplay } from '../modules/questionnaires/piping.js';

/**
 * One item as plain HTML form controls (no JavaScript): radios, checkboxes, text fields. Field names
 * are the item's variables, so a post reads back with normaliseFormAnswers. Every text is in the chosen
 * language; a missing translation shows the text in the language it exists in, tagged and marked.
 */
type H = HtmlEscapedString | Promise<HtmlEscapedString>;
const languageNames: Record<Language, Record<Language, string>> = {
  nb: { nb: 'bokmål', nn: 'nynorsk', en: 'engelsk' },
  nn: { nb: 'bokmål', nn: 'nynorsk', en: 'engelsk' },
  en: { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' },
};

/** A text in `lang`, or the other language's text inside <span lang> with a visible "not translated" marker. */
export function t(text: LocalText | undefined, lang: Language): H {
  const got = localText(text, lang);
  if (!got.missing) return html`${got.text}`;
  return html`<span lang="${got.lang}">${got.text}</span> <small class="miss">(${translate(lang, 'questionnaires.respond.missingTranslation', { language: languageNames[lang][lang] })})</small>`;
}

/**
 * A label, hint or choice that may hold REDCap's HTML (shown as formatting through an allow-list) and piping
 * (`[field]`, `\${field}`: earlier answers). Plain text goes the usual escaped way.
 */
export function rich(text: LocalText | undefined, lang: Language, pipe?: PipeDisplay): H {
  const got = localText(text, lang);
  if (!hasMarkup(got.text) && !(pipe && new RegExp(pipingPattern.source).test(got.text))) return t(text, lang);
  const safe = raw(pipe ? pipeHtml(labelHtml(got.text), pipe) : labelHtml(got.text));
  if (!got.missing) return html`${safe}`;
  return html`<span lang="${got.lang}">${safe}</span> <small class="miss">(${translate(lang, 'questionnaires.respond.missingTranslation', { language: languageNames[lang][lang] })})</small>`;
}

export interface ItemErrors {
  [variable: string]: string;
}

const checked = (on: boolean) => (on ? raw(' checked') : '');
const err = (id: string, errors: ItemErrors) => (errors[id] ? html`<p class="err" id="e-${id}">${errors[id]}</p>` : '');
const described = (id: string, errors: ItemErrors, hint: boolean) => {
  const ids = [hint ? `h-${id}` : '', errors[id] ? `e-${id}` : ''].filter(Boolean).join(' ');
  return ids ? raw(` aria-describedby="${ids}"`) : '';
};
const hintOf = (item: Item, lang: Language, pipe?: PipeDisplay) => (item.hint ? html`<p class="hint" id="h-${item.name}">${rich(item.hint, lang, pipe)}</p>` : '');
const req = (item: Item, lang: Language) => (item.required ? html` <span class="req">(${translate(lang, 'questionnaires.respond.required')})</span>` : '');
const same = (a: AnswerValue | undefined, v: string | number) => a !== undefined && String(a) === String(v);

function options(name: string, opts: { value: string; label: H }[], answer: AnswerValue | undefined, type: 'radio' | 'checkbox', errors: ItemErrors, hint: boolean) {
  return opts.map((o, i) => {
    const on = type === 'checkbox' ? Array.isArray(answer) && answer.includes(o.value) : same(answer, o.value);
    return html`<div class="o"><input type="${type}" id="${name}-${i}" name="${name}" value="${o.value}"${checked(on)}${i === 0 ? described(name, errors, hint) : ''}><label for="${name}-${i}">${o.label}</label></div>`;
  });
}

function choiceGroup(item: Item, lang: Language, name: string, legend: H, opts: { value: string; label: H }[], answer: AnswerValue | undefined, type: 'radio' | 'checkbox', errors: ItemErrors, pipe?: PipeDisplay) {
  return html`<fieldset class="q${errors[name] ? ' bad' : ''}"><legend>${legend}${req(item, lang)}</legend>${hintOf(item, lang, pipe)}${err(name, errors)}${options(name, opts, answer, type, errors, Boolean(item.hint))}</fieldset>`;
}

/** `pipe` fills `[field]` references with earlier answers (see piping.ts); without it they show as written. */
export function renderItem(item: Item, lang: Language, answers: Answers, errors: ItemErrors, pipe?: PipeDisplay): H {
  const a = answers[item.name];
  const label = rich(item.label, lang, pipe);
  switch (item.type) {
    case 'descriptive':
      return html`<div class="q"><div class="d">${label}</div>${hintOf(item, lang, pipe)}</div>`;
    case 'calc':
      // A calc is computed by the server on every saved screen; where it is on a page, its current value is shown read-only.
      return html`<div class="q"><p>${label}: <output data-calc="${item.name}">${pipe?.(item.name, true) ?? (a === undefined ? '' : String(a))}</output></p></div>`;
    case 'likert': {
      const opts = item.points.map((p) => ({ value: String(p.value), label: html`${p.value} – ${t(p.label, lang)}` }));
      if (item.notApplicable) opts.push({ value: item.notApplicable.code, label: t(item.notApplicable.label, lang) });
      if (item.dontKnow) opts.push({ value: item.dontKnow.code, label: t(item.dontKnow.label, lang) });
      return choiceGroup(item, lang, item.name, label, opts, a, 'radio', errors, pipe);
    }
    case 'single_choice':
      if (item.display === 'dropdown') {
        const opts = item.choices.map((c) => html`<option value="${c.code}"${same(a, c.code) ? raw(' selected') : ''}>${localText(c.label, lang).text}</option>`);
        return html`<div class="q${errors[item.name] ? ' bad' : ''}"><label for="${item.name}">${label}${req(item, lang)}</label>${hintOf(item, lang, pipe)}${err(item.name, errors)}<select id="${item.name}" name="${item.name}"${described(item.name, errors, Boolean(item.hint))}><option value="">–</option>${opts}</select></div>`;
      }
      return choiceGroup(item, lang, item.name, label, item.choices.map((c) => ({ value: c.code, label: rich(c.label, lang) })), a, 'radio', errors, pipe);
    case 'multiple_choice':
      return choiceGroup(item, lang, item.name, label, item.choices.map((c) => ({ value: c.code, label: rich(c.label, lang) })), a, 'checkbox', errors, pipe);
    case 'yes_no': {
      const [yes, no] = item.variant === 'truefalse' ? ['true', 'false'] : ['yes', 'no'];
      const opts = [
        { value: '1', label: html`${translate(lang, `questionnaires.respond.${yes}`)}` },
        { value: '0', label: html`${translate(lang, `questionnaires.respond.${no}`)}` },
      ];
      return choiceGroup(item, lang, item.name, label, opts, a, 'radio', errors, pipe);
    }
    case 'matrix': {
      // One fieldset per row: a table of radios does not fit a 360 px screen.
      const opts = item.choices.map((c) => ({ value: c.code, label: t(c.label, lang) }));
      const rows = item.rows.map((row) => {
        const required = row.required ?? item.required;
        return html`<fieldset class="q row${errors[row.name] ? ' bad' : ''}"><legend>${rich(row.label, lang, pipe)}${required ? html` <span class="req">(${translate(lang, 'questionnaires.respond.required')})</span>` : ''}</legend>${err(row.name, errors)}${options(row.name, opts, answers[row.name], item.multiple ? 'checkbox' : 'radio', errors, false)}</fieldset>`;
      });
      return html`<div class="q"><p class="mx">${label}</p>${hintOf(item, lang, pipe)}${rows}</div>`;
    }
    default:
      return field(item, lang, a, errors, pipe);
  }
}

/** Text, number, date and slider: one labelled field. Numbers accept a decimal comma (inputmode only). */
function field(item: Extract<Item, { type: 'text' | 'number' | 'date' | 'slider' }>, lang: Language, a: AnswerValue | undefined, errors: ItemErrors, pipe?: PipeDisplay): H {
  const value = a === undefined ? '' : String(a);
  const d = described(item.name, errors, Boolean(item.hint));
  const head = html`<label for="${item.name}">${rich(item.label, lang, pipe)}${req(item, lang)}</label>${hintOf(item, lang, pipe)}${err(item.name, errors)}`;
  let control: H;
  if (item.type === 'text')
    control = item.multiline
      ? html`<textarea id="${item.name}" name="${item.name}" rows="4"${item.maxLength ? raw(` maxlength="${item.maxLength}"`) : ''}${d}>${value}</textarea>`
      : html`<input type="text" id="${item.name}" name="${item.name}" value="${value}"${item.maxLength ? raw(` maxlength="${item.maxLength}"`) : ''}${d}>`;
  else if (item.type === 'date')
    control = html`<input type="date" id="${item.name}" name="${item.name}" value="${value}"${item.min ? raw(` min="${item.min}"`) : ''}${item.max ? raw(` max="${item.max}"`) : ''}${d}>`;
  else {
    const min = item.min;
    const max = item.max;
    const range = min !== undefined || max !== undefined ? html`<span class="hint">${translate(lang, 'questionnaires.respond.range', { min: min ?? '–', max: max ?? '–' })}</span>` : '';
    const ends = item.type === 'slider' && item.labels.length ? html`<span class="hint">${item.labels.map((l, i) => html`${i ? ' · ' : ''}${t(l, lang)}`)}</span>` : '';
    control = html`${range}${ends}<input type="text" inputmode="decimal" id="${item.name}" name="${item.name}" value="${value}" autocomplete="off"${d}>`;
  }
  return html`<div class="q${errors[item.name] ? ' bad' : ''}">${head}${control}</div>`;
}

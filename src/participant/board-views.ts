import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { translate, type Language } from '../i18n/index.js';
import { ideaMaxLength } from '../modules/codesign/board-ballot-rules.js';
import type { BoardItemRow, BoardRow } from '../modules/codesign/boards.js';
import type { Tallies } from '../modules/codesign/board-tally-core.js';
import { languageLinks } from './consent-views.js';
import { page } from '../http/participant-layout.js';

/**
 * The phone pages of a live board. Plain forms (no JavaScript needed); /b/_/board.js, when it runs,
 * posts them in the background and counts the dots left. Every page stays far below 14 KB.
 */
type H = HtmlEscapedString | Promise<HtmlEscapedString>;
const t = (lang: Language, key: string, vars?: Record<string, string | number>) => translate(lang, `boards.${key}`, vars);
// A few extra rules beside the shared participant CSS: items as cards, results as small bars.
const css = raw(`<style>.item{border:1px solid #d6d9de;border-radius:.4rem;padding:.4rem .8rem;margin:.6rem 0}.item label,.item legend{font-weight:600;font-size:1.05rem;margin:.2rem 0}
.item select,.item input[type=number]{font:inherit;padding:.4rem;border:2px solid #68707c;border-radius:.25rem;min-width:6rem}.rates{display:flex;gap:.8rem;flex-wrap:wrap}.rates label{font-weight:400;display:flex;gap:.3rem;align-items:center}
.res{list-style:none;padding:0}.res li{margin:.4rem 0}.res small{display:block;color:#4a5360}#left{font-weight:700}</style>`);

export function boardPage(lang: Language, title: string, base: string, body: H) {
  return page(lang, title, html`${css}${languageLinks(lang, base)}${body}<script src="/b/_/board.js" defer></script>`);
}

const problems = (lang: Language, list: string[]) =>
  list.length ? html`<div class="alert" role="alert"><strong>${t(lang, 'phone.problem')}</strong><ul>${list.map((p) => html`<li>${p}</li>`)}</ul></div>` : '';
const notice = (text: string | undefined) => (text ? html`<p class="alert ok" role="status">${text}</p>` : '');

export function enterPage(lang: Language, opts: { code?: string; error?: string } = {}) {
  return boardPage(lang, t(lang, 'phone.enterHeading'), '/b', html`<h1>${t(lang, 'phone.enterHeading')}</h1>${problems(lang, opts.error ? [opts.error] : [])}
<form method="get" action="/b"><label for="code">${t(lang, 'phone.enterCode')}</label><input type="text" id="code" name="code" value="${opts.code ?? ''}" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="12" required><input type="hidden" name="lang" value="${lang}"><button>${t(lang, 'phone.go')}</button></form>`);
}

export function statusPage(lang: Language, base: string, heading: string, text: string) {
  return boardPage(lang, heading, base, html`<h1>${heading}</h1><p>${text}</p>`);
}

export function joinPage(lang: Language, board: BoardRow, base: string, opts: { errors?: string[]; role?: string } = {}) {
  const anonymous = board.identity === 'anonymous';
  const fields = anonymous
    ? board.role
      ? html`<p>${t(lang, `roles.${board.role}`)}</p>`
      : html`<fieldset><legend>${t(lang, 'phone.chooseRole')}</legend>${(['recipient', 'provider', 'leader'] as const).map((r) => html`<div class="choice"><input type="radio" name="role" id="role-${r}" value="${r}"${opts.role === r ? ' checked' : ''} required><label for="role-${r}">${t(lang, `roles.${r}`)}</label></div>`)}</fieldset>`
    : html`<label for="pcode">${t(lang, 'phone.participantCode')}</label><input type="text" id="pcode" name="participantCode" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="40" required>`;
  return boardPage(lang, board.title, base, html`<h1>${t(lang, 'phone.joinHeading', { title: board.title })}</h1>${problems(lang, opts.errors ?? [])}
<form method="post" action="${base}/join"><input type="hidden" name="_lang" value="${lang}">${fields}<p class="hint">${t(lang, anonymous ? 'phone.anonymousNote' : 'phone.codeNote')}</p><button>${t(lang, 'phone.join')}</button></form>`);
}

export interface BallotView {
  lang: Language;
  board: BoardRow;
  base: string;
  items: BoardItemRow[];
  /** The marks to show in the form: the stored ballot, or what was just posted when it was refused. */
  marks: Map<string, number>;
  voted: boolean;
  errors?: string[];
  notice?: string;
  /** The room's tallies (in full), shown once the person has voted. */
  tallies?: Tallies;
}

function markFields(v: BallotView) {
  const { lang, board, items, marks } = v;
  if (board.mode === 'dots') {
    const many = board.maxDotsPerItem > 1;
    return items.map((i) =>
      many
        ? html`<div class="item"><label for="i-${i.id}">${i.label}</label><span class="hint">${t(lang, 'phone.dotsOn', { item: i.label })}</span><br><input type="number" inputmode="numeric" id="i-${i.id}" name="dots_${i.id}" min="0" max="${board.maxDotsPerItem}" value="${marks.get(i.id) ?? 0}"></div>`
        : html`<div class="item choice"><input type="checkbox" id="i-${i.id}" name="dots_${i.id}" value="1"${marks.has(i.id) ? ' checked' : ''}><label for="i-${i.id}">${i.label}</label></div>`,
    );
  }
  if (board.mode === 'ranking') {
    const places = items.map((_, n) => n + 1);
    return items.map((i) => html`<div class="item"><label for="i-${i.id}">${i.label}</label><select id="i-${i.id}" name="rank_${i.id}" aria-label="${t(lang, 'phone.rankOf', { item: i.label })}"><option value="">${t(lang, 'phone.noRank')}</option>${places.map((p) => html`<option value="${p}"${marks.get(i.id) === p ? ' selected' : ''}>${p}</option>`)}</select></div>`);
  }
  return items.map((i) => html`<fieldset class="item"><legend>${i.label}</legend><div class="rates">${[1, 2, 3, 4, 5].map((n) => html`<label><input type="radio" name="rate_${i.id}" value="${n}"${marks.get(i.id) === n ? ' checked' : ''}>${n}</label>`)}</div></fieldset>`);
}

function intro(v: BallotView) {
  const { lang, board } = v;
  if (board.mode === 'dots')
    return html`<p>${t(lang, 'phone.dotsIntro', { dots: board.dotsPerPerson })}${board.maxDotsPerItem > 1 ? ` ${t(lang, 'phone.dotsMany', { max: board.maxDotsPerItem })}` : ''}</p><p id="left" hidden data-tpl="${t(lang, 'phone.dotsLeft', { left: '{n}' })}" aria-live="polite"></p>`;
  return html`<p>${t(lang, board.mode === 'ranking' ? 'phone.rankIntro' : 'phone.rateIntro')}</p>`;
}

function results(v: BallotView) {
  if (!v.tallies || !v.voted) return '';
  const { lang } = v;
  const roles = (['recipient', 'provider', 'leader'] as const).filter((r) => (v.tallies!.voters[r].value ?? 0) > 0);
  const figure = (c: { points: number | null; mean: number | null }) => (v.board.mode === 'rating' ? t(lang, 'phone.mean', { mean: c.mean ?? '–' }) : t(lang, 'phone.points', { points: c.points ?? 0 }));
  return html`<h2>${t(lang, 'phone.resultsHeading')}</h2><ol class="res">${v.tallies.items.slice(0, 10).map((i) => html`<li>${i.label}<small>${roles.map((r, n) => `${n ? ' · ' : ''}${t(lang, `rolesPlural.${r}`)}: ${figure(i.byRole[r])}`).join('')}</small></li>`)}</ol>`;
}

export function ballotPage(v: BallotView) {
  const { lang, board, base } = v;
  const respond = board.purpose === 'respond';
  const ideas = board.allowIdeas || respond;
  const voteable = v.items.length > 0;
  return boardPage(lang, board.title, base, html`<h1>${board.title}</h1>${notice(v.notice)}${problems(lang, v.errors ?? [])}
${voteable ? html`<form method="post" action="${base}/vote" id="ballot"${board.mode === 'dots' ? html` data-dots="${board.dotsPerPerson}"` : ''}><input type="hidden" name="_lang" value="${lang}">${intro(v)}${markFields(v)}<button>${t(lang, v.voted ? 'phone.changeVote' : 'phone.vote')}</button></form>` : ''}
${ideas ? html`<h2>${t(lang, respond ? 'phone.commentHeading' : 'phone.ideaHeading')}</h2><form method="post" action="${base}/idea"><input type="hidden" name="_lang" value="${lang}"><label for="idea">${t(lang, respond ? 'phone.commentLabel' : 'phone.ideaLabel', { max: ideaMaxLength })}</label><textarea id="idea" name="idea" rows="3" maxlength="${ideaMaxLength}"></textarea><button>${t(lang, respond ? 'phone.commentSend' : 'phone.ideaSend')}</button></form>` : ''}
${results(v)}`);
}

/** The small script: posts the forms in the background (no page jump) and counts the dots left. ~1 KB. */
export const boardScript = `(function(){
function dots(){var f=document.getElementById('ballot'),o=document.getElementById('left');if(!f||!o||!f.dataset.dots)return;var max=+f.dataset.dots;
function u(){var s=0;f.querySelectorAll('input[name^="dots_"]').forEach(function(i){s+=i.type==='checkbox'?(i.checked?1:0):(+i.value||0)});o.hidden=false;o.textContent=o.dataset.tpl.replace('{n}',max-s);o.className=max-s<0?'alert':''}
f.addEventListener('input',u);f.addEventListener('change',u);u()}
document.addEventListener('submit',function(e){var f=e.target;if(!f.method||f.method.toLowerCase()!=='post'||!window.fetch)return;e.preventDefault();var b=f.querySelector('button');if(b)b.disabled=true;
fetch(f.action,{method:'POST',body:new URLSearchParams(new FormData(f)),credentials:'same-origin'}).then(function(r){return r.text()}).then(function(h){var d=new DOMParser().parseFromString(h,'text/html'),m=d.querySelector('main');if(!m)throw 0;document.title=d.title;document.querySelector('main').replaceWith(m);dots();var a=m.querySelector('[role=alert],[role=status]');if(a){a.tabIndex=-1;a.focus()}}).catch(function(){if(b)b.disabled=false;f.submit()})});
dots()})();`;

import { html, raw } from 'hono/html';
import { translate, type Language } from '../i18n/index.js';
import type { InvitationStatus } from '../modules/activities/invitations-schema.js';
import { languageLinks } from './consent-views.js';
import { page } from '../http/participant-layout.js';

/**
 * The invitation page behind a personal link (/i/<token>): what, when, where; answer yes / no /
 * maybe with three submit buttons; the personal check-in code and a form for the code at the door.
 * The door page (/check-in) takes the door code and the personal code. No JavaScript anywhere.
 */
export interface InvitationView {
  lang: Language;
  base: string;
  title: string;
  when: string;
  place: string;
  status: InvitationStatus;
  cancelled: boolean;
  personalCode: string;
  notice?: { text: string; ok: boolean };
  checkInError?: string;
  doorCode?: string;
}

const answers = ['yes', 'no', 'maybe'] as const;

export function invitationPage(o: InvitationView) {
  const { lang } = o;
  const t = (k: string, v?: Record<string, string>) => translate(lang, `invitations.page.${k}`, v);
  const status = translate(lang, `invitations.statuses.${o.status}`);
  return page(lang, o.title, html`${languageLinks(lang, o.base)}
<h1>${o.title}</h1>
${o.notice ? html`<p class="alert${o.notice.ok ? ' ok' : ''}" role="${o.notice.ok ? 'status' : 'alert'}" data-testid="invitation-notice">${o.notice.text}</p>` : ''}
<dl><dt><strong>${t('when')}</strong></dt><dd>${o.when}</dd>${o.place ? html`<dt><strong>${t('where')}</strong></dt><dd>${o.place}</dd>` : ''}</dl>
${o.cancelled
    ? html`<p class="alert" role="status" data-testid="invitation-cancelled">${t('cancelled')}</p>`
    : html`<p data-testid="invitation-status">${t('current', { status })}</p>
${o.status === 'waiting_list' ? html`<p class="alert ok">${t('waitingList')}</p>` : ''}
<form method="post" action="${o.base}" data-testid="reply-form"><input type="hidden" name="lang" value="${lang}">
<fieldset><legend>${t('question')}</legend>
${answers.map((a) => html`<p><button type="submit" name="answer" value="${a}" data-testid="reply-${a}">${t(a)}</button></p>`)}
</fieldset></form>
<h2>${t('checkInHeading')}</h2>
<p>${t('personalCode', { code: o.personalCode })}</p>
<form method="post" action="${o.base}/check-in" data-testid="link-check-in-form"><input type="hidden" name="lang" value="${lang}">
${o.checkInError ? html`<p class="alert" role="alert" id="door-error">${o.checkInError}</p>` : ''}
<label for="door-code">${t('doorCode')}</label>
<p class="hint" id="door-hint">${t('checkInHelp')}</p>
<input type="text" id="door-code" name="code" autocomplete="off" autocapitalize="characters" maxlength="32" value="${o.doorCode ?? ''}" aria-describedby="door-hint${o.checkInError ? ' door-error' : ''}"${o.checkInError ? raw(' aria-invalid="true"') : ''}>
<button type="submit">${t('checkInButton')}</button></form>`}`);
}

/** The link of an activity that is over: it says so, in the invitee's language (410). */
export function invitationOverPage(lang: Language, title: string) {
  const text = translate(lang, 'invitations.page.over', { title });
  return page(lang, translate(lang, 'invitations.page.title'), html`<h1>${translate(lang, 'invitations.page.title')}</h1><p class="alert" role="status" data-testid="invitation-over">${text}</p>`);
}

export function invitationGonePage(lang: Language) {
  const text = translate(lang, 'invitations.page.gone');
  return page(lang, translate(lang, 'invitations.page.title'), html`<h1>${translate(lang, 'invitations.page.title')}</h1><p class="alert" role="alert">${text}</p>`);
}

export function checkInPage(o: { lang: Language; doorCode: string; personalCode?: string; error?: string; walkInName?: string; walkInRole?: string; walkInError?: string }) {
  const { lang } = o;
  const t = (k: string) => translate(lang, `invitations.checkIn.${k}`);
  const w = (k: string) => translate(lang, `walkIns.page.${k}`);
  const invalid = o.error ? raw(' aria-invalid="true"') : '';
  const errorRef = o.error ? ' check-in-error' : '';
  const walkInInvalid = o.walkInError ? raw(' aria-invalid="true" aria-describedby="walk-in-error"') : '';
  const roles = ['recipient', 'provider', 'leader'].map((r) => html`<label class="choice"><input type="radio" name="role" value="${r}"${o.walkInRole === r ? raw(' checked') : ''} required> ${w(`role_${r}`)}</label>`);
  return page(lang, t('title'), html`${languageLinks(lang, o.doorCode ? `/check-in/${encodeURIComponent(o.doorCode)}` : '/check-in')}
<h1>${t('title')}</h1>
<p>${t('intro')}</p>
<form method="post" action="/check-in" data-testid="check-in-form"><input type="hidden" name="lang" value="${lang}">
${o.error ? html`<p class="alert" role="alert" id="check-in-error" data-testid="check-in-error">${o.error}</p>` : ''}
<label for="door-code">${t('doorCode')}</label>
<input type="text" id="door-code" name="code" autocomplete="off" autocapitalize="characters" maxlength="32" value="${o.doorCode}"${o.error ? raw(' aria-describedby="check-in-error"') : ''}${invalid}>
<label for="personal-code">${t('personalCode')}</label>
<p class="hint" id="personal-hint">${t('personalCodeHint')}</p>
<input type="text" id="personal-code" name="personalCode" autocomplete="off" autocapitalize="characters" maxlength="32" value="${o.personalCode ?? ''}" aria-describedby="personal-hint${errorRef}"${invalid}>
<button type="submit">${t('button')}</button></form>
<h2>${w('heading')}</h2>
<p>${w('intro')}</p>
<form method="post" action="/check-in" data-testid="walk-in-form"><input type="hidden" name="lang" value="${lang}"><input type="hidden" name="walkIn" value="1">
${o.walkInError ? html`<p class="alert" role="alert" id="walk-in-error" data-testid="walk-in-error">${o.walkInError}</p>` : ''}
<label for="walk-in-door-code">${t('doorCode')}</label>
<input type="text" id="walk-in-door-code" name="code" autocomplete="off" autocapitalize="characters" maxlength="32" value="${o.doorCode}">
<label for="walk-in-name">${w('name')}</label>
<input type="text" id="walk-in-name" name="name" autocomplete="name" maxlength="120" value="${o.walkInName ?? ''}"${walkInInvalid}>
<fieldset><legend>${w('role')}</legend>${roles}</fieldset>
<button type="submit">${w('button')}</button></form>`);
}

export function walkInDonePage(lang: Language, title: string) {
  const text = translate(lang, 'walkIns.page.done', { title });
  return page(lang, translate(lang, 'invitations.checkIn.title'), html`<h1>${translate(lang, 'invitations.checkIn.title')}</h1>
<p class="alert ok" role="status" data-testid="walk-in-done">${text}</p>`);
}

export function checkedInPage(lang: Language, title: string, already: boolean) {
  const text = translate(lang, `invitations.checkIn.${already ? 'already' : 'done'}`, { title });
  return page(lang, translate(lang, 'invitations.checkIn.title'), html`<h1>${translate(lang, 'invitations.checkIn.title')}</h1>
<p class="alert ok" role="status" data-testid="checked-in">${text}</p>`);
}

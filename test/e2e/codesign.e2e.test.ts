import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { translate } from '../../src/i18n/index.js';
import { axeLog, newPage, newPhonePage } from './support/browser.js';
import { signInToDemoProgramme } from './support/demo-sign-in.js';
import { useVardeAndChromium } from './support/varde-process.js';

// Issue 12 end to end on the demo EBCD programme: touchpoints with emotions marked on interview segments,
// the emotional map with its quotes, the feedback material on the projector, a live board for a Bærum
// feedback meeting with ten phones (five without JavaScript), tallies per role, the top three as target
// areas, and the golden thread from a quote onward. Every page passes axe.
let staff: Page;
let researcher: Page;
const axe = axeLog();
const nb = (key: string, vars?: Record<string, string | number>) => translate('nb', key, vars);
let programmeId = '';
let base = '';
let baerum = '';
let documentId = '';
const segments: { codingId: string; text: string; touchpointId?: string }[] = [];
const sentences = ['Jeg gruet meg hver gang jeg skulle inn på kontoret.', 'Hun husket navnet mitt og spurte hvordan uka hadde vært.'];
let boardCode = '';
const boardTitle = 'Hva tar vi med fra Bærum?';
const boardItems = ['Bli hørt', 'Faste avtaler', 'Samme kontaktperson', 'Kortere ventetid'];
const moduleTitle = 'Modul: Å bli hørt over tid';

/** An API call from the signed-in staff page (session cookie and CSRF token as the app sends them). */
function call(method: string, path: string, body?: unknown) {
  return staff.evaluate(async ([m, p, b]) => {
    const session = await (await fetch('/api/v1/session')).json();
    const res = await fetch(`/api/v1${p}`, { method: m, headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken }, body: b === undefined ? undefined : JSON.stringify(b) });
    return { status: res.status, body: await res.json().catch(() => null) };
  }, [method, path, body] as const) as Promise<{ status: number; body: any }>;
}
const tab = (key: string) => staff.getByRole('navigation', { name: nb('nav.codesign') }).getByRole('link', { name: nb(key), exact: true }).click();

const varde = useVardeAndChromium();
beforeAll(async () => {
  staff = await newPage(varde.browser, { timeout: 20_000, acceptDownloads: true });
  researcher = await newPage(varde.browser, { timeout: 20_000 });
  // A script error in the staff app would otherwise show only as a missing element.
  for (const page of [staff, researcher]) page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
});

/** A second staff user signs in with the link Varde prints for them (no SMTP in the test). */
async function signInAs(page: Page, email: string) {
  await page.goto(varde.url);
  await page.evaluate((address) => fetch('/api/v1/auth/sign-in-link', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: address }) }), email);
  let link = '';
  await expect.poll(() => {
    link = /(http:\/\/localhost:\d+\/auth\/link\?token=[\w-]+)/.exec(varde.output().split(`e-mail to ${email}`)[1] ?? '')?.[1] ?? '';
    return link;
  }, { timeout: 15_000 }).not.toBe('');
  await page.goto(link);
  await page.getByRole('button', { name: nb('auth.confirmButton') }).click();
  await page.getByTestId('programme-list').waitFor();
}

describe('co-design: from interviews to target areas and the course', () => {
  it('a researcher-coordinator marks touchpoints with emotions on coded interview segments', async () => {
    programmeId = await signInToDemoProgramme(staff, varde.signInLink);
    base = `/programmes/${programmeId}`;
    baerum = (await call('GET', `${base}/municipalities`)).body.find((m: { name: string }) => m.name === 'Bærum').id;
    const doc = await call('POST', `${base}/analysis/documents`, { title: 'Intervju tjenestemottaker 3', kind: 'interview_transcript', text: sentences.join('\n\n'), municipalityId: baerum, attributes: { role: 'recipient' } });
    expect(doc.status).toBe(201);
    documentId = doc.body.id;
    const code = (await call('GET', `${base}/analysis/codes`)).body.find((c: { name: string }) => c.name === 'Møtet med tjenesten');
    for (const sentence of sentences) {
      const at = Array.from(doc.body.text.slice(0, doc.body.text.indexOf(sentence))).length;
      const coding = await call('POST', `${base}/analysis/codings`, { documentId, codeIds: [code.id], start: at, end: at + Array.from(sentence).length });
      segments.push({ codingId: coding.body[0].id, text: sentence });
    }

    await staff.getByRole('link', { name: nb('nav.codesign'), exact: true }).click();
    await staff.getByTestId('ebcd-stages').waitFor();
    await axe.scan(staff);
    await tab('codesign.tabs.touchpoints');
    await staff.locator('#mark-document').selectOption({ label: 'Intervju tjenestemottaker 3' });
    const marks: [string, string, string][] = [['codesign.stage.first_contact', 'codesign.emotion.afraid', '-2'], ['codesign.stage.getting_help', 'codesign.emotion.respected', '2']];
    for (const [i, [stage, emotion, valence]] of marks.entries()) {
      const form = staff.getByTestId(`touchpoint-form-${segments[i].codingId}`);
      await form.getByLabel(nb('codesign.touchpoints.stage')).selectOption({ label: nb(stage) });
      await form.getByLabel(nb('codesign.touchpoints.emotion')).selectOption({ label: nb(emotion) });
      // Choosing the word proposes its usual valence; the researcher may change it.
      expect(await form.locator(`input[type=radio][value="${valence}"]`).isChecked()).toBe(true);
      await form.getByRole('button', { name: nb('codesign.touchpoints.mark') }).click();
      await staff.getByText(nb('codesign.touchpoints.saved')).waitFor();
      await staff.getByTestId(`touchpoint-form-${segments[i].codingId}`).getByRole('button', { name: nb('codesign.touchpoints.edit') }).waitFor();
    }
    // The coordinator extends the journey with a stage of the programme's own.
    await staff.getByTestId('add-stage').getByLabel(nb('codesign.touchpoints.stageName')).fill('Ettervern');
    await staff.getByTestId('add-stage').getByRole('button', { name: nb('codesign.touchpoints.addStage') }).click();
    await staff.getByText(nb('codesign.touchpoints.stageAdded')).waitFor();
    // The message shows when the stage is saved; the forms get it when the stage list has reloaded.
    const newStage = staff.getByTestId(`touchpoint-form-${segments[0].codingId}`).getByLabel(nb('codesign.touchpoints.stage')).locator('option', { hasText: 'Ettervern' });
    await newStage.waitFor({ state: 'attached' });
    expect(await newStage.count()).toBe(1);
    const saved = (await call('GET', `${base}/codesign/touchpoints?documentId=${documentId}`)).body;
    expect(saved.map((tp: any) => [tp.role, tp.valence, tp.emotion])).toEqual([['recipient', -2, 'afraid'], ['recipient', 2, 'respected']]);
    for (const s of segments) s.touchpointId = saved.find((tp: any) => tp.codingId === s.codingId).id;
    await staff.getByTestId('touchpoints-recipient').getByText(sentences[0]).waitFor();
    await axe.scan(staff);
  });

  it('the emotional map shows them by stage and valence, roles side by side, each point opening its quote', async () => {
    await tab('codesign.tabs.map');
    await staff.locator('#map-filter-municipality').selectOption({ label: 'Bærum' });
    const point = staff.locator(`[data-touchpoint="${segments[0].touchpointId}"]`);
    await point.waitFor();
    await point.click();
    await staff.getByTestId('selected-quote').getByText(sentences[0]).waitFor();
    expect(await staff.getByTestId('selected-quote').textContent()).toContain(nb('codesign.emotion.afraid'));
    // Both roles have points on the Bærum map (recipients and providers side by side).
    expect(await staff.locator('[data-testid=emotional-map] svg g.tp-point').count()).toBeGreaterThanOrEqual(14);
    await staff.getByTestId('map-quotes').getByText(sentences[1]).waitFor();
    await axe.scan(staff);
  });

  it('the facilitator puts the touchpoints on the projector for a Bærum feedback meeting, one at a time by keyboard', async () => {
    await tab('codesign.tabs.material');
    const plan = (await call('GET', `${base}/activities`)).body;
    const meeting = plan.activities.find((a: any) => a.typeKey === 'feedback_meeting' && a.municipalityId === baerum && a.variant === 'recipients');
    await staff.locator('#new-material-activityId').selectOption(meeting.id);
    await staff.locator('#new-material-title').fill('Tilbakemeldingsmøte Bærum');
    await staff.locator('#new-material-filmUrl').fill('https://film.varde.example/baerum-klipp');
    await staff.getByRole('button', { name: nb('codesign.material.create') }).click();
    const editor = staff.getByTestId('material-editor');
    for (const s of segments) {
      await editor.locator('#material-add-touchpoint').selectOption(s.touchpointId!);
      await editor.getByRole('button', { name: nb('codesign.material.addQuote'), exact: true }).click();
    }
    await editor.locator('#material-caption-0').fill('Hvordan var det å komme første gang?');
    await editor.getByRole('button', { name: nb('common.save'), exact: true }).click();
    await staff.getByText(nb('common.saved'), { exact: true }).waitFor();
    await axe.scan(staff);
    await editor.getByRole('link', { name: nb('codesign.material.present') }).click();
    const projector = staff.getByTestId('material-projector');
    await projector.getByText(sentences[0], { exact: false }).waitFor();
    await projector.getByText('Hvordan var det å komme første gang?').waitFor();
    await axe.scan(staff);
    await staff.keyboard.press('ArrowRight');
    await projector.getByText(sentences[1], { exact: false }).waitFor();
    await projector.getByText(nb('codesign.material.slide', { n: 2, total: 2 })).waitFor();
    await staff.keyboard.press('ArrowLeft');
    await projector.getByText(sentences[0], { exact: false }).waitFor();
    await staff.keyboard.press('Escape');
    await staff.getByTestId('material-sets').waitFor();
  });

  it('a board for the Bærum feedback meeting: ten phones, five without JavaScript, spend their dots; the projector updates live', async () => {
    const plan = (await call('GET', `${base}/activities`)).body;
    const feedback = plan.activities.find((a: any) => a.typeKey === 'feedback_meeting' && a.municipalityId === baerum && a.variant === 'joint');
    await staff.goto(`${varde.url}${base}/codesign/boards`);
    await staff.locator('#new-board-activityId').locator(`option[value="${feedback.id}"]`).waitFor({ state: 'attached' });
    await staff.locator('#new-board-activityId').selectOption(feedback.id);
    await staff.locator('#new-board-title').fill(boardTitle);
    await staff.locator('#new-board-dotsPerPerson').fill('3');
    await staff.locator('#new-board-items').fill(boardItems.join('\n'));
    await staff.getByRole('button', { name: nb('boards.staff.create') }).click();
    await staff.getByRole('button', { name: nb('boards.staff.open') }).click();
    await staff.getByText(nb('boards.statuses.open'), { exact: true }).waitFor();
    boardCode = (await staff.getByTestId('board-code').textContent())!.trim();
    await staff.getByText(nb('boards.staff.live')).waitFor();
    const projectorUrl = staff.url();

    // Six recipients and four providers; each spends three dots. Odd ones have JavaScript off.
    const votes: [role: 'recipient' | 'provider', items: string[]][] = [
      ['recipient', ['Bli hørt', 'Samme kontaktperson', 'Kortere ventetid']], ['recipient', ['Bli hørt', 'Faste avtaler', 'Samme kontaktperson']],
      ['recipient', ['Bli hørt', 'Samme kontaktperson', 'Kortere ventetid']], ['recipient', ['Bli hørt', 'Faste avtaler', 'Kortere ventetid']],
      ['recipient', ['Bli hørt', 'Samme kontaktperson', 'Faste avtaler']], ['recipient', ['Bli hørt', 'Samme kontaktperson', 'Kortere ventetid']],
      ['provider', ['Faste avtaler', 'Samme kontaktperson', 'Bli hørt']], ['provider', ['Faste avtaler', 'Samme kontaktperson', 'Kortere ventetid']],
      ['provider', ['Faste avtaler', 'Bli hørt', 'Samme kontaktperson']], ['provider', ['Faste avtaler', 'Samme kontaktperson', 'Kortere ventetid']],
    ];
    for (const [i, [role, items]] of votes.entries()) {
      const withoutJs = i % 2 === 0;
      const phone = withoutJs ? await newPhonePage(varde.browser) : await newPage(varde.browser, { viewport: { width: 390, height: 800 }, timeout: 20_000 });
      if (withoutJs) {
        await phone.goto(`${varde.url}/b`);
        await phone.getByLabel(nb('boards.phone.enterCode')).fill(boardCode.toLowerCase());
        await phone.getByRole('button', { name: nb('boards.phone.go') }).click();
      } else await phone.goto(`${varde.url}/b/${boardCode}`);
      await phone.getByLabel(nb(`boards.roles.${role}`)).check();
      await phone.getByRole('button', { name: nb('boards.phone.join') }).click();
      for (const item of items) await phone.getByLabel(item).check();
      if (i < 2) await (withoutJs ? axe.scanWithoutScripts(phone) : axe.scan(phone, { settle: false }));
      await phone.getByRole('button', { name: nb('boards.phone.vote') }).click();
      await phone.getByText(nb('boards.phone.saved')).waitFor();
      await phone.context().close();
    }
    // The projector page was never reloaded: the votes arrived by server-sent events.
    expect(staff.url()).toBe(projectorUrl);
    await staff.getByText(nb('boards.staff.votersOf', { count: 10 })).waitFor();
    const tallies = staff.getByTestId('board-tallies');
    expect((await tallies.locator('tr[data-item="Bli hørt"] td[data-role="recipient"]').textContent())!.trim()).toContain('6');
    expect((await tallies.locator('tr[data-item="Faste avtaler"] td[data-role="provider"]').textContent())!.trim()).toContain('4');
    await axe.scan(staff, { settle: false });
    await staff.getByRole('button', { name: nb('boards.staff.close') }).click();
    await staff.getByText(nb('boards.statuses.closed'), { exact: true }).waitFor();
  });

  it('the top three become Bærum’s target areas, keeping their votes', async () => {
    await staff.goto(`${varde.url}${base}/codesign/target-areas`);
    const panel = staff.getByTestId('from-board');
    await panel.locator('#from-board-boardId').selectOption({ label: boardTitle });
    // Ranked: Samme kontaktperson (9), Bli hørt (8), Faste avtaler (7) before Kortere ventetid (6): the top three are ticked.
    await panel.getByRole('checkbox', { name: /^1\. / }).waitFor();
    const ticked = await panel.locator('#from-board-itemIds input:checked').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).labels?.[0]?.textContent ?? ''));
    expect(ticked.map((l) => l.replace(/^\d+\. /, '').split(' – ')[0])).toEqual(['Samme kontaktperson', 'Bli hørt', 'Faste avtaler']);
    await panel.getByRole('button', { name: nb('codesign.targetAreas.makeTargets') }).click();
    await staff.getByText(nb('codesign.targetAreas.createdMany', { n: 3 })).waitFor();
    const areas = (await call('GET', `${base}/codesign/target-areas?municipalityId=${baerum}`)).body.targetAreas;
    const made = areas.filter((a: any) => a.votes.some((v: any) => v.boardItemId));
    expect(made.map((a: any) => a.title).sort()).toEqual(['Bli hørt', 'Faste avtaler', 'Samme kontaktperson']);
    await axe.scan(staff);
  });

  it('a course module answering two of them is written by two staff users, commented, approved and exported as .docx', async () => {
    await staff.goto(`${varde.url}${base}/codesign/course`);
    await staff.getByRole('heading', { level: 2, name: nb('course.heading') }).waitFor();
    await staff.getByLabel(nb('course.moduleTitle')).fill(moduleTitle);
    const areas = staff.getByRole('group', { name: nb('course.targetAreas') });
    await areas.getByRole('checkbox', { name: 'Bli hørt', exact: true }).check();
    await areas.getByRole('checkbox', { name: 'Samme kontaktperson', exact: true }).check();
    await staff.getByRole('button', { name: nb('course.addModule') }).click();
    const card = staff.getByTestId('course-module').filter({ hasText: moduleTitle });
    await card.waitFor();
    await card.getByLabel(nb('course.materialTitle')).fill('Kursmanual: å bli hørt');
    await card.getByRole('button', { name: nb('course.addMaterial') }).click();
    await staff.getByRole('heading', { level: 2, name: 'Kursmanual: å bli hørt' }).waitFor();
    const documentUrl = staff.url();
    await staff.getByRole('button', { name: nb('documents.editor.startEditing') }).click();
    await staff.locator('#document-body').fill('# Å bli hørt\n\nSpør hva som er **viktig for deg** i dag.\n\n- Lytt\n- Samme kontaktperson over tid');
    await staff.getByRole('button', { name: nb('documents.editor.save') }).click();
    await staff.getByText(nb('documents.editor.saved', { number: 2 })).waitFor();
    await staff.getByRole('button', { name: nb('documents.editor.stopEditing') }).click();
    await staff.getByText(nb('documents.editor.lockFree')).waitFor();

    // The second staff user (the researcher) writes a version of their own, comments and sends it for review.
    await signInAs(researcher, 'forsker@varde.example');
    await researcher.goto(documentUrl);
    await researcher.getByRole('button', { name: nb('documents.editor.startEditing') }).click();
    await researcher.locator('#document-body').fill('# Å bli hørt\n\nSpør hva som er **viktig for deg** i dag.\n\n- Lytt\n- Samme kontaktperson over tid\n- Avtal neste steg sammen');
    await researcher.getByRole('button', { name: nb('documents.editor.save') }).click();
    await researcher.getByText(nb('documents.editor.saved', { number: 3 })).waitFor();
    await researcher.getByRole('button', { name: nb('documents.editor.stopEditing') }).click();
    const comments = researcher.getByTestId('document-comments');
    await comments.getByLabel(nb('documents.review.passage')).fill('viktig for deg');
    await comments.getByLabel(nb('documents.review.comment')).fill('Ta med sitatet fra intervjuet i Bærum.');
    await comments.getByRole('button', { name: nb('documents.review.addComment') }).click();
    await comments.getByText('Ta med sitatet fra intervjuet i Bærum.').waitFor();
    await researcher.getByRole('button', { name: nb('documents.review.sendToReview') }).click();
    await researcher.getByTestId('document-status').getByText(nb('documents.status.in_review')).waitFor();
    await axe.scan(researcher);

    await staff.reload();
    await staff.getByTestId('document-comments').getByText('Ta med sitatet fra intervjuet i Bærum.').waitFor();
    await staff.getByRole('button', { name: nb('documents.review.approve') }).click();
    await staff.getByTestId('document-status').getByText(nb('documents.status.approved')).waitFor();
    await axe.scan(staff);

    await staff.goto(`${varde.url}${base}/codesign/course`);
    const exported = staff.getByTestId('course-module').filter({ hasText: moduleTitle });
    // The module's export link, fetched as the browser would download it, and read back.
    const href = (await exported.getByRole('link', { name: nb('course.exportModule') }).getAttribute('href'))!;
    const got = await staff.evaluate(async (url) => {
      const res = await fetch(url);
      const bytes = new Uint8Array(await res.arrayBuffer());
      let binary = '';
      for (const b of bytes) binary += String.fromCharCode(b);
      return { status: res.status, type: res.headers.get('content-type') ?? '', base64: btoa(binary) };
    }, href);
    expect(got.status, Buffer.from(got.base64, 'base64').toString('utf8').slice(0, 300)).toBe(200);
    expect(got.type).toContain('officedocument.wordprocessingml');
    const xml = strFromU8(unzipSync(new Uint8Array(Buffer.from(got.base64, 'base64')))['word/document.xml']);
    expect(xml).toContain(moduleTitle);
    expect(xml).toContain('Avtal neste steg sammen');
    expect(xml).toContain('Bli hørt');
    expect(xml).toContain('Samme kontaktperson');
    await axe.scan(staff);
  });

  it('the golden thread leads from a quote through its touchpoint and vote to the target area and the course module, and back', async () => {
    // Link the marked touchpoint to the "Bli hørt" target area (its quote is the experience behind it).
    const areas = (await call('GET', `${base}/codesign/target-areas?municipalityId=${baerum}`)).body.targetAreas;
    const heard = areas.find((a: any) => a.title === 'Bli hørt');
    expect((await call('PATCH', `${base}/codesign/target-areas/${heard.id}`, { touchpointIds: [segments[1].touchpointId] })).status).toBe(204);
    await tab('codesign.tabs.touchpoints');
    const row = staff.getByTestId('touchpoints-recipient').getByRole('row').filter({ hasText: sentences[1] });
    await row.getByRole('link', { name: nb('codesign.targetAreas.thread') }).click();
    const thread = staff.getByTestId('golden-thread');
    await thread.getByText(sentences[1]).first().waitFor();
    const chain = staff.getByTestId(`thread-chain-${heard.id}`);
    await chain.getByRole('heading', { name: `${nb('codesign.thread.targetArea')}: Bli hørt` }).waitFor();
    expect(await chain.textContent()).toContain(`${nb('codesign.rolesPlural.recipient')} 6`);
    await chain.getByTestId('thread-modules').getByText(moduleTitle).waitFor();
    await axe.scan(staff);
    // Back from the module: the experiences behind it.
    await staff.locator('#thread-module').selectOption({ label: moduleTitle });
    // The module answers two target areas: both chains, each with the experiences behind it.
    await expect.poll(() => staff.locator('[data-testid^=thread-chain-]').count()).toBe(2);
    await staff.getByTestId(`thread-chain-${heard.id}`).getByText(sentences[1]).first().waitFor();
  });

  it('the programme overview shows each municipality’s EBCD stage', async () => {
    await staff.goto(`${varde.url}${base}`);
    await staff.getByTestId('ebcd-stages').getByRole('row', { name: /Bærum/ }).waitFor();
    // The demo marks held what its data shows happened: Bærum reached the workshop, Tromsø the joint meeting.
    expect(await staff.getByTestId('ebcd-stage-Bærum').textContent()).toContain(nb('codesign.ebcd.stages.codesign_workshop'));
    expect(await staff.getByTestId('ebcd-stage-Tromsø').textContent()).toContain(nb('codesign.ebcd.stages.joint_meeting'));
    expect(await staff.getByTestId('ebcd-stage-Sandnes').textContent()).toContain(nb('codesign.ebcd.stages.none'));
    await axe.scan(staff);
  });

  it('the new pages work on a 390 px phone screen', async () => {
    await staff.setViewportSize({ width: 390, height: 844 });
    for (const [path, ready] of [['map', 'emotional-map'], ['touchpoints', 'touchpoints-recipient'], ['target-areas', 'from-board'], ['', 'ebcd-stages']] as const) {
      await staff.goto(`${varde.url}${base}/codesign/${path}`);
      await staff.getByTestId(ready).first().waitFor();
      expect(await staff.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
    }
    // The other Samskaping tabs too, each scanned at this width.
    for (const [path, ready] of [['material', '[data-testid=material-sets]'], ['thread', '#thread-module'], ['boards', '#new-board-title'], ['course', '[data-testid=course-module]']] as const) {
      await staff.goto(`${varde.url}${base}/codesign/${path}`);
      await staff.locator(ready).first().waitFor();
      // What sticks out, if anything (named in the failure message).
      const wide = await staff.evaluate(() => [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
        .slice(0, 8).map((e) => `${e.tagName.toLowerCase()}#${e.id}.${[...e.classList].join('.')} ${Math.round(e.getBoundingClientRect().right)}`));
      expect(await staff.evaluate(() => document.documentElement.scrollWidth), `${path}: ${wide.join(' | ')}`).toBeLessThanOrEqual(390);
      await axe.scan(staff);
    }
    await staff.goto(`${varde.url}${base}/codesign`);
    await staff.getByTestId('ebcd-stages').waitFor();
    await axe.scan(staff);
  });

  it('while coding an interview on the analysis page, the researcher marks the segment just coded as a touchpoint (390 px)', async () => {
    const sentence = 'Det tok et halvt år før noen ringte meg tilbake.';
    const doc = await call('POST', `${base}/analysis/documents`, { title: 'Intervju tjenestemottaker 4', kind: 'interview_transcript', text: sentence, municipalityId: baerum, attributes: { role: 'recipient' } });
    expect(doc.status).toBe(201);
    await staff.goto(`${varde.url}${base}/analysis/documents/${doc.body.id}`);
    const panel = staff.getByTestId('coding-touchpoint');
    await panel.getByText(nb('codesign.touchpoints.noSegments')).waitFor();
    // Code the whole sentence from the keyboard, as a researcher does.
    const text = staff.getByTestId('coding-text');
    await text.focus();
    await staff.keyboard.press('Control+Home');
    for (let i = 0; i < sentence.split(' ').length; i++) await staff.keyboard.press('Shift+Control+ArrowRight');
    await staff.keyboard.press('c');
    await staff.getByTestId('code-picker').waitFor();
    await staff.keyboard.type('Møtet med tjenesten');
    await staff.keyboard.press('Enter');
    await expect.poll(() => staff.getByTestId('coding-status').textContent()).toContain('Møtet med tjenesten');
    // The segment just coded is offered at once, with the same form as under Samskaping.
    await panel.locator('blockquote').getByText('Det tok et halvt år').waitFor();
    const form = panel.locator('form.touchpoint-form');
    await form.getByLabel(nb('codesign.touchpoints.emotion')).selectOption({ label: nb('codesign.emotion.frustrated') });
    await form.getByRole('button', { name: nb('codesign.touchpoints.mark') }).click();
    await panel.getByText(nb('codesign.touchpoints.saved')).waitFor();
    await form.getByRole('button', { name: nb('codesign.touchpoints.edit') }).waitFor();
    const saved = (await call('GET', `${base}/codesign/touchpoints?documentId=${doc.body.id}`)).body;
    expect(saved.map((tp: any) => [tp.role, tp.emotion, tp.valence < 0])).toEqual([['recipient', 'frustrated', true]]);
    expect(saved[0].quote.text).toContain('halvt år');
    expect(await staff.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await axe.scan(staff);
  });

  it('no page has axe violations', () => {
    expect(axe.violations).toEqual([]);
  });
});

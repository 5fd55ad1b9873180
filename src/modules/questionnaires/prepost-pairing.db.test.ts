import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { scanDatabase } from '../../../test/support/scan-database.js';
import { browser, screenOf, surveyTestApp } from '../../../test/support/survey-fixture.js';
import { InstrumentDefinitionSchema } from './definition.js';
import { matchedScorePairs } from './pairing-ops.js';
import { responses } from './schema.js';

const { t, w } = await surveyTestApp();

const text = (s: string) => ({ nb: s, nn: s, en: s });
/** A five-item attitude scale (1–5), the shape of RAQ-7-like instruments: enough to score and pair. */
const attitudes = InstrumentDefinitionSchema.parse({
  name: 'attitudes', title: text('Holdninger'), languages: ['nb', 'nn', 'en'],
  sections: [{ name: 's', items: [1, 2, 3, 4, 5].map((i) => ({ name: `a${i}`, type: 'likert', required: true, label: text(`Påstand ${i}`), points: [1, 2, 3, 4, 5].map((v) => ({ value: v, label: text(String(v)) })) })) }],
  scales: [{ name: 'total', label: text('Sum'), items: ['a1', 'a2', 'a3', 'a4', 'a5'], method: 'sum', minAnswered: 5 }],
});

/** Respondent i's self-generated code: facts they can repeat (letters, day of birth, a digit). */
const codeOf = (i: number) => ({ mother: 'ABCDEFGHIJKLMNOPRSTUVWYÆØÅ'[i], birthplace: 'BODTKS'[i % 6], birthday: String((i % 28) + 1), phone: String(i % 10) });

async function answer(path: string, code: Record<string, string>, value: number, lowerCase = false) {
  const b = browser(t, path);
  let page = await b.get();
  expect(page.html).toContain('name="_code_mother"');
  const codeFields = Object.entries(code).map(([k, v]) => [`_code_${k}`, lowerCase ? ` ${v.toLowerCase()} ` : v] as [string, string]);
  page = await b.post([['_screen', '0'], ['_lang', 'nb'], ['_action', 'next'], ...codeFields]);
  expect(page.status).toBe(200);
  page = await b.post([['_screen', screenOf(page.html)], ['_lang', 'nb'], ['_action', 'submit'], ...[1, 2, 3, 4, 5].map((i) => [`a${i}`, String(value)] as [string, string])]);
  expect(page.html).toContain('data-testid="receipt"');
}

describe('a course pre/post round in anonymous mode with the self-generated code', () => {
  it('25 respondents, 22 answer both waves: the coordinator sees 22 matched and 3 unmatched, and the code is stored nowhere', async () => {
    const versionId = await w.publishedVersion(attitudes);
    const [pre, post] = await w.openSurvey({ instrumentVersionId: versionId, mode: 'anonymous', display: 'whole', waves: ['pre', 'post'] });
    expect(pre.wave).toBe('pre');
    expect(post.wave).toBe('post');
    expect(pre.waveGroupId).toBe(post.waveGroupId);
    const links = await Promise.all([pre, post].map(async (s) => new URL((await w.api('POST', `/surveys/${s.id}/public-link`)).body.url).pathname));

    // A wrong code part is named and nothing is kept.
    const b = browser(t, links[0]);
    await b.get();
    const wrong = await b.post([['_screen', '0'], ['_lang', 'nb'], ['_action', 'next'], ['_code_mother', '7'], ['_code_birthplace', 'B'], ['_code_birthday', '32'], ['_code_phone', '1']]);
    expect(wrong.status).toBe(422);
    expect(wrong.html).toContain('Første bokstav i fornavnet til moren din: Skriv én bokstav.');
    expect(wrong.html).toContain('Dagen i måneden du ble født (1–31): Skriv et tall fra 1 til 31.');
    expect(await t.database.db.select().from(responses).where(eq(responses.surveyId, pre.id))).toEqual([]);

    for (let i = 0; i < 25; i++) await answer(links[0], codeOf(i), 2);
    // At the post course the same people type their code again — some in lower case, with stray spaces.
    for (let i = 0; i < 22; i++) await answer(links[1], codeOf(i), 4, i % 2 === 0);

    const view = await w.api('GET', `/surveys/${post.id}/pairing`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ preResponses: 25, postResponses: 22, matched: 22, unmatched: 3, unmatchedPre: 3, unmatchedPost: 0, ambiguous: 0 });
    expect(JSON.stringify(view.body)).not.toMatch(/[0-9a-f]{64}/);

    const pairs = await matchedScorePairs(t.database.db, w.programme.id, pre.waveGroupId!);
    expect(pairs).toEqual([{ municipalityId: w.municipality.id, pairs: expect.any(Array) }]);
    expect(pairs[0].pairs).toHaveLength(22);
    expect(pairs[0].pairs.every((p) => p.pre.total === 10 && p.post.total === 20)).toBe(true);

    // Only keyed hashes: no code, in any spelling, anywhere in the database; no response names a person.
    const rows = await t.database.db.select().from(responses).where(inArray(responses.surveyId, [pre.id, post.id]));
    expect(rows.every((r) => r.participantId === null && /^[0-9a-f]{64}$/.test(r.pairingKey ?? ''))).toBe(true);
    const c = codeOf(3);
    expect(await scanDatabase(t.database.db, [`${c.mother}|${c.birthplace}|0${c.birthday}|${c.phone}`, `${c.mother}${c.birthplace}0${c.birthday}${c.phone}`])).toEqual([]);

    // The same code twice in one wave cannot be told apart: ambiguous, paired with nobody.
    await answer(links[1], codeOf(0), 5);
    const after = await w.api('GET', `/surveys/${pre.id}/pairing`);
    expect(after.body).toMatchObject({ matched: 21, ambiguous: 1, ambiguousResponses: 3, unmatched: 3 });
  });
});

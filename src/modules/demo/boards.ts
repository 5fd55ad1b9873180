/**
 * Demo (issue 12, live boards): in the EBCD programme, Bærum's joint feedback meeting has a closed dot-voting
 * board — anonymous, recipients, providers and leaders side by side — with the votes of twelve fictitious
 * phones, and one idea a participant added that the facilitator accepted. Everything goes through the
 * boards' own operations (join, ballot, idea), as phones in the room would.
 */
import type { Executor } from '../../db/client.js';
import type { Actor } from '../access/actor.js';
import { createActivity, listActivities } from '../activities/activities.js';
import { addIdea, castBallot, joinBoard } from '../codesign/board-voting.js';
import { closeBoard, createBoard, getBoard, listItems, moderateItem, openBoard } from '../codesign/boards.js';

const items = ['Å bli møtt som et helt menneske', 'Kontinuitet i oppfølgingen', 'Mindre skjema, mer samtale', 'En vei tilbake etter et tilbakeslag', 'Hjelp til å finne fram i tjenestene'];
/** Per phone: role and dots (index into items → dots). Recipients weigh being met; providers continuity and time. */
const phones: ['recipient' | 'provider' | 'leader', Record<number, number>][] = [
  ['recipient', { 0: 2, 3: 1 }], ['recipient', { 0: 2, 4: 1 }], ['recipient', { 0: 1, 1: 1, 3: 1 }], ['recipient', { 3: 2, 0: 1 }], ['recipient', { 0: 2, 1: 1 }], ['recipient', { 4: 2, 0: 1 }],
  ['provider', { 1: 2, 2: 1 }], ['provider', { 2: 2, 1: 1 }], ['provider', { 1: 2, 0: 1 }], ['provider', { 2: 1, 1: 1, 3: 1 }],
  ['leader', { 1: 2, 2: 1 }], ['leader', { 2: 2, 0: 1 }],
];

export async function loadBoardsDemo(tx: Executor, actor: Actor, programmeId: string, municipalities: Map<string, string>) {
  const baerum = municipalities.get('3201');
  if (!baerum) return;
  const existing = (await listActivities(tx, programmeId, { municipalities: 'all', municipalityId: baerum })).find((a) => a.typeKey === 'feedback_meeting' && a.variant === 'joint');
  const meeting = existing ?? (await createActivity(tx, actor, programmeId, { typeKey: 'feedback_meeting', municipalityId: baerum, variant: 'joint', title: 'Felles tilbakemeldingsmøte i Bærum' }));
  const created = await createBoard(tx, actor, programmeId, meeting.id, {
    title: 'Hva er viktigst å ta med i kurset?', mode: 'dots', dotsPerPerson: 3, maxDotsPerItem: 2, allowIdeas: true,
    items: items.map((label) => ({ kind: 'target_area' as const, label })),
  });
  let board = await openBoard(tx, actor, created);
  const itemIds = (await listItems(tx, board.id)).map((i) => i.id);
  for (const [n, [role, dots]] of phones.entries()) {
    const { voter } = await joinBoard(tx, board, { role, language: 'nb' });
    await castBallot(tx, board, voter, Object.fromEntries(Object.entries(dots).map(([i, d]) => [`dots_${itemIds[Number(i)]}`, String(d)])));
    if (n === 7) await addIdea(tx, board, voter, 'Likepersoner med i oppfølgingen etter kurset');
  }
  const idea = (await listItems(tx, board.id)).find((i) => i.kind === 'idea');
  if (idea) await moderateItem(tx, actor, board, idea.id, 'shown');
  board = await getBoard(tx, programmeId, board.id);
  await closeBoard(tx, actor, board);
}

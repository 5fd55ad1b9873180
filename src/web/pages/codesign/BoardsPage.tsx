import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button, Card, Checkbox, Fieldset, Heading, Label, Paragraph, Table, Textarea, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import type { ActivityPlan } from '../../activities-types.js';
import { FormErrors } from '../../components/FormErrors.js';
import { LoadState } from '../../components/LoadState.js';
import { SelectField } from '../../components/SelectField.js';
import { useApi } from '../../hooks/useApi.js';
import { useFormSubmit } from '../../hooks/useFormSubmit.js';
import { useProgramme } from '../../hooks/useProgramme.js';
import type { BoardSummary } from './board-types.js';
import type { TargetAreaList, Touchpoint } from './types.js';

/** The meetings a board belongs to in EBCD: feedback meetings (separate and joint), workshops, the closing event, gatherings. */
const boardTypes = new Set(['feedback_meeting', 'codesign_workshop', 'closing_event', 'gathering']);

/** Boards of the programme, and a form to open a new one for a meeting. */
export function BoardsPage() {
  const { t } = useTranslation();
  const { programme } = useProgramme();
  const boards = useApi<BoardSummary[]>(`/programmes/${programme.id}/boards`);
  const plan = useApi<ActivityPlan>(`/programmes/${programme.id}/activities`);
  const base = `/programmes/${programme.id}/codesign/boards`;
  const names = new Map((plan.data?.activities ?? []).map((a) => [a.id, a.name]));
  return (
    <>
      <Heading level={2} data-size="sm">{t('boards.staff.heading')}</Heading>
      <Paragraph>{t('boards.staff.intro')}</Paragraph>
      {!boards.data ? <LoadState error={boards.error} /> : boards.data.length === 0 ? <Paragraph>{t('boards.staff.none')}</Paragraph> : (
        <div className="table-scroll">
          <Table>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('boards.staff.boardTitle')}</Table.HeaderCell>
                <Table.HeaderCell>{t('boards.staff.activity')}</Table.HeaderCell>
                <Table.HeaderCell>{t('boards.staff.mode')}</Table.HeaderCell>
                <Table.HeaderCell>{t('boards.staff.status')}</Table.HeaderCell>
                <Table.HeaderCell>{t('boards.staff.code')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {boards.data.map((b) => (
                <Table.Row key={b.id}>
                  <Table.Cell><Link to={`${base}/${b.id}`}>{b.title}</Link></Table.Cell>
                  <Table.Cell>{names.get(b.activityId) ?? ''}</Table.Cell>
                  <Table.Cell>{t(`boards.modes.${b.mode}`)}</Table.Cell>
                  <Table.Cell>{t(`boards.statuses.${b.status}`)}</Table.Cell>
                  <Table.Cell><code>{b.joinCode}</code></Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {plan.data?.activities.length ? <NewBoardForm programmeId={programme.id} plan={plan.data} earlier={boards.data ?? []} base={base} /> : null}
    </>
  );
}

function NewBoardForm({ programmeId, plan, earlier, base }: { programmeId: string; plan: ActivityPlan; earlier: BoardSummary[]; base: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const meetings = useMemo(() => {
    const fit = plan.activities.filter((a) => boardTypes.has(a.typeKey) && a.status !== 'cancelled');
    return fit.length ? fit : plan.activities;
  }, [plan]);
  const [v, setV] = useState({ activityId: '', title: '', mode: 'dots', purpose: 'prioritise', identity: 'anonymous', role: '', dotsPerPerson: '5', maxDotsPerItem: '1', allowIdeas: true, items: '', fromBoards: [] as string[], touchpoints: [] as string[], targetAreas: [] as string[] });
  // Evidence to prioritise: the meeting's municipality's touchpoints (for those who may read them) and target areas proposed so far.
  const meetingMunicipality = meetings.find((m) => m.id === v.activityId)?.municipalityId ?? null;
  const touchpoints = useApi<Touchpoint[]>(`/programmes/${programmeId}/codesign/touchpoints`);
  const targetAreas = useApi<TargetAreaList>(`/programmes/${programmeId}/codesign/target-areas`);
  const localTouchpoints = (touchpoints.data ?? []).filter((tp) => !meetingMunicipality || tp.municipalityId === meetingMunicipality);
  const localAreas = (targetAreas.data?.targetAreas ?? []).filter((a) => !meetingMunicipality || a.municipalityId === meetingMunicipality || a.municipalityId === null);
  const quoteLabel = (tp: Touchpoint) => {
    const text = `${t(`boards.roles.${tp.role}`)}: «${tp.quote.text}»`;
    return text.length > 280 ? `${text.slice(0, 277)}…»` : text;
  };
  const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((x) => x !== id));
  const set = (patch: Partial<typeof v>) => setV((old) => ({ ...old, ...patch }));
  const pickMeeting = (activityId: string) => {
    const meeting = meetings.find((m) => m.id === activityId);
    const closing = meeting?.typeKey === 'closing_event';
    set({ activityId, title: v.title || meeting?.name || '', ...(closing ? { purpose: 'respond', mode: 'rating' } : {}) });
  };
  const { submit, error, busy } = useFormSubmit(async () => {
    const made = await api<BoardSummary>(`/programmes/${programmeId}/activities/${v.activityId}/boards`, {
      method: 'POST',
      body: {
        title: v.title, mode: v.mode, purpose: v.purpose, identity: v.identity, role: v.identity === 'anonymous' && v.role ? v.role : null,
        dotsPerPerson: Number(v.dotsPerPerson), maxDotsPerItem: Number(v.maxDotsPerItem), allowIdeas: v.allowIdeas,
        items: [
          ...localTouchpoints.filter((tp) => v.touchpoints.includes(tp.id)).map((tp) => ({ kind: 'touchpoint', label: quoteLabel(tp), refId: tp.id })),
          ...localAreas.filter((a) => v.targetAreas.includes(a.id)).map((a) => ({ kind: 'target_area', label: a.title, description: a.description, refId: a.id })),
          ...v.items.split('\n').map((l) => l.trim()).filter(Boolean).map((label) => ({ kind: 'free', label })),
        ],
        fromBoards: v.fromBoards.map((boardId) => ({ boardId, top: 5 })),
      },
    });
    navigate(`${base}/${made.id}`);
  });
  const labels = { title: t('boards.staff.boardTitle'), mode: t('boards.staff.mode'), dotsPerPerson: t('boards.staff.dotsPerPerson'), maxDotsPerItem: t('boards.staff.maxDotsPerItem'), items: t('boards.staff.items'), fromBoards: t('boards.staff.fromBoards'), role: t('boards.staff.role') };
  const sources = earlier.filter((b) => b.purpose === 'prioritise');
  return (
    <Card className="form-card">
      <form id="new-board" onSubmit={(e: FormEvent) => void submit(e)} noValidate>
        <Heading level={3} data-size="xs">{t('boards.staff.create')}</Heading>
        <FormErrors error={error} formId="new-board" labels={labels} headingLevel={3} />
        <SelectField id="new-board-activityId" label={t('boards.staff.activity')} value={v.activityId} onChange={pickMeeting} required>
          <option value="">{t('common.choose')}</option>
          {meetings.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
        </SelectField>
        <Textfield id="new-board-title" label={labels.title} value={v.title} onChange={(e) => set({ title: e.target.value })} error={error?.forField('title')} />
        <SelectField id="new-board-purpose" label={t('boards.staff.purpose')} value={v.purpose} onChange={(purpose) => set({ purpose })}>
          {(['prioritise', 'respond'] as const).map((p) => <option key={p} value={p}>{t(`boards.purposes.${p}`)}</option>)}
        </SelectField>
        <SelectField id="new-board-mode" label={labels.mode} value={v.mode} onChange={(mode) => set({ mode })}>
          {(['dots', 'ranking', 'rating'] as const).map((m) => <option key={m} value={m}>{t(`boards.modes.${m}`)}</option>)}
        </SelectField>
        {v.mode === 'dots' ? (
          <div className="inline-form">
            <Textfield id="new-board-dotsPerPerson" type="number" min={1} max={50} label={labels.dotsPerPerson} value={v.dotsPerPerson} onChange={(e) => set({ dotsPerPerson: e.target.value })} error={error?.forField('dotsPerPerson')} />
            <Textfield id="new-board-maxDotsPerItem" type="number" min={1} max={50} label={labels.maxDotsPerItem} value={v.maxDotsPerItem} onChange={(e) => set({ maxDotsPerItem: e.target.value })} error={error?.forField('maxDotsPerItem')} />
          </div>
        ) : null}
        <SelectField id="new-board-identity" label={t('boards.staff.identity')} value={v.identity} onChange={(identity) => set({ identity })}>
          {(['anonymous', 'code'] as const).map((i) => <option key={i} value={i}>{t(`boards.identities.${i}`)}</option>)}
        </SelectField>
        {v.identity === 'anonymous' ? (
          <SelectField id="new-board-role" label={labels.role} value={v.role} onChange={(role) => set({ role })}>
            <option value="">{t('boards.staff.roleMixed')}</option>
            {(['recipient', 'provider', 'leader'] as const).map((r) => <option key={r} value={r}>{t(`boards.rolesPlural.${r}`)}</option>)}
          </SelectField>
        ) : null}
        <Checkbox id="new-board-allowIdeas" label={t('boards.staff.allowIdeas')} checked={v.allowIdeas} onChange={(e) => set({ allowIdeas: e.target.checked })} />
        {localTouchpoints.length ? (
          <Fieldset>
            <Fieldset.Legend>{t('boards.staff.touchpoints')}</Fieldset.Legend>
            {localTouchpoints.map((tp) => (
              <Checkbox key={tp.id} id={`new-board-tp-${tp.id}`} label={quoteLabel(tp)} checked={v.touchpoints.includes(tp.id)} onChange={(e) => set({ touchpoints: toggle(v.touchpoints, tp.id, e.target.checked) })} />
            ))}
          </Fieldset>
        ) : null}
        {localAreas.length ? (
          <Fieldset>
            <Fieldset.Legend>{t('boards.staff.targetAreas')}</Fieldset.Legend>
            {localAreas.map((a) => (
              <Checkbox key={a.id} id={`new-board-ta-${a.id}`} label={a.title} checked={v.targetAreas.includes(a.id)} onChange={(e) => set({ targetAreas: toggle(v.targetAreas, a.id, e.target.checked) })} />
            ))}
          </Fieldset>
        ) : null}
        <Label htmlFor="new-board-items">{labels.items}</Label>
        <Textarea id="new-board-items" rows={5} value={v.items} onChange={(e) => set({ items: e.target.value })} />
        {sources.length ? (
          <Fieldset>
            <Fieldset.Legend>{labels.fromBoards}</Fieldset.Legend>
            {sources.map((b) => (
              <Checkbox key={b.id} id={`new-board-from-${b.id}`} label={b.title} checked={v.fromBoards.includes(b.id)}
                onChange={(e) => set({ fromBoards: e.target.checked ? [...v.fromBoards, b.id] : v.fromBoards.filter((x) => x !== b.id) })} />
            ))}
          </Fieldset>
        ) : null}
        <Button type="submit" disabled={busy || !v.activityId}>{t('boards.staff.create')}</Button>
      </form>
    </Card>
  );
}

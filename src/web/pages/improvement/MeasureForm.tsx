import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button, Checkbox, Fieldset, Heading, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { FormErrors } from '../../components/FormErrors.js';
import { SelectField } from '../../components/SelectField.js';
import { useApi } from '../../hooks/useApi.js';
import { useFormSubmit } from '../../hooks/useFormSubmit.js';
import { chimeProcesses, involvementLevels, measureStatuses, type MeasureDetailDto, type NetworkDto } from '../../improvement-types.js';
import { kindLabel } from './ImprovementTabs.js';

type Values = { title: string; description: string; aim: string; kind: string; owner: string; status: string; startsOn: string; endsOn: string; chime: string[]; targetAreas: string; userInvolvement: string; shared: boolean };
const fields = (x: Values): Values => ({ title: x.title, description: x.description, aim: x.aim, kind: x.kind, owner: x.owner, status: x.status, startsOn: x.startsOn ?? '', endsOn: x.endsOn ?? '', chime: x.chime, targetAreas: x.targetAreas, userInvolvement: x.userInvolvement, shared: x.shared });
const empty: Values = { title: '', description: '', aim: '', kind: 'user_power', owner: '', status: 'idea', startsOn: '', endsOn: '', chime: [], targetAreas: '', userInvolvement: 'informed', shared: true };

/** A new measure (on the team page) or an existing one's fields (on the measure page). */
export function MeasureForm({ programmeId, municipalityId, existing, onDone }: { programmeId: string; municipalityId: string; existing?: MeasureDetailDto['measure']; onDone(): void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const kinds = useApi<NetworkDto>(`/programmes/${programmeId}/improvement`).data?.kinds;
  const [v, setV] = useState<Values>(existing ? fields({ ...existing, startsOn: existing.startsOn ?? '', endsOn: existing.endsOn ?? '' }) : empty);
  const base = `/programmes/${programmeId}/improvement`;
  const { submit, error, busy } = useFormSubmit(async () => {
    const body = { ...fields(v), startsOn: v.startsOn || null, endsOn: v.endsOn || null };
    if (existing) await api(`${base}/measures/${existing.id}`, { method: 'PATCH', body });
    else {
      const { id } = await api<{ id: string }>(`${base}/teams/${municipalityId}/measures`, { method: 'POST', body });
      navigate(`${base}/measures/${id}`);
    }
    onDone();
  });
  const m = (k: string) => t(`improvement.measure.${k}`);
  const id = (f: string) => `measure-${f}`;
  const set = (patch: Partial<Values>) => setV((x) => ({ ...x, ...patch }));
  return (
    <form onSubmit={submit} className="improvement-form" aria-labelledby={id('heading')}>
      <Heading level={existing ? 2 : 3} data-size="xs" id={id('heading')}>{existing ? m('save') : t('improvement.team.newMeasure')}</Heading>
      <FormErrors error={error} formId="measure" labels={{ title: m('title'), kind: m('kind'), endsOn: m('endsOn'), startsOn: m('startsOn') }} headingLevel={3} />
      <Textfield id={id('title')} label={m('title')} value={v.title} onChange={(e) => set({ title: e.target.value })} required />
      <SelectField id={id('kind')} label={m('kind')} value={v.kind} onChange={(kind) => set({ kind })}>
        {(kinds ?? [{ key: v.kind, builtin: true, labels: null }]).map((k) => <option key={k.key} value={k.key}>{kindLabel(t, i18n.language, kinds, k.key)}</option>)}
      </SelectField>
      <Textfield id={id('aim')} label={m('aim')} value={v.aim} onChange={(e) => set({ aim: e.target.value })} />
      <Textfield id={id('description')} label={m('description')} multiline rows={3} value={v.description} onChange={(e) => set({ description: e.target.value })} />
      <Textfield id={id('owner')} label={m('owner')} value={v.owner} onChange={(e) => set({ owner: e.target.value })} />
      <SelectField id={id('status')} label={m('status')} value={v.status} onChange={(status) => set({ status })}>
        {measureStatuses.map((s) => <option key={s} value={s}>{t(`improvement.statuses.${s}`)}</option>)}
      </SelectField>
      <Textfield id={id('startsOn')} type="date" label={m('startsOn')} value={v.startsOn} onChange={(e) => set({ startsOn: e.target.value })} />
      <Textfield id={id('endsOn')} type="date" label={m('endsOn')} value={v.endsOn} onChange={(e) => set({ endsOn: e.target.value })} />
      <Fieldset>
        <Fieldset.Legend>{m('chime')}</Fieldset.Legend>
        {chimeProcesses.map((c) => <Checkbox key={c} id={id(`chime-${c}`)} label={t(`improvement.chime.${c}`)} checked={v.chime.includes(c)} onChange={(e) => set({ chime: e.target.checked ? [...v.chime, c] : v.chime.filter((x) => x !== c) })} />)}
      </Fieldset>
      <Textfield id={id('targetAreas')} label={m('targetAreas')} value={v.targetAreas} onChange={(e) => set({ targetAreas: e.target.value })} />
      <SelectField id={id('userInvolvement')} label={m('involvement')} value={v.userInvolvement} onChange={(userInvolvement) => set({ userInvolvement })}>
        {involvementLevels.map((l) => <option key={l} value={l}>{t(`improvement.involvement.${l}`)}</option>)}
      </SelectField>
      <Checkbox id={id('shared')} label={m('shared')} checked={v.shared} onChange={(e) => set({ shared: e.target.checked })} />
      <div className="button-row"><Button type="submit" disabled={busy}>{existing ? m('save') : m('create')}</Button></div>
    </form>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Fieldset, Heading, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { FormErrors } from '../../components/FormErrors.js';
import { SelectField } from '../../components/SelectField.js';
import { useFormSubmit } from '../../hooks/useFormSubmit.js';
import { disseminationChannels, disseminationStatuses } from '../../../modules/reports/vocabulary.js';
import type { DisseminationDto, DisseminationItemDto, ProductDto } from './types.js';

type Values = { channel: string; title: string; audience: string; plannedOn: string; ownerUserId: string; ownerRole: string; status: string; withParticipants: boolean; products: ProductDto[]; notes: string };
const empty: Values = { channel: 'conference', title: '', audience: '', plannedOn: '', ownerUserId: '', ownerRole: '', status: 'planned', withParticipants: false, products: [], notes: '' };

/** A new line of the dissemination plan or an existing one's fields, with its products (links or the report). */
export function DisseminationForm({ programmeId, data, existing, onDone, onCancel }: { programmeId: string; data: DisseminationDto; existing?: DisseminationItemDto; onDone(message: string): void; onCancel?(): void }) {
  const { t } = useTranslation();
  const formId = existing ? `dissemination-${existing.id}` : 'dissemination-new';
  const [v, setV] = useState<Values>(existing ? { ...existing, plannedOn: existing.plannedOn ?? '', ownerUserId: existing.ownerUserId ?? '' } : empty);
  const [link, setLink] = useState({ label: '', url: '' });
  const set = (patch: Partial<Values>) => setV((x) => ({ ...x, ...patch }));
  const d = (k: string, vars?: Record<string, unknown>) => t(`reports.dissemination.${k}`, vars);
  const base = `/programmes/${programmeId}/reports/dissemination`;
  const { submit, error, busy } = useFormSubmit(async () => {
    const body = { ...v, plannedOn: v.plannedOn || null, ownerUserId: v.ownerUserId || null };
    if (existing) await api(`${base}/${existing.id}`, { method: 'PATCH', body });
    else await api(base, { method: 'POST', body });
    if (!existing) setV(empty);
    onDone(d(existing ? 'saved' : 'created'));
  });
  const id = (f: string) => `${formId}-${f}`;
  const hasReport = v.products.some((p) => p.kind === 'report');
  return (
    <form onSubmit={submit} className="reports-form" aria-labelledby={id('heading')} data-testid={formId}>
      <Heading level={3} data-size="2xs" id={id('heading')}>{existing ? `${d('edit')}: ${existing.title}` : d('newItem')}</Heading>
      <FormErrors error={error} formId={formId} labels={{ title: d('what'), channel: d('channel'), plannedOn: d('date'), ownerUserId: d('ownerUser'), products: d('products') }} headingLevel={3} />
      <SelectField id={id('channel')} label={d('channel')} value={v.channel} onChange={(channel) => set({ channel })}>
        {disseminationChannels.map((c) => <option key={c} value={c}>{d(`channels.${c}`)}</option>)}
      </SelectField>
      <Textfield id={id('title')} label={d('what')} value={v.title} onChange={(e) => set({ title: e.target.value })} required />
      <Textfield id={id('audience')} label={d('audience')} value={v.audience} onChange={(e) => set({ audience: e.target.value })} />
      <Textfield id={id('plannedOn')} type="date" label={d('date')} value={v.plannedOn} onChange={(e) => set({ plannedOn: e.target.value })} />
      <SelectField id={id('ownerUserId')} label={d('ownerUser')} value={v.ownerUserId} onChange={(ownerUserId) => set({ ownerUserId })}>
        <option value="">{d('noOwnerUser')}</option>
        {data.staff.map((s) => <option key={s.userId} value={s.userId}>{s.name}</option>)}
      </SelectField>
      <Textfield id={id('ownerRole')} label={d('ownerRole')} value={v.ownerRole} onChange={(e) => set({ ownerRole: e.target.value })} />
      <SelectField id={id('status')} label={d('status')} value={v.status} onChange={(status) => set({ status })}>
        {disseminationStatuses.map((s) => <option key={s} value={s}>{d(`statuses.${s}`)}</option>)}
      </SelectField>
      <Checkbox id={id('withParticipants')} label={d('withParticipants')} checked={v.withParticipants} onChange={(e) => set({ withParticipants: e.target.checked })} />
      <Fieldset>
        <Fieldset.Legend>{d('products')}</Fieldset.Legend>
        {v.products.length ? (
          <ul className="link-list">
            {v.products.map((p, i) => (
              <li key={i}>
                <span>{p.url ? `${p.label} (${p.url})` : p.label}</span>{' '}
                <Button type="button" variant="tertiary" data-size="sm" onClick={() => set({ products: v.products.filter((_, j) => j !== i) })}>{d('removeProduct', { label: p.label })}</Button>
              </li>
            ))}
          </ul>
        ) : null}
        <Textfield id={id('productLabel')} label={d('productLabel')} value={link.label} onChange={(e) => setLink({ ...link, label: e.target.value })} />
        <Textfield id={id('productUrl')} type="url" label={d('productUrl')} value={link.url} onChange={(e) => setLink({ ...link, url: e.target.value })} />
        <div className="button-row">
          <Button type="button" variant="secondary" data-size="sm" disabled={!link.label.trim() || !link.url.trim()} onClick={() => { set({ products: [...v.products, { kind: 'link', label: link.label.trim(), url: link.url.trim() }] }); setLink({ label: '', url: '' }); }}>{d('addLink')}</Button>
          <Button type="button" variant="secondary" data-size="sm" disabled={hasReport} onClick={() => set({ products: [...v.products, { kind: 'report', label: d('theReport'), url: null }] })}>{d('addReport')}</Button>
        </div>
      </Fieldset>
      <Textfield id={id('notes')} label={d('notes')} multiline rows={2} value={v.notes} onChange={(e) => set({ notes: e.target.value })} />
      <div className="button-row">
        <Button type="submit" disabled={busy}>{existing ? d('save') : d('create')}</Button>
        {onCancel ? <Button type="button" variant="secondary" onClick={onCancel}>{d('cancel')}</Button> : null}
      </div>
    </form>
  );
}

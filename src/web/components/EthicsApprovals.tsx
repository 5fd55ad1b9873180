import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Checkbox, Fieldset, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { api, ApiError } from '../api.js';
import { uploadFile } from '../consent-types.js';
import { formatDate } from '../format.js';
import { useApi } from '../hooks/useApi.js';
import { useSession } from '../session.js';
import { FormErrors } from './FormErrors.js';
import { SelectField } from './SelectField.js';
import { StatusMessage } from './StatusMessage.js';
import '../activities.css';

const statuses = ['planned', 'pending', 'approved', 'rejected'] as const;
const collections = ['linked_surveys', 'transcripts', 'recordings'] as const;
type Collection = (typeof collections)[number];
interface Approval {
  id: string; committee: string; reference: string; status: (typeof statuses)[number]; decidedOn: string | null; conditions: string;
  covers: Collection[]; documentName: string | null;
}
const blank = { committee: '', reference: '', status: 'planned' as Approval['status'], decidedOn: '', conditions: '', covers: [] as Collection[] };

/**
 * The programme's ethics approvals (REK, a university's committee): each with its reference, decision,
 * conditions and decision letter; and which data collection waits until an approved one covers it.
 */
export function EthicsApprovals({ programmeId, readOnly }: { programmeId: string; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const base = `/programmes/${programmeId}/ethics-approvals`;
  const register = useApi<{ approvals: Approval[]; waitFor: Collection[] }>(base);
  const [form, setForm] = useState(blank);
  const [editing, setEditing] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [waits, setWaits] = useState<Collection[] | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const waitFor = waits ?? register.data?.waitFor ?? [];

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const body = { ...form, decidedOn: form.decidedOn || null };
      const saved = await api<Approval>(editing ? `${base}/${editing}` : base, { method: editing ? 'PUT' : 'POST', body });
      if (file) await uploadFile(`${base}/${saved.id}/document`, file, session.csrfToken ?? null);
      setForm(blank);
      setEditing(null);
      setFile(null);
      setStatus(t('ethics.saved'));
      register.reload();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(400, String((err as Error).message)));
    }
  };
  const edit = (a: Approval) => {
    setEditing(a.id);
    setForm({ committee: a.committee, reference: a.reference, status: a.status, decidedOn: a.decidedOn ?? '', conditions: a.conditions, covers: a.covers });
    requestAnimationFrame(() => formRef.current?.querySelector('input')?.focus());
  };
  const saveWaits = async () => {
    setError(null);
    try {
      await api(`/programmes/${programmeId}/ethics-waits`, { method: 'PUT', body: { waitFor } });
      setStatus(t('ethics.waitSaved'));
      register.reload();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(400, String((err as Error).message)));
    }
  };
  const toggle = (list: Collection[], c: Collection, on: boolean) => (on ? [...new Set([...list, c])] : list.filter((x) => x !== c));

  return (
    <section aria-labelledby="ethics-heading" className="section" data-testid="ethics-approvals">
      <Heading level={2} data-size="sm" id="ethics-heading">{t('ethics.heading')}</Heading>
      <Paragraph>{t('ethics.intro')}</Paragraph>
      <StatusMessage message={status} />
      {(register.data?.approvals ?? []).length === 0 ? <Paragraph>{t('ethics.empty')}</Paragraph> : (
        <Table data-testid="ethics-table">
          <caption className="ethics-sr-only">{t('ethics.heading')}</caption>
          <Table.Head><Table.Row>
            <Table.HeaderCell>{t('ethics.committee')}</Table.HeaderCell><Table.HeaderCell>{t('ethics.status')}</Table.HeaderCell>
            <Table.HeaderCell>{t('ethics.reference')}</Table.HeaderCell><Table.HeaderCell>{t('ethics.decidedOn')}</Table.HeaderCell>
            <Table.HeaderCell>{t('ethics.covers')}</Table.HeaderCell><Table.HeaderCell>{t('ethics.conditions')}</Table.HeaderCell>
            <Table.HeaderCell>{t('ethics.document')}</Table.HeaderCell>{readOnly ? null : <Table.HeaderCell><span className="ethics-sr-only">{t('common.actions')}</span></Table.HeaderCell>}
          </Table.Row></Table.Head>
          <Table.Body>
            {register.data!.approvals.map((a) => (
              <Table.Row key={a.id} data-status={a.status}>
                <Table.Cell>{a.committee}</Table.Cell>
                <Table.Cell>{t(`ethics.statuses.${a.status}`)}</Table.Cell>
                <Table.Cell>{a.reference || '–'}</Table.Cell>
                <Table.Cell>{a.decidedOn ? formatDate(a.decidedOn, i18n.language) : '–'}</Table.Cell>
                <Table.Cell>{a.covers.map((c) => t(`ethics.collections.${c}`)).join(', ') || '–'}</Table.Cell>
                <Table.Cell>{a.conditions || '–'}</Table.Cell>
                <Table.Cell>{a.documentName ? <a href={`/api/v1${base}/${a.id}/document`} download>{t('ethics.download')} ({a.documentName})</a> : '–'}</Table.Cell>
                {readOnly ? null : <Table.Cell><Button variant="tertiary" data-size="sm" onClick={() => edit(a)} aria-label={`${t('common.edit')}: ${a.committee}`}>{t('common.edit')}</Button></Table.Cell>}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <FormErrors error={error} formId="ethics" labels={{ committee: t('ethics.committee'), decidedOn: t('ethics.decidedOn') }} headingLevel={3} />
      {!readOnly ? (
        <>
          <Card className="form-card">
            <Heading level={3} data-size="xs">{editing ? t('common.edit') : t('ethics.add')}</Heading>
            <form ref={formRef} onSubmit={save} data-testid="ethics-form">
              <Textfield id="ethics-committee" label={t('ethics.committee')} value={form.committee} onChange={(e) => setForm({ ...form, committee: e.target.value })} error={error?.forField('committee')} required />
              <Textfield id="ethics-reference" label={t('ethics.reference')} value={form.reference} onChange={(e) => setForm({ ...form, reference: e.target.value })} />
              <SelectField id="ethics-status" label={t('ethics.status')} value={form.status} onChange={(v) => setForm({ ...form, status: v as Approval['status'] })}>
                {statuses.map((s) => <option key={s} value={s}>{t(`ethics.statuses.${s}`)}</option>)}
              </SelectField>
              <Textfield id="ethics-decidedOn" type="date" label={t('ethics.decidedOn')} value={form.decidedOn} onChange={(e) => setForm({ ...form, decidedOn: e.target.value })} error={error?.forField('decidedOn')} />
              <Textfield id="ethics-conditions" multiline rows={3} label={t('ethics.conditions')} value={form.conditions} onChange={(e) => setForm({ ...form, conditions: e.target.value })} />
              <Fieldset>
                <Fieldset.Legend>{t('ethics.covers')}</Fieldset.Legend>
                {collections.map((c) => (
                  <Checkbox key={c} id={`ethics-covers-${c}`} label={t(`ethics.collections.${c}`)} value={c} checked={form.covers.includes(c)} onChange={(e) => setForm({ ...form, covers: toggle(form.covers, c, e.target.checked) })} />
                ))}
              </Fieldset>
              <Textfield id="ethics-document" type="file" label={t('ethics.attach')} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
              <div className="button-row">
                <Button type="submit" data-testid="ethics-save">{editing ? t('ethics.save') : t('ethics.add')}</Button>
                {editing ? <Button type="button" variant="secondary" onClick={() => { setEditing(null); setForm(blank); }}>{t('common.cancel')}</Button> : null}
              </div>
            </form>
          </Card>
          <Card className="form-card">
            <Heading level={3} data-size="xs">{t('ethics.waitHeading')}</Heading>
            <Paragraph>{t('ethics.waitIntro')}</Paragraph>
            <Fieldset>
              <Fieldset.Legend className="ethics-sr-only">{t('ethics.waitHeading')}</Fieldset.Legend>
              {collections.map((c) => (
                <Checkbox key={c} id={`ethics-wait-${c}`} label={t(`ethics.collections.${c}`)} value={c} checked={waitFor.includes(c)} onChange={(e) => setWaits(toggle(waitFor, c, e.target.checked))} />
              ))}
            </Fieldset>
            <Button variant="secondary" onClick={() => void saveWaits()} data-testid="ethics-waits-save">{t('ethics.waitSave')}</Button>
          </Card>
        </>
      ) : null}
    </section>
  );
}

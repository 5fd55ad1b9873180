import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Heading, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { api, ApiError } from '../api.js';
import type { RetentionRule } from '../consent-types.js';
import { useApi } from '../hooks/useApi.js';
import { SelectField } from './SelectField.js';

const kinds = ['participant_contact_details', 'consent_scans', 'participants'];
const daysUntil = (date: string) => Math.ceil((new Date(`${date}T00:00:00`).getTime() - Date.now()) / 86_400_000);

/** Deletion dates per kind of data, and the deletions coming in the next 60 days (within 30 highlighted). */
export function RetentionRules({ programmeId, readOnly }: { programmeId: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const base = `/programmes/${programmeId}/retention-rules`;
  const rules = useApi<RetentionRule[]>(base);
  const [form, setForm] = useState({ dataKind: kinds[0], action: 'delete', deleteBy: '' });
  const [error, setError] = useState<ApiError | null>(null);
  const upcoming = (rules.data ?? []).filter((r) => !r.executedAt && daysUntil(r.deleteBy) <= 60);
  const add = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await api(base, { method: 'POST', body: form });
      rules.reload();
    } catch (err) {
      if (err instanceof ApiError) setError(err);
    }
  };
  const kindLabel = (k: string) => t(`privacy.kinds.${k}`, { defaultValue: k });
  return (
    <section aria-labelledby="retention-heading" className="section" data-testid="retention-rules">
      <Heading level={2} data-size="sm" id="retention-heading">{t('privacy.retentionTitle')}</Heading>
      <Heading level={3} data-size="xs">{t('privacy.upcomingTitle')}</Heading>
      {upcoming.length === 0 ? <Paragraph>{t('privacy.noUpcoming')}</Paragraph> : (
        <ul className="plain-list">
          {upcoming.map((r) => (
            <li key={r.id}>
              {r.deleteBy}: {kindLabel(r.dataKind)} ({t(`privacy.actions.${r.action}`)}){' '}
              {daysUntil(r.deleteBy) <= 30 ? <Tag data-color="danger">{t('privacy.within30')}</Tag> : null}
            </li>
          ))}
        </ul>
      )}
      {(rules.data ?? []).length === 0 ? <Paragraph>{t('privacy.noRules')}</Paragraph> : (
        <Table>
          <Table.Head><Table.Row><Table.HeaderCell>{t('privacy.dataKind')}</Table.HeaderCell><Table.HeaderCell>{t('privacy.action')}</Table.HeaderCell><Table.HeaderCell>{t('privacy.deleteBy')}</Table.HeaderCell><Table.HeaderCell>{t('privacy.status')}</Table.HeaderCell></Table.Row></Table.Head>
          <Table.Body>
            {rules.data!.map((r) => (
              <Table.Row key={r.id}>
                <Table.Cell>{kindLabel(r.dataKind)}</Table.Cell>
                <Table.Cell>{t(`privacy.actions.${r.action}`)}</Table.Cell>
                <Table.Cell>{r.deleteBy}</Table.Cell>
                <Table.Cell>{r.executedAt ? t('privacy.executed', { date: r.executedAt.slice(0, 10) }) : r.warnedAt ? t('privacy.warned', { date: r.warnedAt.slice(0, 10) }) : ''}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {!readOnly ? (
        <Card className="form-card">
          <form onSubmit={add}>
            <SelectField id="rule-kind" label={t('privacy.dataKind')} value={form.dataKind} onChange={(v) => setForm({ ...form, dataKind: v })}>
              {kinds.map((k) => <option key={k} value={k}>{kindLabel(k)}</option>)}
            </SelectField>
            <SelectField id="rule-action" label={t('privacy.action')} value={form.action} onChange={(v) => setForm({ ...form, action: v })}>
              <option value="delete">{t('privacy.actions.delete')}</option>
              <option value="anonymise">{t('privacy.actions.anonymise')}</option>
            </SelectField>
            <Textfield label={t('privacy.deleteBy')} type="date" value={form.deleteBy} onChange={(e) => setForm({ ...form, deleteBy: e.target.value })} error={error?.forField('deleteBy')} required />
            <Button type="submit">{t('privacy.addRule')}</Button>
          </form>
        </Card>
      ) : null}
    </section>
  );
}

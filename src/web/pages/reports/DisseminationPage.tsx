import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, Card, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { DataTable } from '../../components/DataTable.js';
import { LoadState } from '../../components/LoadState.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { formatDate } from '../../format.js';
import { useApi } from '../../hooks/useApi.js';
import { useProgramme } from '../../hooks/useProgramme.js';
import { DisseminationForm } from './DisseminationForm.js';
import type { DisseminationDto, DisseminationItemDto } from './types.js';

/** The dissemination plan (seed 000 §2.2.1): channels, audiences, dates, owners, status and products (issue 14 §6). */
export function DisseminationPage() {
  const { t, i18n } = useTranslation();
  const { programme, archived } = useProgramme();
  const data = useApi<DisseminationDto>(`/programmes/${programme.id}/reports/dissemination`);
  const [status, setStatus] = useState<string | null>(null);
  const [editing, setEditing] = useState<DisseminationItemDto | null>(null);
  const [removing, setRemoving] = useState<DisseminationItemDto | null>(null);
  const d = (k: string, vars?: Record<string, unknown>) => t(`reports.dissemination.${k}`, vars);
  const done = (message: string) => { setStatus(message); setEditing(null); data.reload(); };
  if (!data.data) return <LoadState error={data.error} />;
  const mayEdit = data.data.mayEdit && !archived;
  const reportLink = `/programmes/${programme.id}/reports/report`;
  return (
    <section aria-labelledby="dissemination-heading" data-testid="dissemination">
      <Heading level={2} data-size="xs" id="dissemination-heading">{d('heading')}</Heading>
      <Paragraph>{d('intro')}</Paragraph>
      <StatusMessage message={status} />
      {!data.data.mayEdit ? <Paragraph data-size="sm">{d('readOnly')}</Paragraph> : null}
      {data.data.items.length === 0 ? <Paragraph>{d('empty')}</Paragraph> : (
        <DataTable caption={d('caption')} testId="dissemination-table" head={<>
          <Table.HeaderCell scope="col">{d('what')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{d('channel')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{d('audience')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{d('date')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{d('owner')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{d('status')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{d('products')}</Table.HeaderCell>
          {mayEdit ? <Table.HeaderCell scope="col"><span className="ds-sr-only">{d('edit')}</span></Table.HeaderCell> : null}
        </>}>
          {data.data.items.map((item) => (
            <Table.Row key={item.id} data-testid={`dissemination-row-${item.title}`}>
              <Table.HeaderCell scope="row">
                {item.title}
                {item.withParticipants ? <> <Tag data-color="success" data-size="sm">{d('withParticipantsTag')}</Tag></> : null}
              </Table.HeaderCell>
              <Table.Cell>{d(`channels.${item.channel}`)}</Table.Cell>
              <Table.Cell>{item.audience || '–'}</Table.Cell>
              <Table.Cell>{item.plannedOn ? formatDate(item.plannedOn, i18n.language) : d('noDate')}</Table.Cell>
              <Table.Cell>{[item.ownerName, item.ownerRole].filter(Boolean).join(', ') || '–'}</Table.Cell>
              <Table.Cell>{d(`statuses.${item.status}`)}</Table.Cell>
              <Table.Cell className="dissemination-products">
                {item.products.length ? item.products.map((p, i) => (
                  <span key={i}>{i ? ', ' : ''}{p.kind === 'report' ? <Link to={reportLink}>{p.label}</Link> : <a href={p.url!} rel="noopener noreferrer">{p.label}</a>}</span>
                )) : d('noProducts')}
              </Table.Cell>
              {mayEdit ? (
                <Table.Cell>
                  <div className="button-row">
                    <Button variant="secondary" data-size="sm" onClick={() => { setStatus(null); setEditing(item); }}>{`${d('edit')}: ${item.title}`}</Button>
                    <Button variant="tertiary" data-size="sm" data-color="danger" onClick={() => setRemoving(item)}>{`${d('delete')}: ${item.title}`}</Button>
                  </div>
                </Table.Cell>
              ) : null}
            </Table.Row>
          ))}
        </DataTable>
      )}
      {mayEdit ? (
        <Card className="form-card">
          {editing
            ? <DisseminationForm key={editing.id} programmeId={programme.id} data={data.data} existing={editing} onDone={done} onCancel={() => setEditing(null)} />
            : <DisseminationForm programmeId={programme.id} data={data.data} onDone={done} />}
        </Card>
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        title={d('delete')}
        message={d('deleteConfirm', { title: removing?.title ?? '' })}
        confirmLabel={d('delete')}
        onConfirm={async () => {
          await api(`/programmes/${programme.id}/reports/dissemination/${removing!.id}`, { method: 'DELETE' });
          setRemoving(null);
          done(d('deleted'));
        }}
        onClose={() => setRemoving(null)}
      />
    </section>
  );
}

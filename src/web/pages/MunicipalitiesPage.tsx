import { useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Card, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { api } from '../api.js';
import { AddMunicipality } from '../components/AddMunicipality.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { LoadState } from '../components/LoadState.js';
import { PageHeader } from '../components/PageHeader.js';
import { StatusMessage } from '../components/StatusMessage.js';
import { focusPageHeading } from '../focus.js';
import { useApi } from '../hooks/useApi.js';
import { programmeCrumbs, useProgramme } from '../hooks/useProgramme.js';
import type { Municipality } from '../types.js';
import { DataTable } from '../components/DataTable.js';

/** The programme's participating municipalities; coordinators add and remove them. */
export function MunicipalitiesPage() {
  const { t } = useTranslation();
  const { programme, reload: reloadProgramme, canManage, archived } = useProgramme();
  const base = `/programmes/${programme.id}`;
  const list = useApi<Municipality[]>(`${base}/municipalities`);
  const [status, setStatus] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Municipality | null>(null);
  const taken = useMemo(() => new Set((list.data ?? []).map((m) => m.number)), [list.data]);
  const editable = canManage && !archived;
  const title = t('municipality.title');

  const remove = async () => {
    if (!removing) return;
    await api(`${base}/municipalities/${removing.id}`, { method: 'DELETE' });
    setStatus(t('municipality.removed', { name: removing.name }));
    setRemoving(null);
    list.reload();
    reloadProgramme();
    focusPageHeading();
  };

  return (
    <div className="page">
      <PageHeader title={title} crumbs={[...programmeCrumbs(programme, t), { label: title, to: `${base}/municipalities` }]} />
      <StatusMessage message={status} />
      {editable ? (
        <Card className="form-card">
          <Heading level={2} data-size="xs">
            {t('municipality.add')}
          </Heading>
          <AddMunicipality
            programmeId={programme.id}
            taken={taken}
            onAdded={(m) => {
              setStatus(t('municipality.added', { name: m.name }));
              list.reload();
              reloadProgramme();
            }}
          />
        </Card>
      ) : null}
      {!list.data ? (
        <LoadState error={list.error} />
      ) : list.data.length === 0 ? (
        <Paragraph data-testid="municipality-list">{t('municipality.listEmpty')}</Paragraph>
      ) : (
        <DataTable
          caption={title} testId="municipality-list"
          head={
            <>
              <Table.HeaderCell>{t('municipality.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('municipality.number')}</Table.HeaderCell>
              <Table.HeaderCell>{t('municipality.county')}</Table.HeaderCell>
              {editable ? <Table.HeaderCell>{t('common.actions')}</Table.HeaderCell> : null}
            </>
          }
        >
          {list.data.map((m) => (
            <Table.Row key={m.id}>
              <Table.Cell>
                <Link asChild>
                  <RouterLink to={`${base}/municipalities/${m.id}`}>{m.name}</RouterLink>
                </Link>
              </Table.Cell>
              <Table.Cell>{m.number}</Table.Cell>
              <Table.Cell>{m.county}</Table.Cell>
              {editable ? (
                <Table.Cell>
                  <Button variant="tertiary" data-size="sm" data-color="danger" onClick={() => setRemoving(m)} aria-label={`${t('municipality.remove')}: ${m.name}`}>
                    {t('municipality.remove')}
                  </Button>
                </Table.Cell>
              ) : null}
            </Table.Row>
          ))}
        </DataTable>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t('municipality.remove')}
        message={removing ? t('municipality.removeConfirm', { name: removing.name }) : ''}
        confirmLabel={t('municipality.remove')}
        onConfirm={remove}
        onClose={() => setRemoving(null)}
      />
    </div>
  );
}

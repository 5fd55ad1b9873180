import { useTranslation } from 'react-i18next';
import { Button, Paragraph, Table } from '@digdir/designsystemet-react';
import type { ProgrammeRole } from '../types.js';
import { DataTable } from './DataTable.js';

interface Props {
  roles: ProgrammeRole[];
  municipalityNames: Map<string, string>;
  /** Whether this role may be taken away by the signed-in user. */
  canRevoke(role: ProgrammeRole): boolean;
  onRevoke(role: ProgrammeRole): void;
}

/** Who has which role (one row per role, and per municipality for municipal contacts). */
export function RolesTable({ roles, municipalityNames, canRevoke, onRevoke }: Props) {
  const { t } = useTranslation();
  if (roles.length === 0) return <Paragraph>{t('role.empty')}</Paragraph>;
  const anyRevocable = roles.some(canRevoke);
  return (
    <DataTable
      caption={t('nav.roles')} testId="role-list"
      head={
        <>
          <Table.HeaderCell>{t('role.name')}</Table.HeaderCell>
          <Table.HeaderCell>{t('role.email')}</Table.HeaderCell>
          <Table.HeaderCell>{t('role.role')}</Table.HeaderCell>
          <Table.HeaderCell>{t('municipality.name')}</Table.HeaderCell>
          {anyRevocable ? <Table.HeaderCell>{t('common.actions')}</Table.HeaderCell> : null}
        </>
      }
    >
      {roles.map((r) => (
        <Table.Row key={r.id}>
          <Table.Cell>{r.name}</Table.Cell>
          <Table.Cell>{r.email}</Table.Cell>
          <Table.Cell>{t(`role.names.${r.role}`)}</Table.Cell>
          <Table.Cell>{r.municipalityId ? (municipalityNames.get(r.municipalityId) ?? '') : ''}</Table.Cell>
          {anyRevocable ? (
            <Table.Cell className="nowrap">
              {canRevoke(r) ? (
                <Button variant="tertiary" data-size="sm" data-color="danger" onClick={() => onRevoke(r)} aria-label={`${t('role.revoke')}: ${r.name}, ${t(`role.names.${r.role}`)}`}>
                  {t('role.revoke')}
                </Button>
              ) : null}
            </Table.Cell>
          ) : null}
        </Table.Row>
      ))}
    </DataTable>
  );
}

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { api } from '../api.js';
import { AppointForm } from '../components/AppointForm.js';
import { AuditLog } from '../components/AuditLog.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { ConsentSettings } from '../components/ConsentSettings.js';
import { LoadState } from '../components/LoadState.js';
import { PageHeader } from '../components/PageHeader.js';
import { RolesTable } from '../components/RolesTable.js';
import { StatusMessage } from '../components/StatusMessage.js';
import { focusPageHeading } from '../focus.js';
import { useApi } from '../hooks/useApi.js';
import { programmeCrumbs, useProgramme } from '../hooks/useProgramme.js';
import { useSession } from '../session.js';
import type { AuditEntry, Municipality, ProgrammeRole } from '../types.js';

/** Roles and access, and the audit log (coordinators and administrators). */
export function SettingsPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const { programme, canManage, archived } = useProgramme();
  const base = `/programmes/${programme.id}`;
  const roles = useApi<ProgrammeRole[]>(canManage ? `${base}/roles` : null);
  const audit = useApi<AuditEntry[]>(canManage ? `${base}/audit` : null);
  const municipalities = useApi<Municipality[]>(canManage ? `${base}/municipalities` : null);
  const [status, setStatus] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<ProgrammeRole | null>(null);
  const isAdmin = session.user?.isAdmin ?? false;
  const title = t('nav.settings');

  const municipalityNames = useMemo(() => new Map((municipalities.data ?? []).map((m) => [m.id, m.name])), [municipalities.data]);
  const people = useMemo(() => {
    const map = new Map((roles.data ?? []).map((r) => [r.userId, r.name]));
    if (session.user) map.set(session.user.id, session.user.name);
    return map;
  }, [roles.data, session.user]);
  const sortedRoles = useMemo(() => [...(roles.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nb') || a.role.localeCompare(b.role)), [roles.data]);

  const revoke = async () => {
    if (!revoking) return;
    await api(`${base}/roles/${revoking.id}`, { method: 'DELETE' });
    setStatus(t('role.revoked', { name: revoking.name, role: t(`role.names.${revoking.role}`) }));
    setRevoking(null);
    roles.reload();
    audit.reload();
    focusPageHeading();
  };

  const header = <PageHeader title={title} crumbs={[...programmeCrumbs(programme, t), { label: title, to: `${base}/settings` }]} />;
  if (!canManage)
    return (
      <div className="page">
        {header}
        <Alert data-color="warning">
          <Paragraph>{t('errors.forbidden')}</Paragraph>
        </Alert>
      </div>
    );

  return (
    <div className="page">
      {header}
      <section aria-labelledby="roles-heading" className="section">
        <Heading level={2} data-size="sm" id="roles-heading">
          {t('nav.roles')}
        </Heading>
        <StatusMessage message={status} />
        {!roles.data ? (
          <LoadState error={roles.error} />
        ) : (
          <RolesTable
            roles={sortedRoles}
            municipalityNames={municipalityNames}
            canRevoke={(r) => !archived && (isAdmin || r.role !== 'coordinator')}
            onRevoke={(r) => {
              setStatus(null);
              setRevoking(r);
            }}
          />
        )}
        {!archived ? (
          <Card className="form-card">
            <Heading level={3} data-size="xs">
              {t('role.appoint')}
            </Heading>
            <AppointForm
              programmeId={programme.id}
              municipalities={municipalities.data ?? []}
              mayAppointCoordinator={isAdmin}
              onAppointed={(created) => {
                const first = created[0];
                if (first) setStatus(t('role.appointed', { name: first.name, role: t(`role.names.${first.role}`) }));
                roles.reload();
                audit.reload();
              }}
            />
          </Card>
        ) : null}
      </section>
      <ConsentSettings programmeId={programme.id} archived={archived} />
      <section aria-labelledby="audit-heading" className="section">
        <Heading level={2} data-size="sm" id="audit-heading">
          {t('nav.audit')}
        </Heading>
        {!audit.data ? <LoadState error={audit.error} /> : <AuditLog entries={audit.data} people={people} />}
      </section>
      <ConfirmDialog
        open={revoking !== null}
        title={t('role.revoke')}
        message={revoking ? t('role.revokeConfirm', { name: revoking.name, role: t(`role.names.${revoking.role}`) }) : ''}
        confirmLabel={t('role.revoke')}
        onConfirm={revoke}
        onClose={() => setRevoking(null)}
      />
    </div>
  );
}

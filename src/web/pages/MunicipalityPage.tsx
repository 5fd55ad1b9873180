import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { api } from '../api.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { EditServiceDialog } from '../components/EditServiceDialog.js';
import { LoadState } from '../components/LoadState.js';
import { PageHeader } from '../components/PageHeader.js';
import { ServiceForm, type ServiceValues } from '../components/ServiceForm.js';
import { ServiceTable } from '../components/ServiceTable.js';
import { StatusMessage } from '../components/StatusMessage.js';
import { focusPageHeading } from '../focus.js';
import { omitEmpty } from '../payload.js';
import { useApi } from '../hooks/useApi.js';
import { programmeCrumbs, useProgramme } from '../hooks/useProgramme.js';
import type { Municipality, Service } from '../types.js';

/** One participating municipality and its services; those allowed register, edit and delete services. */
export function MunicipalityPage() {
  const { t } = useTranslation();
  const { municipalityId } = useParams();
  const { programme, reload: reloadProgramme, canWriteServices: canWriteServicesIn } = useProgramme();
  const canWriteServices = canWriteServicesIn(municipalityId ?? '');
  const base = `/programmes/${programme.id}`;
  const municipality = useApi<Municipality>(`${base}/municipalities/${municipalityId}`);
  const services = useApi<Service[]>(`${base}/municipalities/${municipalityId}/services`);
  const [status, setStatus] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [editing, setEditing] = useState<Service | null>(null);
  const [deleting, setDeleting] = useState<Service | null>(null);

  const m = municipality.data;
  if (!m) return <div className="page">{<LoadState error={municipality.error} />}</div>;

  const create = async (values: ServiceValues) => {
    setCreated(null);
    const service = await api<Service>(`${base}/municipalities/${m.id}/services`, { method: 'POST', body: omitEmpty(values, ['kind']) });
    services.setData((list) => [...(list ?? []), service].sort((a, b) => a.name.localeCompare(b.name, 'nb')));
    setCreated(t('service.created', { name: service.name }));
    reloadProgramme();
  };
  const save = async (service: Service, values: ServiceValues) => {
    const updated = await api<Service>(`${base}/services/${service.id}`, { method: 'PATCH', body: values });
    services.setData((list) => list?.map((s) => (s.id === updated.id ? updated : s)));
    setEditing(null);
    setStatus(t('service.updated', { name: updated.name }));
  };
  const remove = async () => {
    if (!deleting) return;
    await api(`${base}/services/${deleting.id}`, { method: 'DELETE' });
    services.setData((list) => list?.filter((s) => s.id !== deleting.id));
    setStatus(t('common.deleted', { name: deleting.name }));
    setDeleting(null);
    reloadProgramme();
    focusPageHeading();
  };

  const crumbs = [
    ...programmeCrumbs(programme, t),
    { label: t('municipality.title'), to: `${base}/municipalities` },
    { label: m.name, to: `${base}/municipalities/${m.id}` },
  ];
  return (
    <div className="page">
      <PageHeader title={m.name} crumbs={crumbs} />
      <Paragraph className="muted">
        {t('municipality.number')}: {m.number} · {t('municipality.county')}: {m.county}
      </Paragraph>
      <section aria-labelledby="services-heading" className="section">
        <Heading level={2} data-size="sm" id="services-heading">
          {t('service.title')}
        </Heading>
        <StatusMessage message={status} />
        {!services.data ? (
          <LoadState error={services.error} />
        ) : (
          <ServiceTable
            services={services.data}
            editable={canWriteServices}
            onEdit={(s) => {
              setStatus(null);
              setEditing(s);
            }}
            onDelete={(s) => {
              setStatus(null);
              setDeleting(s);
            }}
          />
        )}
      </section>
      {canWriteServices ? (
        <Card className="form-card section">
          <Heading level={2} data-size="xs">
            {t('service.create')}
          </Heading>
          <ServiceForm formId="new-service" data-testid="service-form" submitLabel={t('service.create')} onSubmit={create} resetOnSuccess />
          <StatusMessage message={created} />
        </Card>
      ) : null}
      <EditServiceDialog service={editing} onSave={save} onClose={() => setEditing(null)} />
      <ConfirmDialog
        open={deleting !== null}
        title={t('common.delete')}
        message={deleting ? t('common.confirmDelete', { name: deleting.name }) : ''}
        confirmLabel={t('common.delete')}
        onConfirm={remove}
        onClose={() => setDeleting(null)}
      />
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { api } from '../../api.js';
import type { ActivityPlan } from '../../activities-types.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { DataTable } from '../../components/DataTable.js';
import { FormErrors } from '../../components/FormErrors.js';
import { LoadState } from '../../components/LoadState.js';
import { SelectField } from '../../components/SelectField.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { useApi } from '../../hooks/useApi.js';
import { useFormSubmit } from '../../hooks/useFormSubmit.js';
import { useProgramme } from '../../hooks/useProgramme.js';
import { mayFacilitate } from './filters.js';
import { MaterialEditor } from './MaterialEditor.js';
import type { MaterialSummary, Touchpoint } from './types.js';

/** The feedback meetings' "trigger" material: sets of touchpoints and quotes per meeting, shown on the projector. */
export function MaterialPage() {
  const { t } = useTranslation();
  const { programme } = useProgramme();
  const base = `/programmes/${programme.id}/codesign`;
  const sets = useApi<MaterialSummary[]>(`${base}/material`);
  const plan = useApi<ActivityPlan>(`/programmes/${programme.id}/activities`);
  const touchpoints = useApi<Touchpoint[]>(`${base}/touchpoints`);
  const [open, setOpen] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [values, setValues] = useState({ activityId: '', title: '', filmUrl: '' });
  const writer = mayFacilitate(programme.myRoles);
  const create = useFormSubmit(async () => {
    const created = await api<{ id: string }>(`${base}/material`, { method: 'POST', body: { activityId: values.activityId, title: values.title, filmUrl: values.filmUrl.trim() || null } });
    setValues({ activityId: '', title: '', filmUrl: '' });
    setStatus(t('codesign.material.created'));
    setOpen(created.id);
    sets.reload();
  });
  const [removing, setRemoving] = useState<MaterialSummary | null>(null);
  const removeNow = async () => {
    await api(`${base}/material/${removing!.id}`, { method: 'DELETE' });
    setStatus(t('codesign.material.deleted'));
    if (open === removing!.id) setOpen(null);
    setRemoving(null);
    sets.reload();
  };
  // Feedback meetings first: that is what the material is for; any activity may carry it.
  const meetings = [...(plan.data?.activities ?? [])].sort((a, b) => Number(b.typeKey === 'feedback_meeting') - Number(a.typeKey === 'feedback_meeting'));
  const labels = { activityId: t('codesign.material.activity'), title: t('codesign.material.title'), filmUrl: t('codesign.material.filmUrl') };
  return (
    <>
      <Heading level={2} data-size="sm">{t('codesign.material.heading')}</Heading>
      <Paragraph>{t('codesign.material.intro')}</Paragraph>
      <StatusMessage message={status} />
      {!sets.data ? <LoadState error={sets.error} /> : sets.data.length === 0 ? <Paragraph>{t('codesign.material.empty')}</Paragraph> : (
        <DataTable caption={t('codesign.material.heading')} testId="material-sets" head={<>
          <Table.HeaderCell scope="col">{labels.title}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{labels.activityId}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('codesign.material.items')}</Table.HeaderCell>
          <Table.HeaderCell scope="col"><span className="ds-sr-only">{t('common.actions')}</span></Table.HeaderCell>
        </>}>
          {sets.data.map((s) => (
            <Table.Row key={s.id}>
              <Table.Cell>{s.title}</Table.Cell>
              <Table.Cell>{s.activityTitle}</Table.Cell>
              <Table.Cell>{t('codesign.material.itemCount', { n: s.itemCount })}</Table.Cell>
              <Table.Cell>
                <div className="button-row">
                  {writer ? <Button variant="secondary" data-size="sm" aria-expanded={open === s.id} onClick={() => setOpen(open === s.id ? null : s.id)}>{`${t('common.edit')}: ${s.title}`}</Button> : null}
                  <Link to={`${base}/material/${s.id}/present`}>{`${t('codesign.material.present')}: ${s.title}`}</Link>
                  {writer ? <Button variant="tertiary" data-size="sm" data-color="danger" onClick={() => setRemoving(s)}>{`${t('codesign.material.deleteSet')}: ${s.title}`}</Button> : null}
                </div>
              </Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      )}
      {open && touchpoints.data ? <MaterialEditor key={open} programmeId={programme.id} setId={open} touchpoints={touchpoints.data} onSaved={(m) => { setStatus(m); sets.reload(); }} /> : null}
      {writer ? (
        <Card className="form-card">
          <Heading level={3} data-size="xs">{t('codesign.material.newSet')}</Heading>
          <form onSubmit={create.submit} noValidate>
            <FormErrors error={create.error} formId="new-material" labels={labels} headingLevel={3} />
            <SelectField id="new-material-activityId" label={labels.activityId} value={values.activityId} onChange={(activityId) => setValues((v) => ({ ...v, activityId }))} error={create.error?.forField('activityId')}>
              <option value="">{t('common.choose')}</option>
              {meetings.map((a) => <option key={a.id} value={a.id}>{a.name || a.title}</option>)}
            </SelectField>
            <Textfield id="new-material-title" label={labels.title} value={values.title} onChange={(e) => setValues((v) => ({ ...v, title: e.target.value }))} error={create.error?.forField('title')} />
            <Textfield id="new-material-filmUrl" type="url" label={labels.filmUrl} value={values.filmUrl} onChange={(e) => setValues((v) => ({ ...v, filmUrl: e.target.value }))} error={create.error?.forField('filmUrl')} />
            <div className="button-row"><Button type="submit" loading={create.busy}>{t('codesign.material.create')}</Button></div>
          </form>
        </Card>
      ) : null}
      <ConfirmDialog open={removing !== null} title={t('codesign.material.deleteSet')} message={removing?.title ?? ''} confirmLabel={t('codesign.material.deleteSet')} onConfirm={removeNow} onClose={() => setRemoving(null)} />
    </>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { LoadState } from '../../components/LoadState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useApi } from '../../hooks/useApi.js';
import { programmeCrumbs, useProgramme } from '../../hooks/useProgramme.js';
import type { MeasureDetailDto } from '../../improvement-types.js';
import { EvidenceSection } from './EvidenceSection.js';
import { ImprovementTabs } from './ImprovementTabs.js';
import { IndicatorSection, NewIndicatorForm } from './IndicatorSection.js';
import { MeasureForm } from './MeasureForm.js';
import { PdsaSection } from './PdsaSection.js';
import './improvement.css';

/** A measure: its fields, the PDSA timeline, and what is measured with run or control charts. */
export function MeasurePage() {
  const { t } = useTranslation();
  const { programme } = useProgramme();
  const navigate = useNavigate();
  const { measureId = '' } = useParams();
  const base = `/programmes/${programme.id}/improvement`;
  const path = `${base}/measures/${measureId}`;
  const resource = useApi<MeasureDetailDto>(path);
  const d = resource.data;
  const title = d?.measure.title ?? t('improvement.title');
  const teamPath = d ? `${base}/teams/${d.measure.municipalityId}` : base;
  const [confirmDelete, setConfirmDelete] = useState(false);
  const remove = async () => {
    await api(path, { method: 'DELETE' });
    navigate(teamPath);
  };
  return (
    <div className="page">
      <PageHeader title={title} crumbs={[...programmeCrumbs(programme, t), { label: t('improvement.title'), to: base }, ...(d ? [{ label: t('improvement.team.heading', { name: d.measure.municipalityName }), to: teamPath }] : []), { label: title, to: path }]} />
      <ImprovementTabs />
      {!d ? <LoadState error={resource.error} /> : (
        <>
          <Paragraph>
            <Tag>{t(`improvement.kinds.${d.measure.kind}`, { defaultValue: d.measure.kind })}</Tag>{' '}
            <Tag data-color="info">{t(`improvement.statuses.${d.measure.status}`)}</Tag>{' '}
            <Tag>{t('improvement.measure.involvement')}: {t(`improvement.involvement.${d.measure.userInvolvement}`)}</Tag>
            {d.measure.shared ? null : <> <Tag data-color="warning">{t('improvement.measure.notShared')}</Tag></>}
          </Paragraph>
          {d.measure.aim ? <Paragraph><strong>{t('improvement.measure.aim')}:</strong> {d.measure.aim}</Paragraph> : null}
          {d.measure.description ? <Paragraph>{d.measure.description}</Paragraph> : null}
          {d.canEdit ? null : <Alert data-color="info"><Paragraph>{t('improvement.team.readOnly')}</Paragraph></Alert>}
          <Paragraph><Link to={teamPath}>{t('improvement.measure.back')}</Link></Paragraph>

          <PdsaSection detail={d} path={path} onDone={resource.reload} />

          <section className="improvement-section" aria-labelledby="measure-indicators">
            <Heading level={2} data-size="xs" id="measure-indicators">{t('improvement.measure.indicators')}</Heading>
            {d.indicators.map((i) => <IndicatorSection key={i.id} indicator={i} path={`${path}/indicators/${i.id}`} canEdit={d.canEdit} threshold={d.smallCellThreshold} onDone={resource.reload} />)}
            {d.canEdit ? <NewIndicatorForm path={path} onDone={resource.reload} /> : null}
          </section>

          <EvidenceSection path={path} canEdit={d.canEdit} />

          {d.canEdit ? (
            <>
              <MeasureForm programmeId={programme.id} municipalityId={d.measure.municipalityId} existing={d.measure} onDone={resource.reload} />
              <Button variant="tertiary" data-color="danger" onClick={() => setConfirmDelete(true)}>{t('improvement.measure.delete')}</Button>
              <ConfirmDialog open={confirmDelete} title={t('improvement.measure.deleteTitle')} message={t('improvement.measure.deleteMessage', { title: d.measure.title })} confirmLabel={t('improvement.measure.delete')} onConfirm={remove} onClose={() => setConfirmDelete(false)} />
            </>
          ) : null}
        </>
      )}
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { api, ApiError } from '../api.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { PageHeader } from '../components/PageHeader.js';
import { ProgrammeForm, type ProgrammeValues } from '../components/ProgrammeForm.js';
import { StatusMessage } from '../components/StatusMessage.js';
import { formatDate } from '../format.js';
import { programmeCrumbs, useProgramme } from '../hooks/useProgramme.js';
import { EbcdStageSummary } from './codesign/EbcdStageSummary.js';
import { OverviewPanels } from './reports/OverviewPanels.js';

/** Name, kind, period and your roles, then what to do next (reports' OverviewPanels); coordinators edit and archive here. */
export function ProgrammeOverviewPage() {
  const { t, i18n } = useTranslation();
  const { programme, reload, canManage, archived } = useProgramme();
  const [editing, setEditing] = useState(false);
  const [confirmArchive, setConfirmArchive] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const lang = i18n.language;
  const base = `/programmes/${programme.id}`;

  const save = async (values: ProgrammeValues) => {
    await api(base, { method: 'PATCH', body: values });
    setEditing(false);
    setStatus(t('common.saved'));
    reload();
  };
  const archive = async () => {
    await api(`${base}/archive`, { method: 'POST' });
    setConfirmArchive(false);
    setStatus(t('programme.archivedDone', { name: programme.name }));
    reload();
  };
  const unarchive = async () => {
    setFailure(null);
    try {
      await api(`${base}/unarchive`, { method: 'POST' });
      setStatus(t('programme.unarchivedDone', { name: programme.name }));
      reload();
    } catch (err) {
      setFailure(err instanceof ApiError ? err.detail : t('errors.internal'));
    }
  };

  const actions = !canManage ? null : archived ? (
    <Button variant="secondary" onClick={() => void unarchive()}>
      {t('common.unarchive')}
    </Button>
  ) : (
    <>
      {!editing ? (
        <Button variant="primary" onClick={() => { setStatus(null); setEditing(true); }}>
          {t('common.edit')}
        </Button>
      ) : null}
      <Button variant="secondary" data-color="danger" onClick={() => setConfirmArchive(true)}>
        {t('common.archive')}
      </Button>
    </>
  );

  const roles = [...new Set(programme.myRoles)].map((r) => t(`role.names.${r}`));
  return (
    <div className="page">
      <PageHeader title={programme.name} crumbs={programmeCrumbs(programme, t)} actions={actions} />
      <div className="tag-row">
        <Tag data-color={programme.kind === 'codesign' ? 'brand1' : 'brand2'}>{t(`programme.kinds.${programme.kind}`)}</Tag>
        {archived ? <Tag data-color="neutral">{t('common.archived')}</Tag> : null}
      </div>
      {archived ? (
        <Alert data-color="warning">
          <Paragraph>{t('programme.archivedNotice')}</Paragraph>
        </Alert>
      ) : null}
      <StatusMessage message={status} />
      {failure ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      ) : null}
      {editing ? (
        <Card className="form-card">
          <Heading level={2} data-size="sm">
            {t('programme.editTitle')}
          </Heading>
          <ProgrammeForm formId="edit-programme" initial={programme} submitLabel={t('common.save')} onSubmit={save} onCancel={() => setEditing(false)} />
        </Card>
      ) : null}
      {programme.description ? <Paragraph className="lead">{programme.description}</Paragraph> : null}
      <dl className="facts">
        <div>
          <dt>{t('programme.period')}</dt>
          <dd>{t('programme.periodRange', { from: formatDate(programme.startsOn, lang), to: formatDate(programme.endsOn, lang) })}</dd>
        </div>
        <div>
          <dt>{t('programme.yourRoles')}</dt>
          <dd>{roles.length ? roles.join(', ') : t('common.none')}</dd>
        </div>
      </dl>
      <OverviewPanels programmeId={programme.id} stages={programme.kind === 'codesign' ? <EbcdStageSummary programmeId={programme.id} /> : null} />
      <ConfirmDialog
        open={confirmArchive}
        title={t('common.archive')}
        message={t('programme.archiveConfirm', { name: programme.name })}
        confirmLabel={t('common.archive')}
        onConfirm={archive}
        onClose={() => setConfirmArchive(false)}
      />
    </div>
  );
}

import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Card, Heading, Link, Paragraph, Switch, Tag } from '@digdir/designsystemet-react';
import { api } from '../api.js';
import { LoadState } from '../components/LoadState.js';
import { ProgrammeForm, type ProgrammeValues } from '../components/ProgrammeForm.js';
import { StatusMessage } from '../components/StatusMessage.js';
import { formatDate } from '../format.js';
import { omitEmpty } from '../payload.js';
import { useApi } from '../hooks/useApi.js';
import { usePageTitle } from '../hooks/usePageTitle.js';
import { useSession } from '../session.js';
import type { Programme } from '../types.js';

/** The programmes you take part in; administrators can create new ones. */
export function ProgrammeListPage() {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const [showArchived, setShowArchived] = useState(false);
  const [creating, setCreating] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const programmes = useApi<Programme[]>(`/programmes?archived=${showArchived}`);
  usePageTitle(t('nav.programmes'));

  const create = async (values: ProgrammeValues) => {
    const created = await api<Programme>('/programmes', { method: 'POST', body: omitEmpty(values, ['kind', 'startsOn', 'endsOn']) });
    setCreating(false);
    setStatus(t('programme.created', { name: created.name }));
    programmes.reload();
  };

  return (
    <div className="page">
      <div className="page-head">
        <Heading level={1} data-size="lg">
          {t('nav.programmes')}
        </Heading>
        {session.user?.isAdmin && !creating ? (
          <Button
            variant="primary"
            onClick={() => {
              setStatus(null);
              setCreating(true);
            }}
          >
            {t('programme.newProgramme')}
          </Button>
        ) : null}
      </div>
      <StatusMessage message={status} />
      {creating ? (
        <Card className="form-card">
          <Heading level={2} data-size="sm">
            {t('programme.newProgramme')}
          </Heading>
          <ProgrammeForm formId="new-programme" submitLabel={t('common.create')} onSubmit={create} onCancel={() => setCreating(false)} />
        </Card>
      ) : null}
      <Switch label={t('programme.showArchived')} checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} className="toolbar-switch" />
      {!programmes.data ? (
        <LoadState error={programmes.error} />
      ) : programmes.data.length === 0 ? (
        <Paragraph data-testid="programme-list">{t('programme.listEmpty')}</Paragraph>
      ) : (
        <ul className="card-grid" data-testid="programme-list">
          {programmes.data.map((p) => (
            <li key={p.id}>
              <Card className="programme-card">
                <Heading level={2} data-size="xs">
                  <Link asChild>
                    <RouterLink to={`/programmes/${p.id}`}>{p.name}</RouterLink>
                  </Link>
                </Heading>
                <div className="tag-row">
                  <Tag data-color={p.kind === 'codesign' ? 'brand1' : 'brand2'}>{t(`programme.kinds.${p.kind}`)}</Tag>
                  {p.archivedAt ? <Tag data-color="neutral">{t('common.archived')}</Tag> : null}
                </div>
                {p.description ? (
                  <Paragraph data-size="sm" className="card-description">
                    {p.description}
                  </Paragraph>
                ) : null}
                <Paragraph data-size="sm" className="muted">
                  {t('programme.period')}: {t('programme.periodRange', { from: formatDate(p.startsOn, i18n.language), to: formatDate(p.endsOn, i18n.language) })}
                </Paragraph>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

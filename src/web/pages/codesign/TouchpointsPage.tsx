import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { DataTable } from '../../components/DataTable.js';
import { LoadState } from '../../components/LoadState.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { useApi } from '../../hooks/useApi.js';
import { useProgramme } from '../../hooks/useProgramme.js';
import { touchpointRoles } from '../../../modules/codesign/vocabulary.js';
import { filterQuery, mayMark, TouchpointFilters } from './filters.js';
import { AddStageForm } from './AddStageForm.js';
import { MarkSegments } from './MarkSegments.js';
import type { Stage, Touchpoint } from './types.js';

/** Touchpoints per role (side by side in separate tables), pooled or per municipality; researchers mark new ones here. */
export function TouchpointsPage() {
  const { t } = useTranslation();
  const { programme } = useProgramme();
  const base = `/programmes/${programme.id}/codesign`;
  const [municipalityId, setMunicipalityId] = useState('');
  const [role, setRole] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const stages = useApi<Stage[]>(`${base}/stages`);
  const all = useApi<Touchpoint[]>(`${base}/touchpoints`);
  const query = filterQuery(municipalityId, role);
  const shown = useApi<Touchpoint[]>(`${base}/touchpoints${query ? `?${query}` : ''}`);
  const changed = (message: string) => {
    setStatus(message);
    all.reload();
    shown.reload();
  };
  const stageLabel = new Map((stages.data ?? []).map((s) => [s.id, s.label]));
  return (
    <>
      <Heading level={2} data-size="sm">{t('codesign.touchpoints.heading')}</Heading>
      <Paragraph>{t('codesign.touchpoints.intro')}</Paragraph>
      <StatusMessage message={status} />
      {mayMark(programme.myRoles) && stages.data && all.data ? (
        <MarkSegments programmeId={programme.id} stages={stages.data} touchpoints={all.data} onChanged={changed} />
      ) : null}
      {programme.myRoles.some((r) => r === 'coordinator' || r === 'admin') ? <AddStageForm programmeId={programme.id} onAdded={(m) => { setStatus(m); stages.reload(); }} /> : null}
      <TouchpointFilters programmeId={programme.id} idPrefix="tp-filter" municipalityId={municipalityId} role={role} onMunicipality={setMunicipalityId} onRole={setRole} />
      {!shown.data ? <LoadState error={shown.error} /> : shown.data.length === 0 ? <Paragraph>{t('codesign.touchpoints.empty')}</Paragraph> : (
        <div className="role-columns">
          {touchpointRoles.filter((r) => !role || r === role).map((r) => {
            const rows = shown.data!.filter((tp) => tp.role === r);
            if (rows.length === 0) return null;
            const caption = `${t(`codesign.rolesPlural.${r}`)} – ${t('codesign.touchpoints.count', { n: rows.length })}`;
            return (
              <section key={r} aria-label={caption} data-testid={`touchpoints-${r}`}>
                <Heading level={3} data-size="xs">{caption}</Heading>
                <DataTable caption={caption} head={<>
                  <Table.HeaderCell scope="col">{t('codesign.touchpoints.stage')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('codesign.touchpoints.emotion')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('codesign.touchpoints.quote')}</Table.HeaderCell>
                </>}>
                  {rows.map((tp) => (
                    <Table.Row key={tp.id}>
                      <Table.Cell>{stageLabel.get(tp.stageId) ?? tp.stageKey}</Table.Cell>
                      <Table.Cell>{`${tp.emotionLabel} (${t(`codesign.valence.${tp.valence}`)})`}</Table.Cell>
                      <Table.Cell>
                        <q>{tp.quote.text}</q> {tp.quote.attribution}{' '}
                        <Link to={`${base}/thread?codingId=${tp.codingId}`}>{t('codesign.targetAreas.thread')}</Link>
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </DataTable>
              </section>
            );
          })}
        </div>
      )}
    </>
  );
}

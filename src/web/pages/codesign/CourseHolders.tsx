import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { SelectField } from '../../components/SelectField.js';
import { formatDate } from '../../format.js';
import { useApi } from '../../hooks/useApi.js';
import type { Participant } from '../../people-types.js';
import type { Municipality } from '../../types.js';
import { ProblemAlert } from '../activities/ProblemAlert.js';
import { useSectionAction } from '../activities/sections/useSectionAction.js';
import type { CourseHolder } from './course-types.js';

/** Who may deliver the course in each municipality after the project (participants trained there). */
export function CourseHolders({ programmeId, mayWrite }: { programmeId: string; mayWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const base = `/programmes/${programmeId}/codesign/course/holders`;
  const holders = useApi<CourseHolder[]>(base);
  const municipalities = useApi<Municipality[]>(`/programmes/${programmeId}/municipalities`);
  const people = useApi<Participant[]>(mayWrite ? `/programmes/${programmeId}/participants` : null);
  const { error, run } = useSectionAction(holders.reload);
  const [values, setValues] = useState({ municipalityId: '', participantId: '', trainedOn: '' });
  const nameOf = (id: string) => municipalities.data?.find((m) => m.id === id)?.name ?? '';
  const choices = (people.data ?? []).filter((p) => p.municipalityId === values.municipalityId);
  return (
    <section aria-labelledby="holders-heading">
      <Heading level={3} data-size="sm" id="holders-heading">{t('course.holders.heading')}</Heading>
      <Paragraph>{t('course.holders.intro')}</Paragraph>
      <ProblemAlert error={error} />
      {!holders.data?.length ? <Paragraph>{t('course.holders.empty')}</Paragraph> : (
        // Scrolls sideways inside its frame on a phone rather than widening the page.
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('course.holders.heading')}>
        <Table>
          <Table.Head><Table.Row><Table.HeaderCell>{t('course.holders.municipality')}</Table.HeaderCell><Table.HeaderCell>{t('course.holders.who')}</Table.HeaderCell><Table.HeaderCell>{t('course.holders.trainedOn')}</Table.HeaderCell>{mayWrite ? <Table.HeaderCell><span className="visually-hidden">{t('course.holders.remove')}</span></Table.HeaderCell> : null}</Table.Row></Table.Head>
          <Table.Body>
            {holders.data.map((h) => (
              <Table.Row key={h.id}>
                <Table.Cell>{nameOf(h.municipalityId)}</Table.Cell>
                <Table.Cell>{h.who} ({t(`course.holders.${h.kind}`)})</Table.Cell>
                <Table.Cell>{h.trainedOn ? formatDate(h.trainedOn, i18n.language) : '–'}</Table.Cell>
                {mayWrite ? <Table.Cell><Button variant="tertiary" data-size="sm" aria-label={`${t('course.holders.remove')}: ${h.who}`} onClick={() => run(() => api(`${base}/${h.id}`, { method: 'DELETE' }))}>{t('course.holders.remove')}</Button></Table.Cell> : null}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        </div>
      )}
      {mayWrite ? (
        <form className="inline-form" onSubmit={(e) => { e.preventDefault(); run(async () => { await api(base, { method: 'POST', body: { municipalityId: values.municipalityId, participantId: values.participantId, trainedOn: values.trainedOn || null } }); setValues({ municipalityId: '', participantId: '', trainedOn: '' }); }); }}>
          <SelectField id="holder-municipality" label={t('course.holders.municipality')} value={values.municipalityId} onChange={(municipalityId) => setValues({ ...values, municipalityId, participantId: '' })}>
            <option value="">–</option>
            {(municipalities.data ?? []).map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </SelectField>
          <SelectField id="holder-person" label={t('course.holders.person')} value={values.participantId} onChange={(participantId) => setValues({ ...values, participantId })}>
            <option value="">–</option>
            {choices.map((p) => <option key={p.id} value={p.id}>{p.name ? `${p.name} (${p.code})` : p.code}</option>)}
          </SelectField>
          <Textfield id="holder-trained" type="date" label={t('course.holders.trainedOn')} value={values.trainedOn} onChange={(e) => setValues({ ...values, trainedOn: e.target.value })} />
          <Button type="submit" disabled={!values.municipalityId || !values.participantId}>{t('course.holders.add')}</Button>
        </form>
      ) : null}
    </section>
  );
}

import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, Button, Heading, Link as DsLink, Paragraph, Table } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { DataTable } from '../../components/DataTable.js';
import { SelectField } from '../../components/SelectField.js';
import { useApi } from '../../hooks/useApi.js';
import { useFormSubmit } from '../../hooks/useFormSubmit.js';
import { useProgramme } from '../../hooks/useProgramme.js';
import type { WorkspaceDto } from '../../improvement-types.js';

const instruments = ['municipality-survey', 'service-mapping'] as const;

/** Self-assessment rounds: start the baseline or a repeat, and read the answers of every round side by side. */
export function RoundsSection({ ws, path, onDone }: { ws: WorkspaceDto; path: string; onDone(): void }) {
  const { t, i18n } = useTranslation();
  const { programme } = useProgramme();
  // Any other published questionnaire (a scored one such as RSA-R is compared by its scale scores).
  const published = (useApi<{ id: string; title: Record<string, string>; templateKey: string | null; versions: { status: string }[] }[]>(ws.canEdit ? `/programmes/${programme.id}/instruments` : null).data ?? [])
    .filter((i) => i.versions.some((v) => v.status === 'published') && !(instruments as readonly (string | null)[]).includes(i.templateKey));
  const [other, setOther] = useState('');
  const tt = (k: string, v?: Record<string, unknown>) => t(`improvement.team.${k}`, v);
  const [started, setStarted] = useState<{ ordinal: number; link: string } | null>(null);
  // Which of the two buttons submitted: set on click, which fires before the form's submit.
  const instrument = useRef<string>(instruments[0]);
  const { submit, error, busy } = useFormSubmit(async () => {
    const round = await api<{ ordinal: number; link: string }>(`${path}/rounds`, { method: 'POST', body: { instrument: instrument.current } });
    setStarted(round);
    onDone();
  });
  return (
    <section className="improvement-section" aria-labelledby="team-rounds">
      <Heading level={2} data-size="xs" id="team-rounds">{tt('rounds')}</Heading>
      {ws.canEdit ? (
        <form onSubmit={submit} className="button-row">
          {instruments.map((i) => (
            <Button key={i} type="submit" variant="secondary" disabled={busy} onClick={() => { instrument.current = i; }}>{tt('startRound', { name: tt(`instruments.${i}`) })}</Button>
          ))}
        </form>
      ) : null}
      {ws.canEdit && published.length ? (
        <form onSubmit={(e) => { instrument.current = other; void submit(e); }} className="improvement-form">
          <SelectField id="round-instrument" label={tt('otherInstrument')} value={other} onChange={setOther}>
            <option value="">–</option>
            {published.map((i) => <option key={i.id} value={i.id}>{i.title[i18n.language] ?? i.title.nb ?? Object.values(i.title)[0]}</option>)}
          </SelectField>
          <div className="button-row"><Button type="submit" variant="secondary" disabled={busy || !other}>{tt('startSelected')}</Button></div>
        </form>
      ) : null}
      {error ? <Alert data-color="danger" role="alert"><Paragraph>{error.detail}</Paragraph></Alert> : null}
      <div role="status">{started ? <Paragraph>{tt('roundLink', { ordinal: started.ordinal, link: '' })}<DsLink href={started.link} data-testid="round-link">{started.link}</DsLink></Paragraph> : null}</div>
      {ws.rounds.length === 0 ? <Paragraph>{tt('noRounds')}</Paragraph> : null}
      {ws.rounds.map((c) => (
        <div key={c.instrument} className="improvement-section">
          <Heading level={3} data-size="2xs">{c.title}</Heading>
          <DataTable caption={c.title} testId={`rounds-${c.instrument}`} head={<>
            <Table.HeaderCell>{tt('question')}</Table.HeaderCell>
            {c.rounds.map((r) => (
              <Table.HeaderCell key={r.id}>
                <Link to={`/programmes/${programme.id}/questionnaires/surveys/${r.surveyId}`}>{r.ordinal === 1 ? `${tt('round', { ordinal: 1 })} (${tt('baseline')})` : tt('round', { ordinal: r.ordinal })}</Link>
                {' '}({tt('responses', { count: r.responses })})
              </Table.HeaderCell>
            ))}
          </>}>
            {c.questions.map((q) => (
              <Table.Row key={q.name}>
                <Table.HeaderCell scope="row">{q.number ? `${q.number}. ` : ''}{q.label}</Table.HeaderCell>
                {q.answers.map((answers, i) => <Table.Cell key={c.rounds[i].id}>{answers.join(' | ') || '–'}</Table.Cell>)}
              </Table.Row>
            ))}
            {c.scales.map((s) => (
              <Table.Row key={s.name}>
                <Table.HeaderCell scope="row">{tt('scales')}: {s.label}</Table.HeaderCell>
                {s.means.map((v, i) => <Table.Cell key={c.rounds[i].id}>{v ?? '–'}</Table.Cell>)}
              </Table.Row>
            ))}
          </DataTable>
        </div>
      ))}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useSearchParams } from 'react-router';
import { LoadState } from '../../components/LoadState.js';
import { SelectField } from '../../components/SelectField.js';
import { useApi } from '../../hooks/useApi.js';
import { useProgramme } from '../../hooks/useProgramme.js';
import type { ProtectedCount, TargetAreaList, Thread } from './types.js';

const startKeys = ['codingId', 'touchpointId', 'targetAreaId', 'moduleId'] as const;

/**
 * The golden thread: from a quote (or touchpoint, target area, course module) through touchpoint →
 * vote → target area → course module, and back from a module to the experiences behind it.
 */
export function ThreadPage() {
  const { t } = useTranslation();
  const { programme } = useProgramme();
  const base = `/programmes/${programme.id}/codesign`;
  const [params, setParams] = useSearchParams();
  const start = startKeys.find((k) => params.get(k));
  const thread = useApi<Thread>(start ? `${base}/thread?${start}=${encodeURIComponent(params.get(start)!)}` : null);
  const areas = useApi<TargetAreaList>(`${base}/target-areas`);
  const modules = useApi<{ id: string; title: string }[]>(`${base}/thread/modules`);
  const n = (c: ProtectedCount) => (c.suppressed ? t('codesign.targetAreas.suppressed') : String(c.value ?? 0));
  return (
    <>
      <Heading level={2} data-size="sm">{t('codesign.thread.heading')}</Heading>
      <Paragraph>{t('codesign.thread.intro')}</Paragraph>
      <div className="filters">
        <SelectField id="thread-targetArea" label={`${t('codesign.thread.from')}: ${t('codesign.thread.fromTargetArea')}`} value={params.get('targetAreaId') ?? ''} onChange={(id) => setParams(id ? { targetAreaId: id } : {})}>
          <option value="">{t('common.choose')}</option>
          {(areas.data?.targetAreas ?? []).map((a) => <option key={a.id} value={a.id}>{a.municipalityName ? `${a.title} (${a.municipalityName})` : a.title}</option>)}
        </SelectField>
        <SelectField id="thread-module" label={`${t('codesign.thread.from')}: ${t('codesign.thread.fromModule')}`} value={params.get('moduleId') ?? ''} onChange={(id) => setParams(id ? { moduleId: id } : {})}>
          <option value="">{t('common.choose')}</option>
          {(modules.data ?? []).map((m) => <option key={m.id} value={m.id}>{m.title}</option>)}
        </SelectField>
      </div>
      {!start ? <Paragraph>{t('codesign.thread.empty')}</Paragraph> : !thread.data ? <LoadState error={thread.error} /> : (
        <div data-testid="golden-thread">
          {thread.data.start.quote ? (
            <Card className="thread-start">
              <Heading level={3} data-size="xs">{t('codesign.thread.quote')}</Heading>
              <blockquote><q>{thread.data.start.quote.text}</q> {thread.data.start.quote.attribution}</blockquote>
            </Card>
          ) : null}
          {thread.data.chains.length === 0 ? <Paragraph>{t('codesign.thread.noTargetAreas')}</Paragraph> : thread.data.chains.map(({ targetArea: a, modules: ms }) => (
            <section key={a.id} className="thread-chain" aria-label={`${t('codesign.thread.chain')}: ${a.title}`} data-testid={`thread-chain-${a.id}`}>
              <ol className="thread-steps">
                <li>
                  <Heading level={3} data-size="2xs">{t('codesign.thread.experiences')}</Heading>
                  <ul className="quote-list">
                    {a.touchpoints.map((tp) => <li key={tp.id}><span className="thread-kind">{`${t('codesign.thread.touchpoint')} · ${t(`codesign.roles.${tp.role}`)} · ${tp.emotionLabel}: `}</span><q>{tp.quote.text}</q> {tp.quote.attribution}</li>)}
                    {a.quotes.map((q) => <li key={q.codingId}><span className="thread-kind">{`${t('codesign.thread.quote')}: `}</span><q>{q.text}</q> {q.attribution}</li>)}
                  </ul>
                </li>
                <li>
                  <Heading level={3} data-size="2xs">{t('codesign.targetAreas.votes')}</Heading>
                  {a.votes.length === 0 ? <Paragraph data-size="sm">–</Paragraph> : (
                    <ul>
                      {a.votes.map((v) => <li key={v.id}>{`${v.label}: ${t('codesign.rolesPlural.recipient')} ${n(v.tally.recipient)}, ${t('codesign.rolesPlural.provider')} ${n(v.tally.provider)}, ${t('codesign.rolesPlural.leader')} ${n(v.tally.leader)}`}</li>)}
                    </ul>
                  )}
                </li>
                <li>
                  <Heading level={3} data-size="2xs">{`${t('codesign.thread.targetArea')}: ${a.title}`}</Heading>
                  <Paragraph data-size="sm">{a.municipalityName ?? t('codesign.targetAreas.programmeWide')}</Paragraph>
                </li>
                <li>
                  <Heading level={3} data-size="2xs">{t('codesign.thread.modules')}</Heading>
                  {ms.length === 0 ? <Paragraph data-size="sm">{t('codesign.thread.noModules')}</Paragraph> : <ul data-testid="thread-modules">{ms.map((m) => <li key={m.id}>{m.title}</li>)}</ul>}
                </li>
              </ol>
            </section>
          ))}
        </div>
      )}
    </>
  );
}

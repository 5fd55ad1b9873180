import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Cooccurrence, Matrix, Quote, Segment } from '../../analysis-types.js';
import { codeTree } from '../../analysis-types.js';
import { AnalysisTabs } from '../../components/analysis/AnalysisTabs.js';
import { MatrixTable } from '../../components/analysis/MatrixTable.js';
import { SegmentList } from '../../components/analysis/SegmentList.js';
import { useAnalysis } from '../../components/analysis/useAnalysis.js';
import { LoadState } from '../../components/LoadState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { SelectField } from '../../components/SelectField.js';
import { useApi } from '../../hooks/useApi.js';
import { activityTypes, participantRoles } from '../../people-types.js';
import type { Municipality } from '../../types.js';
import '../../people.css';
import '../../analysis.css';

/** All segments of a code or theme, filtered by municipality, role, activity and coder; the code × municipality matrix and co-occurrence. */
export function RetrievalPage() {
  const { t, i18n } = useTranslation();
  const { programme, base, crumbs } = useAnalysis();
  // Varde's own attributes (where a harvest came from) in words; a case variable someone imported as they named it.
  const attrKey = (k: string) => (i18n.exists(`coordinator.attributes.${k}`) ? t(`coordinator.attributes.${k}`) : k);
  const attrValue = (k: string, v: string) => (i18n.exists(`coordinator.attributeValues.${k}.${v}`) ? t(`coordinator.attributeValues.${k}.${v}`) : v);
  const codes = useApi<Code[]>(`${base}/codes`);
  const municipalities = useApi<Municipality[]>(`/programmes/${programme.id}/municipalities`);
  const [codeId, setCodeId] = useState('');
  const [filters, setFilters] = useState({ municipalityId: '', role: '', activityType: '', coderId: '', attribute: '' });
  // Document attributes, imported case variables (Alder, Samtykket …) among them: a filter and matrix columns.
  const attributes = useApi<{ key: string; values: string[] }[]>(`${base}/attributes`);
  const [matrixBy, setMatrixBy] = useState('');
  const [coders, setCoders] = useState<Map<string, string>>(new Map());
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v)).toString();
  const segments = useApi<Segment[]>(codeId ? `${base}/codes/${codeId}/segments${query ? `?${query}` : ''}` : null);
  const quotes = useApi<Quote[]>(codeId ? `${base}/codes/${codeId}/quotes${query ? `?${query}` : ''}` : null);
  const matrix = useApi<Matrix>(`${base}/matrix?${matrixBy ? `by=attribute&attributeKey=${encodeURIComponent(matrixBy)}` : 'by=municipality'}`);
  const cooccurrence = useApi<Cooccurrence[]>(`${base}/cooccurrence`);
  const set = (key: keyof typeof filters) => (value: string) => setFilters((f) => ({ ...f, [key]: value }));

  // Coders to filter by: everyone seen coding this code so far.
  useEffect(() => {
    const seen = (segments.data ?? []).filter((s) => s.coderId);
    if (seen.length) setCoders((m) => new Map([...m, ...seen.map((s) => [s.coderId!, s.coderName ?? t('analysis.unknownCoder')] as const)]));
  }, [segments.data, t]);

  return (
    <div className="page">
      <PageHeader title={t('analysis.retrieval.title')} crumbs={[...crumbs, { label: t('analysis.tabs.retrieval'), to: `${base}/retrieval` }]} />
      <AnalysisTabs />
      <div className="filters">
        <SelectField id="retrieve-code" label={t('analysis.retrieval.code')} value={codeId} onChange={setCodeId}>
          <option value="">{t('common.choose')}</option>
          {codeTree(codes.data ?? []).map(({ code, depth }) => (
            <option key={code.id} value={code.id}>{`${'– '.repeat(depth)}${code.name}${code.isTheme ? ` (${t('analysis.codebook.theme')})` : ''}`}</option>
          ))}
        </SelectField>
        <SelectField id="retrieve-municipality" label={t('analysis.documents.municipality')} value={filters.municipalityId} onChange={set('municipalityId')}>
          <option value="">{t('people.allMunicipalities')}</option>
          {(municipalities.data ?? []).map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
        </SelectField>
        <SelectField id="retrieve-role" label={t('people.role')} value={filters.role} onChange={set('role')}>
          <option value="">{t('people.allRoles')}</option>
          {participantRoles.map((r) => <option key={r} value={r}>{t(`people.roles.${r}`)}</option>)}
        </SelectField>
        <SelectField id="retrieve-activity" label={t('analysis.import.activity')} value={filters.activityType} onChange={set('activityType')}>
          <option value="">{t('analysis.retrieval.allActivities')}</option>
          {activityTypes.map((a) => <option key={a} value={a}>{t(`recruitment.activityTypes.${a}`)}</option>)}
        </SelectField>
        <SelectField id="retrieve-coder" label={t('analysis.retrieval.coderFilter')} value={filters.coderId} onChange={set('coderId')}>
          <option value="">{t('analysis.retrieval.allCoders')}</option>
          {[...coders].map(([id, name]) => <option key={id} value={id}>{name}</option>)}
        </SelectField>
        {attributes.data?.length ? (
          <>
            <SelectField id="retrieve-attribute" label={t('analysis.retrieval.attributeFilter')} value={filters.attribute} onChange={set('attribute')}>
              <option value="">{t('analysis.retrieval.allAttributes')}</option>
              {attributes.data.flatMap((a) => a.values.map((v) => <option key={`${a.key}=${v}`} value={`${a.key}=${v}`}>{`${attrKey(a.key)}: ${attrValue(a.key, v)}`}</option>))}
            </SelectField>
            <SelectField id="retrieve-matrix-by" label={t('analysis.retrieval.matrixBy')} value={matrixBy} onChange={setMatrixBy}>
              <option value="">{t('analysis.retrieval.matrixByMunicipality')}</option>
              {attributes.data.map((a) => <option key={a.key} value={a.key}>{t('analysis.retrieval.matrixByAttribute', { key: attrKey(a.key) })}</option>)}
            </SelectField>
          </>
        ) : null}
      </div>
      {!codeId ? null : !segments.data ? <LoadState error={segments.error} /> : <SegmentList base={base} segments={segments.data} quotes={quotes.data ?? []} />}
      <MatrixTable matrix={matrix.data} cooccurrence={cooccurrence.data} />
    </div>
  );
}

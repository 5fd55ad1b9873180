import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, Details, Paragraph } from '@digdir/designsystemet-react';
import { api, ApiError } from '../../api.js';
import { codeTree, type Code } from '../../analysis-types.js';
import { AnalysisTabs } from '../../components/analysis/AnalysisTabs.js';
import { CodeEditDialog } from '../../components/analysis/CodeEditDialog.js';
import { MemoPanel } from '../../components/analysis/MemoPanel.js';
import { RefiQdaPanel } from '../../components/analysis/RefiQdaPanel.js';
import { codeBody, CodeFields, emptyCode, type CodeValues } from '../../components/analysis/CodeFields.js';
import { useAnalysis } from '../../components/analysis/useAnalysis.js';
import { LoadState } from '../../components/LoadState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { useApi } from '../../hooks/useApi.js';
import '../../people.css';
import '../../analysis.css';

/** The codebook as a tree: themes group codes; each with colour, description and how often it is used. */
export function CodebookPage() {
  const { t } = useTranslation();
  const { base, crumbs, canWrite, programme } = useAnalysis();
  // Remounts the programme's memos after an import (a project's own notes arrive there).
  const [imports, setImports] = useState(0);
  const codes = useApi<Code[]>(`${base}/codes`);
  const [values, setValues] = useState<CodeValues>(emptyCode());
  const [editing, setEditing] = useState<Code | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const list = codes.data ?? [];

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await api(`${base}/codes`, { method: 'POST', body: codeBody(values) });
      setStatus(t(values.isTheme ? 'analysis.codebook.themeCreated' : 'analysis.codebook.created', { name: values.name.trim() }));
      setValues({ ...emptyCode(list.length + 1), parentId: values.parentId });
      codes.reload();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, String(e)));
    }
  };
  const chime = async () => {
    setError(null);
    try {
      const out = await api<{ created: number }>(`${base}/codes/chime`, { method: 'POST' });
      setStatus(t('analysis.codebook.chimeDone', { count: out.created }));
      codes.reload();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, String(e)));
    }
  };

  return (
    <div className="page">
      <PageHeader title={t('analysis.codebook.title')} crumbs={[...crumbs, { label: t('analysis.tabs.codebook'), to: `${base}/codebook` }]}
        actions={canWrite ? <Button variant="secondary" onClick={chime}>{t('analysis.codebook.chime')}</Button> : null} />
      <AnalysisTabs />
      {!codes.data ? <LoadState error={codes.error} /> : list.length === 0 ? (
        <Paragraph data-testid="codebook">{t('analysis.codebook.empty')}</Paragraph>
      ) : (
        <ul className="code-tree" data-testid="codebook" aria-label={t('analysis.codebook.title')}>
          {codeTree(list).map(({ code, depth }) => (
            <li key={code.id} style={{ marginInlineStart: `${depth * 1.75}rem` }} className={code.isTheme ? 'is-theme' : undefined}>
              <span className="swatch swatch-lg" style={{ backgroundColor: code.color }} aria-hidden="true" />
              <span className="code-main">
                <strong>{code.name}</strong>
                {code.isTheme ? <span className="badge">{t('analysis.codebook.theme')}</span> : null}
                {code.description ? <span className="cell-sub">{code.description}</span> : null}
              </span>
              <span className="code-count">{t('analysis.codebook.count', { count: code.codingCount ?? 0 })}</span>
              {canWrite ? (
                <Button variant="tertiary" data-size="sm" onClick={() => setEditing(code)} aria-label={t('analysis.codebook.edit', { name: code.name })}>
                  {t('common.edit')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canWrite ? (
        <Card className="form-card section">
          <Details>
            <Details.Summary>{t('analysis.codebook.newCode')}</Details.Summary>
            <Details.Content>
              <form onSubmit={create} className="form-grid" data-testid="code-form">
                <CodeFields idPrefix="new-code" values={values} onChange={setValues} codes={list} error={(f) => error?.forField(f)} />
                <Button type="submit">{t('analysis.codebook.create')}</Button>
              </form>
            </Details.Content>
          </Details>
        </Card>
      ) : null}
      <RefiQdaPanel base={base} canWrite={canWrite} onImported={() => { codes.reload(); setImports((n) => n + 1); }} />
      <MemoPanel key={imports} base={base} kind="programme" targetId={programme.id} canWrite={canWrite} title={t('analysis.memos.programmeTitle')} />
      {error && !error.fieldErrors.length ? <Alert data-color="danger" role="alert"><Paragraph>{error.detail}</Paragraph></Alert> : null}
      <StatusMessage message={status} />
      <CodeEditDialog base={base} code={editing} codes={list} onClose={() => setEditing(null)} onDone={(message) => { setEditing(null); setStatus(message); codes.reload(); }} />
    </div>
  );
}

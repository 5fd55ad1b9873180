import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { api, ApiError } from '../../api.js';
import { codeTree, type Code } from '../../analysis-types.js';
import { SelectField } from '../SelectField.js';
import { codeBody, CodeFields, type CodeValues } from './CodeFields.js';

interface Props {
  base: string;
  code: Code | null;
  codes: Code[];
  onClose(): void;
  /** After a change: the message to announce. */
  onDone(message: string): void;
}

/** Rename, describe, recolour, move (choose parent), mark as theme; merge into another code; delete — each with confirmation where it loses structure. */
export function CodeEditDialog({ base, code, codes, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const [values, setValues] = useState<CodeValues | null>(null);
  const [into, setInto] = useState('');
  const [confirm, setConfirm] = useState<'merge' | 'delete' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    if (code) setValues({ name: code.name, description: code.description, color: code.color, parentId: code.parentId ?? '', isTheme: code.isTheme });
    setInto('');
    setConfirm(null);
    setError(null);
  }, [code]);

  const run = async (work: () => Promise<unknown>, message: string) => {
    setError(null);
    try {
      await work();
      onDone(message);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, String(e)));
    }
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (code && values) void run(() => api(`${base}/codes/${code.id}`, { method: 'PATCH', body: codeBody(values) }), t('analysis.codebook.saved', { name: values.name }));
  };
  const target = codes.find((c) => c.id === into);
  const hasChildren = !!code && codes.some((c) => c.parentId === code.id);

  return (
    <Dialog open={!!code} onClose={onClose} closeButton={t('common.closeDialog')} aria-labelledby={titleId} closedby="any">
      <Heading level={2} data-size="xs" id={titleId}>{t('analysis.codebook.editTitle', { name: code?.name ?? '' })}</Heading>
      {code && values ? (
        <>
          <form onSubmit={save} className="form-grid" data-testid="code-edit">
            <CodeFields idPrefix="edit-code" values={values} onChange={setValues} codes={codes} self={code.id} error={(f) => error?.forField(f)} />
            <Button type="submit">{t('common.save')}</Button>
          </form>
          <hr />
          <div className="inline-form">
            <SelectField id="merge-into" label={t('analysis.codebook.mergeInto')} value={into} onChange={setInto}>
              <option value="">{t('common.choose')}</option>
              {codeTree(codes).filter(({ code: c }) => c.id !== code.id).map(({ code: c, depth }) => <option key={c.id} value={c.id}>{`${'– '.repeat(depth)}${c.name}`}</option>)}
            </SelectField>
            <Button variant="secondary" disabled={!into} onClick={() => setConfirm('merge')}>{t('analysis.codebook.merge')}</Button>
            <Button variant="secondary" data-color="danger" onClick={() => setConfirm('delete')}>{t('common.delete')}</Button>
          </div>
          {confirm ? (
            <Alert data-color="warning">
              <Paragraph>
                {confirm === 'merge'
                  ? t('analysis.codebook.confirmMerge', { name: code.name, into: target?.name ?? '' })
                  : t(hasChildren ? 'analysis.codebook.confirmDeleteTree' : 'analysis.codebook.confirmDelete', { name: code.name, count: code.codingCount ?? 0 })}
              </Paragraph>
              <div className="button-row">
                <Button
                  data-color="danger"
                  onClick={() => confirm === 'merge'
                    ? run(() => api(`${base}/codes/${code.id}/merge`, { method: 'POST', body: { intoCodeId: into } }), t('analysis.codebook.merged', { name: code.name, into: target?.name ?? '' }))
                    : run(() => api(`${base}/codes/${code.id}${hasChildren ? '?cascade=true' : ''}`, { method: 'DELETE' }), t('common.deleted', { name: code.name }))}
                >
                  {confirm === 'merge' ? t('analysis.codebook.confirmMergeButton') : t('common.delete')}
                </Button>
                <Button variant="secondary" onClick={() => setConfirm(null)}>{t('common.cancel')}</Button>
              </div>
            </Alert>
          ) : null}
          {error && !error.fieldErrors.length ? <Alert data-color="danger" role="alert"><Paragraph>{error.detail}</Paragraph></Alert> : null}
        </>
      ) : null}
    </Dialog>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { ProblemAlert } from '../../pages/activities/ProblemAlert.js';
import { PrintSlip, type IssuedLink } from './PrintSlip.js';

/** "Make a link to print" for one person: a new reply link (and check-in code) or survey link, replacing the earlier one. */
export function PrintLinkButton({ path, code, kind }: { path: string; code: string; kind: 'invitation' | 'survey' }) {
  const { t } = useTranslation();
  const [slip, setSlip] = useState<IssuedLink | null>(null);
  const [error, setError] = useState<unknown>(null);
  const issue = async () => {
    setError(null);
    try { setSlip(await api<IssuedLink>(path, { method: 'POST' })); } catch (e) { setError(e); }
  };
  return (
    <>
      <Button variant="tertiary" data-size="sm" onClick={() => void issue()} data-testid={`print-link-${code}`}>{t('printSlip.issueFor', { code })}</Button>
      <ProblemAlert error={error} />
      {slip ? <PrintSlip issued={slip} kind={kind} title={t('printSlip.heading')} onClose={() => setSlip(null)} /> : null}
    </>
  );
}

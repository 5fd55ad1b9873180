import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import './coordinator.css';

/** A link issued for one person (reply link and check-in code, or a survey link), shown once. */
export interface IssuedLink {
  code: string;
  url: string;
  personalCode: string | null;
  qrSvg: string;
}

/**
 * A slip to print and hand to someone without e-mail: their code, the QR code and address of their
 * personal link, and (for an invitation) their check-in code. Only the slip is printed (coordinator.css).
 * The link is shown this once: only its hash is stored, and a new one replaces it.
 */
export function PrintSlip({ issued, kind, title, onClose }: { issued: IssuedLink; kind: 'invitation' | 'survey'; title: string; onClose(): void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [issued.url]);
  return (
    <section className="print-slip" aria-labelledby="print-slip-heading" data-testid="print-slip">
      <Heading level={3} data-size="xs" id="print-slip-heading" ref={heading} tabIndex={-1}>{title}</Heading>
      <Paragraph><strong>{t('printSlip.forCode', { code: issued.code })}</strong></Paragraph>
      <div className="print-slip-qr" role="img" aria-label={t('printSlip.qrAlt', { code: issued.code })} dangerouslySetInnerHTML={{ __html: issued.qrSvg }} />
      <Paragraph>{kind === 'invitation' ? t('printSlip.replyLink') : t('printSlip.surveyLink')}:</Paragraph>
      <Paragraph className="print-slip-url" data-testid="print-slip-url">{issued.url}</Paragraph>
      {issued.personalCode ? (
        <Paragraph>{t('printSlip.checkInCode')}: <strong className="print-slip-code" data-testid="print-slip-code">{issued.personalCode}</strong></Paragraph>
      ) : null}
      <Paragraph data-size="sm" className="no-print">{t('printSlip.replaces')}</Paragraph>
      <div className="button-row no-print">
        <Button onClick={() => window.print()} data-testid="print-slip-print">{t('printSlip.print')}</Button>
        <Button variant="secondary" onClick={onClose}>{t('printSlip.close')}</Button>
      </div>
    </section>
  );
}

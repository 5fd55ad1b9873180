import { useTranslation } from 'react-i18next';
import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { formatDateTime } from '../../format.js';
import type { AuthoredDocument } from './course-types.js';

/** Every version (name, note, author, date; an upload's file to download) and every status change. */
export function DocumentHistory({ doc, fileUrl }: { doc: AuthoredDocument; fileUrl(versionId: string): string }) {
  const { t, i18n } = useTranslation();
  const status = (s: string) => t(`documents.status.${s}`);
  return (
    <Card data-testid="document-history">
      <Heading level={3} data-size="xs">{t('documents.review.versions')}</Heading>
      <ol className="plain-list" reversed>
        {doc.versions.map((v) => (
          <li key={v.id}>
            <span>
              <strong>{v.number}</strong>{v.label ? ` – ${v.label}` : ''} · {t('documents.review.by', { name: v.author })} · {formatDateTime(v.createdAt, i18n.language)}
              {v.note ? <><br /><em>{v.note}</em></> : null}
              {v.fileName ? <> · <a href={fileUrl(v.id)} download>{`${t('documents.editor.download')} ${v.fileName}`}</a></> : null}
            </span>
          </li>
        ))}
      </ol>
      <Heading level={3} data-size="xs">{t('documents.review.statusHistory')}</Heading>
      {doc.history.length === 0 ? <Paragraph>–</Paragraph> : (
        <ul className="plain-list">
          {doc.history.map((h, i) => (
            <li key={i}>{t('documents.review.statusChange', { from: status(h.from), to: status(h.to), number: h.versionNumber, by: h.by })} · {formatDateTime(h.at, i18n.language)}{h.note ? ` – ${h.note}` : ''}</li>
          ))}
        </ul>
      )}
    </Card>
  );
}

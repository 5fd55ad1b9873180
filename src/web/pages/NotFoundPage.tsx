import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { usePageTitle } from '../hooks/usePageTitle.js';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('common.notFoundTitle'));
  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        {t('common.notFoundTitle')}
      </Heading>
      <Paragraph>{t('errors.notFound')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/">{t('nav.programmes')}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}

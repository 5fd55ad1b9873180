import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Breadcrumbs } from '@digdir/designsystemet-react';

export interface Crumb {
  label: string;
  to: string;
}

/** Programmes → programme → municipality. The last crumb is the current page. */
export function Crumbs({ items }: { items: Crumb[] }) {
  const { t } = useTranslation();
  return (
    <Breadcrumbs aria-label={t('common.breadcrumbs')} className="crumbs">
      <Breadcrumbs.List>
        {items.map((item) => (
          <Breadcrumbs.Item key={item.to}>
            <Breadcrumbs.Link asChild>
              <RouterLink to={item.to}>{item.label}</RouterLink>
            </Breadcrumbs.Link>
          </Breadcrumbs.Item>
        ))}
      </Breadcrumbs.List>
    </Breadcrumbs>
  );
}

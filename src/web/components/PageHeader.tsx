import type { ReactNode } from 'react';
import { Heading } from '@digdir/designsystemet-react';
import { usePageTitle } from '../hooks/usePageTitle.js';
import { Crumbs, type Crumb } from './Crumbs.js';

interface Props {
  title: string;
  crumbs?: Crumb[];
  /** Buttons shown beside the title. */
  actions?: ReactNode;
}

/** Breadcrumbs, the page's single h1, and the document title. */
export function PageHeader({ title, crumbs, actions }: Props) {
  usePageTitle(title);
  return (
    <div className="page-header">
      {crumbs ? <Crumbs items={crumbs} /> : null}
      <div className="page-head">
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        {actions ? <div className="button-row">{actions}</div> : null}
      </div>
    </div>
  );
}

import type { ReactNode } from 'react';
import { Table } from '@digdir/designsystemet-react';

interface Props {
  /** Read by screen readers as the table's name. */
  caption: string;
  /** The header cells (`<Table.HeaderCell>`), in one row. */
  head: ReactNode;
  children: ReactNode;
  testId?: string;
  className?: string;
  zebra?: boolean;
}

/** A data table as every list in the staff app shows one: scrolls sideways on small screens, has a caption for screen readers and one header row. */
export function DataTable({ caption, head, children, testId, className, zebra = true }: Props) {
  return (
    // A region with a name and a tab stop: when the table scrolls sideways, keyboard users can scroll it too.
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <Table data-testid={testId} zebra={zebra} className={['data-table', className].filter(Boolean).join(' ')}>
        <caption className="ds-sr-only">{caption}</caption>
        <Table.Head>
          <Table.Row>{head}</Table.Row>
        </Table.Head>
        <Table.Body>{children}</Table.Body>
      </Table>
    </div>
  );
}

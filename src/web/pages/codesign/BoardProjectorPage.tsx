import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert, Button, Heading, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { api, ApiError } from '../../api.js';
import { LoadState } from '../../components/LoadState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { programmeCrumbs, useProgramme } from '../../hooks/useProgramme.js';
import { boardRoleList, type BoardView, type RoleTally } from './board-types.js';
import '../../boards.css';

/**
 * The facilitator's projector view: the join code and QR code large, the tallies per role side by side
 * (EBCD compares what recipients and staff prioritise), ideas waiting for moderation, open and close.
 * Live: the server sends the whole view again after every vote (server-sent events).
 */
export function BoardProjectorPage() {
  const { t } = useTranslation();
  const { programme } = useProgramme();
  const { boardId } = useParams();
  const path = `/programmes/${programme.id}/boards/${boardId}`;
  const [view, setView] = useState<BoardView | null>(null);
  const [error, setError] = useState<ApiError | undefined>();
  const [live, setLive] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [newItem, setNewItem] = useState('');

  useEffect(() => {
    let stopped = false;
    api<BoardView>(path).then((v) => !stopped && setView(v), (e: unknown) => !stopped && setError(e instanceof ApiError ? e : new ApiError(0, String(e))));
    const source = new EventSource(`/api/v1${path}/events`);
    source.addEventListener('board', (e) => {
      setView(JSON.parse((e as MessageEvent<string>).data) as BoardView);
      setLive(true);
    });
    source.onerror = () => setLive(false);
    return () => {
      stopped = true;
      source.close();
    };
  }, [path]);

  const act = async (call: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await call();
    } catch (e) {
      setProblem(e instanceof ApiError ? e.detail : String(e));
    }
  };
  const crumbs = [...programmeCrumbs(programme, t), { label: t('nav.codesign'), to: `/programmes/${programme.id}/codesign` }, { label: t('boards.staff.heading'), to: `/programmes/${programme.id}/codesign/boards` }];
  if (!view) return <div className="page"><PageHeader title={t('boards.staff.projector')} crumbs={crumbs} /><LoadState error={error} /></div>;

  const roles = boardRoleList.filter((r) => !view.role || r === view.role);
  const cell = (c: RoleTally) => (c.suppressed ? t('boards.staff.suppressed', { threshold: view.tallies.threshold }) : view.mode === 'rating' ? (c.mean ?? '–') : (c.points ?? 0));
  const max = Math.max(1, ...view.tallies.items.flatMap((i) => roles.map((r) => (view.mode === 'rating' ? (i.byRole[r].mean ?? 0) : (i.byRole[r].points ?? 0)))));
  return (
    <div className="page board-projector">
      <PageHeader title={view.title} crumbs={crumbs} />
      <div className="board-join">
        <img src={`/api/v1${path}/qr.svg`} alt={t('boards.staff.qrAlt')} width={220} height={220} />
        <div>
          <Paragraph>{t('boards.staff.joinAt', { url: view.joinUrl.replace(/\/[A-Z0-9]+$/, '') })}</Paragraph>
          <p className="board-code" aria-label={`${t('boards.staff.code')}: ${view.joinCode.split('').join(' ')}`} data-testid="board-code">{view.joinCode}</p>
          <Tag data-color={view.status === 'open' ? 'success' : 'neutral'}>{t(`boards.statuses.${view.status}`)}</Tag>{' '}
          <span role="status" aria-live="polite">{t('boards.staff.votersOf', { count: view.tallies.ballots ?? 0 })}</span>{' '}
          <small>{live ? t('boards.staff.live') : t('boards.staff.reconnecting')}</small>
        </div>
      </div>
      {problem ? <Alert data-color="danger" role="alert"><Paragraph>{problem}</Paragraph></Alert> : null}
      {view.mayRun ? (
        <div className="board-actions">
          {view.status !== 'open' ? <Button onClick={() => act(() => api(`${path}/open`, { method: 'POST' }))}>{t(view.status === 'draft' ? 'boards.staff.open' : 'boards.staff.reopen')}</Button> : null}
          {view.status === 'open' ? <Button variant="secondary" onClick={() => act(() => api(`${path}/close`, { method: 'POST' }))}>{t('boards.staff.close')}</Button> : null}
        </div>
      ) : null}
      {view.documentId ? <Paragraph>{t('boards.staff.document')}: <Link to={`/programmes/${programme.id}/analysis/documents/${view.documentId}`}>{t('boards.staff.openDocument')}</Link></Paragraph> : null}

      <Heading level={2} data-size="sm">{t('boards.staff.perRole')}</Heading>
      <div className="table-scroll">
        <Table className="board-tallies" data-testid="board-tallies">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>#</Table.HeaderCell>
              <Table.HeaderCell>{t('boards.staff.item')}</Table.HeaderCell>
              {roles.map((r) => <Table.HeaderCell key={r}>{t(`boards.rolesPlural.${r}`)} ({view.tallies.voters[r].value ?? 0})</Table.HeaderCell>)}
              <Table.HeaderCell>{t('boards.staff.total')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {view.tallies.items.map((i) => (
              <Table.Row key={i.itemId} data-item={i.label}>
                <Table.Cell>{i.rank}</Table.Cell>
                <Table.Cell>{i.label}{i.carried ? <small className="board-carried"> ({t('boards.staff.carriedFrom')}: {Object.entries(i.carried).map(([r, c]) => `${t(`boards.rolesPlural.${r}`)} ${c.points ?? t('boards.staff.suppressed', { threshold: view.tallies.threshold })}`).join(', ')})</small> : null}</Table.Cell>
                {roles.map((r) => {
                  const c = i.byRole[r];
                  const value = view.mode === 'rating' ? (c.mean ?? 0) : (c.points ?? 0);
                  return (
                    <Table.Cell key={r} data-role={r}>
                      <span className={`board-bar board-bar-${r}`} style={{ width: `${Math.round((value / max) * 100)}%` }} aria-hidden="true" />
                      <span>{cell(c)}</span>
                    </Table.Cell>
                  );
                })}
                <Table.Cell>{cell(i.total)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>

      {view.mayRun ? (
        <>
          <Heading level={2} data-size="sm">{t('boards.staff.pending')}</Heading>
          {view.pending.length === 0 ? <Paragraph>{t('boards.staff.noPending')}</Paragraph> : (
            <ul className="board-pending">
              {view.pending.map((p) => (
                <li key={p.id}>
                  <span>{p.label}</span> {p.authorRole ? <small>({t(`boards.roles.${p.authorRole}`)})</small> : null}
                  <Button data-size="sm" onClick={() => act(() => api(`${path}/items/${p.id}`, { method: 'PATCH', body: { status: 'shown' } }))}>{t('boards.staff.accept')}</Button>
                  <Button data-size="sm" variant="tertiary" onClick={() => act(() => api(`${path}/items/${p.id}`, { method: 'PATCH', body: { status: 'rejected' } }))}>{t('boards.staff.reject')}</Button>
                </li>
              ))}
            </ul>
          )}
          {view.status !== 'closed' ? (
            <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void act(async () => { await api(`${path}/items`, { method: 'POST', body: { kind: 'free', label: newItem } }); setNewItem(''); }); }}>
              <Textfield id="board-new-item" label={t('boards.staff.itemLabel')} value={newItem} onChange={(e) => setNewItem(e.target.value)} />
              <Button type="submit" variant="secondary" disabled={!newItem.trim()}>{t('boards.staff.addItem')}</Button>
            </form>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

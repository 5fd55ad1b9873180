import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Paragraph, Spinner } from '@digdir/designsystemet-react';
import type { Language } from '../i18n/index.js';
import { api, ApiError, setCsrfToken, setUnauthenticatedHandler } from './api.js';
import i18n, { applyLanguage } from './i18n.js';
import type { Session } from './types.js';

/** Why the sign-in page is shown. */
export type SignInNotice = 'signedOut' | 'sessionExpired';

interface SessionContextValue {
  session: Session;
  notice: SignInNotice | null;
  refresh(): Promise<Session>;
  setLanguage(language: Language): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** Loads GET /session once, sets the language from it, and keeps the CSRF token for every change. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [session, setSession] = useState<Session | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<SignInNotice | null>(null);

  const refresh = useCallback(async () => {
    const next = await api<Session>('/session');
    setCsrfToken(next.csrfToken);
    await applyLanguage(next.language);
    setSession(next);
    return next;
  }, []);

  // Once per page load (not on language changes: those change `t`).
  const load = useCallback(() => {
    setError(null);
    refresh().catch((err: unknown) => setError(err instanceof ApiError ? err : new ApiError(0, i18n.t('errors.network'))));
  }, [refresh]);

  useEffect(load, [load]);

  // A 401 anywhere: forget the user; RequireUser then shows the sign-in page with this notice.
  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setCsrfToken(null);
      setNotice('sessionExpired');
      setSession((s) => (s && s.user ? { ...s, user: null, csrfToken: null } : s));
      void refresh().catch(() => {});
    });
  }, [refresh]);

  const setLanguage = useCallback(async (language: Language) => {
    await applyLanguage(language);
    setSession((s) => (s ? { ...s, language } : s));
    // Stored on the account and in a cookie, so the choice survives a reload; the switch itself never waits for it.
    await api('/language', { method: 'PUT', body: { language } }).catch(() => {});
  }, []);

  const signOut = useCallback(async () => {
    await api('/auth/sign-out', { method: 'POST' }).catch(() => {});
    setNotice('signedOut');
    await refresh().catch(() => {});
  }, [refresh]);

  const value = useMemo(
    () => (session ? { session, notice, refresh, setLanguage, signOut } : null),
    [session, notice, refresh, setLanguage, signOut],
  );

  if (error)
    return (
      <main id="main" className="app-boot">
        <Alert data-color="danger">
          <Paragraph>{error.detail}</Paragraph>
        </Alert>
        <Button variant="secondary" onClick={load}>
          {t('common.retry')}
        </Button>
      </main>
    );
  if (!value)
    return (
      <main id="main" className="app-boot">
        <Spinner aria-label={t('common.loading')} data-size="lg" />
      </main>
    );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

import { useEffect, useRef, type MouseEvent } from 'react';
import { Link as RouterLink, NavLink, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, SkipLink } from '@digdir/designsystemet-react';
import { useSession } from '../session.js';
import { LanguageSwitch } from './LanguageSwitch.js';

/** Header (app name, main menu, language, user, sign-out), skip link and <main id="main">. */
export function Layout() {
  const { t } = useTranslation();
  const { session, signOut } = useSession();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After client-side navigation, start keyboard and screen-reader users at the new content.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);

  // "Skip to content" skips every menu, the programme's side menu too, to the page itself.
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    (document.getElementById('page-content') ?? mainRef.current)?.focus();
  };

  const user = session.user;
  return (
    <>
      <SkipLink href="#main" onClick={skip}>
        {t('common.skipToContent')}
      </SkipLink>
      <header className="app-header">
        <div className="app-header__inner">
          <RouterLink to="/" className="app-brand">
            <span className="app-brand__mark" aria-hidden="true" />
            <span className="app-brand__name">{t('common.appName')}</span>
            <span className="app-brand__tagline">{t('common.tagline')}</span>
          </RouterLink>
          <div className="app-header__tools">
            <LanguageSwitch />
            {user ? (
              <>
                <span className="app-user">{user.name}</span>
                <RouterLink to="/tokens" className="app-header__link" data-testid="api-tokens-link">{t('tokens.nav')}</RouterLink>
                <Button data-testid="sign-out" variant="secondary" data-size="sm" onClick={() => void signOut()}>
                  {t('common.signOut')}
                </Button>
              </>
            ) : null}
          </div>
        </div>
        {user ? (
          <nav aria-label={t('common.mainNav')} className="app-nav">
            <ul>
              <li>
                <NavLink to="/" end className={pathname === '/' || pathname.startsWith('/programmes') ? 'active' : undefined}>
                  {t('nav.programmes')}
                </NavLink>
              </li>
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        <Outlet />
      </main>
    </>
  );
}

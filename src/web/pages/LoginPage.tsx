import { useState, type FormEvent } from 'react';
import { Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, Divider, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { api, ApiError } from '../api.js';
import { FormErrors } from '../components/FormErrors.js';
import { StatusMessage } from '../components/StatusMessage.js';
import { usePageTitle } from '../hooks/usePageTitle.js';
import { useSession } from '../session.js';

/** Sign in: a one-time link by e-mail, or the identity provider (a full page navigation). */
export function LoginPage() {
  const { t } = useTranslation();
  const { session, notice } = useSession();
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [sent, setSent] = useState(false);
  usePageTitle(t('auth.signInTitle'));

  if (session.user) return <Navigate to="/" replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSent(false);
    try {
      await api('/auth/sign-in-link', { method: 'POST', body: { email: email.trim() } });
      setSent(true);
    } catch (err) {
      setError(err instanceof ApiError ? err : null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="narrow-page">
      <Card className="signin-card">
        <Heading level={1} data-size="md">
          {t('auth.signInTitle')}
        </Heading>
        {notice ? (
          <Alert data-color="info">
            <Paragraph>{t(`auth.${notice}`)}</Paragraph>
          </Alert>
        ) : null}
        <Paragraph>{t('auth.signInIntro')}</Paragraph>
        <FormErrors error={error} formId="signin" labels={{ email: t('auth.emailLabel') }} />
        <form onSubmit={submit} noValidate className="form-stack">
          <Textfield
            id="signin-email"
            label={t('auth.emailLabel')}
            type="email"
            name="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={error?.forField('email')}
          />
          <div>
            <Button type="submit" loading={busy}>
              {t('auth.sendLink')}
            </Button>
          </div>
        </form>
        <StatusMessage message={sent ? t('auth.linkSent') : null} />
        {session.oidc ? (
          <>
            <div className="or-divider">
              <Divider />
              <span>{t('auth.orUse')}</span>
              <Divider />
            </div>
            <Button asChild variant="secondary">
              <a href="/auth/oidc/start">{t('auth.oidcButton', { provider: session.oidc.label })}</a>
            </Button>
          </>
        ) : null}
      </Card>
    </div>
  );
}

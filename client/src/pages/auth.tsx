import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { setupSchema, signInSchema, signUpSchema, type SessionDTO } from '../../../shared/api.js';
import { LIMITS } from '../../../shared/limits.js';
import { api } from '../api/client.js';
import { useSession } from '../api/session.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useDocumentTitle } from '../lib/title.js';
import { SubmitButton } from '../components/SubmitButton.js';
import { TextField } from '../components/TextField.js';

/** Only same-site paths: a crafted ?next= must not send anyone off-site. */
function safeNext(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value;
}

type AccountField = 'username' | 'displayName' | 'email' | 'password';

const FIELD_HELP: Record<AccountField, string> = {
  username: `${LIMITS.usernameMin}–${LIMITS.usernameMax} characters: letters, digits, dot, dash and underscore. You sign in with it; others see your display name.`,
  displayName: `What others see next to your posts, up to ${LIMITS.displayNameMax} characters. You don't have to use your real name.`,
  email: 'Used only to sign in and for account messages. It is never shown to other members.',
  password: `At least ${LIMITS.passwordMin} characters.`,
};

const FIELD_ERROR: Record<AccountField, string> = {
  username: `Choose a username of ${LIMITS.usernameMin}–${LIMITS.usernameMax} characters, using letters, digits, dot, dash and underscore.`,
  displayName: `Enter a display name of up to ${LIMITS.displayNameMax} characters.`,
  email: 'Enter a valid e-mail address.',
  password: `Your password needs at least ${LIMITS.passwordMin} characters.`,
};

export function SignInPage() {
  useDocumentTitle('Sign in');
  const { user, applySession } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (user && !busy) return <Navigate to={next} replace />;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = signInSchema.safeParse({ login, password });
    if (!input.success) return;
    setBusy(true);
    setError(null);
    try {
      const session = await api.post<SessionDTO>('/auth/signin', input.data);
      applySession(session);
      navigate(next, { replace: true });
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <section className="auth-page" aria-labelledby="signin-title">
      <h1 id="signin-title">Sign in</h1>
      <p className="lede">Welcome back. Take your time; the community is here.</p>
      <form className="card stack" onSubmit={submit}>
        <TextField id="signin-login" label="Username or e-mail" value={login} onChange={setLogin} autoComplete="username" />
        <TextField id="signin-password" label="Password" type="password" value={password} onChange={setPassword} autoComplete="current-password" />
        <ErrorAlert error={error} />
        <SubmitButton busy={busy} label="Sign in" busyLabel="Signing in…" />
      </form>
      <p>
        New here? <Link to={`/signup${next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`}>Create an account</Link>
      </p>
    </section>
  );
}

interface AccountFormProps {
  idPrefix: string;
  submitLabel: string;
  busyLabel: string;
  onSubmit: (values: Record<AccountField, string>) => Promise<void>;
}

/** Sign-up and first-admin setup ask the same questions; one form serves both. */
function AccountForm({ idPrefix, submitLabel, busyLabel, onSubmit }: AccountFormProps) {
  const [values, setValues] = useState<Record<AccountField, string>>({ username: '', displayName: '', email: '', password: '' });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<AccountField, string>>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const set = (field: AccountField) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = signUpSchema.safeParse(values);
    if (!parsed.success) {
      const errors: Partial<Record<AccountField, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (field === 'username' || field === 'displayName' || field === 'email' || field === 'password') {
          errors[field] = FIELD_ERROR[field];
        }
      }
      setFieldErrors(errors);
      const firstInvalid = (['username', 'displayName', 'email', 'password'] as const).find((f) => errors[f]);
      if (firstInvalid) document.getElementById(`${idPrefix}-${firstInvalid}`)?.focus();
      return;
    }
    setFieldErrors({});
    setBusy(true);
    setError(null);
    try {
      await onSubmit(values);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <form className="card stack" onSubmit={submit} noValidate>
      <TextField id={`${idPrefix}-username`} label="Username" value={values.username} onChange={set('username')} autoComplete="username" hint={FIELD_HELP.username} error={fieldErrors.username} maxLength={LIMITS.usernameMax} />
      <TextField id={`${idPrefix}-displayName`} label="Display name" value={values.displayName} onChange={set('displayName')} autoComplete="nickname" hint={FIELD_HELP.displayName} error={fieldErrors.displayName} maxLength={LIMITS.displayNameMax} />
      <TextField id={`${idPrefix}-email`} label="E-mail" type="email" value={values.email} onChange={set('email')} autoComplete="email" hint={FIELD_HELP.email} error={fieldErrors.email} maxLength={LIMITS.emailMax} />
      <TextField id={`${idPrefix}-password`} label="Password" type="password" value={values.password} onChange={set('password')} autoComplete="new-password" hint={FIELD_HELP.password} error={fieldErrors.password} minLength={LIMITS.passwordMin} maxLength={LIMITS.passwordMax} />
      <ErrorAlert error={error} />
      <SubmitButton busy={busy} label={submitLabel} busyLabel={busyLabel} />
    </form>
  );
}

export function SignUpPage() {
  useDocumentTitle('Create an account');
  const { user, applySession } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [done, setDone] = useState(false);

  if (user && !done) return <Navigate to={next} replace />;

  return (
    <section className="auth-page" aria-labelledby="signup-title">
      <h1 id="signup-title">Create an account</h1>
      <p className="lede">Join groups, ask questions and share what has helped you. Posts are read by real people and checked by moderators.</p>
      <AccountForm
        idPrefix="signup"
        submitLabel="Create account"
        busyLabel="Creating account…"
        onSubmit={async (values) => {
          const session = await api.post<SessionDTO>('/auth/signup', values);
          setDone(true);
          applySession(session);
          navigate(next, { replace: true });
        }}
      />
      <p>
        Already have an account? <Link to="/signin">Sign in</Link>
      </p>
    </section>
  );
}

export function SetupPage() {
  useDocumentTitle('Set up Hearth');
  const { applySession } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const tokenValid = setupSchema.shape.token.safeParse(token).success;

  return (
    <section className="auth-page" aria-labelledby="setup-title">
      <h1 id="setup-title">Set up Hearth</h1>
      <p className="lede">Create the first administrator account. The setup link works once; afterwards, administrators are appointed from the Admin page.</p>
      {!tokenValid ? (
        <div className="alert alert-error" role="alert">
          <p>This setup link is incomplete. Open the full one-time link printed in the server log.</p>
        </div>
      ) : (
        <AccountForm
          idPrefix="setup"
          submitLabel="Create administrator account"
          busyLabel="Creating account…"
          onSubmit={async (values) => {
            const session = await api.post<SessionDTO>('/setup', { ...values, token });
            applySession(session);
            navigate('/admin', { replace: true });
          }}
        />
      )}
    </section>
  );
}

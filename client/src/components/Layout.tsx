import { Fragment, Suspense, useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { isModerator, useSession } from '../api/session.js';
import { useSocketConnected, useSocketEvent } from '../realtime/hooks.js';
import { useModerationQueue } from '../realtime/queue.js';
import { ErrorAlert, Loading } from './ErrorAlert.js';

interface Notice {
  id: string;
  tone: 'success' | 'warning';
  text: string;
  link: string;
}

function QueueCount() {
  const { state } = useModerationQueue();
  if (state.status !== 'success') return null;
  const count = state.data.length;
  return (
    <span className={`nav-count${count > 0 ? ' has-items' : ''}`} aria-label={`${count} waiting`}>
      {count}
    </span>
  );
}

/** A lost connection shows after a short grace period, so a quick reconnect (sign-in) stays quiet. */
function ConnectionNotice() {
  const connected = useSocketConnected();
  const [show, setShow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShow(!connected), connected ? 0 : 3000);
    return () => clearTimeout(timer);
  }, [connected]);
  if (!show || connected) return null;
  return (
    <p className="connection-notice" role="status">
      Live updates are paused while we reconnect. New posts will appear once the connection is back.
    </p>
  );
}

/** After an in-app navigation, start the reader at the top of the new page's content. */
function useFocusMainOnNavigate(pathname: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname]);
}

export function Layout() {
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [notices, setNotices] = useState<Notice[]>([]);
  const [signOutError, setSignOutError] = useState<unknown>(null);
  useFocusMainOnNavigate(location.pathname);

  useSocketEvent('post:reviewed', ({ post, decision, reason }) => {
    const link = `/t/${post.threadId}#post-${post.id}`;
    const notice: Notice =
      decision === 'rejected'
        ? {
            id: post.id,
            tone: 'warning',
            text: `A moderator did not publish your post.${reason ? ` Their reason: ${reason}` : ''}`,
            link,
          }
        : {
            id: post.id,
            tone: 'success',
            text:
              decision === 'redacted'
                ? 'A moderator removed some personal details from your post and published it.'
                : 'A moderator approved your post. It is now visible to the group.',
            link,
          };
    setNotices((current) => [...current.filter((n) => n.id !== notice.id), notice]);
  });

  async function handleSignOut() {
    setSignOutError(null);
    try {
      await signOut();
      setNotices([]);
      navigate('/');
    } catch (error) {
      setSignOutError(error);
    }
  }

  const signInLink = `/signin${location.pathname !== '/' && !location.pathname.startsWith('/sign') ? `?next=${encodeURIComponent(location.pathname + location.search)}` : ''}`;

  return (
    <div className="app">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <Link to="/" className="brand">
            <svg className="brand-mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path
                d="M12 2.5c.6 3-1.6 4.6-3 6.4C7.6 10.7 6.5 12.4 6.5 14.8A5.5 5.5 0 0 0 12 20.5a5.5 5.5 0 0 0 5.5-5.7c0-2.3-1-4-2.2-5.3-.3 1.5-1 2.5-2.1 3 .4-3.2-.2-7.2-1.2-10z"
                fill="currentColor"
              />
            </svg>
            Hearth
          </Link>
          <nav aria-label="Main" className="main-nav">
            <ul>
              <li>
                <NavLink to="/" end>
                  Groups
                </NavLink>
              </li>
              {isModerator(user) && (
                <li>
                  <NavLink to="/moderation">
                    Review queue <QueueCount />
                  </NavLink>
                </li>
              )}
              {user?.role === 'admin' && (
                <li>
                  <NavLink to="/admin">Admin</NavLink>
                </li>
              )}
            </ul>
          </nav>
          <div className="account">
            {user ? (
              <>
                <span className="account-name">
                  <span className="visually-hidden">Signed in as </span>
                  {user.displayName}
                </span>
                <button type="button" className="button button-small button-secondary" onClick={handleSignOut}>
                  Sign out
                </button>
              </>
            ) : (
              <>
                <Link to={signInLink} className="button button-small button-secondary">
                  Sign in
                </Link>
                <Link to="/signup" className="button button-small">
                  Sign up
                </Link>
              </>
            )}
          </div>
        </div>
      </header>

      <main id="main" tabIndex={-1} className="container main">
        <ConnectionNotice />
        {signOutError !== null && <ErrorAlert error={signOutError} />}
        {notices.length > 0 && (
          <ul className="notices" aria-label="Updates about your posts">
            {notices.map((n) => (
              <li key={n.id} className={`notice notice-${n.tone}`} role="status">
                <span>
                  {n.text} <Link to={n.link}>View the post</Link>
                </span>
                <button
                  type="button"
                  className="button button-small button-quiet"
                  aria-label="Dismiss"
                  onClick={() => setNotices((current) => current.filter((x) => x.id !== n.id))}
                >
                  ✕
                </button>
              </li>
            ))}
          </ul>
        )}
        {/* A new identity sees different things (own held posts, members-only groups): start pages afresh. */}
        <Fragment key={user?.id ?? 'anonymous'}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </Fragment>
      </main>

      <footer className="site-footer">
        <div className="container">
          <p>
            Hearth is a peer support community. It does not give medical advice. In an emergency call your local
            emergency number.
          </p>
        </div>
      </footer>
    </div>
  );
}

import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Role, SessionDTO, UserDTO } from '../../../shared/api.js';
import { isStaff } from '../../../shared/policy.js';
import { reconnectSocket } from '../realtime/socket.js';
import { api, onCsrfRefresh, setCsrfToken } from './client.js';

type SessionState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; session: SessionDTO };

export interface SessionContextValue {
  user: UserDTO | null;
  setupRequired: boolean;
  /** Every auth response carries a new CSRF token and maybe a new user: always go through here. */
  applySession: (session: SessionDTO) => void;
  refresh: () => Promise<void>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = use(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

export function isModerator(user: UserDTO | null): boolean {
  return isStaff(user);
}

export function hasRole(user: UserDTO | null, roles: readonly Role[]): boolean {
  return user !== null && roles.includes(user.role);
}

interface SessionProviderProps {
  children: ReactNode;
  /** Shown while the first session request is in flight or has failed. */
  renderPending: (state: { error: unknown; retry: () => void }) => ReactNode;
}

export function SessionProvider({ children, renderPending }: SessionProviderProps) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // The user the socket last authenticated as; compared only in event handlers, never in render.
  const socketUserId = useRef<string | null>(null);

  const applySession = useCallback((session: SessionDTO) => {
    setCsrfToken(session.csrfToken);
    const userId = session.user?.id ?? null;
    if (userId !== socketUserId.current) {
      socketUserId.current = userId;
      // The server authenticates sockets at the handshake, so a new identity needs a new connection.
      reconnectSocket();
    }
    setState({ status: 'ready', session });
  }, []);

  const refresh = useCallback(async () => {
    const session = await api.get<SessionDTO>('/session');
    applySession(session);
  }, [applySession]);

  useEffect(() => {
    const controller = new AbortController();
    api.get<SessionDTO>('/session', { signal: controller.signal }).then(
      (session) => {
        // The socket connected as this user already: record it, so applySession does not reconnect.
        socketUserId.current = session.user?.id ?? null;
        applySession(session);
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [attempt, applySession]);

  useEffect(() => {
    onCsrfRefresh(refresh);
    return () => onCsrfRefresh(null);
  }, [refresh]);

  const signOut = useCallback(async () => {
    const session = await api.post<SessionDTO>('/auth/signout');
    applySession(session);
  }, [applySession]);

  const session = state.status === 'ready' ? state.session : null;
  const value = useMemo<SessionContextValue>(
    () => ({
      user: session?.user ?? null,
      setupRequired: session?.setupRequired ?? false,
      applySession,
      refresh,
      signOut,
    }),
    [session, applySession, refresh, signOut],
  );

  if (state.status !== 'ready') {
    return renderPending({
      error: state.status === 'error' ? state.error : null,
      retry: () => {
        setState({ status: 'loading' });
        setAttempt((n) => n + 1);
      },
    });
  }
  return <SessionContext value={value}>{children}</SessionContext>;
}

import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { SessionProvider } from './api/session.js';
import { ErrorAlert, Loading } from './components/ErrorAlert.js';
import { Layout } from './components/Layout.js';
import { NotFound } from './components/NotFound.js';
import { RequireRole } from './components/RequireRole.js';
import { SetupPage, SignInPage, SignUpPage } from './pages/auth.js';
import { HomePage } from './pages/HomePage.js';
import { ModerationQueueProvider } from './realtime/queue.js';

// The composer's screening engine and the staff pages load only where they are used.
const GroupPage = lazy(() => import('./pages/GroupPage.js').then((m) => ({ default: m.GroupPage })));
const ThreadPage = lazy(() => import('./pages/ThreadPage.js').then((m) => ({ default: m.ThreadPage })));
const ModerationQueuePage = lazy(() => import('./pages/ModerationPage.js').then((m) => ({ default: m.ModerationQueuePage })));
const AuditLogPage = lazy(() => import('./pages/ModerationPage.js').then((m) => ({ default: m.AuditLogPage })));
const AdminPage = lazy(() => import('./pages/AdminPage.js').then((m) => ({ default: m.AdminPage })));

const STAFF = ['moderator', 'admin'] as const;
const ADMINS = ['admin'] as const;

function SessionPending({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="main" className="container main boot">
      <p className="brand">Hearth</p>
      {error ? <ErrorAlert error={error} onRetry={retry} /> : <Loading />}
    </main>
  );
}

export function App() {
  return (
    <SessionProvider renderPending={(state) => <SessionPending {...state} />}>
      <ModerationQueueProvider>
        <BrowserRouter>
          <Routes>
            <Route element={<Layout />}>
              <Route index element={<HomePage />} />
              <Route path="signin" element={<SignInPage />} />
              <Route path="signup" element={<SignUpPage />} />
              <Route path="setup" element={<SetupPage />} />
              <Route path="g/:slug" element={<GroupPage />} />
              <Route path="t/:id" element={<ThreadPage />} />
              <Route
                path="moderation"
                element={
                  <RequireRole roles={STAFF}>
                    <ModerationQueuePage />
                  </RequireRole>
                }
              />
              <Route
                path="moderation/audit"
                element={
                  <RequireRole roles={STAFF}>
                    <AuditLogPage />
                  </RequireRole>
                }
              />
              <Route
                path="admin"
                element={
                  <RequireRole roles={ADMINS}>
                    <AdminPage />
                  </RequireRole>
                }
              />
              <Route path="*" element={<NotFound />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </ModerationQueueProvider>
    </SessionProvider>
  );
}

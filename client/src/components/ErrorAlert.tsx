import { Navigate, useLocation } from 'react-router';
import { isApiError } from '../api/client.js';
import { NotFound } from './NotFound.js';

function errorMessage(error: unknown): string {
  // The server's messages are written for people, rate limits included ("Please wait a few minutes").
  if (isApiError(error)) return error.message;
  return 'Something unexpected went wrong. Please try again.';
}

/** Field problems from a validation error, whichever of the usual shapes the server used. */
function detailLines(details: unknown): string[] {
  if (Array.isArray(details)) {
    return details.flatMap((d: unknown) => {
      if (typeof d !== 'object' || d === null || !('message' in d)) return [];
      const path = 'path' in d && Array.isArray(d.path) ? d.path.join('.') : '';
      return [`${path ? `${path}: ` : ''}${String(d.message)}`];
    });
  }
  if (typeof details === 'object' && details !== null && 'fieldErrors' in details) {
    const fields = (details as { fieldErrors: unknown }).fieldErrors;
    if (typeof fields === 'object' && fields !== null) {
      return Object.entries(fields).flatMap(([field, messages]) =>
        Array.isArray(messages) ? messages.map((m) => `${field}: ${String(m)}`) : [],
      );
    }
  }
  return [];
}

interface ErrorAlertProps {
  error: unknown;
  onRetry?: () => void;
}

/** The one way an error reaches the reader: the server's words, announced, with a retry when it helps. */
export function ErrorAlert({ error, onRetry }: ErrorAlertProps) {
  if (error === null || error === undefined) return null;
  const lines = isApiError(error) && error.code === 'validation_failed' ? detailLines(error.details) : [];
  const retryable = !isApiError(error) || error.code === 'network_error' || error.status >= 500;
  return (
    <div className="alert alert-error" role="alert">
      <p>{errorMessage(error)}</p>
      {lines.length > 0 && (
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {onRetry && retryable && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** A problem the page found itself (a form check before sending), announced like a server error. */
export function ProblemAlert({ problem }: { problem: string | null | undefined }) {
  if (!problem) return null;
  return (
    <div className="alert alert-error" role="alert">
      <p>{problem}</p>
    </div>
  );
}

interface PageErrorProps {
  error: unknown;
  onRetry?: () => void;
  notFoundTitle?: string;
  notFoundText?: string;
}

/** For failed page loads: 401 goes to sign-in and back, 404 is a calm not-found page. */
export function PageError({ error, onRetry, notFoundTitle, notFoundText }: PageErrorProps) {
  const location = useLocation();
  if (isApiError(error) && error.code === 'unauthenticated') {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/signin?next=${encodeURIComponent(next)}`} replace />;
  }
  if (isApiError(error) && error.code === 'not_found') {
    return <NotFound title={notFoundTitle} text={notFoundText} />;
  }
  return <ErrorAlert error={error} onRetry={onRetry} />;
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      {label}
    </p>
  );
}

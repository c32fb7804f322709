import type { ApiErrorBody, ErrorCode } from '../../../shared/errors.js';
import { ERROR_CODES } from '../../../shared/errors.js';
import { API_PREFIX } from '../../../shared/api.js';
import { CSRF_HEADER, IDEMPOTENCY_HEADER } from '../../../shared/realtime.js';

/** Every failed request becomes one of these; `network_error` means the server was never reached. */
export class ApiError extends Error {
  readonly code: ErrorCode | 'network_error';
  readonly status: number;
  readonly details: unknown;

  constructor(code: ErrorCode | 'network_error', status: number, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.details = details;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

// The token lives outside React so every request (and a retried one) uses the newest.
let csrfToken = '';
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** Called when the server refuses the CSRF token, so the session can fetch a fresh one. */
let refreshCsrf: (() => Promise<void>) | null = null;
export function onCsrfRefresh(handler: (() => Promise<void>) | null): void {
  refreshCsrf = handler;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  signal?: AbortSignal;
  idempotencyKey?: string;
  query?: Record<string, string | number | undefined | null>;
}

function buildUrl(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `${API_PREFIX}${path}${qs ? `?${qs}` : ''}`;
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

function knownCode(code: unknown): ErrorCode {
  return (ERROR_CODES as readonly unknown[]).includes(code) ? (code as ErrorCode) : 'internal_error';
}

function fallbackMessage(status: number): string {
  if (status === 429) return 'Too many requests. Please wait a moment and try again.';
  if (status >= 500) return 'Something went wrong on our side. Please try again.';
  return 'The request could not be completed.';
}

async function send<T>(method: Method, path: string, body: unknown, options: RequestOptions, retried: boolean): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers[CSRF_HEADER] = csrfToken;
  if (options.idempotencyKey) headers[IDEMPOTENCY_HEADER] = options.idempotencyKey;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: options.signal,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new ApiError('network_error', 0, 'We could not reach Hearth. Check your connection and try again.');
  }

  if (response.status === 204) return undefined as T;

  let payload: unknown = null;
  const text = await response.text();
  if (text) {
    try {
      payload = JSON.parse(text);
    } catch {
      payload = null;
    }
  }

  if (response.ok) return payload as T;

  const error = isErrorBody(payload)
    ? new ApiError(knownCode(payload.error.code), response.status, payload.error.message, payload.error.details)
    : new ApiError(response.status === 429 ? 'rate_limited' : 'internal_error', response.status, fallbackMessage(response.status));

  // A stale token (another tab signed in or out) is recoverable once, without bothering the user.
  if (error.code === 'csrf_failed' && !retried && refreshCsrf) {
    await refreshCsrf();
    return send<T>(method, path, body, options, true);
  }
  throw error;
}

export const api = {
  get: <T>(path: string, options: RequestOptions = {}) => send<T>('GET', path, undefined, options, false),
  post: <T>(path: string, body?: unknown, options: RequestOptions = {}) => send<T>('POST', path, body ?? {}, options, false),
  put: <T>(path: string, body?: unknown, options: RequestOptions = {}) => send<T>('PUT', path, body ?? {}, options, false),
  patch: <T>(path: string, body?: unknown, options: RequestOptions = {}) => send<T>('PATCH', path, body ?? {}, options, false),
  delete: <T = void>(path: string, options: RequestOptions = {}) => send<T>('DELETE', path, undefined, options, false),
};

/** A key for one composed submission; crypto.randomUUID needs a secure context, so fall back. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Wraps a path segment that came from the URL or the user. */
export function seg(value: string): string {
  return encodeURIComponent(value);
}

import { ERROR_STATUS, type ErrorCode } from '../../shared/errors.js';

/** The one error type services throw; the error middleware turns it into the JSON error shape. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.status = ERROR_STATUS[code];
  }
}

export const notFound = (what = 'That page') => new AppError('not_found', `${what} was not found.`);
export const forbidden = (message = 'You do not have permission to do that.') => new AppError('forbidden', message);
export const unauthenticated = () => new AppError('unauthenticated', 'Please sign in first.');
export const conflict = (message: string, details?: unknown) => new AppError('conflict', message, details);

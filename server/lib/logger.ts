import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Logs carry ids, never post bodies, e-mail addresses, passwords or tokens. The redact list is a
 * second fence for fields that might slip into a logged object.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        '*.password',
        '*.email',
        '*.body',
        '*.token',
      ],
      censor: '[redacted]',
    },
  });
}

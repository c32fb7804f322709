import { z } from 'zod';
import { AppError } from './errors.js';

const cursorPayload = z.object({ t: z.iso.datetime(), id: z.uuid() });
export type Cursor = { at: Date; id: string };

/** Keyset cursors: (timestamp, id) of the last item, opaque to clients. */
export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify({ t: at.toISOString(), id })).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): Cursor | null {
  if (!cursor) return null;
  try {
    const parsed = cursorPayload.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return { at: new Date(parsed.t), id: parsed.id };
  } catch {
    throw new AppError('validation_failed', 'That page link is no longer valid.', [{ path: 'cursor', message: 'invalid cursor' }]);
  }
}

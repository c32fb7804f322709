import { z } from 'zod';
import { AppError } from './errors.js';

const cursorPayload = z.object({ t: z.iso.datetime(), id: z.uuid() });
export type Cursor = { at: Date; id: string };

/** Keyset cursors: (timestamp, id) of the last item, opaque to clients. */
function encodeCursor(at: Date, id: string): string {
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

/** Turns `limit + 1` fetched rows into a page: the extra row only says whether there is more. */
export function toPage<R, T>(rows: R[], limit: number, keyOf: (row: R) => { at: Date; id: string }, present: (row: R) => T) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const key = rows.length > limit && last ? keyOf(last) : null;
  return { items: items.map(present), nextCursor: key ? encodeCursor(key.at, key.id) : null };
}

import type { ThreadSummaryDTO } from '../../../shared/api.js';
import { upsertById } from '../api/hooks.js';

/** Most recent activity first, as the server pages them. */
export function mergeThreads(current: ThreadSummaryDTO[], incoming: ThreadSummaryDTO[]): ThreadSummaryDTO[] {
  return upsertById(current, incoming).sort(
    (a, b) => b.lastActivityAt.localeCompare(a.lastActivityAt) || b.id.localeCompare(a.id),
  );
}

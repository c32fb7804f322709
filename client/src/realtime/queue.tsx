import { createContext, use, useCallback, useMemo, type ReactNode } from 'react';
import type { QueueItemDTO } from '../../../shared/api.js';
import { api } from '../api/client.js';
import { useQuery, type QueryState } from '../api/hooks.js';
import { isModerator, useSession } from '../api/session.js';
import { useQueueRoom, useSocketEvent, useSocketReconnect } from './hooks.js';

interface QueueContextValue {
  state: QueryState<QueueItemDTO[]>;
  reload: () => void;
  /** Drops a decided item at once; `queue:removed` would also do it a moment later. */
  remove: (postId: string) => void;
}

const QueueContext = createContext<QueueContextValue | null>(null);

export function useModerationQueue(): QueueContextValue {
  const value = use(QueueContext);
  if (!value) throw new Error('useModerationQueue must be used inside <ModerationQueueProvider>');
  return value;
}

function sortByHeldAt(items: QueueItemDTO[]): QueueItemDTO[] {
  return items.slice().sort((a, b) => a.heldAt.localeCompare(b.heldAt));
}

/**
 * One live copy of the review queue for moderators: the header shows its count, the queue page its
 * items. It joins the moderators' room and refetches after a reconnect (events may have been missed).
 */
export function ModerationQueueProvider({ children }: { children: ReactNode }) {
  const { user } = useSession();
  const enabled = isModerator(user);
  const key = enabled && user ? `queue:${user.id}` : null;
  const query = useQuery(key, (signal) =>
    api.get<{ items: QueueItemDTO[] }>('/moderation/queue', { signal }).then((res) => sortByHeldAt(res.items)),
  );
  const { setData, reload } = query;

  useQueueRoom(enabled);
  useSocketReconnect(() => {
    if (enabled) reload();
  });
  useSocketEvent('queue:added', (item) => {
    setData((items) => sortByHeldAt([...items.filter((i) => i.post.id !== item.post.id), item]));
  });
  const remove = useCallback(
    (postId: string) => setData((items) => items.filter((i) => i.post.id !== postId)),
    [setData],
  );
  useSocketEvent('queue:removed', ({ postId }) => remove(postId));
  const value = useMemo(() => ({ state: query.state, reload, remove }), [query.state, reload, remove]);
  return <QueueContext value={value}>{children}</QueueContext>;
}

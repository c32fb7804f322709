import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { Page } from '../../../shared/api.js';
import { api } from './client.js';

export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'success'; data: T };

export interface Query<T> {
  state: QueryState<T>;
  reload: () => void;
  /** Local edits (live events, own mutations) to the loaded data. */
  setData: (update: (data: T) => T) => void;
}

interface Stamped<T> {
  key: string;
  version: number;
  state: QueryState<T>;
}

/**
 * Loads `load()` whenever `key` changes (null: don't load). State is stamped with the key it
 * belongs to, so a new key reads as loading without a synchronous reset inside the effect.
 */
export function useQuery<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Query<T> {
  const [version, setVersion] = useState(0);
  const [stamped, setStamped] = useState<Stamped<T> | null>(null);
  const run = useEffectEvent(load);

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    run(controller.signal).then(
      (data) => setStamped({ key, version, state: { status: 'success', data } }),
      (error: unknown) => {
        if (!controller.signal.aborted) setStamped({ key, version, state: { status: 'error', error } });
      },
    );
    return () => controller.abort();
  }, [key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const setData = useCallback((update: (data: T) => T) => {
    setStamped((prev) => {
      if (!prev || prev.state.status !== 'success') return prev;
      return { ...prev, state: { status: 'success', data: update(prev.state.data) } };
    });
  }, []);

  // A reload keeps showing the data it replaces (no flash of "Loading" on a reconnect refresh).
  const current =
    stamped && stamped.key === key && (stamped.version === version || stamped.state.status === 'success')
      ? stamped.state
      : null;
  return { state: current ?? { status: 'loading' }, reload, setData };
}

export interface Paginated<T> {
  state: QueryState<T[]>;
  hasMore: boolean;
  loadingMore: boolean;
  moreError: unknown;
  loadMore: () => void;
  reload: () => void;
  setItems: (update: (items: T[]) => T[]) => void;
}

interface PageData<T> {
  items: T[];
  nextCursor: string | null;
}

/** Cursor pagination over `Page<T>` with "Load more"; `merge` decides order and de-duplication. */
export function usePaginated<T extends { id: string }>(
  path: string | null,
  merge: (current: T[], incoming: T[]) => T[],
): Paginated<T> {
  const query = useQuery<PageData<T>>(path, (signal) => api.get<Page<T>>(path ?? '', { signal }));
  const [more, setMore] = useState<{ path: string | null; loading: boolean; error: unknown }>({
    path: null,
    loading: false,
    error: null,
  });
  const { setData } = query;

  const state: QueryState<T[]> =
    query.state.status === 'success' ? { status: 'success', data: query.state.data.items } : query.state;
  const nextCursor = query.state.status === 'success' ? query.state.data.nextCursor : null;
  const moreState = more.path === path ? more : { loading: false, error: null };

  const loadMore = useCallback(() => {
    if (!path || !nextCursor) return;
    setMore({ path, loading: true, error: null });
    api.get<Page<T>>(path, { query: { cursor: nextCursor } }).then(
      (page) => {
        setData((data) => ({ items: merge(data.items, page.items), nextCursor: page.nextCursor }));
        setMore({ path, loading: false, error: null });
      },
      (error: unknown) => setMore({ path, loading: false, error }),
    );
  }, [path, nextCursor, setData, merge]);

  const setItems = useCallback(
    (update: (items: T[]) => T[]) => setData((data) => ({ ...data, items: update(data.items) })),
    [setData],
  );

  return {
    state,
    hasMore: nextCursor !== null,
    loadingMore: moreState.loading,
    moreError: moreState.error,
    loadMore,
    reload: query.reload,
    setItems,
  };
}

/** Adds or replaces by id, keeping the existing position of replaced items. */
export function upsertById<T extends { id: string }>(items: readonly T[], incoming: readonly T[]): T[] {
  const byId = new Map(incoming.map((item) => [item.id, item]));
  const out = items.map((item) => {
    const replacement = byId.get(item.id);
    if (!replacement) return item;
    byId.delete(item.id);
    return replacement;
  });
  return [...out, ...byId.values()];
}

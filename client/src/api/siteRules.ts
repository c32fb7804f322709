import { useEffect, useSyncExternalStore } from 'react';
import type { SiteRule } from '../../../shared/screening/types.js';
import { api } from './client.js';
import { useSession } from './session.js';

const EMPTY: readonly SiteRule[] = [];
let loaded: { userId: string; rules: readonly SiteRule[] } | null = null;
let inflightFor: string | null = null;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function ensureLoaded(userId: string): void {
  if (loaded?.userId === userId || inflightFor === userId) return;
  inflightFor = userId;
  api.get<{ items: SiteRule[] }>('/site-rules').then(
    (res) => {
      if (inflightFor !== userId) return;
      inflightFor = null;
      loaded = { userId, rules: res.items };
      notify();
    },
    () => {
      // Screening without the site rules still catches the policy kinds; the server checks all.
      if (inflightFor === userId) inflightFor = null;
    },
  );
}

/** After an admin changes the rules, the next composer fetches them again. */
export function invalidateSiteRules(): void {
  loaded = null;
  inflightFor = null;
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The site's rules for the composer's screening, fetched once per signed-in user. */
export function useSiteRules(): readonly SiteRule[] {
  const { user } = useSession();
  const userId = user?.id ?? null;
  const rules = useSyncExternalStore(
    subscribe,
    () => (loaded !== null && loaded.userId === userId ? loaded.rules : EMPTY),
    () => EMPTY,
  );
  const isLoaded = rules !== EMPTY;
  useEffect(() => {
    if (userId && !isLoaded) ensureLoaded(userId);
  }, [userId, isLoaded]);
  return rules;
}

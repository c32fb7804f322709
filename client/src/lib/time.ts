import { useSyncExternalStore } from 'react';

const MINUTE = 60_000;
let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === null) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const l of listeners) l();
    }, 30_000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== null) {
      clearInterval(timer);
      timer = null;
    }
  };
}

/** The current time, refreshed every 30 s, so "5 minutes ago" stays honest without impure renders. */
export function useNow(): number {
  return useSyncExternalStore(
    subscribe,
    () => now,
    () => now,
  );
}

const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function formatRelative(iso: string, nowMs: number): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '';
  const diff = then - nowMs;
  const abs = Math.abs(diff);
  if (abs < MINUTE) return 'just now';
  if (abs < 60 * MINUTE) return rtf.format(Math.round(diff / MINUTE), 'minute');
  if (abs < 24 * 60 * MINUTE) return rtf.format(Math.round(diff / (60 * MINUTE)), 'hour');
  if (abs < 7 * 24 * 60 * MINUTE) return rtf.format(Math.round(diff / (24 * 60 * MINUTE)), 'day');
  return dayFormat.format(then);
}

export function formatDateTime(iso: string): string {
  const then = Date.parse(iso);
  return Number.isNaN(then) ? '' : dateFormat.format(then);
}

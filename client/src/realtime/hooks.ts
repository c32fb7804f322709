import { useEffect, useEffectEvent, useSyncExternalStore } from 'react';
import type { ServerToClientEvents } from '../../../shared/realtime.js';
import { ackTimeout, getSocket, isLive, reportAck, type HearthSocket } from './socket.js';

type EventName = keyof ServerToClientEvents;
type Listener<E extends EventName> = ServerToClientEvents[E];

/** Subscribes to a server event for the component's lifetime; the handler always sees fresh state. */
export function useSocketEvent<E extends EventName>(event: E, handler: Listener<E>): void {
  const onEvent = useEffectEvent((...args: Parameters<Listener<E>>) => {
    (handler as (...a: Parameters<Listener<E>>) => void)(...args);
  });
  useEffect(() => {
    const s = getSocket();
    const listener = (...args: Parameters<Listener<E>>) => onEvent(...args);
    // socket.io's typed `on` cannot follow a generic event name; the map above keeps this honest.
    const untyped = s as unknown as { on: (e: string, l: (...a: unknown[]) => void) => void; off: (e: string, l: (...a: unknown[]) => void) => void };
    untyped.on(event, listener as (...a: unknown[]) => void);
    return () => untyped.off(event, listener as (...a: unknown[]) => void);
  }, [event]);
}

/** Runs `onReconnect` whenever the connection comes back after the component mounted connected. */
export function useSocketReconnect(onReconnect: () => void): void {
  const run = useEffectEvent(onReconnect);
  useEffect(() => {
    const s = getSocket();
    let seenConnected = s.connected;
    const handler = () => {
      if (seenConnected) run();
      seenConnected = true;
    };
    s.on('connect', handler);
    return () => {
      s.off('connect', handler);
    };
  }, []);
}

/** Joins a room now and again on every reconnect (rooms do not survive a new connection). */
function useRoom(key: string | null, join: (s: HearthSocket, key: string) => void, leave: ((s: HearthSocket, key: string) => void) | null): void {
  const onJoin = useEffectEvent(join);
  const onLeave = useEffectEvent((s: HearthSocket, k: string) => leave?.(s, k));
  useEffect(() => {
    if (key === null) return;
    const s = getSocket();
    const handler = () => onJoin(s, key);
    if (s.connected) handler();
    s.on('connect', handler);
    return () => {
      s.off('connect', handler);
      if (s.connected) onLeave(s, key);
    };
  }, [key]);
}

export function useThreadRoom(threadId: string | null): void {
  useRoom(
    threadId,
    (s, id) => s.timeout(ackTimeout).emit('thread:join', id, reportAck('thread:join')),
    (s, id) => s.timeout(ackTimeout).emit('thread:leave', id, reportAck('thread:leave')),
  );
}

export function useGroupRoom(slug: string | null): void {
  useRoom(
    slug,
    (s, key) => s.timeout(ackTimeout).emit('group:join', key, reportAck('group:join')),
    (s, key) => s.timeout(ackTimeout).emit('group:leave', key, reportAck('group:leave')),
  );
}

/** There is no queue:leave; the room is the moderators' and the server re-rooms on role change. */
export function useQueueRoom(enabled: boolean): void {
  useRoom(enabled ? 'moderators' : null, (s) => s.timeout(ackTimeout).emit('queue:join', reportAck('queue:join')), null);
}

function subscribeConnection(onChange: () => void): () => void {
  const s = getSocket();
  s.on('connect', onChange);
  s.on('disconnect', onChange);
  s.io.on('reconnect_attempt', onChange);
  return () => {
    s.off('connect', onChange);
    s.off('disconnect', onChange);
    s.io.off('reconnect_attempt', onChange);
  };
}

/** False while a lost connection is being re-established; the layout shows a quiet notice then. */
export function useSocketConnected(): boolean {
  return useSyncExternalStore(
    subscribeConnection,
    isLive,
    () => true,
  );
}

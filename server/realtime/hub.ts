import type { ServerToClientEvents } from '../../shared/realtime.js';

export type HubMessage =
  | { kind: 'emit'; room: string; event: keyof ServerToClientEvents; args: unknown[] }
  /** Sign-out, role change: the user's sockets must re-authenticate at once. */
  | { kind: 'disconnect-user'; userId: string }
  /** Left a members-only group: drop the user's sockets from its rooms. */
  | { kind: 'leave-group'; userId: string; groupId: string; groupSlug: string };

/**
 * Services announce news here, after their transaction commits; the Socket.IO layer (when one is
 * attached) turns messages into emits. Keeping services unaware of Socket.IO lets the HTTP app run
 * and be tested on its own.
 */
export class EventHub {
  private readonly listeners = new Set<(message: HubMessage) => void>();

  subscribe(listener: (message: HubMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends keyof ServerToClientEvents>(room: string, event: E, ...args: Parameters<ServerToClientEvents[E]>): void {
    this.publish({ kind: 'emit', room, event, args });
  }

  disconnectUser(userId: string): void {
    this.publish({ kind: 'disconnect-user', userId });
  }

  leaveGroup(userId: string, groupId: string, groupSlug: string): void {
    this.publish({ kind: 'leave-group', userId, groupId, groupSlug });
  }

  private publish(message: HubMessage): void {
    for (const listener of this.listeners) listener(message);
  }
}

/**
 * The only place realtime event names exist. Names are `resource:verb`: imperative for requests
 * from the client, past tense for news from the server. Change a payload by adding an event,
 * never by changing one: open tabs outlive deploys.
 */
import type { ModerationDecision, PostDTO, QueueItemDTO, ThreadSummaryDTO } from './api.js';
import { idSchema, slugSchema } from './api.js';
import type { ErrorCode } from './errors.js';

export type Ack = { ok: true } | { ok: false; error: { code: ErrorCode; message: string } };

export interface ServerToClientEvents {
  /** A post became visible in a thread (new reply, or approved by a moderator). Room: thread. */
  'post:created': (post: PostDTO) => void;
  /** A visible post was edited. Room: thread. */
  'post:updated': (post: PostDTO) => void;
  /** A visible post was deleted, or hidden again because its edit is held. Room: thread. */
  'post:deleted': (payload: { id: string; threadId: string }) => void;
  /** A thread became visible in a group. Room: group. */
  'thread:created': (thread: ThreadSummaryDTO) => void;
  /** A thread's title, reply count or last activity changed. Room: group. */
  'thread:updated': (thread: ThreadSummaryDTO) => void;
  /** A thread was deleted. Room: group. */
  'thread:deleted': (payload: { id: string; groupSlug: string }) => void;
  /** A post was held for review. Room: moderators. */
  'queue:added': (item: QueueItemDTO) => void;
  /** A held post was decided or withdrawn. Room: moderators. */
  'queue:removed': (payload: { postId: string; decision: ModerationDecision | 'withdrawn' }) => void;
  /** A moderator decided on one of your posts. Room: the author's own. */
  'post:reviewed': (payload: { post: PostDTO; decision: ModerationDecision; reason: string | null }) => void;
}

export interface ClientToServerEvents {
  'thread:join': (threadId: string, ack: (res: Ack) => void) => void;
  'thread:leave': (threadId: string, ack: (res: Ack) => void) => void;
  'group:join': (slug: string, ack: (res: Ack) => void) => void;
  'group:leave': (slug: string, ack: (res: Ack) => void) => void;
  'queue:join': (ack: (res: Ack) => void) => void;
}

export const realtimePayloadSchemas = {
  'thread:join': idSchema,
  'thread:leave': idSchema,
  'group:join': slugSchema,
  'group:leave': slugSchema,
} as const;

export const rooms = {
  thread: (id: string) => `thread:${id}`,
  group: (slug: string) => `group:${slug}`,
  user: (id: string) => `user:${id}`,
  moderators: 'moderators',
} as const;

export const CSRF_HEADER = 'x-csrf-token';
export const IDEMPOTENCY_HEADER = 'idempotency-key';

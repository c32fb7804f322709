import type { IncomingMessage, Server as HttpServer } from 'node:http';
import { createAdapter } from '@socket.io/redis-adapter';
import type { NextFunction, Request, Response } from 'express';
import { createClient } from 'redis';
import { Server, type Socket } from 'socket.io';
import { type Ack, type ClientToServerEvents, realtimePayloadSchemas, rooms, type ServerToClientEvents } from '../../shared/realtime.js';
import type { HearthApp } from '../app.js';
import type { UserRow } from '../db/schema.js';
import type { AppDeps } from '../deps.js';
import { AppError } from '../lib/errors.js';
import { isStaff } from '../lib/viewer.js';
import { requireVisibleGroup } from '../modules/groups/group.service.js';
import { requireThreadGroupId } from '../modules/threads/thread.service.js';
import type { HubMessage } from './hub.js';

interface SocketData {
  user: UserRow | null;
  /** threadId -> groupId, so leaving a group can drop its thread rooms too. */
  threads: Record<string, string>;
}

type HearthServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type HearthSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export interface Realtime {
  io: HearthServer;
  close(): Promise<void>;
}

/**
 * CORS does not protect WebSockets, so the Origin is checked here. A cross-site page always sends
 * one; a request without it is not from a browser page on another site (and carries no cookies of
 * a victim's), so it is let through to the session check like any client.
 */
function isAllowedOrigin(req: IncomingMessage, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

function toAck(err: unknown): Ack {
  if (err instanceof AppError) return { ok: false, error: { code: err.code, message: err.message } };
  return { ok: false, error: { code: 'internal_error', message: 'Something went wrong.' } };
}

export async function createRealtime(httpServer: HttpServer, deps: AppDeps, app: HearthApp): Promise<Realtime> {
  const io: HearthServer = new Server(httpServer, {
    serveClient: false,
    allowRequest: (req, cb) => cb(null, isAllowedOrigin(req, deps.config.allowedOrigins)),
    maxHttpBufferSize: 16 * 1024,
  });

  const closeRedis: Array<() => Promise<unknown>> = [];
  if (deps.config.redisUrl) {
    const pub = createClient({ url: deps.config.redisUrl });
    const sub = pub.duplicate();
    await Promise.all([pub.connect(), sub.connect()]);
    closeRedis.push(() => pub.quit(), () => sub.quit());
    io.adapter(createAdapter(pub, sub));
  }

  // The same session and Passport user as HTTP, read once at the handshake.
  const onlyForHandshake = (mw: (req: Request, res: Response, next: NextFunction) => void) =>
    (req: IncomingMessage & { _query?: Record<string, string> }, res: unknown, next: (err?: unknown) => void) => {
      if (req._query?.sid === undefined) mw(req as Request, res as Response, next as NextFunction);
      else next();
    };
  io.engine.use(onlyForHandshake(app.sessionMiddleware));
  io.engine.use(onlyForHandshake(app.passportSession));

  io.use((socket, next) => {
    socket.data.user = (socket.request as Request).user ?? null;
    socket.data.threads = {};
    next();
  });

  io.on('connection', (socket: HearthSocket) => {
    const viewer = socket.data.user;
    if (viewer) void socket.join(rooms.user(viewer.id));

    const handle = <T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, run: (value: T) => Promise<void>) =>
      (payload: unknown, ack: unknown) => {
        const reply = typeof ack === 'function' ? (ack as (res: Ack) => void) : () => undefined;
        const parsed = schema.safeParse(payload);
        if (!parsed.success) return reply({ ok: false, error: { code: 'validation_failed', message: 'Invalid payload.' } });
        run(parsed.data).then(() => reply({ ok: true }), (err: unknown) => reply(toAck(err)));
      };

    // Joining a room is the same decision as the matching GET: same service, same 404.
    socket.on('thread:join', handle(realtimePayloadSchemas['thread:join'], async (threadId) => {
      socket.data.threads[threadId] = await requireThreadGroupId(deps, viewer, threadId);
      await socket.join(rooms.thread(threadId));
    }));
    socket.on('thread:leave', handle(realtimePayloadSchemas['thread:leave'], async (threadId) => {
      delete socket.data.threads[threadId];
      await socket.leave(rooms.thread(threadId));
    }));
    socket.on('group:join', handle(realtimePayloadSchemas['group:join'], async (slug) => {
      await requireVisibleGroup(deps.db, viewer, slug);
      await socket.join(rooms.group(slug));
    }));
    socket.on('group:leave', handle(realtimePayloadSchemas['group:leave'], async (slug) => {
      await socket.leave(rooms.group(slug));
    }));
    socket.on('queue:join', (ack: unknown) => {
      const reply = typeof ack === 'function' ? (ack as (res: Ack) => void) : () => undefined;
      // Not a moderator: the queue does not exist for you.
      if (!isStaff(viewer)) return reply({ ok: false, error: { code: 'not_found', message: 'Not found.' } });
      void socket.join(rooms.moderators);
      reply({ ok: true });
    });
  });

  const unsubscribe = deps.hub.subscribe((message: HubMessage) => {
    switch (message.kind) {
      case 'emit': {
        const emit = io.to(message.room).emit as (event: string, ...args: unknown[]) => boolean;
        emit.call(io.to(message.room), message.event, ...message.args);
        return;
      }
      case 'disconnect-user':
        io.in(rooms.user(message.userId)).disconnectSockets(true);
        return;
      case 'leave-group':
        void io
          .in(rooms.user(message.userId))
          .fetchSockets()
          .then((sockets) => {
            for (const s of sockets) {
              s.leave(rooms.group(message.groupSlug));
              for (const [threadId, groupId] of Object.entries(s.data.threads ?? {})) {
                if (groupId === message.groupId) s.leave(rooms.thread(threadId));
              }
            }
          });
        return;
    }
  });

  return {
    io,
    async close() {
      unsubscribe();
      io.disconnectSockets(true);
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await Promise.all(closeRedis.map((quit) => quit().catch(() => undefined)));
    },
  };
}

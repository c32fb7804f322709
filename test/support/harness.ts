import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { io as ioClient, type Socket } from 'socket.io-client';
import request from 'supertest';
import type { PostDTO, Role, SessionDTO, ThreadDTO } from '../../shared/api.js';
import type { Ack, ClientToServerEvents, ServerToClientEvents } from '../../shared/realtime.js';
import { createApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import type { DatabaseHandle } from '../../server/db/database.js';
import type { AppDeps } from '../../server/deps.js';
import { createLogger } from '../../server/lib/logger.js';
import { EventHub } from '../../server/realtime/hub.js';
import { createRealtime, type Realtime } from '../../server/realtime/realtime.js';
import { createTestDatabase } from './database.js';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface TestServer {
  url: string;
  deps: AppDeps;
  db: DatabaseHandle['db'];
  server: Server;
  close(): Promise<void>;
}

/** The real app on a real port with real Socket.IO, on an isolated database. */
export async function startTestServer(options: { clientDir?: string | null; env?: Record<string, string> } = {}): Promise<TestServer> {
  const handle = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PORT: '0', ...options.env });
  const deps: AppDeps = {
    db: handle.db,
    config,
    logger: createLogger(config.logLevel),
    hub: new EventHub(),
    sessionSecret: randomUUID() + randomUUID(),
  };
  const hearth = createApp(deps, { clientDir: options.clientDir ?? null });
  const server = createServer(hearth.app);
  const realtime: Realtime = await createRealtime(server, deps, hearth);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    deps,
    db: handle.db,
    server,
    async close() {
      await realtime.close();
      await handle.close();
    },
  };
}

/** A browser-like client: keeps its session cookie and CSRF token like the web app does. */
export class TestClient {
  cookie = '';
  csrf = '';
  user: SessionDTO['user'] = null;

  constructor(readonly server: TestServer) {}

  private remember(res: request.Response) {
    const setCookie = res.headers['set-cookie'] as unknown as string[] | undefined;
    const sid = setCookie?.map((c) => c.split(';')[0]).find((c) => c?.startsWith('hearth.sid='));
    if (sid) this.cookie = sid;
    const body = res.body as Partial<SessionDTO>;
    if (typeof body?.csrfToken === 'string') this.csrf = body.csrfToken;
    if (body && 'user' in body && body.user !== undefined) this.user = body.user;
    return res;
  }

  async session(): Promise<SessionDTO> {
    const res = this.remember(await request(this.server.url).get('/api/session').set('Cookie', this.cookie));
    return res.body as SessionDTO;
  }

  async get(path: string) {
    return this.remember(await request(this.server.url).get(path).set('Cookie', this.cookie));
  }

  async send(method: 'post' | 'put' | 'patch' | 'delete', path: string, body?: unknown, headers: Record<string, string> = {}) {
    if (!this.csrf) await this.session();
    let req = request(this.server.url)[method](path).set('Cookie', this.cookie).set('x-csrf-token', this.csrf);
    for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
    return this.remember(await (body === undefined ? req : req.send(body as object)));
  }

  async signUp(username = `user${randomUUID().slice(0, 8)}`, password = 'correct horse battery') {
    const res = await this.send('post', '/api/auth/signup', {
      username,
      displayName: username.replace(/^./, (c) => c.toUpperCase()),
      email: `${username}@example.org`,
      password,
    });
    if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${JSON.stringify(res.body)}`);
    return this.user!;
  }

  socket(extraHeaders: Record<string, string> = {}): Promise<ClientSocket> {
    const socket: ClientSocket = ioClient(this.server.url, {
      transports: ['websocket'],
      extraHeaders: { cookie: this.cookie, ...extraHeaders },
      reconnection: false,
      forceNew: true,
    });
    return new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(socket));
      socket.once('connect_error', (err) => {
        socket.close();
        reject(err);
      });
    });
  }
}

export function emitWithAck(socket: ClientSocket, event: 'thread:join' | 'group:join', arg: string): Promise<Ack>;
export function emitWithAck(socket: ClientSocket, event: 'queue:join'): Promise<Ack>;
export function emitWithAck(socket: ClientSocket, event: 'thread:join' | 'group:join' | 'queue:join', arg?: string): Promise<Ack> {
  return new Promise((resolve) => {
    if (event === 'queue:join') socket.emit('queue:join', resolve);
    else socket.emit(event, arg!, resolve);
  });
}

/** Resolves with the next event of that name (rejects after a while, so a missing event fails the test). */
export function nextEvent<E extends keyof ServerToClientEvents>(
  socket: ClientSocket,
  event: E,
  timeoutMs = 5_000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    const handler = (payload: Parameters<ServerToClientEvents[E]>[0]) => {
      clearTimeout(timer);
      resolve(payload);
    };
    (socket.once as (e: string, h: (p: Parameters<ServerToClientEvents[E]>[0]) => void) => void)(event, handler);
  });
}

/** Collects every event of a name, to assert later that something was never received. */
export function collect<E extends keyof ServerToClientEvents>(socket: ClientSocket, event: E): Array<Parameters<ServerToClientEvents[E]>[0]> {
  const seen: Array<Parameters<ServerToClientEvents[E]>[0]> = [];
  (socket.on as (e: string, h: (p: Parameters<ServerToClientEvents[E]>[0]) => void) => void)(event, (p) => seen.push(p));
  return seen;
}

// ---------- factories ----------

export async function setRole(server: TestServer, userId: string, role: Role) {
  await server.db.updateTable('users').set({ role }).where('id', '=', userId).execute();
}

export async function makeUser(server: TestServer, role: Role = 'member') {
  const client = new TestClient(server);
  const user = await client.signUp();
  if (role !== 'member') {
    await setRole(server, user.id, role);
    await client.session();
  }
  return { client, user: { ...user, role } };
}

export async function makeGroup(server: TestServer, admin: TestClient, visibility: 'public' | 'members' = 'public') {
  const slug = `group-${randomUUID().slice(0, 8)}`;
  const res = await admin.send('post', '/api/groups', { name: `Group ${slug}`, slug, description: 'A test group', visibility });
  if (res.status !== 201) throw new Error(`group create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; slug: string };
}

export async function join(client: TestClient, slug: string) {
  const res = await client.send('put', `/api/groups/${slug}/membership`);
  if (res.status !== 200) throw new Error(`join failed: ${res.status}`);
}

export async function makeThread(client: TestClient, slug: string, body = 'Has anyone tried a cooling cap during chemo? How was it?') {
  const res = await client.send('post', `/api/groups/${slug}/threads`, { title: 'Cooling caps during chemo', body });
  if (res.status !== 201) throw new Error(`thread create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { thread: ThreadDTO; post: PostDTO };
}

/** A fresh world: an admin, a public group, a member in it, and a published thread. */
export async function world(server: TestServer) {
  const admin = await makeUser(server, 'admin');
  const group = await makeGroup(server, admin.client);
  const member = await makeUser(server);
  await join(member.client, group.slug);
  const { thread } = await makeThread(member.client, group.slug);
  return { admin, group, member, thread };
}

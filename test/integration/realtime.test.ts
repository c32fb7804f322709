import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThreadSummaryDTO } from '../../shared/api.js';
import { TestClient, emitWithAck, join, makeGroup, makeThread, makeUser, nextEvent, startTestServer, world, type TestServer } from '../support/harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('realtime', () => {
  it('refuses a socket from a foreign Origin', async () => {
    const { member } = await world(server);
    await expect(member.client.socket({ origin: 'https://evil.example' })).rejects.toThrow();
    const ok = await member.client.socket({ origin: server.url });
    expect(ok.connected).toBe(true);
    ok.close();
  });

  it('delivers a clean reply to another viewer of the thread, anonymous viewers included', async () => {
    const { member, thread } = await world(server);
    const anon = await new TestClient(server).socket();
    expect(await emitWithAck(anon, 'thread:join', thread.id)).toEqual({ ok: true });
    const arrived = nextEvent(anon, 'post:created');
    await member.client.send('post', `/api/threads/${thread.id}/posts`, { body: 'Sending hugs.' });
    const post = await arrived;
    expect(post.bodyHtml).toContain('Sending hugs.');
    expect(post.author.username).toBe(member.user.username);
    anon.close();
  });

  it('shows new threads live on the group page', async () => {
    const { member, group } = await world(server);
    const socket = await new TestClient(server).socket();
    expect(await emitWithAck(socket, 'group:join', group.slug)).toEqual({ ok: true });
    const created = nextEvent(socket, 'thread:created');
    const { thread } = await makeThread(member.client, group.slug, 'Which pillow helped after surgery?');
    expect(((await created) as ThreadSummaryDTO).id).toBe(thread.id);
    socket.close();
  });

  it('answers a room join for hidden content like the GET does: not found', async () => {
    const { client: admin } = await makeUser(server, 'admin');
    const group = await makeGroup(server, admin, 'members');
    const { thread } = await makeThread(admin, group.slug);
    const { client: outsider } = await makeUser(server);
    const socket = await outsider.socket();
    expect(await emitWithAck(socket, 'thread:join', thread.id)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await emitWithAck(socket, 'group:join', group.slug)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await emitWithAck(socket, 'thread:join', 'not-a-uuid')).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    socket.close();
  });

  it('disconnects a user’s sockets when they sign out', async () => {
    const { client } = await makeUser(server);
    const socket = await client.socket();
    const gone = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    await client.send('post', '/api/auth/signout');
    expect(await gone).toBe('io server disconnect');
  });

  it('stops sending a members-only group’s news to a member who leaves it', async () => {
    const { client: admin } = await makeUser(server, 'admin');
    const group = await makeGroup(server, admin, 'members');
    const { client, user } = await makeUser(server);
    await admin.send('post', `/api/admin/groups/${group.slug}/members`, { username: user.username });
    const socket = await client.socket();
    expect(await emitWithAck(socket, 'group:join', group.slug)).toEqual({ ok: true });
    await client.send('delete', `/api/groups/${group.slug}/membership`);
    // A marker the admin sees proves the news went out; the ex-member must not have got it.
    const adminSocket = await admin.socket();
    await emitWithAck(adminSocket, 'group:join', group.slug);
    const received: string[] = [];
    socket.on('thread:created', (t) => received.push(t.id));
    const seen = nextEvent(adminSocket, 'thread:created');
    await join(admin, group.slug).catch(() => undefined);
    const { thread } = await makeThread(admin, group.slug, 'Members only news');
    expect((await seen).id).toBe(thread.id);
    expect(received).toEqual([]);
    socket.close();
    adminSocket.close();
  });
});

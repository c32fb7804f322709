import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntryDTO, GroupDTO, Page, PostDTO, QueueItemDTO, ThreadSummaryDTO } from '../../shared/api.js';
import { collect, emitWithAck, join, makeUser, nextEvent, startTestServer, world, type TestServer } from '../support/harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const PHONE_REPLY = 'You can text me on 555-0142 and I will share what worked for us.';

describe('held posts', () => {
  it('are shown to their author as awaiting review, and to nobody else anywhere', async () => {
    const { member, thread, group } = await world(server);
    const { client: other } = await makeUser(server);
    await join(other, group.slug);
    const otherSocket = await other.socket();
    expect(await emitWithAck(otherSocket, 'thread:join', thread.id)).toEqual({ ok: true });
    const broadcasts = collect(otherSocket, 'post:created');

    const res = await member.client.send('post', `/api/threads/${thread.id}/posts`, { body: PHONE_REPLY });
    expect(res.status).toBe(201);
    const held = res.body as PostDTO;
    expect(held.status).toBe('held');
    expect(held.review?.reasons).toContain('phone');
    const finding = held.review!.findings.find((f) => f.kind === 'phone')!;
    expect(PHONE_REPLY.slice(finding.start, finding.end)).toContain('555-0142');
    expect(JSON.stringify(held.review)).not.toContain('555-0142');

    // The author sees it in the thread; another member does not, and counts do not move.
    const authorView = (await member.client.get(`/api/threads/${thread.id}/posts`)).body as Page<PostDTO>;
    expect(authorView.items.map((p) => p.id)).toContain(held.id);
    const otherView = (await other.get(`/api/threads/${thread.id}/posts`)).body as Page<PostDTO>;
    expect(otherView.items.map((p) => p.id)).not.toContain(held.id);
    expect(JSON.stringify(otherView)).not.toContain('555-0142');
    expect((await other.get(`/api/threads/${thread.id}`)).body.replyCount).toBe(0);
    expect((await other.send('patch', `/api/posts/${held.id}`, { body: 'x' })).status).toBe(404);

    // A clean reply afterwards is broadcast; the held one never was.
    const clean = nextEvent(otherSocket, 'post:created');
    await member.client.send('post', `/api/threads/${thread.id}/posts`, { body: 'Thinking of you all today.' });
    expect((await clean).bodyHtml).toContain('Thinking of you');
    expect(broadcasts.map((p) => p.id)).not.toContain(held.id);
    otherSocket.close();
  });

  it('hold a whole new thread: invisible to others, out of listings and counts', async () => {
    const { member, group } = await world(server);
    const { client: other } = await makeUser(server);
    const res = await member.client.send('post', `/api/groups/${group.slug}/threads`, {
      title: 'My details',
      body: 'Email me at pat.jones@example.com about the trial.',
    });
    expect(res.status).toBe(201);
    expect(res.body.thread.status).toBe('held');
    expect((await other.get(`/api/threads/${res.body.thread.id}`)).status).toBe(404);
    const list = (await other.get(`/api/groups/${group.slug}/threads`)).body as Page<ThreadSummaryDTO>;
    expect(list.items.map((t) => t.id)).not.toContain(res.body.thread.id);
    expect(((await other.get(`/api/groups/${group.slug}`)).body as GroupDTO).threadCount).toBe(1);
    const own = (await member.client.get(`/api/groups/${group.slug}/threads`)).body as Page<ThreadSummaryDTO>;
    expect(own.items.find((t) => t.id === res.body.thread.id)?.status).toBe('held');
  });
});

describe('the review queue', () => {
  it('is for moderators only: 401 anonymous, 403 member', async () => {
    const { member } = await world(server);
    const anon = new (await import('../support/harness.js')).TestClient(server);
    expect((await anon.get('/api/moderation/queue')).status).toBe(401);
    expect((await member.client.get('/api/moderation/queue')).status).toBe(403);
    expect((await member.client.send('post', `/api/moderation/posts/${crypto.randomUUID()}/approve`, {})).status).toBe(403);
    expect((await member.client.get('/api/moderation/audit')).status).toBe(403);
    const memberSocket = await member.client.socket();
    expect(await emitWithAck(memberSocket, 'queue:join')).toMatchObject({ ok: false });
    memberSocket.close();
  });

  it('updates live, and approving publishes the post to everyone in the thread', async () => {
    const { member, thread, group } = await world(server);
    const { client: mod } = await makeUser(server, 'moderator');
    const modSocket = await mod.socket();
    expect(await emitWithAck(modSocket, 'queue:join')).toEqual({ ok: true });
    const { client: viewer } = await makeUser(server);
    await join(viewer, group.slug);
    const viewerSocket = await viewer.socket();
    await emitWithAck(viewerSocket, 'thread:join', thread.id);
    const authorSocket = await member.client.socket();

    const queued = nextEvent(modSocket, 'queue:added');
    const held = (await member.client.send('post', `/api/threads/${thread.id}/posts`, { body: PHONE_REPLY })).body as PostDTO;
    const item = (await queued) as QueueItemDTO;
    expect(item.post.id).toBe(held.id);
    expect(item.post.bodySource).toBe(PHONE_REPLY);
    expect(item.thread.groupSlug).toBe(group.slug);

    const queue = (await mod.get('/api/moderation/queue')).body as { items: QueueItemDTO[] };
    expect(queue.items.map((i) => i.post.id)).toContain(held.id);

    const published = nextEvent(viewerSocket, 'post:created');
    const reviewed = nextEvent(authorSocket, 'post:reviewed');
    const removed = nextEvent(modSocket, 'queue:removed');
    const res = await mod.send('post', `/api/moderation/posts/${held.id}/approve`, {});
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('published');
    const live = await published;
    expect(live.id).toBe(held.id);
    expect(live.bodySource).toBeNull();
    expect(live.review).toBeNull();
    expect((await reviewed).decision).toBe('approved');
    expect(await removed).toEqual({ postId: held.id, decision: 'approved' });

    const again = await mod.send('post', `/api/moderation/posts/${held.id}/approve`, {});
    expect(again.status).toBe(409);
    const audit = (await mod.get('/api/moderation/audit')).body as Page<AuditEntryDTO>;
    expect(audit.items[0]).toMatchObject({ action: 'post.approve', targetId: held.id });
    expect((await viewer.get(`/api/threads/${thread.id}`)).body.replyCount).toBe(1);
    for (const s of [modSocket, viewerSocket, authorSocket]) s.close();
  });

  it('rejects with a reason the author sees, and that no one else sees', async () => {
    const { member, thread, group } = await world(server);
    const { client: mod } = await makeUser(server, 'moderator');
    const held = (await member.client.send('post', `/api/threads/${thread.id}/posts`, { body: PHONE_REPLY })).body as PostDTO;
    expect((await mod.send('post', `/api/moderation/posts/${held.id}/reject`, {})).status).toBe(400);
    const res = await mod.send('post', `/api/moderation/posts/${held.id}/reject`, { reason: 'Please do not share phone numbers.' });
    expect(res.status).toBe(200);
    const mine = (await member.client.get(`/api/threads/${thread.id}/posts`)).body as Page<PostDTO>;
    const rejected = mine.items.find((p) => p.id === held.id)!;
    expect(rejected.status).toBe('rejected');
    expect(rejected.review?.rejectionReason).toBe('Please do not share phone numbers.');
    const { client: other } = await makeUser(server);
    await join(other, group.slug);
    const theirs = (await other.get(`/api/threads/${thread.id}/posts`)).body as Page<PostDTO>;
    expect(theirs.items.map((p) => p.id)).not.toContain(held.id);
    const audit = (await mod.get('/api/moderation/audit')).body as Page<AuditEntryDTO>;
    expect(audit.items[0]).toMatchObject({ action: 'post.reject', reason: 'Please do not share phone numbers.' });
  });

  it('redacts the flagged spans and publishes the rest', async () => {
    const { member, thread } = await world(server);
    const { client: mod } = await makeUser(server, 'moderator');
    const held = (await member.client.send('post', `/api/threads/${thread.id}/posts`, { body: PHONE_REPLY })).body as PostDTO;
    const res = await mod.send('post', `/api/moderation/posts/${held.id}/redact`, { reason: 'Removed a phone number' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('published');
    expect(res.body.bodyHtml).not.toContain('555-0142');
    expect(res.body.bodyHtml).toContain('removed');
  });

  it('takes an edited post back into review when the edit adds an identifier', async () => {
    const { member, thread, group } = await world(server);
    const { client: other } = await makeUser(server);
    await join(other, group.slug);
    const socket = await other.socket();
    await emitWithAck(socket, 'thread:join', thread.id);
    const reply = (await member.client.send('post', `/api/threads/${thread.id}/posts`, { body: 'Happy to help.' })).body as PostDTO;
    const hidden = nextEvent(socket, 'post:deleted');
    const edited = await member.client.send('patch', `/api/posts/${reply.id}`, { body: PHONE_REPLY });
    expect(edited.body.status).toBe('held');
    expect(await hidden).toEqual({ id: reply.id, threadId: thread.id });
    const theirs = (await other.get(`/api/threads/${thread.id}/posts`)).body as Page<PostDTO>;
    expect(theirs.items.map((p) => p.id)).not.toContain(reply.id);
    socket.close();
  });
});

describe('the audit log', () => {
  it('pages through every entry once, newest first', async () => {
    const { member, thread } = await world(server);
    const { client: mod } = await makeUser(server, 'moderator');
    for (let i = 0; i < 3; i++) {
      const held = (await member.client.send('post', `/api/threads/${thread.id}/posts`, { body: PHONE_REPLY })).body as PostDTO;
      expect((await mod.send('post', `/api/moderation/posts/${held.id}/approve`, {})).status).toBe(200);
    }
    const whole = ((await mod.get('/api/moderation/audit?limit=50')).body as Page<AuditEntryDTO>).items;
    const paged: AuditEntryDTO[] = [];
    let cursor: string | null = null;
    do {
      const page = (await mod.get(`/api/moderation/audit?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).body as Page<AuditEntryDTO>;
      paged.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null && paged.length < whole.length);
    expect(paged.slice(0, whole.length).map((e) => e.id)).toEqual(whole.map((e) => e.id));
    expect(whole.filter((e) => e.action === 'post.approve').length).toBeGreaterThanOrEqual(3);
  });
});

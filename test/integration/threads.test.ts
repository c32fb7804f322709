import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, PostDTO, ThreadSummaryDTO } from '../../shared/api.js';
import { TestClient, join, makeGroup, makeThread, makeUser, startTestServer, world, type TestServer } from '../support/harness.js';

/**
 * Every real tag (escaped text such as `&lt;img onerror=…&gt;` is harmless and not a tag) is on
 * the allowlist, has no event handler, and links only to http(s) or mailto.
 */
function expectInert(html: string) {
  const allowed = new Set(['p', 'br', 'strong', 'em', 'del', 's', 'blockquote', 'ul', 'ol', 'li', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);
  for (const tag of html.match(/<\/?[a-zA-Z][^>]*>/g) ?? []) {
    const name = /^<\/?([a-zA-Z0-9]+)/.exec(tag)![1]!.toLowerCase();
    expect(allowed, tag).toContain(name);
    expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
    for (const [, url] of tag.matchAll(/href="([^"]*)"/g)) expect(url).toMatch(/^(https?:|mailto:)/);
  }
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('groups', () => {
  it('lets only admins create groups: 401 anonymous, 403 member, 400 invalid, 409 duplicate slug', async () => {
    const anon = new TestClient(server);
    expect((await anon.send('post', '/api/groups', { name: 'x', slug: 'x' })).status).toBe(401);
    const { client: member } = await makeUser(server);
    expect((await member.send('post', '/api/groups', { name: 'Nice group', slug: 'nice-group' })).status).toBe(403);
    const { client: admin } = await makeUser(server, 'admin');
    expect((await admin.send('post', '/api/groups', { name: 'N', slug: 'Not A Slug!' })).status).toBe(400);
    expect((await admin.send('post', '/api/groups', { name: 'Nice group', slug: 'nice-group' })).status).toBe(201);
    const dup = await admin.send('post', '/api/groups', { name: 'Nice group again', slug: 'nice-group' });
    expect(dup.status).toBe(409);
  });

  it('hides a members-only group and its threads from non-members with 404', async () => {
    const { client: admin } = await makeUser(server, 'admin');
    const group = await makeGroup(server, admin, 'members');
    const { thread } = await makeThread(admin, group.slug);
    const { client: outsider } = await makeUser(server);
    expect((await outsider.get(`/api/groups/${group.slug}`)).status).toBe(404);
    expect((await outsider.get(`/api/groups/${group.slug}/threads`)).status).toBe(404);
    expect((await outsider.get(`/api/threads/${thread.id}`)).status).toBe(404);
    expect((await outsider.send('put', `/api/groups/${group.slug}/membership`)).status).toBe(404);
    const list = (await outsider.get('/api/groups')).body as { items: Array<{ slug: string }> };
    expect(list.items.map((g) => g.slug)).not.toContain(group.slug);

    const { client: invited, user } = await makeUser(server);
    expect((await admin.send('post', `/api/admin/groups/${group.slug}/members`, { username: user.username })).status).toBe(204);
    expect((await invited.get(`/api/threads/${thread.id}`)).status).toBe(200);
  });

  it('joins and leaves a public group, keeping the member count', async () => {
    const { client: admin } = await makeUser(server, 'admin');
    const group = await makeGroup(server, admin);
    const { client } = await makeUser(server);
    const joined = await client.send('put', `/api/groups/${group.slug}/membership`);
    expect(joined.body).toMatchObject({ isMember: true, memberCount: 1 });
    const again = await client.send('put', `/api/groups/${group.slug}/membership`);
    expect(again.body.memberCount).toBe(1);
    const left = await client.send('delete', `/api/groups/${group.slug}/membership`);
    expect(left.body).toMatchObject({ isMember: false, memberCount: 0 });
  });
});

describe('threads and replies', () => {
  it('requires sign-in (401), validates (400) and hides what does not exist (404)', async () => {
    const { group, thread } = await world(server);
    const anon = new TestClient(server);
    expect((await anon.send('post', `/api/groups/${group.slug}/threads`, { title: 'Hello there', body: 'x' })).status).toBe(401);
    expect((await anon.send('post', `/api/threads/${thread.id}/posts`, { body: 'x' })).status).toBe(401);
    const { client } = await makeUser(server);
    await join(client, group.slug);
    expect((await client.send('post', `/api/groups/${group.slug}/threads`, { title: '', body: '' })).status).toBe(400);
    expect((await client.send('post', `/api/threads/not-a-uuid/posts`, { body: 'hi' })).status).toBe(400);
    expect((await client.send('post', `/api/threads/${crypto.randomUUID()}/posts`, { body: 'hi' })).status).toBe(404);
    expect((await client.get(`/api/groups/no-such-group/threads`)).status).toBe(404);
    expect((await client.get(`/api/threads/${crypto.randomUUID()}`)).status).toBe(404);
    expect((await client.get(`/api/groups/${group.slug}/threads?limit=5000`)).status).toBe(400);
  });

  it('requires membership to post in a public group (403)', async () => {
    const { group, thread } = await world(server);
    const { client } = await makeUser(server);
    const res = await client.send('post', `/api/threads/${thread.id}/posts`, { body: 'Hello from outside' });
    expect(res.status).toBe(403);
    expect((await client.send('post', `/api/groups/${group.slug}/threads`, { title: 'Outsider', body: 'Hi all' })).status).toBe(403);
  });

  it('renders Markdown to sanitized HTML with safe links', async () => {
    const { member, thread } = await world(server);
    const res = await member.client.send('post', `/api/threads/${thread.id}/posts`, {
      body: '**Bold** <script>alert(1)</script> [site](https://nhs.uk) [bad](javascript:alert(1)) <img src=x onerror=alert(1)>',
    });
    expect(res.status).toBe(201);
    const html = (res.body as PostDTO).bodyHtml;
    expect(html).toContain('<strong>Bold</strong>');
    expectInert(html);
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('rel="nofollow ugc noopener"');
  });

  it('makes one post for a retried create with the same Idempotency-Key', async () => {
    const { member, thread } = await world(server);
    const key = crypto.randomUUID();
    const first = await member.client.send('post', `/api/threads/${thread.id}/posts`, { body: 'Same reply twice?' }, { 'Idempotency-Key': key });
    const second = await member.client.send('post', `/api/threads/${thread.id}/posts`, { body: 'Same reply twice?' }, { 'Idempotency-Key': key });
    expect(first.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
    const posts = (await member.client.get(`/api/threads/${thread.id}/posts`)).body as Page<PostDTO>;
    expect(posts.items.filter((p) => p.id === first.body.id)).toHaveLength(1);
    expect(posts.items).toHaveLength(2);
    const thr = (await member.client.get(`/api/threads/${thread.id}`)).body as ThreadSummaryDTO;
    expect(thr.replyCount).toBe(1);
  });

  it('lists threads by most recent activity with cursor pagination', async () => {
    const { admin, group } = await world(server);
    for (let i = 0; i < 4; i++) await makeThread(admin.client, group.slug, `Question number ${i} about appointments`);
    const page1 = (await admin.client.get(`/api/groups/${group.slug}/threads?limit=2`)).body as Page<ThreadSummaryDTO>;
    expect(page1.items).toHaveLength(2);
    expect(page1.nextCursor).toBeTruthy();
    const page2 = (await admin.client.get(`/api/groups/${group.slug}/threads?limit=2&cursor=${page1.nextCursor}`)).body as Page<ThreadSummaryDTO>;
    const page3 = (await admin.client.get(`/api/groups/${group.slug}/threads?limit=2&cursor=${page2.nextCursor}`)).body as Page<ThreadSummaryDTO>;
    const all = [...page1.items, ...page2.items, ...page3.items];
    expect(new Set(all.map((t) => t.id)).size).toBe(5);
    const times = all.map((t) => t.lastActivityAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(page3.nextCursor).toBeNull();
    expect((await admin.client.get(`/api/groups/${group.slug}/threads?cursor=garbage`)).status).toBe(400);
  });

  it('lets authors edit and delete their own posts, and nobody else (403)', async () => {
    const { member, thread, group } = await world(server);
    const reply = (await member.client.send('post', `/api/threads/${thread.id}/posts`, { body: 'First version' })).body as PostDTO;
    const { client: other } = await makeUser(server);
    await join(other, group.slug);
    expect((await other.send('patch', `/api/posts/${reply.id}`, { body: 'Hijacked' })).status).toBe(403);
    expect((await other.send('delete', `/api/posts/${reply.id}`)).status).toBe(403);
    const edited = await member.client.send('patch', `/api/posts/${reply.id}`, { body: 'Second version' });
    expect(edited.status).toBe(200);
    expect(edited.body.bodyHtml).toContain('Second version');
    expect(edited.body.editedAt).not.toBeNull();
    expect((await member.client.send('delete', `/api/posts/${reply.id}`)).status).toBe(204);
    const posts = (await other.get(`/api/threads/${thread.id}/posts`)).body as Page<PostDTO>;
    const gone = posts.items.find((p) => p.id === reply.id)!;
    expect(gone.deleted).toBe(true);
    expect(gone.bodyHtml).toBe('');
    expect((await other.get(`/api/threads/${thread.id}`)).body.replyCount).toBe(0);
  });

  it('deletes a whole thread for its author: it is then 404 and out of the listing', async () => {
    const { member, thread, group } = await world(server);
    expect((await member.client.send('delete', `/api/threads/${thread.id}`)).status).toBe(204);
    expect((await member.client.get(`/api/threads/${thread.id}`)).status).toBe(404);
    const list = (await member.client.get(`/api/groups/${group.slug}/threads`)).body as Page<ThreadSummaryDTO>;
    expect(list.items.map((t) => t.id)).not.toContain(thread.id);
    expect((await member.client.get(`/api/groups/${group.slug}`)).body.threadCount).toBe(0);
  });

  it('shows the clinician badge on every post by a verified clinician', async () => {
    const { admin, member, thread, group } = await world(server);
    const { client: nurse, user } = await makeUser(server);
    await join(nurse, group.slug);
    const denied = await member.client.send('put', `/api/admin/users/${user.id}/clinician`, { credential: 'RN', specialty: 'Oncology' });
    expect(denied.status).toBe(403);
    const granted = await admin.client.send('put', `/api/admin/users/${user.id}/clinician`, { credential: 'RN', specialty: 'Oncology' });
    expect(granted.status).toBe(200);
    const reply = await nurse.send('post', `/api/threads/${thread.id}/posts`, { body: 'Cooling caps work for some people.' });
    expect(reply.body.author.clinician).toEqual({ credential: 'RN', specialty: 'Oncology' });
    const audit = (await admin.client.get('/api/moderation/audit')).body as Page<{ action: string }>;
    expect(audit.items.map((a) => a.action)).toContain('user.clinician.grant');
  });
});

describe('sanitizer against known XSS vectors', () => {
  const vectorsFile = new URL('../fixtures/xss-vectors.txt', import.meta.url);
  const vectors = readFileSync(vectorsFile, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('"'))
    .map((l) => JSON.parse(l) as string);

  it('stores none of them as executable HTML', async () => {
    expect(vectors.length).toBeGreaterThan(20);
    const { member, thread } = await world(server);
    for (const vector of vectors.slice(0, 40)) {
      const res = await member.client.send('post', `/api/threads/${thread.id}/posts`, { body: vector });
      if (res.status !== 201) continue;
      expectInert((res.body as PostDTO).bodyHtml);
    }
  });
});

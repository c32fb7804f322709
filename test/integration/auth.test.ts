import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueSetupToken } from '../../server/modules/auth/auth.service.js';
import { TestClient, startTestServer, type TestServer } from '../support/harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { SIGNIN_MAX_PER_ACCOUNT: '3' } });
});
afterAll(() => server.close());

describe('accounts', () => {
  it('starts anonymous, with a CSRF token and setup required while no admin exists', async () => {
    const session = await new TestClient(server).session();
    expect(session.user).toBeNull();
    expect(session.csrfToken).toMatch(/.{16,}/);
    expect(session.setupRequired).toBe(true);
  });

  it('validates sign-up input (400) and never echoes the password or e-mail back', async () => {
    const client = new TestClient(server);
    const res = await client.send('post', '/api/auth/signup', { username: 'x', displayName: '', email: 'nope', password: 'short' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    const paths = (res.body.error.details as Array<{ path: string }>).map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['username', 'email', 'password']));
    expect(JSON.stringify(res.body)).not.toContain('short');
  });

  it('signs up, reports the user without e-mail or hash, and refuses a taken name with 409', async () => {
    const client = new TestClient(server);
    const user = await client.signUp('rowan');
    expect(user).toMatchObject({ username: 'rowan', role: 'member', clinician: null });
    expect(JSON.stringify(user)).not.toMatch(/example\.org|argon/);
    const again = await new TestClient(server).send('post', '/api/auth/signup', {
      username: 'ROWAN',
      displayName: 'Other',
      email: 'other@example.org',
      password: 'correct horse battery',
    });
    expect(again.status).toBe(409);
  });

  it('gives the same answer for an unknown account and a wrong password', async () => {
    await new TestClient(server).signUp('sage');
    const wrong = await new TestClient(server).send('post', '/api/auth/signin', { login: 'sage', password: 'not the password' });
    const unknown = await new TestClient(server).send('post', '/api/auth/signin', { login: 'nobody-here', password: 'not the password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('issues a new session id at sign-in and signs in by e-mail too', async () => {
    await new TestClient(server).signUp('juniper');
    const client = new TestClient(server);
    await client.session();
    const before = client.cookie;
    expect(before).toMatch(/^hearth\.sid=/);
    const res = await client.send('post', '/api/auth/signin', { login: 'Juniper@Example.org', password: 'correct horse battery' });
    expect(res.status).toBe(200);
    expect(res.body.user.username).toBe('juniper');
    expect(client.cookie).not.toBe(before);
    // The old cookie is no longer signed in.
    const stale = await request(server.url).get('/api/session').set('Cookie', before);
    expect(stale.body.user).toBeNull();
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const client = new TestClient(server);
    await client.session();
    const res = await request(server.url)
      .post('/api/auth/signup')
      .set('Cookie', client.cookie)
      .send({ username: 'mallory', displayName: 'M', email: 'm@example.org', password: 'correct horse battery' });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('csrf_failed');
    const forged = await request(server.url)
      .post('/api/auth/signout')
      .set('Cookie', client.cookie)
      .set('x-csrf-token', 'forged-token-value');
    expect(forged.status).toBe(403);
  });

  it('signs out: the session no longer has a user', async () => {
    const client = new TestClient(server);
    await client.signUp();
    const res = await client.send('post', '/api/auth/signout');
    expect(res.status).toBe(200);
    expect((await client.session()).user).toBeNull();
  });

  it('throttles repeated failed sign-ins for one account with 429', async () => {
    await new TestClient(server).signUp('hazel');
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await new TestClient(server).send('post', '/api/auth/signin', { login: 'hazel', password: `guess-${i}-wrong` });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    const blocked = await new TestClient(server).send('post', '/api/auth/signin', { login: 'hazel', password: 'correct horse battery' });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('rate_limited');
  });

  it('creates the first admin once with the setup token; the token then stops working', async () => {
    const token = await issueSetupToken(server.db);
    expect(token).toBeTruthy();
    const bad = await new TestClient(server).send('post', '/api/setup', {
      token: 'x'.repeat(32),
      username: 'intruder',
      displayName: 'I',
      email: 'i@example.org',
      password: 'correct horse battery',
    });
    expect(bad.status).toBe(404);
    const client = new TestClient(server);
    const ok = await client.send('post', '/api/setup', {
      token,
      username: 'founder',
      displayName: 'Founder',
      email: 'founder@example.org',
      password: 'correct horse battery',
    });
    expect(ok.status).toBe(201);
    expect(ok.body.user.role).toBe('admin');
    expect(ok.body.setupRequired).toBe(false);
    const reuse = await new TestClient(server).send('post', '/api/setup', {
      token,
      username: 'second',
      displayName: 'S',
      email: 's@example.org',
      password: 'correct horse battery',
    });
    expect(reuse.status).toBe(404);
    expect(await issueSetupToken(server.db)).toBeNull();
  });
});

describe('errors and operations', () => {
  it('answers unknown API routes with a JSON 404', async () => {
    const res = await request(server.url).get('/api/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });

  it('answers malformed JSON with 400 and oversized bodies with 413', async () => {
    const client = new TestClient(server);
    await client.session();
    const malformed = await request(server.url)
      .post('/api/auth/signin')
      .set('Cookie', client.cookie)
      .set('x-csrf-token', client.csrf)
      .set('content-type', 'application/json')
      .send('{"login": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('bad_request');
    const huge = await client.send('post', '/api/auth/signin', { login: 'a', password: 'b'.repeat(200_000) });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('payload_too_large');
  });

  it('reports liveness and readiness', async () => {
    expect((await request(server.url).get('/healthz')).body).toEqual({ status: 'ok' });
    expect((await request(server.url).get('/readyz')).body).toEqual({ status: 'ready' });
  });
});

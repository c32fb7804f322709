import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join, makeGroup, makeThread, makeUser, startTestServer, type TestServer } from '../support/harness.js';

const CLIENT_DIR = fileURLToPath(new URL('../../dist/client/', import.meta.url));
const PASSWORD = 'correct horse battery';
const PHONE = '555-0142';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ clientDir: CLIENT_DIR });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signedIn(username: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  await page.goto('/signin');
  await page.getByLabel('Username or e-mail').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  return { context, page };
}

describe('in the browser', () => {
  it('holds a reply with a phone number, a moderator approves it, and it appears live', async () => {
    const admin = await makeUser(server, 'admin');
    const group = await makeGroup(server, admin.client);
    const author = await makeUser(server);
    const reader = await makeUser(server);
    const mod = await makeUser(server, 'moderator');
    await join(author.client, group.slug);
    await join(reader.client, group.slug);
    const { thread } = await makeThread(author.client, group.slug);

    const a = await signedIn(author.user.username);
    const r = await signedIn(reader.user.username);
    const m = await signedIn(mod.user.username);

    await r.page.goto(`/t/${thread.id}`);
    await r.page.getByRole('heading', { name: thread.title }).waitFor();
    await a.page.goto(`/t/${thread.id}`);
    const reply = a.page.getByLabel('Your reply');

    // The composer flags the number as it is typed, and one click removes it.
    await reply.fill(`Call me on ${PHONE} any evening.`);
    await a.page.locator('mark', { hasText: PHONE }).first().waitFor();
    await a.page.getByRole('button', { name: /^Remove/ }).first().click();
    await expect.poll(() => reply.inputValue()).toContain('[phone number removed]');
    expect(await reply.inputValue()).not.toContain(PHONE);

    // Submitted anyway, it is held: the author sees "Awaiting review".
    await reply.fill(`Call me on ${PHONE} any evening.`);
    await a.page.getByRole('button', { name: 'Post reply' }).click();
    const mine = a.page.getByRole('article').filter({ hasText: PHONE });
    await mine.getByText(/Awaiting review/i).waitFor();

    // The moderator sees it in the queue with the number highlighted, and approves it.
    await m.page.goto('/moderation');
    const item = m.page.locator('li, article, section').filter({ hasText: thread.title }).filter({ has: m.page.getByRole('button', { name: 'Approve' }) }).last();
    await item.locator('mark', { hasText: PHONE }).first().waitFor();
    await item.getByRole('button', { name: 'Approve' }).click();

    // The reader, who never reloaded, now sees it; the author's copy is no longer awaiting review.
    await r.page.getByRole('article').filter({ hasText: PHONE }).waitFor();
    await expect.poll(() => mine.getByText(/Awaiting review/i).count()).toBe(0);

    // A clean reply from one context appears live in the other.
    await r.page.getByLabel('Your reply').fill('Thank you, that is really kind.');
    await r.page.getByRole('button', { name: 'Post reply' }).click();
    await a.page.getByRole('article').filter({ hasText: 'that is really kind' }).waitFor();

    for (const c of [a, r, m]) await c.context.close();
  });
});

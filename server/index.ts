import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { createApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import type { AppDeps } from './deps.js';
import { seedDemo } from './demo/seed.js';
import { createLogger, type Logger } from './lib/logger.js';
import { issueSetupToken } from './modules/auth/auth.service.js';
import { EventHub } from './realtime/hub.js';
import { createRealtime } from './realtime/realtime.js';

const SHUTDOWN_GRACE_MS = 10_000;
const SESSION_PRUNE_MS = 60 * 60 * 1000;

/** The embedded database keeps its session secret beside its data, so restarts keep people signed in. */
async function resolveSessionSecret(config: Config, logger: Logger, embeddedDir: string | null): Promise<string> {
  if (config.sessionSecret) return config.sessionSecret;
  if (embeddedDir) {
    const file = path.join(embeddedDir, 'session-secret');
    const existing = await readFile(file, 'utf8').catch(() => null);
    if (existing && existing.trim().length >= 32) return existing.trim();
    const secret = randomBytes(32).toString('base64url');
    await writeFile(file, secret, { mode: 0o600 });
    return secret;
  }
  logger.warn('SESSION_SECRET is not set: sessions will not survive a restart');
  return randomBytes(32).toString('base64url');
}

async function main(): Promise<void> {
  const demo = process.argv.includes('--demo');
  const config = loadConfig();
  const logger = createLogger(config.logLevel);

  // Demo mode runs on a throwaway in-memory database, so it never touches ./data.
  const embeddedDir = config.databaseUrl ? null : demo ? null : path.resolve(config.dataDir);
  const handle = await openDatabase(
    config.databaseUrl
      ? { kind: 'postgres', url: config.databaseUrl, poolSize: config.databasePoolSize }
      : { kind: 'pglite', dataDir: embeddedDir },
  );
  const applied = await migrateToLatest(handle.db);
  logger.info({ engine: handle.engine, migrationsApplied: applied?.length ?? 0 }, 'database ready');

  const deps: AppDeps = {
    db: handle.db,
    config,
    logger,
    hub: new EventHub(),
    sessionSecret: await resolveSessionSecret(config, logger, embeddedDir),
  };
  const hearth = createApp(deps);
  const httpServer = createServer(hearth.app);
  const realtime = await createRealtime(httpServer, deps, hearth);

  if (demo) {
    const accounts = await seedDemo(deps);
    process.stderr.write(
      `\nDemo mode (in-memory data, gone when you stop it). Sign in at ${config.publicUrl}/signin as:\n` +
        accounts.map((a) => `  ${a.role.padEnd(10)} ${a.username.padEnd(10)} password: ${a.password}\n`).join('') +
        '\n',
    );
  }

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  logger.info({ url: config.publicUrl, host: config.host, port: config.port }, 'Hearth is listening');

  const setupToken = await issueSetupToken(deps.db);
  if (setupToken) {
    // Shown once on the operator's console, outside the structured log that may be shipped elsewhere.
    process.stderr.write(
      `\nThis Hearth has no administrator yet. Create one (link valid for 24 hours, once):\n  ${config.publicUrl}/setup?token=${setupToken}\n\n`,
    );
  }

  const prune = setInterval(() => {
    hearth.sessionStore.pruneExpired().catch((err: unknown) => logger.warn({ err: String(err) }, 'session prune failed'));
  }, SESSION_PRUNE_MS);
  prune.unref();

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    clearInterval(prune);
    // Stop accepting, let in-flight requests finish, then close sockets and the database.
    const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
    httpServer.closeIdleConnections();
    await realtime.close();
    await closed;
    await handle.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    console.error(err.message);
  } else {
    console.error('Hearth failed to start:', err instanceof Error ? err.message : err);
  }
  process.exit(1);
});

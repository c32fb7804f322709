import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import session from 'express-session';
import helmet from 'helmet';
import { sql } from 'kysely';
import { pinoHttp } from 'pino-http';
import { API_PREFIX } from '../shared/api.js';
import type { ApiErrorBody } from '../shared/errors.js';
import { LIMITS } from '../shared/limits.js';
import type { AppDeps } from './deps.js';
import { AppError } from './lib/errors.js';
import { adminRoutes } from './modules/admin/admin.routes.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { csrfProtection } from './modules/auth/auth.security.js';
import { createPassport } from './modules/auth/passport.js';
import { KyselySessionStore } from './modules/auth/session-store.js';
import { groupRoutes } from './modules/groups/group.routes.js';
import { moderationRoutes } from './modules/moderation/moderation.routes.js';
import { threadRoutes } from './modules/threads/thread.routes.js';

const SESSION_COOKIE = 'hearth.sid';
const SESSION_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
const CLIENT_DIR = fileURLToPath(new URL('../client/', import.meta.url));

export interface HearthApp {
  app: express.Express;
  /** Shared with Socket.IO so a socket is the same session as the page that opened it. */
  sessionMiddleware: RequestHandler;
  passportSession: RequestHandler;
  sessionStore: KyselySessionStore;
}

/** Builds the Express app without listening: server/index.ts and the tests both use it. */
export function createApp(deps: AppDeps, options: { clientDir?: string | null } = {}): HearthApp {
  const app = express();
  app.set('trust proxy', deps.config.trustProxy);
  app.disable('x-powered-by');

  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: (req, res) => {
        const id = randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      // Paths only: query strings can hold search terms, and headers hold cookies.
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
    }),
  );

  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          connectSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          styleSrc: ["'self'"],
          scriptSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: deps.config.publicUrl.startsWith('https:') ? [] : null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await sql`select 1`.execute(deps.db);
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ error: { code: 'service_unavailable', message: 'The database is not reachable.' } } satisfies ApiErrorBody);
    }
  });

  const sessionStore = new KyselySessionStore(deps.db);
  const sessionMiddleware = session({
    name: SESSION_COOKIE,
    secret: deps.sessionSecret,
    store: sessionStore,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: { httpOnly: true, sameSite: 'lax', secure: 'auto', maxAge: SESSION_MAX_AGE_MS },
  });
  const passport = createPassport(deps.db);
  const passportSession = passport.session();

  const api = express.Router();
  api.use(express.json({ limit: LIMITS.requestBodyBytes }));
  api.use(sessionMiddleware, passportSession);
  api.use(csrfProtection);
  api.use(authRoutes(deps, passport));
  api.use(groupRoutes(deps));
  api.use(threadRoutes(deps));
  api.use(moderationRoutes(deps));
  api.use(adminRoutes(deps));
  api.use(() => {
    throw new AppError('not_found', 'There is no such API route.');
  });
  app.use(API_PREFIX, api);

  const clientDir = options.clientDir === undefined ? CLIENT_DIR : options.clientDir;
  if (clientDir && existsSync(clientDir)) {
    app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
    // Client-side routes: every other GET gets the app shell.
    app.get(/^(?!\/(api|socket\.io)\/).*/, (_req, res) => {
      res.sendFile('index.html', { root: clientDir, maxAge: 0 });
    });
  }

  app.use(errorHandler(deps));
  return { app, sessionMiddleware, passportSession, sessionStore };
}

function errorHandler(deps: AppDeps): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    const requestId = String(req.id ?? '');
    let error: AppError;
    if (err instanceof AppError) {
      error = err;
    } else if (isBodyParserError(err)) {
      error =
        err.type === 'entity.too.large'
          ? new AppError('payload_too_large', 'That request is too large.')
          : new AppError('bad_request', 'The request body is not valid JSON.');
    } else {
      // Logged with the request id; the client gets the id, never the stack or the SQL.
      deps.logger.error({ requestId, error: describeError(err) }, 'unhandled error');
      error = new AppError('internal_error', 'Something went wrong on our side. Please try again.');
    }
    const body: ApiErrorBody = {
      error: {
        code: error.code,
        message: error.message,
        ...(error.details === undefined ? {} : { details: error.details }),
        ...(error.code === 'internal_error' ? { requestId } : {}),
      },
    };
    res.status(error.status).json(body);
  };
}

function isBodyParserError(err: unknown): err is { type: string; status: number } {
  return typeof err === 'object' && err !== null && 'type' in err && typeof err.type === 'string' && 'status' in err;
}

/**
 * What to log of an unexpected error. Database errors' messages and details quote the values
 * involved (an e-mail address in a unique violation, say), so only codes and frames are kept.
 */
function describeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err };
  const frames = (err.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at ')).slice(0, 15);
  const { code, constraint, table, routine } = err as Error & Record<string, unknown>;
  const fromDatabase = typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
  return {
    name: err.name,
    ...(fromDatabase ? { code, constraint, table, routine } : { message: err.message }),
    frames,
  };
}

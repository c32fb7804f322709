import { z } from 'zod';

const booleanish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const postgresUrl = z
  .string()
  .url()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must be a postgres:// URL');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters').optional(),
  PUBLIC_URL: z.string().url().optional(),
  ALLOWED_ORIGINS: z.string().optional(),
  TRUST_PROXY: z.union([booleanish, z.coerce.number().int().min(0).max(10)]).default(false),
  REDIS_URL: z
    .string()
    .url()
    .refine((v) => /^rediss?:\/\//.test(v), 'must be a redis:// URL')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SIGNIN_MAX_PER_IP: z.coerce.number().int().min(1).default(20),
  SIGNIN_MAX_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  SIGNIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  databasePoolSize: number;
  sessionSecret: string | null;
  publicUrl: string;
  /** Origins besides the site's own that may open a socket (a dev server on another port, say). */
  allowedOrigins: string[];
  trustProxy: boolean | number;
  redisUrl: string | null;
  logLevel: string;
  signIn: { maxPerIp: number; maxPerAccount: number; windowMs: number };
}

export class ConfigError extends Error {}

/** The only reader of process.env. Fails with every problem listed, never with a value echoed. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && e.DATABASE_URL && !e.SESSION_SECRET) {
    throw new ConfigError('Invalid configuration: SESSION_SECRET is required in production with DATABASE_URL');
  }
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL ?? null,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    sessionSecret: e.SESSION_SECRET ?? null,
    publicUrl,
    allowedOrigins: [new URL(publicUrl).origin, ...(e.ALLOWED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean)],
    trustProxy: e.TRUST_PROXY,
    redisUrl: e.REDIS_URL ?? null,
    logLevel: e.LOG_LEVEL,
    signIn: {
      maxPerIp: e.SIGNIN_MAX_PER_IP,
      maxPerAccount: e.SIGNIN_MAX_PER_ACCOUNT,
      windowMs: e.SIGNIN_WINDOW_MINUTES * 60_000,
    },
  };
}

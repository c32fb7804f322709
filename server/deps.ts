import type { Config } from './config.js';
import type { DB } from './db/database.js';
import type { Logger } from './lib/logger.js';
import type { EventHub } from './realtime/hub.js';

/** Everything the app needs, built once by server/index.ts (or a test) and passed down. */
export interface AppDeps {
  db: DB;
  config: Config;
  logger: Logger;
  hub: EventHub;
  sessionSecret: string;
}

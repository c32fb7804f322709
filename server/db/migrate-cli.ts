import { loadConfig } from '../config.js';
import { openDatabase } from './database.js';
import { migrateToLatest } from './migrate.js';

const config = loadConfig();
const handle = await openDatabase(
  config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dataDir: config.dataDir },
);
try {
  const results = (await migrateToLatest(handle.db)) ?? [];
  for (const r of results) console.warn(`${r.status}: ${r.migrationName}`);
  console.warn(results.length ? `Applied ${results.length} migration(s).` : 'Database is up to date.');
} finally {
  await handle.close();
}

import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Migrator, type Kysely, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';

/** migrations/ sits at the repository root in source and under dist/ when built. */
const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

/** Loads `migrations/*.ts` from source (tsx, tests) or `*.js` once built, whichever is there. */
class DirectoryMigrationProvider implements MigrationProvider {
  constructor(private readonly dir: string) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await readdir(this.dir)).filter((f) => /^\d{14}_[a-z0-9_]+\.(ts|js)$/.test(f) && !f.endsWith('.d.ts'));
    const migrations: Record<string, Migration> = {};
    for (const file of files.sort()) {
      const name = file.replace(/\.(ts|js)$/, '');
      const mod = (await import(pathToFileURL(path.join(this.dir, file)).href)) as Migration;
      migrations[name] = mod;
    }
    return migrations;
  }
}

function createMigrator<T>(db: Kysely<T>): Migrator {
  return new Migrator({ db, provider: new DirectoryMigrationProvider(MIGRATIONS_DIR) });
}

export async function migrateToLatest<T>(db: Kysely<T>): Promise<MigrationResultSet['results']> {
  const { error, results } = await createMigrator(db).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return results;
}

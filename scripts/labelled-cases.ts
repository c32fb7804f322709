// Reading the labelled cases: the eval, the model trainer and the benchmark all read the same files.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { SCREEN_LABELS } from '../shared/screening/index.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export const CaseSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  labels: z.array(z.enum(SCREEN_LABELS)),
});
export type LabelledCase = z.infer<typeof CaseSchema>;

/** A file that cannot be read, or a line that is not a valid row; the message names the file and line. */
export class InputError extends Error {}

export function readJsonLines<T>(file: string, schema: z.ZodType<T>): T[] {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const rows: T[] = [];
  raw.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new InputError(`${file}:${index + 1}: not valid JSON`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new InputError(`${file}:${index + 1}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    }
    rows.push(parsed.data);
  });
  return rows;
}

/**
 * The project's labelled sets, relative to the repository: its own cases, then the blind sets A, B, ...
 * in order. A new blind set in test/fixtures joins the training and the benchmark by being there.
 */
export function projectCaseFiles(): string[] {
  const blind = readdirSync(join(ROOT, 'test/fixtures'))
    .filter((f) => /^screening-blind-[a-z]+\.jsonl$/.test(f))
    .sort();
  return ['screening-cases.jsonl', ...blind].map((f) => `test/fixtures/${f}`);
}

// Measures the post screen against labelled cases (../shared/MODERATION-POLICY.md section 4).
//   npm run screening:eval -- FILE.jsonl [--json] [--ids odd|even] [--presidio FILE.jsonl]
// A measurement, not a gate: exits 0 whatever the numbers, non-zero only for bad input or usage.
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { SCREEN_LABELS, screen, type ScreenLabel } from '../shared/screening/index.js';
import { CaseSchema, InputError, readJsonLines, type LabelledCase } from './labelled-cases.js';

const PresidioSchema = z.object({
  entity: z.string(),
  text: z.string(),
  expected_count: z.number().int().nonnegative(),
  variant: z.object({ leniency: z.number() }).partial().optional(),
});

class UsageError extends Error {}

interface Metrics {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f2: number;
  falsePositives: string[];
  falseNegatives: string[];
}

function metrics(cases: readonly LabelledCase[], predicted: ReadonlyMap<string, readonly ScreenLabel[]>, has: (labels: readonly ScreenLabel[]) => boolean): Metrics {
  const m: Metrics = { tp: 0, fp: 0, fn: 0, tn: 0, precision: 0, recall: 0, f2: 0, falsePositives: [], falseNegatives: [] };
  for (const c of cases) {
    const expected = has(c.labels);
    const got = has(predicted.get(c.id) ?? []);
    if (expected && got) m.tp++;
    else if (!expected && got) {
      m.fp++;
      m.falsePositives.push(c.id);
    } else if (expected && !got) {
      m.fn++;
      m.falseNegatives.push(c.id);
    } else m.tn++;
  }
  m.precision = m.tp + m.fp === 0 ? 1 : m.tp / (m.tp + m.fp);
  m.recall = m.tp + m.fn === 0 ? 1 : m.tp / (m.tp + m.fn);
  const beta2 = 4;
  const denominator = beta2 * m.precision + m.recall;
  m.f2 = denominator === 0 ? 0 : ((1 + beta2) * m.precision * m.recall) / denominator;
  return m;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

function evaluate(cases: readonly LabelledCase[]) {
  const predicted = new Map<string, ScreenLabel[]>();
  const started = performance.now();
  for (const c of cases) predicted.set(c.id, screen(c.text).labels);
  const elapsedMs = performance.now() - started;

  const perLabel = Object.fromEntries(
    SCREEN_LABELS.map((label) => [label, metrics(cases, predicted, (labels) => labels.includes(label))]),
  ) as Record<ScreenLabel, Metrics>;
  const hold = metrics(cases, predicted, (labels) => labels.length > 0);
  const clean = cases.filter((c) => c.labels.length === 0);
  const cleanHeld = clean.filter((c) => (predicted.get(c.id) ?? []).length > 0).length;
  return {
    cases: cases.length,
    labels: perLabel,
    hold: { ...hold, cleanPosts: clean.length, cleanHeld, cleanHeldRate: clean.length === 0 ? 0 : cleanHeld / clean.length },
    postsPerSecond: elapsedMs === 0 ? 0 : Math.round((cases.length / elapsedMs) * 1000),
    predictions: cases.map((c) => ({ id: c.id, predicted: predicted.get(c.id) ?? [] })),
  };
}

// Presidio entity types the product cares about. Everything else in that file is skipped.
const PRESIDIO_ENTITIES = new Set([
  'PHONE_NUMBER', 'EMAIL_ADDRESS', 'US_SSN', 'CREDIT_CARD', 'IBAN_CODE', 'IP_ADDRESS', 'UK_NHS', 'US_NPI', 'US_MBI',
  'MEDICAL_LICENSE', 'US_DRIVER_LICENSE', 'US_PASSPORT', 'URL', 'US_ITIN', 'US_BANK_NUMBER', 'UK_NINO', 'IN_AADHAAR',
  'IN_PAN', 'IN_PASSPORT', 'AU_MEDICARE', 'AU_TFN', 'ES_NIF', 'ES_NIE', 'DE_TAX_ID', 'DE_PASSPORT', 'FR_NIR', 'CA_SIN',
]);

function presidioAgreement(file: string) {
  const rows = readJsonLines(file, PresidioSchema).filter((r) => PRESIDIO_ENTITIES.has(r.entity));
  const byEntity = new Map<string, { positives: number; detected: number; negatives: number; flagged: number }>();
  for (const row of rows) {
    const entry = byEntity.get(row.entity) ?? { positives: 0, detected: 0, negatives: 0, flagged: 0 };
    const phi = screen(row.text).findings.some((f) => f.label === 'phi');
    if (row.expected_count > 0) {
      entry.positives++;
      if (phi) entry.detected++;
    } else {
      entry.negatives++;
      if (phi) entry.flagged++;
    }
    byEntity.set(row.entity, entry);
  }
  return [...byEntity.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([entity, e]) => ({
      entity,
      positives: e.positives,
      positivesDetected: e.detected,
      detectionRate: e.positives === 0 ? null : round(e.detected / e.positives),
      negatives: e.negatives,
      negativesFlagged: e.flagged,
      agreement: round((e.detected + (e.negatives - e.flagged)) / Math.max(1, e.positives + e.negatives)),
    }));
}

function parseArgs(argv: readonly string[]) {
  let file: string | undefined;
  let json = false;
  let presidio: string | undefined;
  let ids: 'odd' | 'even' | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') json = true;
    else if (arg === '--presidio') presidio = argv[++i];
    else if (arg === '--ids') {
      const value = argv[++i];
      if (value !== 'odd' && value !== 'even') throw new UsageError('--ids takes odd or even');
      ids = value;
    } else if (arg?.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else throw new UsageError(`unexpected argument ${arg}`);
  }
  if (file === undefined && presidio === undefined) {
    throw new UsageError('usage: screening-eval FILE.jsonl [--json] [--ids odd|even] [--presidio FILE.jsonl]');
  }
  if (argv.includes('--presidio') && presidio === undefined) throw new UsageError('--presidio needs a file');
  return { file, json, presidio, ids };
}

function idNumber(id: string): number | undefined {
  const m = /(\d+)\s*$/.exec(id);
  return m ? Number(m[1]) : undefined;
}

function pct(n: number): string {
  return `${(n * 100).toFixed(1)}%`;
}

function printLine(name: string, m: Metrics): void {
  console.log(
    `${name.padEnd(18)} precision ${round(m.precision).toFixed(3)}  recall ${round(m.recall).toFixed(3)}  F2 ${round(m.f2).toFixed(3)}  TP ${m.tp} FP ${m.fp} FN ${m.fn} TN ${m.tn}`,
  );
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const output: Record<string, unknown> = {};
  if (args.file !== undefined) {
    let cases = readJsonLines(args.file, CaseSchema);
    if (args.ids !== undefined) {
      const parity = args.ids === 'odd' ? 1 : 0;
      cases = cases.filter((c) => (idNumber(c.id) ?? -1) % 2 === parity);
    }
    const result = evaluate(cases);
    if (args.json) {
      const { predictions, cases: caseCount, ...summary } = result;
      Object.assign(output, { file: args.file, caseCount, ...summary, cases: predictions });
    } else {
      console.log(`${args.file}: ${result.cases} cases${args.ids ? ` (${args.ids} ids)` : ''}`);
      for (const label of SCREEN_LABELS) printLine(label, result.labels[label]);
      printLine('hold (either)', result.hold);
      console.log(`clean posts held: ${result.hold.cleanHeld}/${result.hold.cleanPosts} (${pct(result.hold.cleanHeldRate)})`);
      for (const label of SCREEN_LABELS) {
        const m = result.labels[label];
        console.log(`${label} false positives: ${m.falsePositives.join(' ') || '-'}`);
        console.log(`${label} false negatives: ${m.falseNegatives.join(' ') || '-'}`);
      }
      console.log(`throughput: ${result.postsPerSecond} posts/s`);
    }
  }
  if (args.presidio !== undefined) {
    const agreement = presidioAgreement(args.presidio);
    if (args.json) output.presidio = agreement;
    else {
      console.log(`\npresidio agreement (${args.presidio}); information only, some positives are very weak matches:`);
      for (const a of agreement) {
        console.log(
          `${a.entity.padEnd(18)} detected ${a.positivesDetected}/${a.positives}${a.detectionRate === null ? '' : ` (${pct(a.detectionRate)})`}  negatives flagged ${a.negativesFlagged}/${a.negatives}  agreement ${pct(a.agreement)}`,
        );
      }
    }
  }
  if (args.json) console.log(JSON.stringify(output));
}

try {
  main();
} catch (error) {
  if (error instanceof UsageError || error instanceof InputError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}

// Throughput of the post screen on ~1 KB posts (synthetic ones, and the project's labelled cases joined
// into posts), and the worst time on 100 KB adversarial inputs.
//   npm run bench:screening
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { screen } from '../shared/screening/index.js';
import { adversarialInputs } from '../test/unit/screening/adversarial-inputs.js';
import { CaseSchema, ROOT, projectCaseFiles, readJsonLines } from './labelled-cases.js';

const SNIPPETS = [
  'Three months on apixaban now, no bleeding issues, bruises a bit more easily. ',
  'My BP this morning was 142/91 and 138/88 after a rest, logging it for the nurse. ',
  'Did anyone else get hiccups for days on dexamethasone? My nurse said it is a known thing. ',
  'Samaritans are on 116 123 any time of day or night, free from any phone. ',
  'Finished radiotherapy today! 20 fractions, skin a bit pink, very tired. Thank you all. ',
  'Text me on 07700 900 412 if you want to join the Thursday walk. ',
  'Email me at jess.morgan88@example.com and I will send the diet sheet. ',
  'My son (4) vomited ten minutes after his amoxicillin dose. Do I give it again or wait? ',
  'Mum is in room 1204 at Mercy General if anyone from church wants to visit. ',
  'HbA1c went from 64 to 48 mmol/mol in a year, really pleased with the new plan. ',
  'Thanks to Dr. Nguyen and the team at the Royal Free, I am cancer free. ',
  'What helped your nausea on FOLFOX? Ginger did nothing for me, neither did mints. ',
];

/** Deterministic pseudo-random posts of about 1 KB, mixing clean and identifier-bearing sentences. */
function buildPosts(count: number): string[] {
  let seed = 42;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  const posts: string[] = [];
  for (let i = 0; i < count; i++) {
    let post = '';
    while (post.length < 1000) post += SNIPPETS[next() % SNIPPETS.length];
    posts.push(post);
  }
  return posts;
}

/** Real-looking posts: the project's labelled cases (test/fixtures), joined in file order into posts of about 1 KB. */
function fixturePosts(): string[] {
  const posts: string[] = [];
  let post = '';
  for (const file of projectCaseFiles()) {
    for (const c of readJsonLines(join(ROOT, file), CaseSchema)) {
      post += (post === '' ? '' : '\n\n') + c.text;
      if (post.length >= 1000) {
        posts.push(post);
        post = '';
      }
    }
  }
  return posts;
}

/** Posts screened per second on one core, over about three seconds, after a warm-up. */
function throughput(posts: readonly string[]): { perSecond: number; avgChars: number } {
  for (let i = 0; i < 3; i++) for (const p of posts) screen(p);
  let screened = 0;
  const started = performance.now();
  while (performance.now() - started < 3000) {
    for (const p of posts) screen(p);
    screened += posts.length;
  }
  const seconds = (performance.now() - started) / 1000;
  return { perSecond: Math.round(screened / seconds), avgChars: Math.round(posts.reduce((n, p) => n + p.length, 0) / posts.length) };
}

function main(): void {
  const synthetic = throughput(buildPosts(2000));
  const fixtures = throughput(fixturePosts());

  let worstMs = 0;
  let worstName = '';
  for (const { name, text } of adversarialInputs()) {
    screen(text);
    const t0 = performance.now();
    screen(text);
    const ms = performance.now() - t0;
    console.log(`adversarial ${name.padEnd(28)} ${(text.length / 1024).toFixed(0)} KB  ${ms.toFixed(1)} ms`);
    if (ms > worstMs) {
      worstMs = ms;
      worstName = name;
    }
  }
  console.log(
    `screening: ${synthetic.perSecond} posts/s on one core (synthetic, avg ${synthetic.avgChars} chars/post); ` +
      `${fixtures.perSecond} posts/s on the labelled cases joined into posts (avg ${fixtures.avgChars} chars/post); ` +
      `worst 100 KB adversarial input ${worstMs.toFixed(1)} ms (${worstName})`,
  );
}

main();

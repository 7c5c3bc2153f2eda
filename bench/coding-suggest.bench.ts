/**
 * Machine coding suggestions without the database: train on N human-coded passages (speaker turns) and suggest for M
 * uncoded ones. Target (the issue): training on 5,000 coded passages and suggesting for 100,000 in at most 10 s.
 *
 *   npx tsx bench/coding-suggest.bench.ts [labelled=5000] [unlabelled=100000] [tail=30000]
 *
 * Passages are synthetic Danish interview talk (src/coding/suggest.test-fixtures.ts): a general word list, a long tail
 * of made-up rare words (`tail` distinct, log-uniform) for a realistic vocabulary, and for each of 20 codes (need and
 * strength × 10 competencies) a few competency words and usually a polarity cue; 50 passages per transcript.
 * Timed in the order a training job runs them, in one fresh process: trainModel with its 5-fold held-out evaluation,
 * then suggest for the M passages; then trainModel without evaluation (its stem cache is warm by then, said below).
 * Peak memory is the kernel's high-water mark for the process (`process.resourceUsage().maxRSS`).
 */
import { SYNTHETIC_CODES, syntheticPassages } from '../src/coding/suggest.test-fixtures';
import { suggest, trainModel } from '../src/coding/suggest-train';

const labelled = Number(process.argv[2] ?? 5_000);
const unlabelled = Number(process.argv[3] ?? 100_000);
const tail = Number(process.argv[4] ?? 30_000);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const training = syntheticPassages(labelled, { seed: 'bench-train', tail });
const fresh = syntheticPassages(unlabelled, { seed: 'bench-suggest', tail }).map((p, i) => ({
  key: String(i),
  text: p.text,
  codeIds: p.codeIds,
}));
const codes = SYNTHETIC_CODES.map(({ id, polarity, keywords }) => ({ id, polarity, keywords }));
console.log(
  `${labelled} coded passages in ${new Set(training.map((p) => p.transcriptId)).size} transcripts, ` +
    `${unlabelled} to suggest for, ${codes.length} codes; rss after generating ${mb(process.memoryUsage().rss)}`,
);

let t0 = performance.now();
const stages: string[] = [];
let last = t0;
const { model, evaluation } = await trainModel(training, codes, (percent, stage) => {
  const now = performance.now();
  stages.push(`${stage} ${percent}% +${(now - last).toFixed(0)} ms`);
  last = now;
});
const trainMs = performance.now() - t0;

t0 = performance.now();
const suggestions = suggest(model, fresh);
const suggestMs = performance.now() - t0;

t0 = performance.now();
const quick = await trainModel(training, codes, undefined, { evaluate: false });
const fitMs = performance.now() - t0;
if (JSON.stringify(quick.model) !== JSON.stringify(model)) throw new Error('the model differs without evaluation');

const kappas = evaluation!.perCode.map((e) => e.kappa ?? Number.NaN);
const mean = kappas.reduce((a, b) => a + b, 0) / kappas.length;
let hits = 0;
let coded = 0;
const suggested = new Map<string, Set<string>>();
for (const s of suggestions) suggested.set(s.key, (suggested.get(s.key) ?? new Set()).add(s.codeId));
for (const p of fresh) {
  for (const codeId of p.codeIds) {
    coded++;
    if (suggested.get(p.key)?.has(codeId)) hits++;
  }
}
const json = JSON.stringify(model);
console.log(`progress: ${stages.join(' | ')}`);
console.log(`train with held-out evaluation (5 folds by transcript): ${seconds(trainMs)}`);
console.log(`train without evaluation (stem cache warm):            ${seconds(fitMs)}`);
console.log(`suggest for ${unlabelled} passages:                     ${seconds(suggestMs)}`);
console.log(
  `held-out kappa per code: mean ${mean.toFixed(3)}, min ${Math.min(...kappas).toFixed(3)}, max ${Math.max(...kappas).toFixed(3)}`,
);
console.log(
  `suggestions: ${suggestions.length} (${(suggestions.length / unlabelled).toFixed(2)} per passage); ` +
    `recall of the generator's codes ${((100 * hits) / coded).toFixed(1)}%, ` +
    `precision ${((100 * hits) / suggestions.length).toFixed(1)}%`,
);
console.log(
  `model: ${model.vocabulary.length} stems, ${model.classifiers.length} classifiers, ` +
    `${model.classifiers.reduce((n, c) => n + c.weights.length, 0)} weights, JSON ${(json.length / 1024).toFixed(0)} KB`,
);
console.log(`peak rss ${mb(process.resourceUsage().maxRSS * 1024)}`);
const total = trainMs + suggestMs;
console.log(`train + suggest: ${seconds(total)} — target at most 10 s: ${total <= 10_000 ? 'PASS' : 'FAIL'}`);

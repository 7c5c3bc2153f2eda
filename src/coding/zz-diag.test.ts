import { it } from 'vitest';
import { SYNTHETIC_CODES, syntheticPassages } from './suggest.test-fixtures.js';
import { trainModel } from './suggest-train.js';

it('diag', async () => {
  for (const [name, codes] of [
    ['four', SYNTHETIC_CODES.filter((c) => c.id.endsWith('-økonomi') || c.id.endsWith('-politik'))],
    ['all', SYNTHETIC_CODES],
  ] as const) {
    const passages = syntheticPassages(name === 'all' ? 5000 : 1000, { seed: 'train', codes, perTranscript: 40 });
    for (const cfg of [{}, { l2: 1e-3 }]) {
      const t0 = performance.now();
      const { evaluation, model } = await trainModel(passages, codes, undefined, { classifier: cfg });
      const ks = evaluation!.perCode.map((e) => e.kappa!);
      console.log(
        name,
        process.env.CONJ,
        JSON.stringify(cfg),
        'ms',
        Math.round(performance.now() - t0),
        'mean kappa',
        (ks.reduce((a, b) => a + b) / ks.length).toFixed(3),
        'min',
        Math.min(...ks).toFixed(3),
        'json',
        JSON.stringify(model).length,
        'vocab',
        model.vocabulary.length,
      );
    }
  }
}, 600000);

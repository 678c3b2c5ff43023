// Greedy decoding speed of transformers.js (onnxruntime-node) on the tiny models, measured the same way as
// io.newsdigest.nlp.bench.GreedySpeed measures the Java engine, so the two can be run back to back: every
// greedy reference input decoded one at a time (batch 1, one intra-op thread), a warm-up of whole rounds, then
// timed rounds; a round decodes every input once. Prints one Markdown row per model with medians over rounds.
// The outputs are checked against reference.json first, so both programs do the same work.
// Usage: node greedy-speed.mjs [timed rounds, default 200] [warm-up rounds, default 50]
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { env, AutoModelForSeq2SeqLM, Tensor } from '@huggingface/transformers';

env.allowRemoteModels = false;
env.logLevel = 40;

const rounds = Number(process.argv[2] ?? 200);
const warmup = Number(process.argv[3] ?? 50);
const here = dirname(fileURLToPath(import.meta.url));
const folders = ['tiny-marian-de-en', 'tiny-bart-summarizer'].map((name) => resolve(here, '..', name));

const tensor = (row) => new Tensor('int64', BigInt64Array.from(row.map(BigInt)), [1, row.length]);

// the reference's greedy settings, passed explicitly as in greedy-ids.mjs
function kwargs(settings) {
  const keys = ['max_length', 'min_length', 'no_repeat_ngram_size', 'repetition_penalty', 'bad_words_ids',
    'forced_bos_token_id', 'forced_eos_token_id', 'decoder_start_token_id', 'eos_token_id', 'pad_token_id'];
  const out = { num_beams: 1, do_sample: false };
  for (const k of keys) if (settings[k] !== null && settings[k] !== undefined) out[k] = settings[k];
  return out;
}

// generate() returns [start, t1, ..., eos]; count and compare what follows the start token
async function decode(model, ids, settings) {
  const out = await model.generate({ input_ids: tensor(ids), attention_mask: tensor(ids.map(() => 1)), ...kwargs(settings) });
  return out.tolist()[0].slice(1).map(Number);
}

async function round(model, cases, settings) {
  for (const c of cases) await decode(model, c.input_ids, settings);
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};

console.log('| model | runtime, layout | inputs | tokens/round | ms per sentence | µs per token | tokens/s | CPU µs per token |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|');
for (const folder of folders) {
  const ref = JSON.parse(readFileSync(resolve(folder, 'reference.json'), 'utf8'));
  const options = {
    dtype: 'fp32', device: 'cpu',
    session_options: { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential' },
  };
  const model = await AutoModelForSeq2SeqLM.from_pretrained(folder, options);
  const { cases, settings } = ref.greedy;
  let tokens = 0;
  for (const c of cases) {
    const ids = await decode(model, c.input_ids, settings);
    if (JSON.stringify(ids) !== JSON.stringify(c.output_ids)) {
      throw new Error(`${ref.model} "${c.source}": ${ids} differs from reference ${c.output_ids}`);
    }
    tokens += ids.length;
  }
  for (let r = 0; r < warmup; r++) await round(model, cases, settings);
  const wall = [];
  const cpu = [];
  for (let r = 0; r < rounds; r++) {
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    await round(model, cases, settings);
    wall.push(Number(process.hrtime.bigint() - start));
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) * 1000); // µs → ns, whole process (all threads)
  }
  const w = median(wall);
  const c = median(cpu);
  console.log(`| ${ref.model} | transformers.js 4.3.2, merged | ${cases.length} | ${tokens} | ${(w / cases.length / 1e6).toFixed(3)} `
    + `| ${(w / tokens / 1e3).toFixed(1)} | ${(tokens / (w / 1e9)).toFixed(0)} | ${(c / tokens / 1e3).toFixed(1)} |`);
  await model.dispose();
}

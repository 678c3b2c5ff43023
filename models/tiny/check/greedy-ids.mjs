// Independent greedy check of the tiny models: transformers.js (onnxruntime-node) decodes the reference
// inputs of each model's reference.json and we print its token ids next to the PyTorch reference ids.
// Usage: node greedy-ids.mjs [model folder ...]   (defaults to the tiny models beside this folder)
// Exit code 1 when any id sequence differs from reference.json.
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { env, AutoModelForSeq2SeqLM, AutoTokenizer, Tensor } from '@huggingface/transformers';

env.allowRemoteModels = false;
env.logLevel = 40;

const here = dirname(fileURLToPath(import.meta.url));
const folders = process.argv.length > 2
  ? process.argv.slice(2).map((p) => resolve(p))
  : ['tiny-marian-de-en', 'tiny-bart-summarizer'].map((name) => resolve(here, '..', name));

function tensor(rows) {
  const width = rows[0].length;
  return new Tensor('int64', BigInt64Array.from(rows.flat().map(BigInt)), [rows.length, width]);
}

// generate() returns [start, t1, ..., eos, (pad or more tokens for rows that finished early)]
function cut(row, eos) {
  const ids = row.slice(1).map(Number);
  const end = ids.indexOf(eos);
  return end < 0 ? ids : ids.slice(0, end + 1);
}

// every generation setting of the reference is passed explicitly, so nothing depends on defaults
function kwargs(settings) {
  const keys = ['max_length', 'min_length', 'no_repeat_ngram_size', 'repetition_penalty', 'bad_words_ids',
    'forced_bos_token_id', 'forced_eos_token_id', 'decoder_start_token_id', 'eos_token_id', 'pad_token_id'];
  const out = { num_beams: 1, do_sample: false };
  for (const k of keys) if (settings[k] !== null && settings[k] !== undefined) out[k] = settings[k];
  return out;
}

async function decode(model, rows, mask, settings) {
  const out = await model.generate({ input_ids: tensor(rows), attention_mask: tensor(mask), ...kwargs(settings) });
  return out.tolist().map((row) => cut(row, settings.eos_token_id));
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

async function check(folder) {
  const ref = JSON.parse(readFileSync(resolve(folder, 'reference.json'), 'utf8'));
  const options = { dtype: 'fp32', device: 'cpu', session_options: { intraOpNumThreads: 1 } };
  const model = await AutoModelForSeq2SeqLM.from_pretrained(folder, options);
  const tokenizer = await AutoTokenizer.from_pretrained(folder);
  const result = { greedy: {}, batch: [], processors: {}, tokenizer: {}, matches: {} };
  let equal = 0;
  for (const c of ref.greedy.cases) {
    const [ids] = await decode(model, [c.input_ids], [c.input_ids.map(() => 1)], ref.greedy.settings);
    result.greedy[c.source] = ids;
    if (same(ids, c.output_ids)) equal += 1;
  }
  result.matches.greedy = `${equal}/${ref.greedy.cases.length}`;
  const b = ref.greedy_batch;
  result.batch = await decode(model, b.input_ids, b.attention_mask, b.settings);
  result.matches.greedy_batch = `${result.batch.filter((ids, i) => same(ids, b.output_ids[i])).length}/${b.output_ids.length}`;
  const greedyProcessors = ref.processor_cases.filter((c) => c.mode === 'greedy');
  let procEqual = 0;
  for (const c of greedyProcessors) {
    const [ids] = await decode(model, [c.input_ids], [c.input_ids.map(() => 1)], c.settings);
    result.processors[c.name] = ids;
    if (same(ids, c.output_ids)) procEqual += 1;
    else result.processors[c.name + ' (reference)'] = c.output_ids;
  }
  result.matches.greedy_processor_cases = `${procEqual}/${greedyProcessors.length}`;
  let tokEqual = 0;
  for (const t of ref.tokenizer) {
    const ids = tokenizer.encode(t.text);
    result.tokenizer[JSON.stringify(t.text)] = ids;
    if (same(ids, t.ids)) tokEqual += 1;
  }
  result.matches.tokenizer = `${tokEqual}/${ref.tokenizer.length}`;
  await model.dispose();
  const allEqual = equal === ref.greedy.cases.length && procEqual === greedyProcessors.length
    && result.matches.greedy_batch === `${b.output_ids.length}/${b.output_ids.length}`;
  return [ref.model, result, allEqual];
}

const report = { library: '@huggingface/transformers', models: {} };
let ok = true;
for (const folder of folders) {
  const [id, result, allEqual] = await check(folder);
  report.models[id] = result;
  ok = ok && allEqual;
}
report.ids_equal_reference = ok;
// one line per id list keeps the report readable
console.log(JSON.stringify(report, null, 1).replace(/\[\s+([-\d,\s]+?)\s+\]/g, (_, ids) => `[${ids.replace(/\s+/g, '')}]`));
process.exit(ok ? 0 : 1);

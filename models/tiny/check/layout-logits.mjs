// Raw onnxruntime-node check of both ONNX layouts of a tiny model (transformers.js only uses the merged one).
// For every greedy case of reference.json the decoder is fed the reference output ids (teacher forcing),
// once through encoder + decoder_model + decoder_with_past_model and once through onnx/decoder_model_merged;
// the per-step maximum logit is compared with reference.json's step_max_logit.
// Usage: node layout-logits.mjs [model folder ...]; exit code 1 when a difference exceeds 1e-3.
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import ort from 'onnxruntime-node';

const here = dirname(fileURLToPath(import.meta.url));
const folders = process.argv.length > 2
  ? process.argv.slice(2).map((p) => resolve(p))
  : ['tiny-marian-de-en', 'tiny-bart-summarizer'].map((name) => resolve(here, '..', name));
const options = { intraOpNumThreads: 1, interOpNumThreads: 1 };
const i64 = (rows) => new ort.Tensor('int64', BigInt64Array.from(rows.flat().map(BigInt)), [rows.length, rows[0].length]);

function lastRowMax(logits) {
  const [, t, v] = logits.dims;
  let best = -Infinity;
  for (let j = (t - 1) * v; j < t * v; j += 1) best = Math.max(best, logits.data[j]);
  return best;
}

function pasts(outputs, encoderPresents) {
  const feed = {};
  for (const [name, value] of Object.entries(outputs)) {
    if (name.startsWith('present.') && name.includes('.decoder.')) feed[name.replace('present', 'past_key_values')] = value;
  }
  for (const [name, value] of Object.entries(encoderPresents)) feed[name.replace('present', 'past_key_values')] = value;
  return feed;
}

async function run(folder) {
  const ref = JSON.parse(readFileSync(resolve(folder, 'reference.json'), 'utf8'));
  const cfg = JSON.parse(readFileSync(resolve(folder, 'config.json'), 'utf8'));
  const open = (p) => ort.InferenceSession.create(resolve(folder, p), options);
  const [encoder, first, cached, merged] = await Promise.all([open('encoder_model.onnx'),
    open('decoder_model.onnx'), open('decoder_with_past_model.onnx'), open('onnx/decoder_model_merged.onnx')]);
  const heads = cfg.decoder_attention_heads;
  const headDim = cfg.d_model / heads;
  let worst = { split: 0, merged: 0 };
  for (const c of ref.greedy.cases) {
    const mask = i64([c.input_ids.map(() => 1)]);
    const { last_hidden_state: hidden } = await encoder.run({ input_ids: i64([c.input_ids]), attention_mask: mask });
    const tokens = [ref.greedy.settings.decoder_start_token_id, ...c.output_ids.slice(0, -1)];
    // split layout
    let out = await first.run({ input_ids: i64([[tokens[0]]]), encoder_hidden_states: hidden, encoder_attention_mask: mask });
    const encoderPresents = Object.fromEntries(Object.entries(out).filter(([n]) => n.includes('.encoder.')));
    const split = [lastRowMax(out.logits)];
    for (const token of tokens.slice(1)) {
      out = await cached.run({ input_ids: i64([[token]]), encoder_attention_mask: mask, ...pasts(out, encoderPresents) });
      split.push(lastRowMax(out.logits));
    }
    // merged layout, first step with empty pasts as transformers.js feeds them
    const empty = {};
    for (const name of merged.inputNames.filter((n) => n.startsWith('past_key_values.'))) {
      empty[name] = new ort.Tensor('float32', new Float32Array(0), [1, heads, 0, headDim]);
    }
    const flag = (b) => new ort.Tensor('bool', [b], [1]);
    let m = await merged.run({ input_ids: i64([[tokens[0]]]), encoder_hidden_states: hidden, encoder_attention_mask: mask,
      use_cache_branch: flag(false), ...empty });
    const mergedEncoder = Object.fromEntries(Object.entries(m).filter(([n]) => n.includes('.encoder.')));
    const viaMerged = [lastRowMax(m.logits)];
    for (const token of tokens.slice(1)) {
      m = await merged.run({ input_ids: i64([[token]]), encoder_hidden_states: hidden, encoder_attention_mask: mask,
        use_cache_branch: flag(true), ...pasts(m, mergedEncoder) });
      viaMerged.push(lastRowMax(m.logits));
    }
    c.step_max_logit.forEach((expected, i) => {
      worst.split = Math.max(worst.split, Math.abs(split[i] - expected));
      worst.merged = Math.max(worst.merged, Math.abs(viaMerged[i] - expected));
    });
  }
  return { cases: ref.greedy.cases.length, max_abs_diff_step_max_logit: worst };
}

const report = {};
let ok = true;
for (const folder of folders) {
  const r = await run(folder);
  report[folder.split('/').pop()] = r;
  ok = ok && r.max_abs_diff_step_max_logit.split < 1e-3 && r.max_abs_diff_step_max_logit.merged < 1e-3;
}
console.log(JSON.stringify({ onnxruntime_node: ort.env.versions?.common ?? 'unknown', ...report, within_1e_3: ok }, null, 1));
process.exit(ok ? 0 : 1);

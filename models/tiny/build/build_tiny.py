"""Builds one tiny NewsDigest test model folder end to end: tokenizer, training, ONNX export, references.

Usage (Debian packages only, see models/tiny/README.md):
    /usr/bin/python3 models/tiny/build/build_tiny.py marian models/tiny/tiny-marian-de-en
    /usr/bin/python3 models/tiny/build/build_tiny.py bart   models/tiny/tiny-bart-summarizer
"""
import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before torch: BLAS threads fight torch's on 2 cores
os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse
import json
import random
import shutil
import sys
import tempfile
import time

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import toy_tasks  # noqa: E402
import hf_files  # noqa: E402
import onnx_export  # noqa: E402
from generation import Settings, greedy, beam_search  # noqa: E402
from tiny_seq2seq import TinyConfig, TinySeq2Seq  # noqa: E402
from family import FAMILIES  # noqa: E402

torch.set_num_threads(1)


class Toy:
    """The family recipe bound to its trained tokenizer."""

    def __init__(self, family, sp, recipe):
        self.family, self.sp, self.recipe = family, sp, recipe
        self.vocab_size = recipe.vocab_size(sp)
        self.cfg = recipe.model_config(self.vocab_size)
        self.special_ids = set(recipe.specials(self.vocab_size).values())

    def source_ids(self, text):
        return self.recipe.wrap(self.sp.encode(text))

    def target_ids(self, text):
        return self.recipe.wrap_target(self.sp.encode(text))

    def text(self, ids):
        return self.sp.decode([i for i in ids if i not in self.special_ids])

    def settings(self, **overrides):
        values = dict(self.recipe.generation(self.vocab_size))
        values.update(overrides)
        return Settings(**{k: v for k, v in values.items() if k in Settings.__dataclass_fields__})


def padded(rows, pad):
    width = max(len(r) for r in rows)
    ids = torch.tensor([r + [pad] * (width - len(r)) for r in rows])
    mask = torch.tensor([[1] * len(r) + [0] * (width - len(r)) for r in rows])
    return ids, mask


def logits_fn(model, enc, enc_mask):
    """Raw last-position logits for decoder prefixes `rows`, recomputing the whole prefix (no cache)."""
    def next_logits(rows):
        n = len(rows)
        e = enc if enc.shape[0] == n else enc.expand(n, -1, -1)
        m = enc_mask if enc_mask.shape[0] == n else enc_mask.expand(n, -1)
        with torch.no_grad():
            return model.decode(torch.tensor(rows), e, m)[0][:, -1, :]
    return next_logits


def run_greedy(model, toy, sources, settings):
    ids, mask = padded([toy.source_ids(s) for s in sources], toy.cfg.pad_id)
    with torch.no_grad():
        enc = model.encode(ids, mask)
    return greedy(logits_fn(model, enc, mask), len(sources), settings)


def run_beam(model, toy, input_ids, settings, row=0):
    ids, mask = padded(input_ids, toy.cfg.pad_id)
    with torch.no_grad():
        enc = model.encode(ids, mask)
    return beam_search(logits_fn(model, enc[row:row + 1], mask[row:row + 1]), settings)


def exact(model, toy, pairs, settings):
    hits = 0
    for start in range(0, len(pairs), 50):
        chunk = pairs[start:start + 50]
        outs = run_greedy(model, toy, [s for s, _ in chunk], settings)
        hits += sum(toy.text(o[0]) == t for (_, t), o in zip(chunk, outs))
    return hits


def train(model, toy, exclude, steps, seed, log, polish=False, repeat_prob=0.0):
    """Adam with warm-up and linear decay; polish=True continues a trained model at a small constant rate
    (used when a few rare held-out inputs are still wrong after the main run)."""
    make = toy_tasks.polish_inputs(toy.family, repeat_prob) if polish else toy_tasks.TASKS[toy.family][0]
    rng = random.Random(seed)
    torch.manual_seed(seed)
    opt = torch.optim.Adam(model.parameters(), lr=2e-4 if polish else 2e-3, betas=(0.9, 0.98))
    warmup = 200
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: 1.0 if polish else min((s + 1) / warmup, max(0.05, (steps - s) / (steps - warmup))))
    check = toy_tasks.held_out_pairs(toy.family, 100, seed + 1)
    settings = toy.settings(num_beams=1)
    started, history = time.time(), []
    for step in range(1, steps + 1):
        batch = []
        while len(batch) < 64:
            src, tgt = make(rng)
            if not toy_tasks.held_out(src) and src not in exclude:
                batch.append((src, tgt))
        src_ids, src_mask = padded([toy.source_ids(s) for s, _ in batch], toy.cfg.pad_id)
        labels = [toy.target_ids(t) for _, t in batch]
        dec_in, _ = padded([[toy.cfg.decoder_start_id] + l[:-1] for l in labels], toy.cfg.pad_id)
        lab, lab_mask = padded(labels, toy.cfg.pad_id)
        lab = lab.masked_fill(lab_mask == 0, -100)
        model.train()
        logits = model(src_ids, src_mask, dec_in)
        loss = torch.nn.functional.cross_entropy(logits.reshape(-1, logits.shape[-1]), lab.reshape(-1),
                                                 ignore_index=-100)
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        if step % 500 == 0:
            model.eval()
            hits = exact(model, toy, check, settings)
            history.append({"step": step, "loss": round(float(loss), 5), "held_out_exact": hits,
                            "seconds": round(time.time() - started, 1)})
            log(json.dumps(history[-1]))
            if hits == len(check) and not polish and step >= 1500 and len(history) >= 2 and history[-2]["held_out_exact"] == hits:
                break
    model.eval()
    return history


def export(model, toy, out):
    os.makedirs(os.path.join(out, "onnx"), exist_ok=True)
    onnx_export.export_all(model, out)
    shutil.copyfile(os.path.join(out, "encoder_model.onnx"), os.path.join(out, "onnx", "encoder_model.onnx"))
    onnx_export.merge_decoders(os.path.join(out, "decoder_model.onnx"),
                               os.path.join(out, "decoder_with_past_model.onnx"),
                               os.path.join(out, "onnx", "decoder_model_merged.onnx"), toy.cfg.decoder_layers)


def cache_agrees(model, toy, sources):
    """Greedy with the KV cache (the path the ONNX files take) gives the same tokens as without it."""
    settings = toy.settings(num_beams=1)
    plain = run_greedy(model, toy, sources, settings)
    for source, (ids, _) in zip(sources, plain):
        src = torch.tensor([toy.source_ids(source)])
        mask = torch.ones_like(src)
        with torch.no_grad():
            enc = model.encode(src, mask)
            rows, past = [settings.decoder_start_token_id], None
            while len(rows) < settings.max_length:
                logits, presents = model.decode(torch.tensor([rows[-1:]]), enc, mask, past)
                past = presents
                token = int(torch.argmax(__import__("generation").process([rows], logits[:, -1, :], settings)))
                rows.append(token)
                if token == settings.eos_token_id:
                    break
        if rows[1:] != ids:
            return False
    return True


def references(model, toy, recipe, refs, history):
    greedy_settings = toy.settings(num_beams=1)
    beam_settings = toy.settings(num_return_sequences=toy.settings().num_beams)
    _, truth = toy_tasks.TASKS[toy.family]
    cases = []
    outs = run_greedy(model, toy, refs, greedy_settings)
    for source, (ids, maxima) in zip(refs, outs):
        cases.append({"source": source, "expected_text": truth(source), "input_ids": toy.source_ids(source),
                      "output_ids": ids, "output_text": toy.text(ids),
                      "step_max_logit": [round(m, 6) for m in maxima]})
    batch_sources = refs[:6]
    batch_ids, batch_mask = padded([toy.source_ids(s) for s in batch_sources], toy.cfg.pad_id)
    batch_out = run_greedy(model, toy, batch_sources, greedy_settings)
    beams = []
    for case in cases:
        hyps = run_beam(model, toy, [case["input_ids"]], beam_settings)
        beams.append({"source": case["source"], "input_ids": case["input_ids"],
                      "hypotheses": [{"output_ids": h, "output_text": toy.text(h), "score": round(s, 6)}
                                     for h, s in hyps]})
    batch_rows = [toy.source_ids(s) for s in batch_sources]
    beam_batch = [run_beam(model, toy, batch_rows, beam_settings, row)[0] for row in range(len(batch_sources))]
    processors = []
    for name, mode, source, overrides in recipe.processor_cases(refs, toy):
        s = toy.settings(num_beams=1) if mode == "greedy" else toy.settings()
        s = Settings(**dict(s.to_dict(), **overrides))
        ids = toy.source_ids(source)
        entry = {"name": name, "mode": mode, "settings": s.to_dict(), "source": source, "input_ids": ids}
        if mode == "greedy":
            out, maxima = run_greedy(model, toy, [source], s)[0]
            entry.update(output_ids=out, output_text=toy.text(out), step_max_logit=[round(m, 6) for m in maxima])
        else:
            entry["hypotheses"] = [{"output_ids": h, "output_text": toy.text(h), "score": round(sc, 6)}
                                   for h, sc in run_beam(model, toy, [ids], s)]
        processors.append(entry)
    tokenizer_cases = []
    for text in recipe.tokenizer_texts:
        pieces = toy.sp.encode(text, out_type=str)
        tokenizer_cases.append({"text": text, "ids": toy.source_ids(text),
                                "pieces": recipe.wrap_pieces(pieces)})
    held = toy_tasks.held_out_pairs(toy.family, 200, 7)
    return {
        "format": 1,
        "model": recipe.model_id,
        "built_by": "models/tiny/build/build_tiny.py",
        "special_tokens": recipe.specials(toy.vocab_size),
        "greedy": {"settings": greedy_settings.to_dict(), "cases": cases},
        "greedy_batch": {"settings": greedy_settings.to_dict(), "sources": batch_sources,
                         "input_ids": batch_ids.tolist(), "attention_mask": batch_mask.tolist(),
                         "output_ids": [o for o, _ in batch_out]},
        "beam": {"settings": beam_settings.to_dict(), "cases": beams},
        "beam_batch": {"settings": dict(beam_settings.to_dict(), num_return_sequences=1),
                       "sources": batch_sources, "input_ids": batch_ids.tolist(),
                       "attention_mask": batch_mask.tolist(),
                       "output_ids": [h for h, _ in beam_batch], "scores": [round(s, 6) for _, s in beam_batch]},
        "processor_cases": processors,
        "tokenizer": tokenizer_cases,
        "toy_accuracy": {"held_out_sentences": len(held),
                         "greedy_exact": exact(model, toy, held, greedy_settings),
                         "training": history},
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("family", choices=sorted(FAMILIES))
    parser.add_argument("out")
    parser.add_argument("--steps", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=20261130)
    parser.add_argument("--polish-steps", type=int, default=0,
                        help="continue the saved model for this many steps at a small constant learning rate")
    parser.add_argument("--polish-repeat", type=float, default=0.2,
                        help="share of polishing sentences with a doubled word (Marian only)")
    parser.add_argument("--work", default=None, help="scratch folder (default: a temporary one)")
    args = parser.parse_args()
    recipe = FAMILIES[args.family]
    work = args.work or tempfile.mkdtemp(prefix="tiny-" + args.family + "-")
    os.makedirs(work, exist_ok=True)
    log = lambda msg: print(msg, flush=True)  # noqa: E731

    refs = recipe.reference_sources()
    exclude = set(refs) | set(recipe.extra_sources)
    corpus = os.path.join(work, "corpus.txt")
    with open(corpus, "w", encoding="utf-8") as f:
        for src, tgt in toy_tasks.training_pairs(args.family, 3000, args.seed, exclude):
            f.write(src + "\n" + tgt + "\n")
        for line in recipe.coverage_lines():
            f.write(line + "\n")
    sp = hf_files.train_sentencepiece(corpus, os.path.join(work, "spm"), recipe.spm_vocab_size, recipe.spm_ids)
    toy = Toy(args.family, sp, recipe)
    log(f"vocab {toy.vocab_size}, work {work}")

    checkpoint = os.path.join(work, "model.pt")
    model = TinySeq2Seq(toy.cfg)
    if os.path.exists(checkpoint):
        state = torch.load(checkpoint)
        model.load_state_dict(state["model"])
        history = state["history"]
        if args.polish_steps:
            more = train(model, toy, exclude, args.polish_steps, args.seed + 100, log, polish=True,
                         repeat_prob=args.polish_repeat)
            done = history[-1]["step"]
            history = history + [dict(h, step=done + h["step"], polish=True) for h in more]
            torch.save({"model": model.state_dict(), "history": history}, checkpoint)
    else:
        history = train(model, toy, exclude, args.steps, args.seed, log)
        torch.save({"model": model.state_dict(), "history": history}, checkpoint)
    model.eval()
    if not cache_agrees(model, toy, refs):
        raise SystemExit("greedy with KV cache differs from greedy without it")

    out = args.out
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    export(model, toy, out)
    specials = recipe.specials(toy.vocab_size)
    hf_files.write_json(os.path.join(out, "config.json"), recipe.config_json(toy.cfg))
    hf_files.write_json(os.path.join(out, "generation_config.json"), recipe.generation(toy.vocab_size))
    hf_files.write_json(os.path.join(out, "tokenizer_config.json"), recipe.tokenizer_config())
    hf_files.write_json(os.path.join(out, "tokenizer.json"), hf_files.tokenizer_json(
        os.path.join(work, "spm.model"), recipe.added_tokens(toy.vocab_size),
        toy.vocab_size - 1 if recipe.appended_pad else None, recipe.template, recipe.pair_template))
    ref = references(model, toy, recipe, refs, history)
    hf_files.write_json(os.path.join(out, "reference.json"), ref)
    files = hf_files.manifest(out, recipe.manifest_head())
    log(json.dumps(ref["toy_accuracy"]["training"][-1]))
    log(f"held-out exact {ref['toy_accuracy']['greedy_exact']}/{ref['toy_accuracy']['held_out_sentences']}")
    for f in files:
        log(f"{f['size']:>9}  {f['path']}")
        if f["size"] >= 3 * 1024 * 1024:
            raise SystemExit(f"{f['path']} is over 3 MB")


if __name__ == "__main__":
    main()

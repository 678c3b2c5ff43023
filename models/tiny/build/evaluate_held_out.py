"""Greedy exactness of a built tiny model on N held-out inputs (never seen in training), with the
model's generation settings and num_beams 1; prints the count and the first few misses.

Usage: /usr/bin/python3 models/tiny/build/evaluate_held_out.py marian /tmp/work-marian 2000
"""
import json
import os
import sys

import sentencepiece as spm
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_tiny  # noqa: E402
import toy_tasks  # noqa: E402
from family import FAMILIES  # noqa: E402


def main(family, work, count):
    toy = build_tiny.Toy(family, spm.SentencePieceProcessor(model_file=os.path.join(work, "spm.model")),
                         FAMILIES[family])
    model = build_tiny.TinySeq2Seq(toy.cfg)
    model.load_state_dict(torch.load(os.path.join(work, "model.pt"))["model"])
    model.eval()
    pairs = toy_tasks.held_out_pairs(family, int(count), 11)
    misses = []
    for start in range(0, len(pairs), 50):
        chunk = pairs[start:start + 50]
        outs = build_tiny.run_greedy(model, toy, [s for s, _ in chunk], toy.settings(num_beams=1))
        misses += [(s, t, toy.text(o)) for (s, t), (o, _) in zip(chunk, outs) if toy.text(o) != t]
    print(json.dumps({"family": family, "held_out": len(pairs), "exact": len(pairs) - len(misses),
                      "misses": misses[:5]}, ensure_ascii=False))


if __name__ == "__main__":
    main(*sys.argv[1:4])

"""Recomputes every beam reference of a built model with the older BeamSearchScorer stopping test and
reports whether any hypothesis or score differs (the two transformers implementations should agree here).

Usage: /usr/bin/python3 models/tiny/build/check_beam_variants.py marian models/tiny/tiny-marian-de-en /tmp/work-marian
"""
import json
import os
import sys

import sentencepiece as spm
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_tiny  # noqa: E402
from family import FAMILIES  # noqa: E402
from generation import Settings, beam_search  # noqa: E402


def main(family, folder, work):
    recipe = FAMILIES[family]
    toy = build_tiny.Toy(family, spm.SentencePieceProcessor(model_file=os.path.join(work, "spm.model")), recipe)
    model = build_tiny.TinySeq2Seq(toy.cfg)
    model.load_state_dict(torch.load(os.path.join(work, "model.pt"))["model"])
    model.eval()
    ref = json.load(open(os.path.join(folder, "reference.json"), encoding="utf-8"))
    jobs = [(ref["beam"]["settings"], c) for c in ref["beam"]["cases"]]
    jobs += [(c["settings"], c) for c in ref["processor_cases"] if c["mode"] == "beam"]
    differ = []
    for settings, case in jobs:
        ids = torch.tensor([case["input_ids"]])
        mask = torch.ones_like(ids)
        with torch.no_grad():
            enc = model.encode(ids, mask)
        hyps = beam_search(build_tiny.logits_fn(model, enc, mask), Settings(**settings), legacy_stop=True)
        same = [h for h, _ in hyps] == [h["output_ids"] for h in case["hypotheses"]] and all(
            abs(s - h["score"]) < 1e-5 for (_, s), h in zip(hyps, case["hypotheses"]))
        if not same:
            differ.append({"case": case.get("name", "beam"), "source": case["source"],
                           "settings": {k: settings[k] for k in ("length_penalty", "early_stopping")},
                           "reference": [(h["output_text"], h["score"]) for h in case["hypotheses"]],
                           "legacy_stop": [(toy.text(h), round(s, 6)) for h, s in hyps]})
    print(json.dumps({"model": ref["model"], "beam_searches": len(jobs), "differ_with_legacy_stop": differ},
                     ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main(*sys.argv[1:4])

"""Cross-checks the beam references of a built model.

1. Recomputes every beam search with the older BeamSearchScorer stopping test and lists where a hypothesis
   or score differs from the committed (vectorized transformers) reference.
2. Property: the best beam hypothesis scores at least as well as the greedy output, both scored as
   sum of processed log-probabilities / generated_len ** length_penalty.

Usage: /usr/bin/python3 models/tiny/build/check_beam_variants.py marian models/tiny/tiny-marian-de-en /tmp/work-marian [checkpoint]
"""
import json
import os
import sys

import sentencepiece as spm
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_tiny  # noqa: E402
from family import FAMILIES  # noqa: E402
from generation import Settings, beam_search, process  # noqa: E402


def sequence_score(model, enc, mask, output_ids, settings):
    rows, total = [settings.decoder_start_token_id], 0.0
    with torch.no_grad():
        for token in output_ids:
            logits = model.decode(torch.tensor([rows]), enc, mask)[0][:, -1, :]
            total += float(process([rows], torch.log_softmax(logits, dim=-1), settings)[0, token])
            rows.append(token)
    return total / (len(output_ids) ** settings.length_penalty)


def main(family, folder, work, checkpoint=None):
    recipe = FAMILIES[family]
    toy = build_tiny.Toy(family, spm.SentencePieceProcessor(model_file=os.path.join(work, "spm.model")), recipe)
    model = build_tiny.TinySeq2Seq(toy.cfg)
    model.load_state_dict(torch.load(checkpoint or os.path.join(work, "model.pt"))["model"])
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
    worse = []
    for beam, greedy in zip(ref["beam"]["cases"], ref["greedy"]["cases"]):
        ids = torch.tensor([beam["input_ids"]])
        mask = torch.ones_like(ids)
        with torch.no_grad():
            enc = model.encode(ids, mask)
        greedy_score = sequence_score(model, enc, mask, greedy["output_ids"], Settings(**ref["beam"]["settings"]))
        if beam["hypotheses"][0]["score"] < greedy_score - 1e-5:
            worse.append(beam["source"])
    print(json.dumps({"model": ref["model"], "beam_searches": len(jobs), "differ_with_legacy_stop": differ,
                      "beam_cases": len(ref["beam"]["cases"]), "beam_scores_below_greedy": worse},
                     ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main(*sys.argv[1:5])

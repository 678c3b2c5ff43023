"""Writes the Hugging Face side files of a tiny model folder: tokenizer, configs and the manifest.

The `tokenizers` and `transformers` Python packages are not installable here, so tokenizer.json is written
directly from the SentencePiece model proto, in the shape HF's own SentencePiece converter produces.
"""
import base64
import hashlib
import json
import os
import re

import sentencepiece as spm
from sentencepiece import sentencepiece_model_pb2 as spm_pb2


def train_sentencepiece(corpus_path, prefix, vocab_size, special_ids):
    """Unigram model; special_ids maps unk/bos/eos/pad to ids (-1 = absent)."""
    args = dict(input=corpus_path, model_prefix=prefix, model_type="unigram", vocab_size=vocab_size,
                character_coverage=1.0, split_digits=True, max_sentencepiece_length=6,
                input_sentence_size=0, num_threads=1, minloglevel=2,
                unk_id=special_ids["unk"], bos_id=special_ids["bos"], eos_id=special_ids["eos"],
                pad_id=special_ids["pad"])
    try:
        spm.SentencePieceTrainer.train(**args)
    except RuntimeError as e:
        # SentencePiece names the largest vocabulary the corpus supports: "... Please set it to a value <= N."
        match = re.search(r"<= (\d+)", str(e))
        if not match:
            raise
        args["vocab_size"] = int(match.group(1))
        spm.SentencePieceTrainer.train(**args)
    return spm.SentencePieceProcessor(model_file=prefix + ".model")


def tokenizer_json(spm_model_path, specials, extra_pad, template, pair_template):
    """specials: {"</s>": 0, ...}; extra_pad: id of an appended <pad> piece or None; templates: lists of
    token names, "$A" and "$B", e.g. ["$A", "</s>"]."""
    proto = spm_pb2.ModelProto()
    with open(spm_model_path, "rb") as f:
        proto.ParseFromString(f.read())
    vocab = [[p.piece, p.score] for p in proto.pieces]
    if extra_pad is not None:
        assert extra_pad == len(vocab)
        vocab.append(["<pad>", 0.0])
    added = [{"id": i, "content": name, "single_word": False, "lstrip": False, "rstrip": False,
              "normalized": False, "special": True} for name, i in sorted(specials.items(), key=lambda x: x[1])]

    def seq(items):
        return [{"Sequence": {"id": item[1], "type_id": 0}} if item.startswith("$")
                else {"SpecialToken": {"id": item, "type_id": 0}} for item in items]

    used = sorted({t for t in template + pair_template if not t.startswith("$")})
    metaspace = {"type": "Metaspace", "replacement": "\u2581", "prepend_scheme": "always", "split": True}
    charsmap = base64.b64encode(proto.normalizer_spec.precompiled_charsmap).decode("ascii")
    return {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": added,
        # Strip + Replace reproduce SentencePiece's remove_extra_whitespaces after the NFKC charsmap
        "normalizer": {"type": "Sequence", "normalizers": [
            {"type": "Precompiled", "precompiled_charsmap": charsmap},
            {"type": "Strip", "strip_left": True, "strip_right": True},
            {"type": "Replace", "pattern": {"Regex": " {2,}"}, "content": " "},
        ]},
        "pre_tokenizer": metaspace,
        "post_processor": {
            "type": "TemplateProcessing",
            "single": seq(template),
            "pair": seq(pair_template),
            "special_tokens": {t: {"id": t, "ids": [specials[t]], "tokens": [t]} for t in used},
        },
        "decoder": dict(metaspace),
        "model": {"type": "Unigram", "unk_id": proto.trainer_spec.unk_id, "vocab": vocab, "byte_fallback": False},
    }


def write_json(path, data):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")


def manifest(folder, head):
    """newsdigest.json: the given header plus sha256 and size of every other file of the folder."""
    files = []
    for root, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(root, name)
            rel = os.path.relpath(path, folder).replace(os.sep, "/")
            if rel == "newsdigest.json":
                continue
            with open(path, "rb") as f:
                data = f.read()
            files.append({"path": rel, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)})
    files.sort(key=lambda x: x["path"])
    write_json(os.path.join(folder, "newsdigest.json"), dict(head, files=files))
    return files

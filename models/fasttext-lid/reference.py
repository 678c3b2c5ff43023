#!/usr/bin/python3
"""Writes the parity reference of fasttext-lid-176: python3-fasttext's top-3 labels and probabilities on generated
texts, for the Java test that runs the same texts through the Java hashing and the ONNX graph.

The texts are made here, never taken from evaluation data:
  * word salads of 1 to 24 words drawn (fixed seed) from the Debian word lists under /usr/share/dict
    (packages wngerman wamerican wfrench wspanish witalian wdutch wswedish wdanish wnorwegian wportuguese
    wpolish wcatalan wukrainian wbulgarian wfaroese), with capitalisation and punctuation as in sentences;
  * random strings for the hashing's edge cases: several scripts, accents and combining marks, characters outside
    the Basic Multilingual Plane, every whitespace byte fastText splits on (space, tab, vertical tab, form feed,
    carriage return, NUL) and Unicode spaces it does not split on, long words, empty and blank texts.

Usage: /usr/bin/python3 models/fasttext-lid/reference.py path/to/lid.176.ftz [output.jsonl.gz]
Needs Debian's python3-fasttext and the word-list packages above.
"""
import gzip
import json
import os
import random
import sys

import fasttext

WORD_LISTS = ["ngerman", "american-english", "french", "spanish", "italian", "dutch", "swedish", "danish",
              "bokmaal", "nynorsk", "portuguese", "polish", "catalan", "ukrainian", "bulgarian", "faroese"]
SALADS_PER_LIST = 190
RANDOM_STRINGS = 600
PUNCTUATION = [".", ".", ".", "!", "?", ",", ":", ";", " –", "\u201d", ")"]
SCRIPTS = [(0x21, 0x7E), (0xC0, 0x17F), (0x370, 0x3FF), (0x400, 0x4FF), (0x590, 0x5FF), (0x600, 0x6FF),
           (0x900, 0x97F), (0xE00, 0xE7F), (0x3040, 0x30FF), (0x4E00, 0x4FFF), (0xAC00, 0xAFFF),
           (0x1F300, 0x1F64F), (0x10400, 0x1044F), (0x300, 0x36F)]
SPLITTING = [" ", "\t", "\x0b", "\x0c", "\r", "\x00"]
NOT_SPLITTING = ["\u00a0", "\u2009", "\u3000", "\u200b"]


def word_list(name):
    path = os.path.join("/usr/share/dict", name)
    with open(path, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")  # the Norwegian lists are still in ISO-8859-1
    words = []
    for line in text.splitlines():
        word = line.strip().split("/")[0]
        if word and " " not in word:
            words.append(word)
    return words


def salad(rng, words):
    count = rng.choice([1, 1, 2, 2, 3, 4, 5, 6, 8, 10, 12, 15, 18, 24])
    chosen = [rng.choice(words) for _ in range(count)]
    if rng.random() < 0.7:
        chosen[0] = chosen[0][:1].upper() + chosen[0][1:]
    text = " ".join(chosen)
    if rng.random() < 0.6:
        text += rng.choice(PUNCTUATION)
    if rng.random() < 0.15:
        text = text.upper() if rng.random() < 0.5 else text.lower()
    return text


def random_string(rng):
    parts = []
    for _ in range(rng.randint(0, 12)):
        low, high = rng.choice(SCRIPTS)
        length = rng.choice([1, 2, 3, 5, 8, 13]) if rng.random() < 0.97 else rng.randint(100, 300)
        parts.append("".join(chr(rng.randint(low, high)) for _ in range(length)))
        if rng.random() < 0.8:
            space = rng.choice(SPLITTING if rng.random() < 0.8 else NOT_SPLITTING)
            parts.append(space * rng.choice([1, 1, 1, 2, 3]))
    return "".join(parts)


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    model = fasttext.load_model(sys.argv[1])
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "nlp", "src", "test", "resources", "io",
        "newsdigest", "nlp", "language", "fasttext-lid-176-reference.jsonl.gz")
    rng = random.Random(20261204)
    texts = ["", " ", "\t\x0b\x0c\r", "a", "<", ">", "</s>", "<>", "de", "Die", "\u00e9t\u00e9"]
    for name in WORD_LISTS:
        words = word_list(name)
        texts += [salad(rng, words) for _ in range(SALADS_PER_LIST)]
    texts += [random_string(rng) for _ in range(RANDOM_STRINGS)]
    written = 0
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
        for text in texts:
            labels, probabilities = model.predict(text, k=3, threshold=0.0)
            f.write(json.dumps({"text": text,
                                "labels": [label[len("__label__"):] for label in labels],
                                "probabilities": [float("%.8g" % p) for p in probabilities]}, ensure_ascii=False))
            f.write("\n")
            written += 1
    print(f"{out}: {written} texts")


if __name__ == "__main__":
    main()

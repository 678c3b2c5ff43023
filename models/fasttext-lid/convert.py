#!/usr/bin/python3
"""Converts fastText's lid.176.ftz into the NewsDigest model folder fasttext-lid-176.

The folder holds:
  model.onnx       the whole network after hashing: product-quantized input rows (8-bit codes and centroids stay
                   quantized inside the graph), their average per text, and the hierarchical softmax as node
                   scores W.h followed by each label's path sum of log-sigmoids
  dictionary.json  what the Java side needs to turn text into input rows: the vocabulary, the labels, the
                   character n-gram sizes, the bucket count and the pruned buckets that kept a row
  NOTICE.txt       licence and attribution (CC-BY-SA-3.0)
  newsdigest.json  the manifest with the sha256 and size of every file

Usage (Debian's python3 with python3-onnx and python3-numpy; fastText itself is not needed here):
  /usr/bin/python3 models/fasttext-lid/convert.py path/to/lid.176.ftz [output-folder]

The .ftz is read directly (the Python API of fastText does not expose a quantized model's matrices). The layout
read here is fastText's binary model format version 12: header, arguments, dictionary, input matrix, output matrix.
"""
import hashlib
import json
import os
import struct
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

MODEL_ID = "fasttext-lid-176"
MAGIC = 793712314
KSUB = 256  # every product quantizer of the format uses 8-bit codes


class Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def take(self, fmt):
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values if len(values) > 1 else values[0]

    def array(self, dtype, count):
        values = np.frombuffer(self.data, dtype, count, self.pos).copy()
        self.pos += values.nbytes
        return values

    def cstring(self):
        end = self.data.index(b"\0", self.pos)
        value = self.data[self.pos:end]
        self.pos = end + 1
        return value


def read_quantizer(r):
    dim, nsubq, dsub, lastdsub = r.take("iiii")
    return {"dim": dim, "nsubq": nsubq, "dsub": dsub, "lastdsub": lastdsub,
            "centroids": r.array(np.float32, dim * KSUB)}


def read_matrix(r, quantized):
    if not quantized:
        rows, cols = r.take("qq")
        return {"quantized": False, "weights": r.array(np.float32, rows * cols).reshape(rows, cols)}
    qnorm = r.take("?")
    rows, cols = r.take("qq")
    codesize = r.take("i")
    matrix = {"quantized": True, "qnorm": qnorm, "rows": rows, "cols": cols,
              "codes": r.array(np.uint8, codesize), "pq": read_quantizer(r)}
    if qnorm:
        matrix["norm_codes"] = r.array(np.uint8, rows)
        matrix["npq"] = read_quantizer(r)
    return matrix


def read_ftz(path):
    with open(path, "rb") as f:
        r = Reader(f.read())
    magic, version = r.take("ii")
    if magic != MAGIC or version != 12:
        raise SystemExit(f"{path}: not a fastText model of format version 12 (magic {magic}, version {version})")
    names = ["dim", "ws", "epoch", "minCount", "neg", "wordNgrams", "loss", "model", "bucket", "minn", "maxn",
             "lrUpdateRate"]
    args = dict(zip(names, r.take("i" * len(names))))
    args["t"] = r.take("d")
    size, nwords, nlabels = r.take("iii")
    _ntokens, prune_size = r.take("qq")
    entries = []
    for _ in range(size):
        word = r.cstring()
        count, kind = r.take("qb")
        entries.append((word, count, kind))
    pruned = [r.take("ii") for _ in range(max(prune_size, 0))]
    quant_input = r.take("?")
    input_matrix = read_matrix(r, quant_input)
    quant_output = r.take("?")
    output_matrix = read_matrix(r, quant_input and quant_output)
    if r.pos != len(r.data):
        raise SystemExit(f"{path}: {len(r.data) - r.pos} bytes left after the output matrix")
    return args, nwords, nlabels, entries, pruned, input_matrix, output_matrix


def check_supported(args, nwords, entries, input_matrix, output_matrix):
    problems = []
    if args["loss"] != 1:
        problems.append("loss must be hierarchical softmax (1), was %d" % args["loss"])
    if args["model"] != 3:
        problems.append("model must be supervised (3), was %d" % args["model"])
    if args["wordNgrams"] != 1:
        problems.append("word n-grams are not supported (wordNgrams %d)" % args["wordNgrams"])
    if not input_matrix["quantized"] or not input_matrix["qnorm"]:
        problems.append("the input matrix must be product-quantized with quantized norms")
    if input_matrix["quantized"] and input_matrix["pq"]["lastdsub"] != input_matrix["pq"]["dsub"]:
        problems.append("the input quantizer's last sub-vector must have the common size")
    if output_matrix["quantized"]:
        problems.append("a quantized output matrix is not supported (lid.176.ftz stores it dense)")
    if entries[0][0] != b"</s>":
        problems.append("the first word must be the end-of-sentence token </s>")
    if any(kind != 0 for _, _, kind in entries[:nwords]) or any(kind != 1 for _, _, kind in entries[nwords:]):
        problems.append("words must precede labels in the dictionary")
    if problems:
        raise SystemExit("Unsupported model: " + "; ".join(problems))


def huffman_paths(counts):
    """Each label's path from the root to its leaf in the tree fastText builds from label counts.

    Labels come sorted by count, most frequent first. Two queues are merged: leaves from the rarest label upward
    and internal nodes in creation order; the smaller count wins and a tie goes to the internal node. The second
    node taken becomes the right child. A step to a right child scores log(sigmoid(s)), to a left child
    log(1 - sigmoid(s)), where s is the internal node's score.
    """
    n = len(counts)
    count = [float(c) for c in counts] + [1e15] * (n - 1)
    parent = [-1] * (2 * n - 1)
    right = [False] * (2 * n - 1)
    leaf, node = n - 1, n
    for created in range(n, 2 * n - 1):
        taken = []
        for _ in range(2):
            if leaf >= 0 and count[leaf] < count[node]:
                taken.append(leaf)
                leaf -= 1
            else:
                taken.append(node)
                node += 1
        count[created] = count[taken[0]] + count[taken[1]]
        parent[taken[0]] = parent[taken[1]] = created
        right[taken[1]] = True
    paths = []
    for label in range(n):
        steps, j = [], label
        while parent[j] != -1:
            steps.append((parent[j] - n, right[j]))
            j = parent[j]
        paths.append(list(reversed(steps)))
    return paths


def build_graph(input_matrix, output_weights, paths):
    pq, npq = input_matrix["pq"], input_matrix["npq"]
    rows, dim, nsubq, dsub = input_matrix["rows"], input_matrix["cols"], pq["nsubq"], pq["dsub"]
    internal = len(paths) - 1
    # Each row's codes, already offset to index the flat table of all sub-quantizers' centroids.
    codes = input_matrix["codes"].reshape(rows, nsubq).astype(np.uint16) + (np.arange(nsubq, dtype=np.uint16) * KSUB)
    norms = npq["centroids"][input_matrix["norm_codes"]].reshape(rows, 1).astype(np.float32)
    # Label paths as a 0/1 matrix over the 2 * internal step scores: [log(1 - f) of every node, log(f) of every node].
    path_matrix = np.zeros((2 * internal, len(paths)), dtype=np.float32)
    for label, steps in enumerate(paths):
        for node, is_right in steps:
            path_matrix[internal + node if is_right else node, label] = 1.0

    init = [
        numpy_helper.from_array(codes, "codes"),
        numpy_helper.from_array(pq["centroids"].reshape(nsubq * KSUB, dsub), "centroids"),
        numpy_helper.from_array(norms, "norms"),
        numpy_helper.from_array(np.ascontiguousarray(output_weights[:internal].T), "node_weights"),
        numpy_helper.from_array(path_matrix, "label_paths"),
        numpy_helper.from_array(np.array([-1, dim], dtype=np.int64), "row_shape"),
        numpy_helper.from_array(np.zeros((1, dim), dtype=np.float32), "zero_row"),
        numpy_helper.from_array(np.array(1e-5, dtype=np.float32), "eps"),
        numpy_helper.from_array(np.array(1.0, dtype=np.float32), "one"),
    ]
    n = helper.make_node
    nodes = [
        # Dequantize the rows: eight 2-float centroids each, times the row's quantized norm.
        n("Gather", ["codes", "ids"], ["row_codes"], axis=0),
        n("Cast", ["row_codes"], ["row_codes64"], to=TensorProto.INT64),
        n("Gather", ["centroids", "row_codes64"], ["parts"], axis=0),
        n("Reshape", ["parts", "row_shape"], ["unit_rows"]),
        n("Gather", ["norms", "ids"], ["row_norms"], axis=0),
        n("Mul", ["unit_rows", "row_norms"], ["rows"]),
        # Sum each text's rows in input order, then scale by 1/count as fastText averages.
        n("Mul", ["inverse_lengths", "zero_row"], ["hidden_zero"]),
        n("ScatterND", ["hidden_zero", "segments", "rows"], ["sums"], reduction="add"),
        n("Mul", ["sums", "inverse_lengths"], ["hidden"]),
        # Hierarchical softmax: every internal node's probability f of going right; a label's log-probability
        # sums log(f + 1e-5) over the right turns of its path and log(1 - f + 1e-5) over the left turns.
        n("MatMul", ["hidden", "node_weights"], ["node_scores"]),
        n("Sigmoid", ["node_scores"], ["go_right"]),
        n("Sub", ["one", "go_right"], ["go_left"]),
        n("Concat", ["go_left", "go_right"], ["turns"], axis=1),
        n("Add", ["turns", "eps"], ["turns_eps"]),
        n("Log", ["turns_eps"], ["log_turns"]),
        n("MatMul", ["log_turns", "label_paths"], ["log_probabilities"]),
        n("Exp", ["log_probabilities"], ["probabilities"]),
    ]
    graph = helper.make_graph(
        nodes, "fasttext_lid_176",
        [helper.make_tensor_value_info("ids", TensorProto.INT64, ["rows"]),
         helper.make_tensor_value_info("segments", TensorProto.INT64, ["rows", 1]),
         helper.make_tensor_value_info("inverse_lengths", TensorProto.FLOAT, ["texts", 1])],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["texts", len(paths)])],
        init)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)],
                              producer_name="newsdigest models/fasttext-lid/convert.py")
    model.ir_version = 8
    model.doc_string = ("fastText lid.176 (Facebook AI Research, CC-BY-SA-3.0), converted: inputs are input-matrix "
                        "rows (words and hashed character n-grams), the text each row belongs to (non-decreasing), "
                        "and each text's 1/row count as float32; the output is each text's probability of the 176 "
                        "labels of dictionary.json.")
    onnx.checker.check_model(model)
    return model


def dictionary_json(args, nwords, entries, pruned):
    words = []
    for word, _, _ in entries[:nwords]:
        try:
            words.append(word.decode("utf-8"))
        except UnicodeDecodeError:
            raise SystemExit("a vocabulary word is not valid UTF-8: %r" % word)
    labels = [w.decode("ascii")[len("__label__"):] for w, _, _ in entries[nwords:]]
    buckets = [0] * len(pruned)
    for bucket, row in pruned:
        buckets[row] = bucket
    return {
        "format": "fasttext-dictionary-1",
        "comment": "Input row r < words.length is words[r]; row words.length + j is character-n-gram bucket "
                   "buckets[j]; buckets not listed have no row. Labels are in the order of the model's output.",
        "minn": args["minn"], "maxn": args["maxn"], "bucket": args["bucket"], "eos": "</s>",
        "words": words, "labels": labels, "buckets": buckets,
    }


NOTICE = """fasttext-lid-176: language identification for 176 languages.

This model folder is an adaptation of "lid.176.ftz" by Facebook AI Research (fastText,
https://fasttext.cc/docs/en/language-identification.html), licensed under the Creative Commons
Attribution-Share-Alike License 3.0 (CC BY-SA 3.0, https://creativecommons.org/licenses/by-sa/3.0/).
Changes: the quantized weights were copied unchanged into an ONNX graph (model.onnx) and the dictionary into
dictionary.json by NewsDigest's models/fasttext-lid/convert.py; nothing was retrained. This adaptation is
distributed under the same licence, CC BY-SA 3.0.

Source file: lid.176.ftz, sha256 {sha256}, as shipped in the npm package fasttext.wasm.js@1.0.0
(dist/models/language-identification/assets/).

Please cite, as the authors ask:
  A. Joulin, E. Grave, P. Bojanowski, T. Mikolov, Bag of Tricks for Efficient Text Classification (2016)
  A. Joulin, E. Grave, P. Bojanowski, M. Douze, H. Jegou, T. Mikolov, FastText.zip: Compressing text
  classification models (2016)
"""


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    source = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "src", "main", "resources", "io", "newsdigest", "models",
        "bundled", MODEL_ID)
    args, nwords, nlabels, entries, pruned, input_matrix, output_matrix = read_ftz(source)
    check_supported(args, nwords, entries, input_matrix, output_matrix)
    counts = [count for _, count, _ in entries[nwords:]]
    paths = huffman_paths(counts)
    model = build_graph(input_matrix, output_matrix["weights"], paths)
    os.makedirs(out, exist_ok=True)
    onnx.save(model, os.path.join(out, "model.onnx"))
    with open(os.path.join(out, "dictionary.json"), "w", encoding="utf-8") as f:
        json.dump(dictionary_json(args, nwords, entries, pruned), f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    with open(os.path.join(out, "NOTICE.txt"), "w", encoding="utf-8") as f:
        f.write(NOTICE.replace("{sha256}", sha256(source)))
    labels = [w.decode("ascii")[len("__label__"):] for w, _, _ in entries[nwords:]]
    files = [{"path": name, "sha256": sha256(os.path.join(out, name)), "size": os.path.getsize(os.path.join(out, name))}
             for name in sorted(["NOTICE.txt", "dictionary.json", "model.onnx"])]
    manifest = {
        "id": MODEL_ID, "task": "language-id", "family": "fasttext", "languages": labels,
        "licence": "CC-BY-SA-3.0",
        "attribution": "lid.176 by Facebook AI Research (fastText), CC BY-SA 3.0; converted to ONNX by NewsDigest"
                       " (weights unchanged). See NOTICE.txt.",
        "origin": {"repository": "facebookresearch/fastText lid.176.ftz (npm fasttext.wasm.js@1.0.0)",
                   "revision": "built"},
        "files": files,
    }
    with open(os.path.join(out, "newsdigest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")
    print(f"{out}: {len(labels)} labels, {nwords} words, {len(pruned)} buckets, tree depth "
          f"{max(len(p) for p in paths)}; " + ", ".join(f"{e['path']} {e['size']} B" for e in files))


if __name__ == "__main__":
    main()

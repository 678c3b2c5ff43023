"""Exports a TinySeq2Seq to ONNX in Optimum's split layout and merges the two decoders into one.

Input/output names and symbolic axis names follow Optimum's seq2seq exporter, because engines (ours and
transformers.js) find tensors by those names, and transformers.js v4 sizes the empty first-step past from
the axis named `batch_size`.
"""
import hashlib

import onnx
from onnx import helper, TensorProto
import torch
from torch import nn

OPSET = 14


def past_names(layers, prefix):
    names = []
    for i in range(layers):
        for part in ("decoder.key", "decoder.value", "encoder.key", "encoder.value"):
            names.append(f"{prefix}.{i}.{part}")
    return names


class EncoderExport(nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask):
        return self.model.encode(input_ids, attention_mask)


class DecoderExport(nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, encoder_attention_mask, input_ids, encoder_hidden_states):
        logits, presents = self.model.decode(input_ids, encoder_hidden_states, encoder_attention_mask)
        return (logits,) + tuple(t for layer in presents for t in layer)


class DecoderWithPastExport(nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, encoder_attention_mask, input_ids, *flat_past):
        past = [tuple(flat_past[4 * i:4 * i + 4]) for i in range(len(flat_past) // 4)]
        # the cross-attention K/V come from the past, so no encoder_hidden_states input (as in Optimum);
        # a batch-sized dummy stands in for the unused encoder states
        dummy = flat_past[2].new_zeros(0)
        logits, presents = self.model.decode(input_ids, dummy, encoder_attention_mask, past)
        return (logits,) + tuple(t for layer in presents for t in layer[:2])


def _export(module, args, path, inputs, outputs, axes):
    torch.onnx.export(module, args, path, opset_version=OPSET, input_names=inputs, output_names=outputs,
                      dynamic_axes=axes, do_constant_folding=True)


def export_all(model, out_dir):
    """Writes encoder_model.onnx, decoder_model.onnx and decoder_with_past_model.onnx into out_dir."""
    cfg = model.cfg
    model.eval()
    b, s, t = 2, 5, 3
    ids = torch.full((b, s), 5, dtype=torch.long)
    mask = torch.ones((b, s), dtype=torch.long)
    enc_axes = {"input_ids": {0: "batch_size", 1: "encoder_sequence_length"},
                "attention_mask": {0: "batch_size", 1: "encoder_sequence_length"},
                "last_hidden_state": {0: "batch_size", 1: "encoder_sequence_length"}}
    with torch.no_grad():
        _export(EncoderExport(model), (ids, mask), f"{out_dir}/encoder_model.onnx",
                ["input_ids", "attention_mask"], ["last_hidden_state"], enc_axes)
        enc = model.encode(ids, mask)
        dec_ids = torch.full((b, t), 7, dtype=torch.long)
        presents = past_names(cfg.decoder_layers, "present")
        axes = {"encoder_attention_mask": {0: "batch_size", 1: "encoder_sequence_length"},
                "input_ids": {0: "batch_size", 1: "decoder_sequence_length"},
                "encoder_hidden_states": {0: "batch_size", 1: "encoder_sequence_length"},
                "logits": {0: "batch_size", 1: "decoder_sequence_length"}}
        for name in presents:
            axes[name] = {0: "batch_size", 2: "past_decoder_sequence_length + 1" if ".decoder." in name
                          else "encoder_sequence_length_out"}
        _export(DecoderExport(model), (mask, dec_ids, enc), f"{out_dir}/decoder_model.onnx",
                ["encoder_attention_mask", "input_ids", "encoder_hidden_states"], ["logits"] + presents, axes)

        _, past = model.decode(dec_ids, enc, mask)
        flat = tuple(x for layer in past for x in layer)
        pasts = past_names(cfg.decoder_layers, "past_key_values")
        self_presents = [n for n in presents if ".decoder." in n]
        axes = {"encoder_attention_mask": {0: "batch_size", 1: "encoder_sequence_length"},
                "input_ids": {0: "batch_size"}, "logits": {0: "batch_size"}}
        for name in pasts:
            axes[name] = {0: "batch_size", 2: "past_decoder_sequence_length" if ".decoder." in name
                          else "encoder_sequence_length_out"}
        for name in self_presents:
            axes[name] = {0: "batch_size", 2: "past_decoder_sequence_length + 1"}
        one = torch.full((b, 1), 9, dtype=torch.long)
        _export(DecoderWithPastExport(model), (mask, one) + flat, f"{out_dir}/decoder_with_past_model.onnx",
                ["encoder_attention_mask", "input_ids"] + pasts, ["logits"] + self_presents, axes)
    _pin_hidden_axis(f"{out_dir}/encoder_model.onnx", cfg.d_model)


def _pin_hidden_axis(path, width):
    # torch 1.13 names the hidden axis of the encoder output symbolically; it is a constant
    m = onnx.load(path)
    dims = m.graph.output[0].type.tensor_type.shape.dim
    dims[2].Clear()
    dims[2].dim_value = width
    onnx.save(m, path)


def merge_decoders(no_past_path, with_past_path, out_path, layers):
    """One graph with an If on `use_cache_branch`: then = with-past graph, else = first-step graph.

    Initializers move to the outer graph and are deduplicated by content, so the weights are stored once
    even though constant folding gave them different names in the two exports.
    """
    no_past, with_past = onnx.load(no_past_path), onnx.load(with_past_path)
    outer_inits, by_content = [], {}

    def hoist(graph, prefix):
        renames = {}
        for init in graph.initializer:
            key = (init.data_type, tuple(init.dims), init.raw_data or init.SerializeToString())
            if key not in by_content:
                name = f"w{len(by_content)}_{hashlib.sha1(key[2]).hexdigest()[:8]}"
                by_content[key] = name
                copy = onnx.TensorProto()
                copy.CopyFrom(init)
                copy.name = name
                outer_inits.append(copy)
            renames[init.name] = by_content[key]
        del graph.initializer[:]
        outer = {i.name for i in graph.input}
        for node in graph.node:
            for i, name in enumerate(node.input):
                if name in renames:
                    node.input[i] = renames[name]
                elif name and name not in outer:
                    node.input[i] = prefix + name
            for i, name in enumerate(node.output):
                node.output[i] = prefix + name
            node.name = prefix + node.name
        for out in graph.output:
            out.name = prefix + out.name

    hoist(no_past.graph, "first_")
    hoist(with_past.graph, "cached_")

    # the cached branch returns no encoder presents; give it empty ones so both branches match
    heads, head_dim = None, None
    for vi in with_past.graph.input:
        if vi.name.startswith("past_key_values.0.encoder"):
            d = vi.type.tensor_type.shape.dim
            heads, head_dim = d[1].dim_value, d[3].dim_value
    cached_outputs = {o.name: o for o in with_past.graph.output}
    ordered = []
    for out in no_past.graph.output:
        plain = out.name[len("first_"):]
        if plain in ("logits",) or ".decoder." in plain:
            ordered.append(cached_outputs["cached_" + plain])
        else:
            const_name = "cached_empty_" + plain
            empty = helper.make_tensor(const_name + "_value", TensorProto.FLOAT, [0, heads, 1, head_dim], [])
            with_past.graph.node.append(helper.make_node("Constant", [], [const_name], value=empty))
            ordered.append(helper.make_tensor_value_info(const_name, TensorProto.FLOAT, None))
    del with_past.graph.output[:]
    with_past.graph.output.extend(ordered)
    for graph in (no_past.graph, with_past.graph):
        for out in graph.output:
            out.type.tensor_type.ClearField("shape")
    then_graph = helper.make_graph(list(with_past.graph.node), "decoder_with_past", [], list(with_past.graph.output))
    else_graph = helper.make_graph(list(no_past.graph.node), "decoder_first_step", [], list(no_past.graph.output))

    inputs = {i.name: i for i in no_past.graph.input}
    for i in with_past.graph.input:
        inputs.setdefault(i.name, i)
    order = ["encoder_attention_mask", "input_ids", "encoder_hidden_states"] + past_names(layers, "past_key_values")
    graph_inputs = [inputs[n] for n in order]
    graph_inputs.append(helper.make_tensor_value_info("use_cache_branch", TensorProto.BOOL, [1]))
    out_names = [o.name[len("first_"):] for o in no_past.graph.output]
    if_node = helper.make_node("If", ["use_cache_branch"], out_names, name="optimum::if",
                               then_branch=then_graph, else_branch=else_graph)
    graph_outputs = []
    for o in onnx.load(no_past_path).graph.output:
        vi = onnx.ValueInfoProto()
        vi.CopyFrom(o)
        if ".encoder." in o.name:
            # the cached branch returns empty encoder presents, so this axis is not always the encoder length
            vi.type.tensor_type.shape.dim[0].dim_param = "batch_size_or_0"
        graph_outputs.append(vi)
    graph = helper.make_graph([if_node], "merged_decoder", graph_inputs, graph_outputs, outer_inits)
    model = helper.make_model(graph, opset_imports=list(no_past.opset_import), producer_name="newsdigest-tiny")
    model.ir_version = no_past.ir_version
    onnx.checker.check_model(model)
    onnx.save(model, out_path)

"""A small encoder-decoder transformer in the shape of Hugging Face's Marian and BART models.

Written by hand because transformers is not installable here. Attention is spelled out with matmul and
softmax (torch 1.13 has no fused attention) so that the ONNX export is plain and portable.
"""
import math
from dataclasses import dataclass, asdict

import torch
from torch import nn
import torch.nn.functional as F

NEG = -1e9  # additive mask value; finfo.min could overflow to -inf when two masks are summed


@dataclass
class TinyConfig:
    family: str            # "marian" or "bart"
    vocab_size: int
    pad_id: int
    eos_id: int
    unk_id: int
    bos_id: int            # -1 when the family has none
    decoder_start_id: int
    d_model: int = 64
    heads: int = 4
    ffn: int = 128
    encoder_layers: int = 2
    decoder_layers: int = 2
    max_positions: int = 128

    @property
    def head_dim(self):
        return self.d_model // self.heads

    def to_dict(self):
        return asdict(self)


def sinusoids(positions, dim):
    """Marian's table: sin of all frequencies in the first half, cos in the second half."""
    pos = torch.arange(positions, dtype=torch.float32)[:, None]
    freq = torch.pow(10000.0, -torch.arange(0, dim, 2, dtype=torch.float32) / dim)[None, :]
    return torch.cat([torch.sin(pos * freq), torch.cos(pos * freq)], dim=1)


class Attention(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.heads, self.head_dim = cfg.heads, cfg.head_dim
        self.q = nn.Linear(cfg.d_model, cfg.d_model)
        self.k = nn.Linear(cfg.d_model, cfg.d_model)
        self.v = nn.Linear(cfg.d_model, cfg.d_model)
        self.o = nn.Linear(cfg.d_model, cfg.d_model)

    def split(self, x):
        b, t, _ = x.shape
        return x.view(b, t, self.heads, self.head_dim).transpose(1, 2)

    def project_kv(self, x):
        return self.split(self.k(x)), self.split(self.v(x))

    def attend(self, x, key, value, mask):
        q = self.split(self.q(x) * (self.head_dim ** -0.5))
        weights = torch.softmax(torch.matmul(q, key.transpose(2, 3)) + mask, dim=-1)
        out = torch.matmul(weights, value).transpose(1, 2)
        b, t = out.shape[0], out.shape[1]
        return self.o(out.reshape(b, t, self.heads * self.head_dim))


class EncoderLayer(nn.Module):
    def __init__(self, cfg, act):
        super().__init__()
        self.attn = Attention(cfg)
        self.ln1 = nn.LayerNorm(cfg.d_model)
        self.fc1 = nn.Linear(cfg.d_model, cfg.ffn)
        self.fc2 = nn.Linear(cfg.ffn, cfg.d_model)
        self.ln2 = nn.LayerNorm(cfg.d_model)
        self.act = act

    def forward(self, x, mask):
        k, v = self.attn.project_kv(x)
        x = self.ln1(x + self.attn.attend(x, k, v, mask))
        return self.ln2(x + self.fc2(self.act(self.fc1(x))))


class DecoderLayer(nn.Module):
    def __init__(self, cfg, act):
        super().__init__()
        self.self_attn = Attention(cfg)
        self.ln1 = nn.LayerNorm(cfg.d_model)
        self.cross_attn = Attention(cfg)
        self.ln2 = nn.LayerNorm(cfg.d_model)
        self.fc1 = nn.Linear(cfg.d_model, cfg.ffn)
        self.fc2 = nn.Linear(cfg.ffn, cfg.d_model)
        self.ln3 = nn.LayerNorm(cfg.d_model)
        self.act = act

    def forward(self, x, causal, enc, enc_mask, past):
        """past = (self_k, self_v, cross_k, cross_v) or None; returns x and the new four-tuple."""
        k, v = self.self_attn.project_kv(x)
        if past is not None:
            k, v = torch.cat([past[0], k], dim=2), torch.cat([past[1], v], dim=2)
            ck, cv = past[2], past[3]
        else:
            ck, cv = self.cross_attn.project_kv(enc)
        x = self.ln1(x + self.self_attn.attend(x, k, v, causal))
        x = self.ln2(x + self.cross_attn.attend(x, ck, cv, enc_mask))
        x = self.ln3(x + self.fc2(self.act(self.fc1(x))))
        return x, (k, v, ck, cv)


class TinySeq2Seq(nn.Module):
    """Marian: scaled embeddings, sinusoidal positions, swish. BART: learned positions offset by 2,
    an embedding LayerNorm, gelu. Both: post-LN layers, tied LM head plus final_logits_bias."""

    def __init__(self, cfg):
        super().__init__()
        self.cfg = cfg
        marian = cfg.family == "marian"
        act = F.silu if marian else F.gelu
        self.embed = nn.Embedding(cfg.vocab_size, cfg.d_model)
        self.embed_scale = math.sqrt(cfg.d_model) if marian else 1.0
        if marian:
            self.register_buffer("sinusoids", sinusoids(cfg.max_positions, cfg.d_model))
            self.final_logits_bias = nn.Parameter(torch.zeros(cfg.vocab_size))
        else:
            self.enc_positions = nn.Embedding(cfg.max_positions + 2, cfg.d_model)
            self.dec_positions = nn.Embedding(cfg.max_positions + 2, cfg.d_model)
            self.enc_ln_embed = nn.LayerNorm(cfg.d_model)
            self.dec_ln_embed = nn.LayerNorm(cfg.d_model)
            self.register_buffer("final_logits_bias", torch.zeros(cfg.vocab_size))
        self.encoder_layers = nn.ModuleList(EncoderLayer(cfg, act) for _ in range(cfg.encoder_layers))
        self.decoder_layers = nn.ModuleList(DecoderLayer(cfg, act) for _ in range(cfg.decoder_layers))
        self.apply(self._init)

    @staticmethod
    def _init(module):
        # HF-style small init; N(0,1) embeddings times sqrt(d) start training at a loss near 50
        if isinstance(module, (nn.Linear, nn.Embedding)):
            nn.init.normal_(module.weight, std=0.02)
        if isinstance(module, nn.Linear):
            nn.init.zeros_(module.bias)

    def _embed(self, ids, positions, decoder):
        x = self.embed(ids) * self.embed_scale
        if self.cfg.family == "marian":
            return x + F.embedding(positions, self.sinusoids)
        table, norm = (self.dec_positions, self.dec_ln_embed) if decoder else (self.enc_positions, self.enc_ln_embed)
        return norm(x + table(positions + 2))

    @staticmethod
    def key_mask(attention_mask):
        return (1.0 - attention_mask[:, None, None, :].to(torch.float32)) * NEG

    def encode(self, input_ids, attention_mask):
        positions = torch.arange(input_ids.shape[1], dtype=torch.long)
        x = self._embed(input_ids, positions, decoder=False)
        mask = self.key_mask(attention_mask)
        for layer in self.encoder_layers:
            x = layer(x, mask)
        return x

    def decode(self, input_ids, enc, enc_attention_mask, past=None):
        """Logits for every decoder position and the per-layer (self_k, self_v, cross_k, cross_v)."""
        steps = input_ids.shape[1]
        past_len = past[0][0].shape[2] if past is not None else 0
        positions = torch.arange(steps, dtype=torch.long) + past_len
        keys = torch.arange(steps + past_len, dtype=torch.long)
        causal = (keys[None, :] > positions[:, None]).to(torch.float32) * NEG
        enc_mask = self.key_mask(enc_attention_mask)
        x = self._embed(input_ids, positions, decoder=True)
        presents = []
        for i, layer in enumerate(self.decoder_layers):
            x, present = layer(x, causal, enc, enc_mask, None if past is None else past[i])
            presents.append(present)
        b, t, d = x.shape
        # 2-D linear exports as Gemm(transB=1) that shares the embedding initializer instead of a copy
        logits = F.linear(x.reshape(b * t, d), self.embed.weight, self.final_logits_bias)
        return logits.reshape(b, t, self.cfg.vocab_size), presents

    def forward(self, input_ids, attention_mask, decoder_input_ids):
        enc = self.encode(input_ids, attention_mask)
        return self.decode(decoder_input_ids, enc, attention_mask)[0]

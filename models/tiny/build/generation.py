"""Reference decoding with Hugging Face transformers' generate() semantics, for the tiny models.

Greedy follows `_sample` without sampling: argmax over the processed raw logits. Beam search follows the
vectorized `_beam_search` of current transformers (top 2*num_beams continuations of the accumulated
log-softmax scores, finished hypotheses scored sum_logprobs / generated_len ** length_penalty with the EOS
counted, the `_check_early_stop_heuristic` stopping rule). The decoder is recomputed over the whole prefix at
every step (no KV cache): slower, but it has no cache bookkeeping that could be wrong.
"""
from dataclasses import dataclass, field, asdict

import torch

NEG = -1.0e9


@dataclass
class Settings:
    """The generation_config fields this reference understands; lengths count the decoder start token."""
    max_length: int
    eos_token_id: int
    pad_token_id: int
    decoder_start_token_id: int
    num_beams: int = 1
    length_penalty: float = 1.0
    early_stopping: object = False          # True, False or "never"
    num_return_sequences: int = 1
    min_length: int = 0
    no_repeat_ngram_size: int = 0
    repetition_penalty: float = 1.0
    bad_words_ids: list = field(default_factory=list)
    forced_bos_token_id: object = None
    forced_eos_token_id: object = None

    def to_dict(self):
        return asdict(self)


def process(rows, scores, s):
    """The logits processors in the order transformers builds them; rows are the decoder inputs so far."""
    scores = scores.clone()
    cur_len = len(rows[0])
    if s.repetition_penalty != 1.0:
        for r, row in enumerate(rows):
            ids = torch.tensor(sorted(set(row)))
            picked = scores[r, ids]
            scores[r, ids] = torch.where(picked < 0, picked * s.repetition_penalty, picked / s.repetition_penalty)
    n = s.no_repeat_ngram_size
    if n > 0 and cur_len + 1 >= n:
        for r, row in enumerate(rows):
            seen = {}
            for i in range(len(row) - n + 1):
                seen.setdefault(tuple(row[i:i + n - 1]), []).append(row[i + n - 1])
            for token in seen.get(tuple(row[cur_len + 1 - n:cur_len]), []):
                scores[r, token] = -float("inf")
    for bad in s.bad_words_ids:
        for r, row in enumerate(rows):
            prefix = bad[:-1]
            if not prefix or (len(row) >= len(prefix) and row[len(row) - len(prefix):] == prefix):
                scores[r, bad[-1]] = -float("inf")
    if cur_len < s.min_length:
        scores[:, s.eos_token_id] = -float("inf")
    for forced, at in ((s.forced_bos_token_id, 1), (s.forced_eos_token_id, s.max_length - 1)):
        if forced is not None and cur_len == at:
            scores[:, :] = -float("inf")
            scores[:, forced] = 0.0
    return scores


def greedy(next_logits, batch, s):
    """Greedy for a batch; returns per row (output ids without start token, raw max logit per step).

    next_logits(rows) gives the raw last-position logits [rows, vocab] for the decoder inputs `rows`.
    Finished rows are fed pad, as transformers does; their outputs are cut at the first EOS.
    """
    rows = [[s.decoder_start_token_id] for _ in range(batch)]
    done = [False] * batch
    maxima = [[] for _ in range(batch)]
    while len(rows[0]) < s.max_length and not all(done):
        raw = next_logits(rows)
        chosen = torch.argmax(process(rows, raw, s), dim=-1).tolist()
        for r in range(batch):
            if done[r]:
                rows[r].append(s.pad_token_id)
                continue
            maxima[r].append(float(raw[r].max()))
            rows[r].append(chosen[r])
            done[r] = chosen[r] == s.eos_token_id
    return [(row[1:len(m) + 1], m) for row, m in zip(rows, maxima)]


def beam_search(next_logits, s, legacy_stop=False):
    """Beam search for one input; returns [(output ids without start token, sequence score)] best first.

    Batched beam search in transformers treats every batch row independently, so one row is enough.
    legacy_stop=True swaps in the stopping test of the older BeamSearchScorer (best of all candidates
    instead of the best running beam); it exists only to show that both give the same references.
    """
    k, prompt = s.num_beams, 1
    running = [[s.decoder_start_token_id] for _ in range(k)]
    running_scores = torch.full((k,), NEG, dtype=torch.float32)
    running_scores[0] = 0.0
    finished = [([], NEG, False)] * k        # (sequence, score, is finished)
    unsatisfied = True
    cur_len = prompt
    while True:
        raw = next_logits(running)
        logp = process(running, torch.log_softmax(raw.to(torch.float32), dim=-1), s)
        vocab = logp.shape[1]
        total = (logp + running_scores[:, None]).reshape(-1)
        top_scores, top_index = torch.topk(total, 2 * k)
        candidates = []
        for rank in range(2 * k):
            beam, token = divmod(int(top_index[rank]), vocab)
            seq = running[beam] + [token]
            hits = token == s.eos_token_id or len(seq) >= s.max_length
            candidates.append((seq, top_scores[rank], hits, rank))
        # the next running beams: best candidates that did not stop
        run_scores = torch.stack([c[1] + (NEG if c[2] else 0.0) for c in candidates])
        keep = torch.topk(run_scores, k).indices.tolist()
        new_running = [candidates[i][0] for i in keep]
        new_running_scores = run_scores[keep]
        # finished hypotheses: only the top-k ranked candidates that stopped may enter
        all_full = all(f[2] for f in finished) and s.early_stopping is True
        merged = list(finished)
        for seq, score, hits, rank in candidates:
            value = score / ((cur_len + 1 - prompt) ** s.length_penalty)
            just_finished = hits and rank < k
            value = value + (NEG if all_full else 0.0) + (0.0 if unsatisfied else NEG) + (0.0 if just_finished else NEG)
            merged.append((seq, value, just_finished))
        merged_scores = torch.stack([torch.as_tensor(m[1], dtype=torch.float32) for m in merged])
        finished = [merged[i] for i in torch.topk(merged_scores, k).indices.tolist()]
        running, running_scores = new_running, new_running_scores
        cur_len += 1
        if legacy_stop:
            unsatisfied = unsatisfied and _legacy_not_done(top_scores[0], finished, cur_len, prompt, s)
        else:
            unsatisfied = unsatisfied and _improvement_possible(running_scores, finished, cur_len, prompt, s)
        open_beam = not (all(f[2] for f in finished) and s.early_stopping is True)
        valid = not all(c[2] for c in candidates)
        if not (unsatisfied and open_beam and valid):
            break
    return [(seq[1:], float(score)) for seq, score, _ in finished[:s.num_return_sequences]]


def _improvement_possible(running_scores, finished, cur_len, prompt, s):
    if s.early_stopping == "never" and s.length_penalty > 0.0:
        length = s.max_length - prompt
    else:
        length = cur_len - prompt
    best = running_scores[0] / (length ** s.length_penalty)
    worst = min(float(f[1]) for f in finished)
    return any(best > (worst if f[2] else NEG) for f in finished)


def _legacy_not_done(best_sum_logprobs, finished, cur_len, prompt, s):
    if not all(f[2] for f in finished):
        return True
    if s.early_stopping is True:
        return False
    if s.early_stopping == "never" and s.length_penalty > 0.0:
        length = s.max_length - prompt
    else:
        length = cur_len - prompt
    return not (min(float(f[1]) for f in finished) >= float(best_sum_logprobs) / (length ** s.length_penalty))

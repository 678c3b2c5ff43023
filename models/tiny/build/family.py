"""What differs between the Marian-style translator and the BART-style summarizer: token ids, templates,
Hugging Face config files, generation settings, and the hand-written reference inputs."""
import toy_tasks
from tiny_seq2seq import TinyConfig


class MarianRecipe:
    model_id = "tiny-marian-de-en"
    spm_vocab_size = 511
    # Marian's layout: </s>=0, <unk>=1, and <pad> appended after the SentencePiece pieces (also the start token)
    spm_ids = {"unk": 1, "bos": -1, "eos": 0, "pad": -1}
    appended_pad = True
    template = ["$A", "</s>"]
    pair_template = ["$A", "$B", "</s>"]
    handcrafted = [
        "der Bürgermeister öffnet 42 Brücken.",
        "die Regierung baut übermorgen zwölf Rechenzentren!",
        "das Eichhörnchen schläft sehr früh?",
        "Fußgänger und Fußballspieler",
        "der Ölpreis steigt 2026 über 85 Prozent.",
        "Grüße",
        "die Straßenbahn ist heiß",
        "Stromverbrauch wächst 350 Millionen Euro",
    ]
    tokenizer_texts = [
        "Der Bürgermeister öffnet 42 Brücken.", "", "   ", "  Die  Regierung   baut\tBrücken  ",
        "\ufb01nal Straße", "Größe €漢 Maß", "ÖLPREIS STEIGT", "Fußgänger 1.234,5 Euro",
        "Eichhörnchen\U0001F43F", "übermorgen\nheute",
    ]

    def vocab_size(self, sp):
        return sp.get_piece_size() + 1

    def specials(self, v):
        return {"eos_token_id": 0, "unk_token_id": 1, "pad_token_id": v - 1, "decoder_start_token_id": v - 1}

    def added_tokens(self, v):
        return {"</s>": 0, "<unk>": 1, "<pad>": v - 1}

    def model_config(self, v):
        return TinyConfig("marian", v, pad_id=v - 1, eos_id=0, unk_id=1, bos_id=-1, decoder_start_id=v - 1)

    def wrap(self, ids):
        return list(ids) + [0]

    wrap_target = wrap

    def wrap_pieces(self, pieces):
        return list(pieces) + ["</s>"]

    def generation(self, v):
        return {"bad_words_ids": [[v - 1]], "decoder_start_token_id": v - 1, "eos_token_id": 0,
                "forced_eos_token_id": 0, "max_length": 64, "num_beams": 4, "length_penalty": 1.0,
                "early_stopping": False, "pad_token_id": v - 1}

    def config_json(self, c):
        return {
            "architectures": ["MarianMTModel"], "model_type": "marian", "vocab_size": c.vocab_size,
            "decoder_vocab_size": c.vocab_size, "d_model": c.d_model, "encoder_layers": c.encoder_layers,
            "decoder_layers": c.decoder_layers, "num_hidden_layers": c.encoder_layers,
            "encoder_attention_heads": c.heads, "decoder_attention_heads": c.heads,
            "encoder_ffn_dim": c.ffn, "decoder_ffn_dim": c.ffn, "activation_function": "swish",
            "max_position_embeddings": c.max_positions, "scale_embedding": True, "static_position_embeddings": True,
            "normalize_before": False, "share_encoder_decoder_embeddings": True, "tie_word_embeddings": True,
            "is_encoder_decoder": True, "use_cache": True, "dropout": 0.0, "attention_dropout": 0.0,
            "activation_dropout": 0.0, "init_std": 0.02, "encoder_layerdrop": 0.0, "decoder_layerdrop": 0.0,
            "pad_token_id": c.pad_id, "eos_token_id": c.eos_id, "decoder_start_token_id": c.decoder_start_id,
            "forced_eos_token_id": c.eos_id, "bad_words_ids": [[c.pad_id]], "max_length": 64, "num_beams": 4,
        }

    def tokenizer_config(self):
        return {"tokenizer_class": "MarianTokenizer", "model_max_length": 128, "eos_token": "</s>",
                "unk_token": "<unk>", "pad_token": "<pad>", "source_lang": "de", "target_lang": "en",
                "separate_vocabs": False, "clean_up_tokenization_spaces": False}

    def manifest_head(self):
        return {"id": self.model_id, "task": "translation", "family": "marian", "languages": ["de", "en"],
                "source": "de", "target": "en", "licence": "Apache-2.0",
                "origin": {"repository": "newsdigest/models/tiny/build", "revision": "built"}}

    def reference_sources(self):
        extra = [s for s, _ in toy_tasks.held_out_pairs("marian", 10, 3)]
        return self.handcrafted + [s for s in extra if s not in self.handcrafted]

    def coverage_lines(self):
        return [f"{de} {en}" for de, en in toy_tasks.LEXICON_DE_EN.items()] + ["0 1 2 3 4 5 6 7 8 9 . ? !"]

    def processor_cases(self, refs, toy):
        long_one, plain = refs[1], refs[0]
        first_two = toy.target_ids(toy_tasks.translate(plain))[:2]
        return [
            ("forced-eos-at-max-length", "greedy", long_one, {"max_length": 5}),
            ("forced-eos-at-max-length", "beam", long_one, {"max_length": 5, "num_return_sequences": 4}),
            ("min-length", "greedy", plain, {"min_length": 14}),
            ("min-length", "beam", plain, {"min_length": 14}),
            ("no-repeat-ngram", "greedy", "die die die Regierung", {"no_repeat_ngram_size": 2}),
            ("repetition-penalty", "greedy", "die die die Regierung", {"repetition_penalty": 1.5}),
            ("bad-words-sequence", "greedy", plain, {"bad_words_ids": [[toy.cfg.pad_id], first_two]}),
            ("early-stopping-true", "beam", refs[2], {"early_stopping": True, "num_return_sequences": 4}),
            ("early-stopping-never", "beam", refs[2], {"early_stopping": "never", "num_return_sequences": 4}),
            ("length-penalty-2", "beam", refs[3], {"length_penalty": 2.0, "num_return_sequences": 4}),
            ("two-beams", "beam", refs[4], {"num_beams": 2, "num_return_sequences": 2}),
        ]

    extra_sources = ["die die die Regierung"]


class BartRecipe:
    model_id = "tiny-bart-summarizer"
    spm_vocab_size = 400
    # BART's layout: <s>=0, <pad>=1, </s>=2, <unk>=3; generation starts with </s> and forces <s> next
    spm_ids = {"unk": 3, "bos": 0, "eos": 2, "pad": 1}
    appended_pad = False
    template = ["<s>", "$A", "</s>"]
    pair_template = ["<s>", "$A", "</s>", "</s>", "$B", "</s>"]
    handcrafted = [
        "the mayor of Zürich opened the bridge, and voters praised the council.",
        "police warned residents in Köln, after the storm.",
        "scientists announced a study with 120 children.",
        "the court rejected the budget for 2026, as taxes cut.",
        "workers.",
        "the league and the coach lost, in München, at the festival.",
        "shares of the company won 7 percent, profit was cut.",
        "Genève museum sold data, to the team.",
    ]
    tokenizer_texts = [
        "the mayor of Zürich opened the bridge.", "", " ", "  police   warned\tresidents  ",
        "\ufb01nal report", "Genève €漢 museum", "COUNCIL APPROVED", "2,200,112 euros", "strike\u2014storm",
    ]
    extra_sources = []

    def vocab_size(self, sp):
        return sp.get_piece_size()

    def specials(self, v):
        return {"bos_token_id": 0, "pad_token_id": 1, "eos_token_id": 2, "unk_token_id": 3,
                "decoder_start_token_id": 2}

    def added_tokens(self, v):
        return {"<s>": 0, "<pad>": 1, "</s>": 2, "<unk>": 3}

    def model_config(self, v):
        return TinyConfig("bart", v, pad_id=1, eos_id=2, unk_id=3, bos_id=0, decoder_start_id=2)

    def wrap(self, ids):
        return [0] + list(ids) + [2]

    wrap_target = wrap

    def wrap_pieces(self, pieces):
        return ["<s>"] + list(pieces) + ["</s>"]

    def generation(self, v):
        return {"bos_token_id": 0, "decoder_start_token_id": 2, "eos_token_id": 2, "pad_token_id": 1,
                "forced_bos_token_id": 0, "forced_eos_token_id": 2, "max_length": 40, "min_length": 3,
                "num_beams": 4, "length_penalty": 2.0, "early_stopping": True, "no_repeat_ngram_size": 3}

    def config_json(self, c):
        return {
            "architectures": ["BartForConditionalGeneration"], "model_type": "bart", "vocab_size": c.vocab_size,
            "d_model": c.d_model, "encoder_layers": c.encoder_layers, "decoder_layers": c.decoder_layers,
            "num_hidden_layers": c.encoder_layers, "encoder_attention_heads": c.heads,
            "decoder_attention_heads": c.heads, "encoder_ffn_dim": c.ffn, "decoder_ffn_dim": c.ffn,
            "activation_function": "gelu", "max_position_embeddings": c.max_positions, "scale_embedding": False,
            "normalize_before": False, "add_final_layer_norm": False, "normalize_embedding": True,
            "tie_word_embeddings": True, "is_encoder_decoder": True, "use_cache": True, "dropout": 0.0,
            "attention_dropout": 0.0, "activation_dropout": 0.0, "init_std": 0.02, "encoder_layerdrop": 0.0,
            "decoder_layerdrop": 0.0, "bos_token_id": 0, "pad_token_id": 1, "eos_token_id": 2,
            "decoder_start_token_id": 2, "forced_bos_token_id": 0, "forced_eos_token_id": 2,
            "max_length": 40, "min_length": 3, "num_beams": 4, "length_penalty": 2.0, "early_stopping": True,
            "no_repeat_ngram_size": 3,
        }

    def tokenizer_config(self):
        return {"tokenizer_class": "BartTokenizer", "model_max_length": 128, "bos_token": "<s>",
                "eos_token": "</s>", "unk_token": "<unk>", "pad_token": "<pad>",
                "clean_up_tokenization_spaces": False}

    def manifest_head(self):
        return {"id": self.model_id, "task": "summarization", "family": "bart", "languages": ["en"],
                "licence": "Apache-2.0", "origin": {"repository": "newsdigest/models/tiny/build", "revision": "built"}}

    def reference_sources(self):
        extra = [s for s, _ in toy_tasks.held_out_pairs("bart", 8, 3)]
        return self.handcrafted + [s for s in extra if s not in self.handcrafted]

    def coverage_lines(self):
        return [" ".join(toy_tasks.STOPWORDS), " ".join(toy_tasks.CONTENT_WORDS), "0 1 2 3 4 5 6 7 8 9 , ."]

    def processor_cases(self, refs, toy):
        return [
            ("forced-eos-at-max-length", "greedy", refs[0], {"max_length": 5}),
            ("forced-eos-at-max-length", "beam", refs[0], {"max_length": 5, "num_return_sequences": 4}),
            ("min-length-and-no-repeat-ngram", "greedy", refs[4], {"min_length": 12}),
            ("min-length-and-no-repeat-ngram", "beam", refs[4], {"min_length": 12}),
            ("min-length-without-no-repeat-ngram", "greedy", refs[4], {"min_length": 12, "no_repeat_ngram_size": 0}),
            ("repetition-penalty", "greedy", refs[1], {"repetition_penalty": 1.5}),
            ("early-stopping-false", "beam", refs[2], {"early_stopping": False, "num_return_sequences": 4}),
            ("early-stopping-never", "beam", refs[2], {"early_stopping": "never", "num_return_sequences": 4}),
            ("length-penalty-1", "beam", refs[3], {"length_penalty": 1.0, "num_return_sequences": 4}),
            ("num-return-sequences-2", "beam", refs[5], {"num_return_sequences": 2}),
        ]


FAMILIES = {"marian": MarianRecipe(), "bart": BartRecipe()}

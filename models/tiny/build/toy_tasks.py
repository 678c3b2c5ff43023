"""The two toy tasks the tiny models learn: word-by-word de->en translation and first-clause keywords.

Both tasks are deterministic functions of the input, so a small model can learn them exactly and any
deviation in an inference engine shows up as a wrong token rather than as a matter of taste.
"""
import hashlib
import random

# German -> English, one fixed rendering per entry. Umlauts, ß, compounds and multi-word targets are
# there on purpose: they force subword splits and one-to-many alignments.
LEXICON_DE_EN = {
    "der": "the", "die": "the", "das": "the", "ein": "a", "eine": "a",
    "ist": "is", "sind": "are", "war": "was", "hat": "has", "haben": "have",
    "und": "and", "oder": "or", "aber": "but", "nicht": "not", "sehr": "very",
    "über": "over", "für": "for", "mit": "with", "ohne": "without", "viele": "many", "wenige": "few",
    "heute": "today", "morgen": "tomorrow", "gestern": "yesterday", "übermorgen": "the day after tomorrow",
    "früh": "early", "spät": "late", "groß": "big", "größer": "bigger", "klein": "small",
    "schön": "beautiful", "heiß": "hot", "kalt": "cold", "süß": "sweet", "müde": "tired",
    "Regierung": "government", "Bürgermeister": "mayor", "Bürger": "citizens", "Gemeinderat": "town council",
    "Straße": "street", "Straßenbahn": "tram", "Fußgänger": "pedestrians", "Fußballspieler": "football player",
    "Brücke": "bridge", "Brücken": "bridges", "Haus": "house", "Häuser": "houses", "Stadt": "city",
    "Dorf": "village", "Fluss": "river", "Wald": "forest", "Eichhörnchen": "squirrel", "Grüße": "greetings",
    "Rechenzentrum": "data center", "Rechenzentren": "data centers", "Stromverbrauch": "power consumption",
    "Ölpreis": "oil price", "Krankenhaus": "hospital", "Ärztin": "doctor", "Lehrerin": "teacher",
    "Schüler": "pupils", "Kinder": "children", "Menschen": "people", "Zeitung": "newspaper",
    "Nachrichten": "news", "Wahl": "election", "Wähler": "voters", "Steuern": "taxes", "Preise": "prices",
    "Mieten": "rents", "Züge": "trains", "Bahnhof": "train station", "Flughafen": "airport",
    "Wetter": "weather", "Regen": "rain", "Schnee": "snow", "Sonne": "sun", "Maß": "measure",
    "Millionen": "million", "Milliarden": "billion", "Prozent": "percent", "Euro": "euro",
    "Jahre": "years", "Monate": "months", "Tage": "days", "zweiundvierzig": "forty-two",
    "dreißig": "thirty", "fünf": "five", "zwölf": "twelve",
    "baut": "builds", "bauen": "build", "kauft": "buys", "verkauft": "sells", "zählt": "counts",
    "schließt": "closes", "öffnet": "opens", "wächst": "grows", "fällt": "falls", "steigt": "rises",
    "spricht": "speaks", "schläft": "sleeps", "läuft": "runs", "isst": "eats",
}

PUNCTUATION = [".", "?", "!"]

# Summarizer toy: the summary is the content words (and figures) of the first clause, in order.
STOPWORDS = ["the", "a", "of", "in", "on", "and", "was", "is", "to", "with", "for", "by", "at", "from",
             "that", "this", "its", "after", "before", "as"]
CONTENT_WORDS = [
    "mayor", "council", "city", "government", "minister", "bridge", "station", "airport", "hospital",
    "school", "river", "forest", "election", "voters", "taxes", "prices", "rents", "trains", "weather",
    "storm", "rain", "snow", "company", "workers", "strike", "market", "shares", "profit", "losses",
    "budget", "court", "judge", "police", "report", "study", "scientists", "museum", "festival", "team",
    "match", "league", "coach", "opened", "closed", "raised", "cut", "approved", "rejected", "announced",
    "won", "lost", "built", "sold", "bought", "warned", "praised", "Zürich", "München", "Köln", "Genève",
    "percent", "million", "euros", "years", "residents", "children", "data", "centers",
]


def held_out(source):
    """About 5 % of all possible inputs are never used for training (decided by a hash of the text)."""
    return hashlib.sha1(source.encode("utf-8")).digest()[0] < 13


def random_number(rng):
    digits = rng.choice([1, 1, 2, 2, 3, 4])
    if digits == 1:
        return str(rng.randint(0, 9))
    return str(rng.randint(10 ** (digits - 1), 10 ** digits - 1))


def translation_pair(rng, repeat_prob=0.0):
    """A German sentence of 1-7 items and its word-by-word English rendering; figures are copied.

    repeat_prob > 0 doubles one word now and then ("schön schön"): rare in uniform sampling, and the
    one kind of input the first training run still got wrong."""
    words = list(LEXICON_DE_EN)
    src, tgt = [], []
    for _ in range(rng.randint(1, 7)):
        if repeat_prob > 0 and src and rng.random() < repeat_prob:
            src.append(src[-1])
            tgt.append(tgt[-1])
            continue
        if rng.random() < 0.15:
            number = random_number(rng)
            src.append(number)
            tgt.append(number)
        else:
            word = rng.choice(words)
            src.append(word)
            tgt.append(LEXICON_DE_EN[word])
    if rng.random() < 0.5:
        mark = rng.choice(PUNCTUATION)
        src[-1] += mark
        tgt[-1] += mark
    return " ".join(src), " ".join(tgt)


def translate(source):
    """The toy task's ground truth for any source sentence built from the lexicon and digits."""
    out = []
    for token in source.split():
        mark = token[-1] if token[-1] in PUNCTUATION else ""
        word = token[:-1] if mark else token
        out.append((word if word.isdigit() else LEXICON_DE_EN[word]) + mark)
    return " ".join(out)


def _clause(rng, first):
    size = rng.randint(3, 6)
    pool = list(CONTENT_WORDS)
    rng.shuffle(pool)
    words = []
    for _ in range(size):
        if rng.random() < 0.4:
            words.append(rng.choice(STOPWORDS))
        elif rng.random() < 0.15:
            words.append(random_number(rng))
        else:
            words.append(pool.pop())  # no repeated content word inside a clause
    if first and not any(w not in STOPWORDS for w in words):
        words[rng.randrange(size)] = pool.pop()
    return words


def summary_pair(rng):
    """An English news-like sentence of 1-3 clauses and its summary (first clause minus stopwords)."""
    clauses = [_clause(rng, i == 0) for i in range(rng.randint(1, 3))]
    text = ", ".join(" ".join(c) for c in clauses) + "."
    return text, summarize(text)


def summarize(text):
    """The summarizer toy's ground truth."""
    first = text.rstrip(".").split(",")[0].split()
    return " ".join(w for w in first if w not in STOPWORDS)


TASKS = {
    "marian": (translation_pair, translate),
    "bart": (summary_pair, summarize),
}

def polish_inputs(family, repeat_prob):
    """Training inputs for the short low-rate continuation (--polish-steps), aimed at the rare mistakes."""
    if family == "marian":
        return lambda rng: translation_pair(rng, repeat_prob=repeat_prob)
    return TASKS[family][0]


def training_pairs(family, count, seed, exclude):
    """`count` training pairs that are neither held out nor among the reference inputs."""
    make, _ = TASKS[family]
    rng = random.Random(seed)
    pairs = []
    while len(pairs) < count:
        src, tgt = make(rng)
        if not held_out(src) and src not in exclude:
            pairs.append((src, tgt))
    return pairs


def held_out_pairs(family, count, seed):
    make, _ = TASKS[family]
    rng = random.Random(seed)
    pairs, seen = [], set()
    while len(pairs) < count:
        src, tgt = make(rng)
        if held_out(src) and src not in seen:
            seen.add(src)
            pairs.append((src, tgt))
    return pairs

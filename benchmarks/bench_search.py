"""Search: 100,000 generated articles of about 3 KB (Zipf vocabulary), 200 mixed queries, against a LIKE scan.

The 100,000-article store is generated once and kept in var/bench/ (it takes a minute or two);
import throughput is measured in every run on fresh stores: bulk insertion through the store
(FTS index kept by its triggers) and `import-articles` of text files (parse, dedupe, link).
"""

from __future__ import annotations

import itertools
import random
import statistics
import tempfile
import time
from pathlib import Path

from briefing.core.interchange.articles import import_steps
from briefing.core.progress import run as drive
from briefing.core.store import open_store
from briefing.core.store.search import like_scan, search

ARTICLES = 100_000
WORDS_PER_ARTICLE = 430  # about 3 KB of text
GENERATOR_VERSION = 2
STORE = Path("var/bench") / f"search-{ARTICLES}-v{GENERATOR_VERSION}.sqlite"

_COMMON = [
    "de",
    "het",
    "een",
    "van",
    "en",
    "in",
    "is",
    "op",
    "te",
    "dat",
    "die",
    "voor",
    "met",
    "zijn",
    "aan",
    "er",
    "niet",
    "om",
    "ook",
    "als",
    "bij",
    "door",
    "worden",
    "naar",
    "la",
    "le",
    "les",
    "des",
    "du",
    "et",
    "en",
    "un",
    "une",
    "dans",
    "pour",
    "par",
    "sur",
    "au",
    "the",
    "of",
    "and",
    "to",
    "in",
    "for",
    "on",
    "with",
    "by",
    "from",
    "that",
    "veiligheid",
    "preventie",
    "politie",
    "samenwerking",
    "delegatie",
    "bezoek",
    "minister",
    "directie",
    "criminaliteit",
    "gemeente",
    "lokale",
    "federale",
    "europese",
    "benelux",
    "crisiscentrum",
    "zone",
    "beleid",
    "parket",
    "justitie",
    "aanklagers",
    "sécurité",
    "prévention",
    "police",
    "coopération",
    "security",
    "prevention",
    "cooperation",
    "programma",
    "overleg",
    "netwerk",
    "burgers",
    "projecten",
    "integrale",
    "kadernota",
    "grensoverschrijdende",
    "informatie-uitwisseling",
    "rapport",
    "analyse",
]
_SYLLABLES = [
    "ver",
    "vei",
    "lig",
    "heid",
    "pre",
    "ven",
    "tie",
    "po",
    "li",
    "sa",
    "men",
    "wer",
    "king",
    "de",
    "le",
    "ga",
    "bur",
    "ger",
    "ge",
    "meen",
    "te",
    "zo",
    "ne",
    "be",
    "leid",
    "pro",
    "ject",
    "kor",
    "ps",
    "chef",
    "in",
    "spec",
    "teur",
    "cri",
    "mi",
    "na",
    "li",
    "teit",
    "over",
    "leg",
    "net",
    "werk",
    "ana",
    "ly",
    "se",
    "rap",
    "port",
    "ju",
    "stit",
    "ie",
    "fe",
    "de",
    "ra",
    "le",
    "eu",
    "ro",
    "pe",
    "se",
    "grens",
    "toe",
    "zicht",
    "mo",
    "ni",
    "tor",
    "sta",
    "tion",
    "bu",
    "reau",
    "dienst",
    "or",
    "ga",
    "ni",
    "sa",
    "tie",
]


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    words = list(dict.fromkeys(_COMMON))
    seen = set(words)
    while len(words) < size:
        word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.choice((2, 3, 3, 4))))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def _corpus(seed: int = 7):
    """(vocabulary, rare words, article generator): Zipf-spread words, plus three rare names per article."""
    rng = random.Random(seed)
    vocab = _vocabulary(rng, 30_000)
    cumulative = list(itertools.accumulate(1 / (rank**1.07) for rank in range(1, len(vocab) + 1)))
    rare = [f"{rng.choice(_SYLLABLES)}{rng.choice(_SYLLABLES)}{n:05d}x" for n in range(150_000)]

    def articles(count: int, start: int = 0):
        local = random.Random(seed + start)
        for n in range(start, start + count):
            words = local.choices(vocab, cum_weights=cumulative, k=WORDS_PER_ARTICLE)
            for _ in range(3):
                words.insert(local.randrange(len(words)), local.choice(rare))
            title = " ".join(words[:7]).capitalize()
            body = " ".join(words[7:])
            cut = body.find(" ", 400)
            day = 1 + n % 28
            yield {
                "title": title,
                "published": f"{2015 + n % 11}-{1 + n % 12:02d}-{day:02d}",
                "source": "Bench",
                "summary": body[:cut],
                "body": body[cut + 1 :],
            }

    return vocab, rare, articles


def _bulk(store, rows, batch: int = 5000) -> int:
    count = 0
    rows = iter(rows)
    while chunk := list(itertools.islice(rows, batch)):
        with store.transaction():
            store.conn.executemany(
                "INSERT INTO articles (title, published, source, summary, body) "
                "VALUES (:title, :published, :source, :summary, :body)",
                chunk,
            )
        count += len(chunk)
    return count


def _ensure_store(articles) -> tuple[Path, float | None]:
    if STORE.exists():
        return STORE, None
    STORE.parent.mkdir(parents=True, exist_ok=True)
    partial = STORE.with_suffix(".part")
    for leftover in STORE.parent.glob(partial.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    store = open_store(partial)
    _bulk(store, articles(ARTICLES))
    store.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')")
    store.close()
    elapsed = time.perf_counter() - started
    partial.rename(STORE)
    return STORE, elapsed


def _queries(rng: random.Random, vocab: list[str], rare: list[str], store) -> dict[str, list[str]]:
    common = vocab[4:80]
    mid = vocab[300:3000]
    row = store.conn.execute("SELECT summary FROM articles WHERE id = 4242").fetchone()
    words = row[0].split()
    phrases = [" ".join(words[i : i + 2]) for i in range(0, min(len(words) - 2, 60), 3)]
    prefixes = [w[: rng.choice((3, 4))] for w in rng.sample(vocab[30:3000], 40) if len(w) >= 5]
    return {
        "common word": [rng.choice(common) + " " for _ in range(40)],
        "mid-frequency word": [rng.choice(mid) + " " for _ in range(40)],
        "rare word": [rng.choice(rare) + " " for _ in range(40)],
        "two words": [f"{rng.choice(mid)} {rng.choice(common)} " for _ in range(30)],
        "phrase": [f'"{rng.choice(phrases)}"' for _ in range(20)],
        "prefix (3-4 letters, typing)": [rng.choice(prefixes) for _ in range(30)],
    }


def _percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def run() -> None:
    vocab, rare, articles = _corpus()
    path, built = _ensure_store(articles)
    store = open_store(path)
    count = store.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    print(f"   store: {count:,} articles, {size / 1e6:,.0f} MB ({size / count / 1024:.1f} KB per article)", end="")
    print(f", generated in {built:.0f} s" if built else " (generated in an earlier run)")

    rng = random.Random(11)
    kinds = _queries(rng, vocab, rare, store)
    for query in itertools.islice(itertools.chain(*kinds.values()), 20):  # warm the page cache
        search(store, query)
    print("   kind                           n    p50 ms   p95 ms   max ms   hits (median)  LIKE p50 ms")
    everything: list[float] = []
    for kind, queries in kinds.items():
        samples, hits = [], []
        for query in queries:
            started = time.perf_counter()
            results = search(store, query)
            samples.append((time.perf_counter() - started) * 1000)
            hits.append(results.estimated)
        everything += samples
        like = []
        for query in queries[:3]:
            word = query.strip().strip('"').split()[0]
            started = time.perf_counter()
            like_scan(store, word, limit=50)
            like.append((time.perf_counter() - started) * 1000)
        print(
            f"   {kind:<29} {len(samples):3d}  {statistics.median(samples):8.2f} {_percentile(samples, 0.95):8.2f}"
            f" {max(samples):8.2f}   {statistics.median(hits):12,.0f}  {statistics.median(like):10.1f}"
        )
    print(
        f"   {'overall':<29} {len(everything):3d}  {statistics.median(everything):8.2f}"
        f" {_percentile(everything, 0.95):8.2f} {max(everything):8.2f}"
    )
    store.close()

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        fresh = open_store(tmp / "bulk.sqlite")
        started = time.perf_counter()
        n = _bulk(fresh, articles(10_000, start=ARTICLES))
        rate = n / (time.perf_counter() - started)
        print(f"   import throughput, bulk through the store (FTS kept by triggers): {rate:,.0f} articles/s")
        fresh.close()
        folder = tmp / "files"
        folder.mkdir()
        files = []
        for index, article in enumerate(articles(1_000, start=ARTICLES + 10_000)):
            file = folder / f"artikel-{index:04d}.txt"
            file.write_text(f"{article['title']}\n\n{article['summary']}\n\n{article['body']}\n", encoding="utf-8")
            files.append(file)
        target = open_store(tmp / "files.sqlite")
        started = time.perf_counter()
        report = drive(import_steps(target, files))
        elapsed = time.perf_counter() - started
        assert not report.failed
        print(
            f"   import throughput, import-articles of {len(files):,} text files: {len(files) / elapsed:,.0f} per s"
        )
        target.close()


__all__ = ["run"]

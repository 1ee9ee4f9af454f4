"""The store's faster comparisons give the same answers as the definitions they replace."""

from __future__ import annotations


def _match_claims_by_definition(old, new):
    """``models.changes.match_claims`` as first written: every same-speaker pair compared."""
    from models.changes import CLAIM_SIMILARITY, similarity, speaker_key

    candidates = []
    for i, a in enumerate(old):
        for j, b in enumerate(new):
            if speaker_key(a) == speaker_key(b):
                score = similarity(a.get("text", ""), b.get("text", ""))
                if score >= CLAIM_SIMILARITY:
                    candidates.append((-score, i, j))
    candidates.sort()
    pairs, used = {}, set()
    for neg, i, j in candidates:
        if i not in pairs and j not in used:
            pairs[i] = (j, "unchanged" if neg == -1.0 else "reworded")
            used.add(j)
    out = [(i, j, s) for i, (j, s) in sorted(pairs.items())]
    out += [(i, None, "withdrawn") for i in range(len(old)) if i not in pairs]
    return out + [(None, j, "appeared") for j in range(len(new)) if j not in used]


def test_match_claims_agrees_with_its_definition():
    import random

    from models.changes import match_claims

    rnd = random.Random(5)
    words = "rates growth the a cut 增长 市场 预计 slower pace of easing credit".split()
    speakers = ["Chen Wei", "chen  wei", "Sun Hao", "", "赵明"]

    def claim():
        return {"speaker": rnd.choice(speakers), "text": " ".join(rnd.choices(words, k=rnd.randint(0, 7)))}

    for _ in range(300):
        old = [claim() for _ in range(rnd.randint(0, 6))]
        new = [dict(c, text=c["text"] + rnd.choice(["", ".", " rates", " 市场"])) if rnd.random() < 0.6 else claim()
               for c in old] + [claim() for _ in range(rnd.randint(0, 3))]
        rnd.shuffle(new)
        assert match_claims(old, new) == _match_claims_by_definition(old, new)


def _grams_reference(text):
    """models.cjk.grams as first written: every start, then every length up to MAX_GRAM."""
    import re

    from models.cjk import CJK_RUN, MAX_GRAM

    def run_grams(run):
        return " ".join(run[i:i + n] for i in range(len(run)) for n in range(1, MAX_GRAM + 1) if i + n <= len(run))

    return None if text is None else CJK_RUN.sub(lambda m: f" {run_grams(m.group(0))} ", text)


def test_cjk_grams_are_the_same_as_the_first_loop():
    import random

    from models.cjk import grams

    assert grams("挖矿机") == " 挖 挖矿 挖矿机 矿 矿机 机 "
    fixed = [None, "", "plain words only", "央", "央行", "发改委", "人民银行", "中国人民银行今日", "A股 和 港股：涨了。",
             "かなカナ한국어漢字 mixed 1 2 3"]
    rnd = random.Random(7)
    alphabet = "央行股市涨跌かな한 aZ1。，\n"
    fixed += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30))) for _ in range(500)]
    for text in fixed:
        assert grams(text) == _grams_reference(text), text

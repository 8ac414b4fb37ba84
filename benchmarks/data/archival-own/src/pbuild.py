# ruff: noqa: E501
"""Build the p* documents of archival-own: texts and gold offsets from one description each.

A description is a list of paragraphs; a paragraph is a list of items:
  ("L", ru, en, traps, required)   a linked sentence; traps = [(ru_part, en_part, why)], required = [(kind, ru, en, why)]
  ("S", ru) / ("T", en)            an untranslated source line / an editorial target line (unlinked)
  ("LS", ru, en)                   apparatus rendered on both sides, linked, no traps
Run: python pbuild.py  (writes NAME.ru.txt, NAME.en.txt, NAME.gold.json beside this folder)
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def anchor(text, part, base, name):
    i = text.find(part)
    assert i >= 0, (name, part, text)
    return {"text": part, "offset": base + i}


def build(name, doc, about, genre, notes):
    ru, en = [], []
    gold = dict(
        about=about,
        genre=genre,
        source_file=f"{name}.ru.txt",
        target_file=f"{name}.en.txt",
        links=[],
        unlinked_source=[],
        unlinked_target=[],
        dehyphenated_words=[],
        findings_required=[],
        findings_expected=[],
        findings_acceptable=[],
        findings_forbidden=[],
        notes=notes,
    )
    rpos = epos = 0
    for para in doc:
        rline, eline = [], []
        for it in para:
            kind = it[0]
            if kind in ("L", "LS"):
                r, e = it[1], it[2]
                rb = rpos + sum(len(x) + 1 for x in rline)
                eb = epos + sum(len(x) + 1 for x in eline)
                gold["links"].append(
                    {
                        "source": {"text": r.split()[0], "offset": rb},
                        "target": {"text": e.split()[0], "offset": eb},
                    }
                )
                if kind == "L":
                    for rt, et, why in it[3]:
                        ent = {"source": anchor(r, rt, rb, name)}
                        if et:
                            ent["target"] = anchor(e, et, eb, name)
                        ent["why"] = why
                        gold["findings_forbidden"].append(ent)
                    for k, rt, et, why in it[4]:
                        gold["findings_required"].append(
                            {
                                "kind": k,
                                "source": anchor(r, rt, rb, name),
                                "target": anchor(e, et, eb, name),
                                "why": why,
                            }
                        )
                rline.append(r)
                eline.append(e)
            elif kind == "S":
                rb = rpos + sum(len(x) + 1 for x in rline)
                gold["unlinked_source"].append({"text": it[1], "offset": rb})
                rline.append(it[1])
            elif kind == "T":
                eb = epos + sum(len(x) + 1 for x in eline)
                gold["unlinked_target"].append({"text": it[1], "offset": eb})
                eline.append(it[1])
        sep_r = "\n" if any(i[0] in ("S", "LS") for i in para) else " "
        sep_e = "\n" if any(i[0] in ("T", "LS") for i in para) else " "
        # keep offsets simple: one separator of length 1 between items of a paragraph
        if rline:
            ru.append(sep_r.join(rline))
            rpos += len(ru[-1]) + 2
        if eline:
            en.append(sep_e.join(eline))
            epos += len(en[-1]) + 2
    rt, et = "\n\n".join(ru) + "\n", "\n\n".join(en) + "\n"
    for sec, txt, side in (("links", rt, "source"), ("links", et, "target")):
        for ln in gold[sec]:
            a = ln[side]
            assert txt[a["offset"] : a["offset"] + len(a["text"])] == a["text"], (name, a)
    for ent in gold["findings_forbidden"] + gold["findings_required"]:
        for side, txt in (("source", rt), ("target", et)):
            if side in ent:
                a = ent[side]
                assert txt[a["offset"] : a["offset"] + len(a["text"])] == a["text"], (name, a)
    for a in gold["unlinked_source"]:
        assert rt[a["offset"] : a["offset"] + len(a["text"])] == a["text"]
    for a in gold["unlinked_target"]:
        assert et[a["offset"] : a["offset"] + len(a["text"])] == a["text"]
    for ext, txt in (("ru.txt", rt), ("en.txt", et)):
        with open(os.path.join(OUT, f"{name}.{ext}"), "w", encoding="utf-8") as f:
            f.write(txt)
    with open(os.path.join(OUT, f"{name}.gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    import pdocs
    import pdocs_fresh

    for args in pdocs.DOCS + pdocs_fresh.DOCS:
        build(*args)

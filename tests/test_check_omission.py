"""The ``omission`` and ``addition`` checks, through the whole pipeline as a user runs it."""

from __future__ import annotations

import pytest

from aligner.checks.omission import length_model
from aligner.config import Config
from aligner.pipeline import check_texts

CHECKS = Config(checks=("omission", "addition"))

SOURCE = (
    "Совет министров обсудил положение на фронте. "
    "Командующий доложил о потерях армии за неделю боёв. "
    "Было решено направить в район новые дивизии и артиллерию."
)
TARGET = (
    "The Council of Ministers discussed the situation at the front. "
    "The commander reported the losses of the army in a week of fighting. "
    "It was decided to send new divisions and artillery to the area."
)


def kinds(source: str, target: str) -> list[tuple[str, str, str]]:
    report = check_texts(source, target, config=CHECKS)
    return [(f.kind, f.severity.value, f.rule) for f in report.findings]


def test_a_faithful_translation_gives_no_finding() -> None:
    assert kinds(SOURCE, TARGET) == []


def test_a_dropped_sentence_is_a_major_omission_pointing_at_the_original() -> None:
    dropped = "The commander reported the losses of the army in a week of fighting. "
    target = TARGET.replace(dropped, "")
    report = check_texts(SOURCE, target, config=CHECKS)
    omissions = [f for f in report.findings if f.kind == "omission"]
    assert omissions
    f = omissions[0]
    assert f.severity.value == "major"
    shown = " ".join(SOURCE[e.start : e.end] for e in f.source_evidence)
    assert "Командующий доложил" in shown


def test_an_unrelated_added_sentence_is_a_major_addition() -> None:
    extra = "The weather in the capital was cold and rainy all week long. "
    target = TARGET.replace("It was decided", extra + "It was decided")
    report = check_texts(SOURCE, target, config=CHECKS)
    additions = [f for f in report.findings if f.kind == "addition"]
    assert additions
    assert additions[0].severity.value == "major"
    shown = " ".join(target[e.start : e.end] for e in additions[0].target_evidence)
    assert "weather in the capital" in shown


def test_half_a_sentence_missing_is_reported_with_both_sides() -> None:
    source = SOURCE.replace(
        "Командующий доложил о потерях армии за неделю боёв.",
        "Командующий фронтом подробно доложил Совету о тяжёлых потерях армии за неделю "
        "ожесточённых боёв под городом и о нехватке снарядов, горючего и продовольствия.",
    )
    target = TARGET.replace(
        "The commander reported the losses of the army in a week of fighting.",
        "The front commander reported to the Council.",
    )
    report = check_texts(source, target, config=CHECKS)
    (f,) = report.findings
    assert (f.kind, f.rule, f.severity.value) == ("omission", "omission.short", "major")
    assert "Командующий фронтом" in source[f.source_evidence[0].start : f.source_evidence[0].end]
    assert target[f.target_evidence[0].start : f.target_evidence[0].end].startswith("The front")
    assert "missing" in f.message


def test_an_editorial_note_is_no_addition() -> None:
    source = "Преданный Вам Ким Ир Сен, Председатель Кабинета Министров КНДР."
    target = "Yours faithfully, Kim Il Sung, Chairman of the Cabinet of Ministers of the DPRK\n\n[signature]"
    assert kinds(source, target) == []


def test_a_short_untranslated_fragment_is_only_minor() -> None:
    source = SOURCE + "\n\nОтвет: Иванов."  # ("Верно: …", a certification, is apparatus)
    found = kinds(source, TARGET)
    assert found == [("omission", "minor", "omission.unaligned")]


def test_an_untranslated_heading_with_initials_is_only_minor() -> None:
    found = kinds("Из записей Воронова П. С.\n\n" + SOURCE, TARGET)
    assert found == [("omission", "minor", "omission.unaligned")]


def test_a_second_witness_left_untranslated_is_only_noted() -> None:
    source = SOURCE + "\n\nБыло решено направить в этот район новые дивизии и артиллерию."
    assert [k for k in kinds(source, TARGET) if k[0] == "omission"] == [
        ("omission", "info", "omission.repeated")
    ]


def test_the_length_model_is_calibrated_for_russian_to_english() -> None:
    model = length_model("ru", "en")
    assert model is not None
    assert 0.9 < model.ratio < 1.2
    assert model.omission_below < model.merged_omission_below < 1 < model.addition_above
    assert length_model("fr", "de") is None


RUN_ON = (
    "Совет министров обсудил положение на фронте и потери армии "
    "Командующий доложил о потерях армии за неделю боёв и о положении дивизий на фронте."
)


def test_a_heading_run_into_its_first_sentence_and_left_untranslated_is_found() -> None:
    target = "The commander reported army losses over a week of fighting and the divisions at the front."
    report = check_texts(RUN_ON, target, config=CHECKS)
    omissions = [f for f in report.findings if f.kind == "omission"]
    assert [f.rule for f in omissions] == ["omission.run_on"]
    shown = " ".join(RUN_ON[e.start : e.end] for e in omissions[0].source_evidence)
    assert shown.startswith("Совет министров обсудил")
    assert "Командующий" not in shown


def test_a_run_on_segment_translated_whole_gives_no_finding() -> None:
    target = (
        "The Council of Ministers discussed the situation at the front and the army's losses "
        "The commander reported the losses of the army in a week of fighting and the state "
        "of the divisions at the front."
    )
    assert kinds(RUN_ON, target) == []


def test_an_added_heading_run_into_a_translated_sentence_is_found() -> None:
    source = "Командующий доложил о потерях армии за неделю боёв и о положении дивизий на фронте."
    extra = "Heavy snowfall paralysed railway traffic across the northern provinces"
    target = (
        f"{extra} The commander reported army losses in a week of battles and the divisions at the front."
    )
    report = check_texts(source, target, config=CHECKS)
    additions = [f for f in report.findings if f.kind == "addition"]
    assert [f.rule for f in additions] == ["addition.run_on"]
    shown = " ".join(target[e.start : e.end] for e in additions[0].target_evidence)
    assert shown.startswith("Heavy snowfall")
    assert "commander" not in shown


def test_a_run_on_translation_rendering_a_run_on_original_gives_no_finding() -> None:
    target = (
        "The Council of Ministers discussed the situation at the front and the army's losses "
        "The commander reported the losses of the army in a week of fighting and the state "
        "of the divisions at the front."
    )
    assert [k for k in kinds(RUN_ON, target) if k[0] == "addition"] == []


def test_a_sentence_folded_into_its_neighbours_bead_untranslated_is_found() -> None:
    source = (
        "Совет министров обсудил положение на фронте. "
        "Погода в столице всю неделю оставалась холодной и дождливой. "
        "Командующий доложил о потерях армии за неделю боёв и о положении дивизий на фронте. "
        "Было решено направить в район новые дивизии и артиллерию."
    )
    target = (
        "The Council of Ministers discussed the situation at the front. "
        "The commander reported the losses of the army in a week of fighting and the state "
        "of the divisions at the front. "
        "It was decided to send new divisions and artillery to the area."
    )
    report = check_texts(source, target, config=CHECKS)
    omissions = [f for f in report.findings if f.kind == "omission"]
    assert omissions
    shown = " ".join(source[e.start : e.end] for f in omissions for e in f.source_evidence)
    assert "Погода в столице" in shown


def test_a_capitalised_word_after_a_conjunction_opens_no_hidden_sentence() -> None:
    source = "Председатель сказал, что Северо-Запад нуждается в опытных инженерах по мостам и дорогам."
    target = "The chairman said that the North-West needs experienced engineers for bridges and roads."
    assert kinds(source, target) == []


def test_a_heading_ending_in_a_number_run_into_the_text_and_left_out_is_found() -> None:
    source = (
        "Приказ о потерях армии в 1943 "
        "Командующий доложил о потерях армии за неделю боёв и о положении дивизий на фронте."
    )
    target = "The commander reported army losses in a week of battles and the divisions at the front."
    report = check_texts(source, target, config=CHECKS)
    omissions = [f for f in report.findings if f.kind == "omission"]
    assert [f.rule for f in omissions] == ["omission.run_on"]
    shown = " ".join(source[e.start : e.end] for e in omissions[0].source_evidence)
    assert shown.startswith("Приказ о потерях")
    assert "Командующий" not in shown


def test_an_added_sentence_run_into_a_short_translation_is_found_by_its_words() -> None:
    # The translation is no longer than the original predicts (the rendering is terse),
    # so the length gives nothing away; none of the added part's words renders the original.
    source = "Командующий доложил о потерях армии за неделю ожесточённых боёв под городом."
    extra = "Heavy snowfall paralysed railway traffic in the northern provinces"
    target = f"{extra} The commander reported army losses."
    report = check_texts(source, target, config=CHECKS)
    additions = [f for f in report.findings if f.kind == "addition"]
    assert additions
    shown = " ".join(target[e.start : e.end] for e in additions[0].target_evidence)
    assert shown.startswith("Heavy snowfall")
    assert "commander" not in shown


def test_a_sentence_with_a_name_inside_is_not_cut_into_an_addition() -> None:
    source = (
        "Вчера в Москве министр иностранных дел провёл переговоры с делегацией "
        "Финляндии о торговле и границе."
    )
    target = (
        "Yesterday in Moscow the foreign minister held talks with the delegation "
        "of Finland on trade and the border."
    )
    assert kinds(source, target) == []


def test_a_name_in_an_oblique_case_does_not_open_a_hidden_sentence() -> None:
    from aligner.checks.omission import hidden_breaks
    from aligner.lexicon import default_lexicon
    from aligner.model import Segment, Span

    # "доволен Украиной" (pleased with Ukraine): an instrumental, no sentence's first word
    text = "Министр после долгих переговоров остался доволен Украиной сторонам пора вернуться за стол."
    seg = Segment("s1", "source", text, Span(0, len(text)), "text", offsets=tuple(range(len(text))))
    breaks = hidden_breaks(seg, side="source", lexicon=default_lexicon(), language="ru", loose=True)
    assert text.index("Украиной") not in breaks


def test_a_names_adjective_in_the_genitive_after_its_noun_opens_no_hidden_sentence() -> None:
    from aligner.checks.omission import hidden_breaks
    from aligner.lexicon import default_lexicon
    from aligner.model import Segment, Span

    # "запасы Северного флота" (the stocks of the Northern Fleet): a name's first word in the genitive
    text = "По данным штаба, запасы Северного флота за лето уменьшились почти втрое по сравнению с весной."
    seg = Segment("s1", "source", text, Span(0, len(text)), "text", offsets=tuple(range(len(text))))
    found = hidden_breaks(seg, side="source", lexicon=default_lexicon(), language="ru")
    assert text.index("Северного") not in found


def test_no_hidden_sentence_opens_inside_a_persons_name() -> None:
    from aligner.checks.omission import hidden_breaks
    from aligner.lexicon import default_lexicon
    from aligner.model import Segment, Span

    # a Korean name of three words ("Ли Сын Ман") is one name, not a sentence ending at its first word
    text = "Вечером министр иностранных дел принял тов. Ли Сын Мана в своем кабинете на третьем этаже."
    seg = Segment("s1", "source", text, Span(0, len(text)), "text", offsets=tuple(range(len(text))))
    name = Span(text.index("Ли Сын"), text.index("Мана") + len("Мана"))
    found = hidden_breaks(
        seg, side="source", lexicon=default_lexicon(), language="ru", loose=True, names=(name,)
    )
    assert text.index("Сын") not in found
    assert text.index("Мана") not in found


def test_clauses_left_out_of_a_sentence_are_found_by_their_words() -> None:
    source = (
        "Совет министров обсудил положение на фронте, выслушал долгий доклад "
        "о бюджете на следующий год, утвердил новые налоги на табак и вино, "
        "а затем принял решение о строительстве железной дороги."
    )
    target = "The Council of Ministers discussed the situation at the front and decided to build a railway."
    report = check_texts(source, target, config=CHECKS)
    omissions = [f for f in report.findings if f.kind == "omission"]
    assert [f.rule for f in omissions] == ["omission.clause"]
    shown = " ".join(source[e.start : e.end] for e in omissions[0].source_evidence)
    assert "бюджете" in shown
    assert "Совет министров" not in shown
    assert "железной дороги" not in shown


def test_a_clause_rendered_in_other_words_is_no_omission() -> None:
    source = "Совет министров обсудил положение на фронте, а затем принял решение о строительстве дороги."
    target = "The Council of Ministers discussed the situation at the front and then decided to build a road."
    assert kinds(source, target) == []


def test_a_heading_said_twice_and_rendered_once_is_only_noted() -> None:
    source = (
        "Учёные заявили о низкой эффективности вакцины против нового штамма "
        "В Африке заявили о низкой эффективности вакцины против нового штамма "
        "Учёные провели большое исследование и сообщили о его результатах."
    )
    target = (
        "Scientists declared low effectiveness of the vaccine against the new strain "
        "The scientists conducted a large study and reported its results."
    )
    report = check_texts(source, target, config=CHECKS)
    assert [(f.rule, f.severity.value) for f in report.findings] == [("omission.repeated", "info")]
    shown = source[report.findings[0].source_evidence[0].start : report.findings[0].source_evidence[0].end]
    assert shown.startswith("В Африке заявили")


def test_a_short_sentence_with_a_name_folded_into_its_neighbours_bead_is_found() -> None:
    # two known words and a name the translation lacks: enough to say nothing renders it
    source = "Документ упоминает: Гавана. Тема сообщения: госуслуга."
    target = "Subject of the message: government services."
    report = check_texts(source, target, config=CHECKS)
    omissions = [f for f in report.findings if f.kind == "omission"]
    assert [f.rule for f in omissions] == ["omission.unsupported"]
    shown = source[omissions[0].source_evidence[0].start : omissions[0].source_evidence[0].end]
    assert shown == "Документ упоминает: Гавана."


def test_an_acronym_spelt_out_in_the_translation_is_no_addition() -> None:
    source = "Число советников: 2; тема сообщения: цк."
    target = "Number of advisors: 2. Subject of the message: Central Committee."
    assert kinds(source, target) == []


def test_a_sentence_the_translator_joined_to_its_neighbours_is_no_major_omission() -> None:
    source = SOURCE.replace(
        "Было решено",
        "Генерал Петров получил приказ отвести дивизию за реку Донец. "
        "Отход начался в ночь на пятое число. Было решено",
    )
    target = TARGET.replace(
        "fighting.",
        "fighting, and General Petrov was ordered to withdraw the division beyond the Donets river, "
        "the withdrawal beginning on the night of the fifth.",
    )
    found = kinds(source, target)
    # The aligner may take the sentence into a wider bead (no finding), or leave it alone and the
    # check note it as absorbed by its neighbour: either way no reviewer is sent to look for it.
    assert not [k for k in found if k[1] == "major"]
    assert all(k[2] == "omission.absorbed" for k in found if k[0] == "omission")


def test_a_dropped_sentence_beside_a_long_translation_is_still_major() -> None:
    source = SOURCE.replace("Было решено", "Отход дивизии начался в ночь на пятое число. Было решено")
    target = TARGET.replace("fighting.", "fighting near the river and in the hills around the old town.")
    assert [k[:2] for k in kinds(source, target)] == [("omission", "major")]


def test_an_untranslated_line_of_numbers_and_abbreviations_is_only_minor() -> None:
    source = SOURCE + "\n\nВсего: 12 тыс. т., 3 млн. руб., 45 ваг."
    (f,) = check_texts(source, TARGET, config=CHECKS).findings
    assert (f.kind, f.severity.value) == ("omission", "minor")
    assert "mostly numbers" in f.message


def test_a_short_line_far_shorter_in_translation_is_only_minor_with_the_reason() -> None:
    # (with "отправлено" after the place the line is a transmission note: apparatus, no finding)
    source = "Из КИЕВА 12.IV.47 г. 03 ч. 20 м. по местному времени"
    target = "From KIEV"
    found = [f for f in check_texts(source, target, config=CHECKS).findings if f.rule == "omission.short"]
    assert [f.severity.value for f in found] == ["minor"]
    assert "short" in found[0].message


def test_a_sentence_dropped_and_another_put_in_its_place_are_both_reported() -> None:
    source = SOURCE.replace(
        "Командующий доложил о потерях армии за неделю боёв. ",
        "Командующий доложил о потерях армии за неделю боёв. "
        "Вопрос о снабжении горючим отложен до следующего заседания. ",
    )
    target = TARGET.replace(
        "a week of fighting. ",
        "a week of fighting. Heavy rain had turned every road in the region into deep mud. ",
    )
    report = check_texts(source, target, config=CHECKS)
    majors = {(f.kind, f.rule) for f in report.findings if f.severity.value == "major"}
    assert majors == {("omission", "omission.stranger"), ("addition", "addition.stranger")}
    (om,) = [f for f in report.findings if f.kind == "omission"]
    assert source[om.source_evidence[0].start : om.source_evidence[0].end].startswith("Вопрос о снабжении")


def test_a_translators_footnote_is_an_editorial_note_not_an_addition() -> None:
    target = (
        TARGET.replace("to the area.", "to the area.1")
        + "\n\n1 The Russian word means both area and district."
    )
    report = check_texts(SOURCE, target, config=CHECKS)
    assert report.findings == ()
    (note,) = [t for t in report.target.segments if t.text.startswith("1 The Russian")]
    assert note.kind == "editorial"


def test_a_short_sentence_folded_into_its_neighbours_bead_is_a_minor_omission() -> None:
    from aligner.analysis import WordKeys
    from aligner.checks.omission.members import short_unsupported
    from aligner.lexicon import default_lexicon
    from aligner.model import Span
    from aligner.segment import segment_side

    def segs(text: str, side: str, language: str) -> list:
        return list(segment_side(text, Span(0, len(text)), side=side, language=language))

    mine = segs("Прошу отправить до конца месяца 40 тыс. тонн угля. Уголь нужен котельным.", "source", "ru")
    others = segs("Please send 40 thousand tons of coal by the end of the month.", "target", "en")
    found = short_unsupported(mine, others, side="source", lexicon=WordKeys(default_lexicon()))
    assert [s.text for s in found] == ["Уголь нужен котельным."]
    faithful = segs(
        "Please send 40 thousand tons of coal by the end of the month. The boilers need coal.", "target", "en"
    )
    assert short_unsupported(mine, faithful, side="source", lexicon=WordKeys(default_lexicon())) == []


def test_the_parts_of_a_segment_are_judged_as_their_own_texts_would_be() -> None:
    from aligner.analysis import WordKeys
    from aligner.checks.omission.breaks import Piece
    from aligner.checks.omission.keys import Plain, unsupported
    from aligner.lexicon import default_lexicon
    from aligner.model import Span
    from aligner.segment import segment_side

    text = "Завод выпустил новые тракторы для колхозов Вчера министр финансов подписал закон о налогах"
    (seg,) = segment_side(text, Span(0, len(text)), side="source", language="ru")
    other = "The plant produced new tractors for the collective farms of the region."
    (tgt,) = segment_side(other, Span(0, len(other)), side="target", language="en")
    cut = text.index("Вчера")
    parts = [Piece(seg, 0, cut), Piece(seg, cut, len(text)), Piece(seg, 0, len(text))]
    keys = WordKeys(default_lexicon())
    by_part = unsupported(parts, [tgt], side="source", lexicon=keys)
    by_text = unsupported([Plain(p.text) for p in parts], [tgt], side="source", lexicon=keys)
    second = "Вчера министр финансов подписал закон о налогах"
    assert [p.text for p in by_part] == [p.text for p in by_text] == [second]


def test_a_name_spelt_in_latin_letters_inside_a_russian_sentence_is_no_hidden_break() -> None:
    # "… mini Track обладает …": two Latin words in a row are one designation, not a heading's end
    source = (
        "Трактор Caterpillar Diesel Ranger mini Track обладает высокой проходимостью, надёжностью, "
        "простотой обслуживания и долговечностью. Машина прибыла вовремя."
    )
    target = (
        "The Caterpillar Diesel Ranger mini Track tractor is rugged, reliable, easy to service and "
        "durable. The machine arrived on time."
    )
    assert [k for k in kinds(source, target) if k[0] == "omission"] == []


def test_a_latin_name_after_the_noun_it_names_opens_no_hidden_sentence() -> None:
    # "… фирма Sonnrest использует …": the brand names the firm; a free translation that drops
    # "в качестве наполнителей" is short, but no sentence ends before the brand
    source = (
        "В качестве наполнителей для своих матрасов фирма Sonnrest использует кокосовую койру, "
        "натуральный латекс и пенополиуретан. Машина прибыла вовремя."
    )
    target = "For fillings, Sonnrest uses coconut coir, natural latex and foam. The machine arrived on time."
    assert [k for k in kinds(source, target) if k[0] == "omission"] == []


def test_an_address_line_over_the_text_on_both_sides_is_rendered_not_added() -> None:
    # a code name on a line of its own, no full stop, run into the first sentence on both sides;
    # the editor glosses it in brackets, and the two words meet nothing in the original
    source = "ВАН ЛИ\n12 мая командующий доложил о потерях армии за неделю боёв и о положении дивизий."
    target = (
        "To Comrade WANG LI [Voroshilov]\n"
        "On May 12 the commander reported army losses in a week of battles and the state of the divisions."
    )
    assert [k for k in kinds(source, target) if k[0] == "addition"] == []


def test_a_stranger_rendered_in_the_neighbouring_translation_is_only_minor() -> None:
    # the translator adds a sentence, then joins the next two; the aligner pairs the added sentence with
    # the first of the two (a doubtful bead), whose words the joined translation beside it renders
    import attrs

    from aligner.checks.omission import check_addition, check_omission
    from aligner.model import Alignment
    from check_helpers import context

    ctx = context(
        [
            ("Совет министров обсудил положение на фронте.", "The Council of Ministers discussed the front."),
            (
                "Начальник штаба Соколов ответил, что резервы фронта будут пополнены полностью.",
                "He added that the autumn rains would come early in the northern provinces this year.",
            ),
            (
                "Он сказал, что Ставка готова, кроме того, выделить фронту новые танки.",
                (
                    "Chief of staff Sokolov replied that the reserves of the front would be replenished in "
                    "full and that the Stavka was prepared, moreover, to give the front new tanks."
                ),
            ),
        ]
    )
    beads = list(ctx.alignment.beads)
    beads[1] = attrs.evolve(beads[1], score=0.3)
    ctx = attrs.evolve(ctx, alignment=Alignment(tuple(beads)))
    (om,) = check_omission(ctx, config=CHECKS)
    assert (om.severity.value, om.rule) == ("minor", "omission.stranger")
    assert "neighbouring sentence of the translation (t3)" in om.message
    (add,) = check_addition(ctx, config=CHECKS)
    assert (add.severity.value, add.rule) == ("major", "addition.stranger")


def test_two_sentences_condensed_into_one_are_only_a_minor_length_note() -> None:
    # a free translation joins two sentences and renders the second in a few words: every sentence's
    # words are there, only the length is short
    source = (
        "Совет министров обсудил положение на фронте. Он рассмотрел также снабжение армии горючим "
        "и обмундированием. Было решено направить в район новые дивизии и артиллерию."
    )
    target = (
        "The Council of Ministers discussed the front and the army's fuel and uniforms. "
        "It was decided to send new divisions and artillery to the area."
    )
    report = check_texts(source, target, config=CHECKS)
    assert [(f.rule, f.severity.value) for f in report.findings] == [("omission.short", "minor")]
    assert "condensed" in report.findings[0].message


def test_a_lone_sentence_whose_words_its_neighbours_translation_renders_is_minor() -> None:
    # a free translation condenses two sentences into one no longer than the first needs: the second is
    # left alone by the aligner, yet its words are rendered beside it
    import attrs

    from aligner.checks.omission import check_omission
    from aligner.model import Alignment, Bead
    from check_helpers import context

    ctx = context(
        [
            (
                "Начальник штаба доложил о положении дивизии.",
                "The chief of staff reported: fuel and ammunition low.",
            ),
            ("Горючее и боеприпасы дивизии на исходе.", "-"),
        ]
    )
    beads = (Bead(("s1",), ("t1",), 0.9), Bead(("s2",), (), 0.9), Bead((), ("t2",), 0.9))
    ctx = attrs.evolve(ctx, alignment=Alignment(beads))
    found = [(f.rule, f.severity.value) for f in check_omission(ctx, config=CHECKS)]
    assert found == [("omission.absorbed", "minor")]


def test_three_sentences_condensed_into_one_give_no_major_omission() -> None:
    # the aligner joins at most two sentences a side; a free translation joins three or four and drops
    # the words a reader does not need
    source = (
        "Беседа проходила в дружественной обстановке. Под конец беседы Ким Ир Сен пригласил меня на ужин. "
        "За ужином присутствовали Пак Хен Ен, Хо Ка И и Цой Ен Ген. Разговор касался главным образом "
        "положения в Китае."
    )
    target = (
        "The conversation was friendly, and at its close Kim Il Sung invited me to dinner, where "
        "Pak Hon Yong, Ho Ka I and Choe Yong Gon were also present; the talk was mostly about China."
    )
    report = check_texts(source, target, config=CHECKS)
    assert [f.rule for f in report.findings if f.severity.value == "major"] == []
    assert {f.kind for f in report.findings} <= {"omission"}


def test_a_freely_rendered_sentence_with_a_capitalised_institution_inside_is_at_most_minor() -> None:
    source = (
        "Станция получила из Омска 12 новых вагонов. "
        "Комитет хотел бы обратить внимание Министерства на то, что к работе на станции допускаются лица, "
        "прошедшие медицинский осмотр. "
        "Ремонт пути закончен в срок."
    )
    target = (
        "The station has received 12 new wagons from Omsk. "
        "The Committee wishes to point out that only persons with a medical check may work there. "
        "Repairs of the track were completed on time."
    )
    findings = check_texts(source, target, config=Config(checks=("omission",))).findings
    assert all(f.severity.value in ("minor", "info") for f in findings)
    assert all("free translation" in f.message for f in findings)


CLAUSE_SOURCE = (
    "Стройка получила из Омска 12 новых вагонов. "
    "Комбинат просит поставить в третьем квартале 400 тонн цемента, из них 150 - для плотины под Куйбышевом. "
    "Ремонт пути закончен в срок."
)


def test_a_clause_carrying_a_number_left_out_is_a_major_omission() -> None:
    target = (
        "The site has received 12 new wagons from Omsk. "
        "The combine asks for 400 tons of cement to be delivered in the third quarter. "
        "Repairs of the track were completed on time."
    )
    report = check_texts(CLAUSE_SOURCE, target, config=CHECKS)
    (lost,) = [f for f in report.findings if f.kind == "omission"]
    assert lost.severity.value == "major"
    shown = CLAUSE_SOURCE[lost.source_evidence[0].start : lost.source_evidence[0].end]
    assert shown.startswith("из них 150")


def test_a_clause_rendered_gives_no_omission() -> None:
    target = (
        "The site has received 12 new wagons from Omsk. "
        "The combine asks for 400 tons of cement to be delivered in the third quarter, "
        "150 of them for the dam near Kuibyshev. "
        "Repairs of the track were completed on time."
    )
    assert [
        f for f in check_texts(CLAUSE_SOURCE, target, config=CHECKS).findings if f.kind == "omission"
    ] == []


def test_a_speaker_given_as_a_pronoun_is_no_lost_clause() -> None:
    source = "Инженер Орлов доложил, что склад закрыт на ремонт до первого мая. Работы идут по плану."
    target = (
        "He reported that the depot was closed for repairs until the first of May. Work is going to plan."
    )
    report = check_texts(source, target, config=CHECKS)
    assert all(f.severity.value in ("minor", "info") for f in report.findings if f.kind == "omission")


def test_a_clause_whose_name_the_translation_gives_in_another_case_is_no_lost_clause() -> None:
    source = "Вопрос о поставках угля, по словам Кравчика, будет решён отдельно. Работы идут по плану."
    target = (
        "According to Krawczyk, the question of coal deliveries will be settled separately. "
        "Work is going to plan."
    )
    report = check_texts(source, target, config=CHECKS)
    assert all(f.severity.value in ("minor", "info") for f in report.findings if f.kind == "omission")


def test_an_initial_is_no_hidden_sentence_break() -> None:
    # «И.» before a surname is an initial, not the conjunction «И» opening a sentence
    source = (
        "Посол сказал, что американская сторона согласна принять в апреле-мае ансамбль народного танца "
        "под руководством И. Петрова в составе 102 человек. Гастроли предполагается провести в 12 городах."
    )
    target = (
        "He said that the American side agreed to receive the folk dance company led by Ivan Petrov, "
        "120 strong, in April and May. The tour would take in twelve cities."
    )
    report = check_texts(source, target)
    assert [f for f in report.findings if f.kind == "omission" and f.severity.value == "major"] == []


def test_a_clause_split_off_with_its_count_in_words_is_no_addition() -> None:
    report = check_texts(
        "Урожай собран в срок; зерно сдано на элеваторы района; для его вывоза выделено 14 грузовиков МТС.",
        "The harvest was gathered on time. The grain was delivered to the district elevators. "
        "Fourteen machine-tractor station lorries were assigned to haul it away.",
        config=Config(),
    )
    assert [f for f in report.findings if f.kind == "addition" and f.severity.value == "major"] == []


def test_a_clause_naming_a_person_after_initials_left_out_is_an_omission() -> None:
    source = (
        "Завод получил из Харькова 8 новых станков. "
        "Дирекция просит направить на завод бригаду наладчиков до конца квартала, "
        "которую мог бы возглавить мастер Л. Ф. Кушнарёв. "
        "Цех сдан в срок."
    )
    target = (
        "The plant has received 8 new machine tools from Kharkov. "
        "The management asks that a team of setters be sent to the plant by the end of the quarter. "
        "The shop was handed over on time."
    )
    report = check_texts(source, target, config=CHECKS)
    (lost,) = [f for f in report.findings if f.kind == "omission"]
    shown = source[lost.source_evidence[0].start : lost.source_evidence[0].end]
    assert "Кушнарёв" in shown


def test_a_clause_of_short_words_with_a_number_left_out_is_an_omission() -> None:
    # «из них 700 - в Казани»: no lower-case word of four letters, but two short ones
    source = (
        "Завод получил 12 новых станков. Всего обучено 2,1 тыс. рабочих, из них 700 - в Казани. "
        "Ремонт закончен в срок."
    )
    target = (
        "The plant has received 12 new machine tools. In all, 2,100 workers have been trained. "
        "Repairs were completed on time."
    )
    report = check_texts(source, target, config=CHECKS)
    lost = [f for f in report.findings if f.kind == "omission"]
    assert lost
    shown = source[lost[0].source_evidence[0].start : lost[0].source_evidence[0].end]
    assert shown.startswith("из них 700")


def test_a_sentence_naming_exercise_ranges_condensed_into_its_neighbour_is_no_major_omission() -> None:
    # three sentences joined into one: the third («Район учений - полигоны …») has its ranges and
    # German places rendered beside it
    source = (
        "Командующий доложил о подготовке к учениям. "
        "В учениях примут участие 2 армии, всего около 90 тыс. человек. "
        "Учения пройдут с 4 по 9 сентября. "
        "Район учений - полигоны Гретцдорф и Шпитцен. "
        "Погода ожидается хорошая."
    )
    target = (
        "The commander reported on the preparations for the exercises. "
        "Two armies, some 90,000 men in all, will take part between September 4 and 9 on the Gretzdorf "
        "and Spitzen ranges. "
        "Good weather is expected."
    )
    report = check_texts(source, target, config=CHECKS)
    assert [f.message for f in report.findings if f.severity.value == "major"] == []


def test_a_clause_with_a_number_in_words_whose_words_the_rest_repeats_is_an_omission() -> None:
    # «а слабые совхозы … - в течение четырёх лет»: its «совхозы» and «лет» are the rest's words,
    # rendered there; its own fact (four years) is not in the translation
    source = (
        "Трест получил 9 новых экскаваторов. "
        "Оплату техники совхозы производят в течение двух лет, а малые совхозы, по решению треста, - "
        "в течение четырёх лет. "
        "Ремонт закончен в срок."
    )
    target = (
        "The trust has received 9 new excavators. "
        "The state farms are to pay for the machinery within two years. "
        "Repairs were completed on time."
    )
    report = check_texts(source, target, config=CHECKS)
    lost = [f for f in report.findings if f.kind == "omission"]
    assert lost
    shown = source[lost[0].source_evidence[0].start : lost[0].source_evidence[0].end]
    assert "четырёх лет" in shown


def test_a_sheet_mark_inside_a_rendered_clause_is_no_lost_fact() -> None:
    # «/л. 14/» is a reference, not a number the translation should give
    source = (
        "Трест получил 9 новых экскаваторов. "
        "Расходы по доставке машин несет завод, а расходы /л. 14/ по их ремонту - трест. "
        "Ремонт закончен в срок."
    )
    target = (
        "The trust has received 9 new excavators. "
        "The plant bears the cost of delivering the machines, and the trust that of their repair. "
        "Repairs were completed on time."
    )
    report = check_texts(source, target, config=CHECKS)
    assert [f.message for f in report.findings if f.kind == "omission" and f.severity.value == "major"] == []


SHORT_SOURCE = (
    "Бригада Лукьянова закончила разгрузку угля в порту Ванино. "
    "{short} "
    "Работы на причале будут продолжены утром."
)
SHORT_TARGET = (
    "Lukyanov's team finished unloading the coal at the port of Vanino. "
    "Work at the pier will go on in the morning."
)


@pytest.mark.parametrize(
    ("short", "severity"),
    [
        ("Ранены 4 грузчика.", "major"),  # a verb and a number: a fact
        ("Лукьянов с этим согласился.", "major"),  # a name given earlier, opening the sentence
        ("Срок - 2 дня.", "minor"),  # a deadline with no verb: a fragment
        ("Все очень устали.", "minor"),  # no number, no name
    ],
)
def test_a_short_sentence_left_out_is_major_when_it_states_a_fact(short: str, severity: str) -> None:
    report = check_texts(SHORT_SOURCE.format(short=short), SHORT_TARGET, config=CHECKS)
    (lone,) = [f for f in report.findings if f.kind == "omission"]
    assert lone.severity.value == severity


def test_a_sentence_moved_to_the_paragraphs_end_is_a_minor_note_not_an_omission_and_an_addition() -> None:
    source = (
        "На складах порта скопилось много нераспроданной рыбы. "
        "По данным треста, в марте улов составил 42 тыс. центнеров. "
        "Холодильники заполнены, особенно в Находке. "
        "Трест просит выделить ему 30 рефрижераторных вагонов."
    )
    target = (
        "According to the trust, the March catch came to 42,000 centners. "
        "The refrigerators are full, especially at Nakhodka. "
        "Much unsold fish has piled up in the port's warehouses. "
        "The trust asks to be allotted 30 refrigerator cars."
    )
    report = check_texts(source, target, config=CHECKS)
    found = sorted((f.kind, f.severity.value, f.rule) for f in report.findings)
    assert found == [("addition", "minor", "addition.reordered"), ("omission", "minor", "omission.reordered")]


def test_a_sentence_left_out_and_another_added_nearby_are_not_taken_for_a_move() -> None:
    source = (
        "По данным треста, в марте улов составил 42 тыс. центнеров. "
        "Холодильники заполнены, особенно в Находке и во Владивостоке. "
        "Трест просит выделить ему 30 рефрижераторных вагонов."
    )
    target = (
        "According to the trust, the March catch came to 42,000 centners. "
        "The trust asks to be allotted 30 refrigerator cars. "
        "The director of the trust has been dismissed for negligence."
    )
    report = check_texts(source, target, config=CHECKS)
    assert sorted((f.kind, f.severity.value) for f in report.findings) == [
        ("addition", "major"),
        ("omission", "major"),
    ]


def test_a_parenthesis_with_a_figure_left_out_is_an_omission() -> None:
    source = (
        "Трест получил 9 новых экскаваторов. "
        "Расходы по ремонту цеха (около 70 тыс. рублей) несет завод. "
        "Ремонт закончен в срок."
    )
    target = (
        "The trust has received 9 new excavators. "
        "The plant will bear the cost of repairing the shop. "
        "Repairs were completed on time."
    )
    report = check_texts(source, target, config=CHECKS)
    (lost,) = [f for f in report.findings if f.kind == "omission"]
    shown = source[lost.source_evidence[0].start : lost.source_evidence[0].end]
    assert shown.strip() == "(около 70 тыс. рублей)"


@pytest.mark.parametrize(
    ("deadline", "rendered", "severity"),
    [
        ("срок - 30 дней", "within a month", None),  # a period in other units: the number check's question
        ("срок - 2 недели", "within a fortnight", None),
        ("из них 30 - в Омске", "", "major"),  # a count with a place: a fact left out
    ],
)
def test_a_deadline_clause_given_in_other_units_is_no_lost_clause(deadline, rendered, severity) -> None:
    source = f"Трест просит направить на стройку 90 рабочих, {deadline}. Ремонт закончен в срок."
    target = (
        f"The trust asks for 90 workers to be sent to the site {rendered}. Repairs were completed on time."
    )
    report = check_texts(source, target, config=CHECKS)
    found = {f.severity.value for f in report.findings if f.kind == "omission"}
    assert found == ({severity} if severity else set())


def test_a_clause_whose_only_number_is_a_weak_word_is_no_lost_fact() -> None:
    # «раз» here is "since", not "once": a clause rendered by a turn of the sentence is no omission
    report = check_texts(
        "Ждать мы не можем. А раз это исключено, решение надо принять сегодня.",
        "We cannot wait. So the decision has to be taken today.",
        config=Config(),
    )
    assert [f for f in report.findings if f.kind == "omission" and f.severity.value == "major"] == []


def test_a_run_on_part_whose_words_the_translation_mostly_gives_is_minor() -> None:
    # a capitalised "Правительства" reads as a hidden break; the translation is short, but it
    # gives most of the words of the part before the break: a free rendering, not an omission
    source = (
        "Товарищу Молотову В. М.\n\nСообщаю об исполнении поручения Правительства о бесперебойном "
        "снабжении северных районов топливом и продовольствием на зимний период. "
        "Проверка проведена в ноябре 1948 г. в шести областях."
    )
    target = (
        "To Comrade V. M. Molotov\n\nI report on the execution of the Government's plan to supply "
        "the north with fuel and food for winter. The check was made in November 1948 in six regions."
    )
    assert ("omission", "minor", "omission.run_on") in kinds(source, target)
    assert not any(severity in ("major", "critical") for _, severity, _ in kinds(source, target))


def test_a_sentence_whose_words_its_neighbour_takes_is_found_in_a_merged_bead() -> None:
    from aligner.analysis import WordKeys
    from aligner.checks.omission.members import unsupported_members
    from aligner.lexicon import default_lexicon
    from aligner.model import Span
    from aligner.segment import segment_side

    def segs(text: str, side: str, language: str) -> list:
        return list(segment_side(text, Span(0, len(text)), side=side, language=language))

    mine = segs(
        "По данным штаба, к 3 мая на склады станции доставлено 600 тонн угля из 900 тонн. "
        "Остальной уголь лежит на складах рудника.",
        "source",
        "ru",
    )
    others = segs(
        "The staff says that by May 3, 600 tons of coal out of 900 were in the station's warehouses.",
        "target",
        "en",
    )
    lexicon = WordKeys(default_lexicon())
    found = unsupported_members(mine, others, side="source", model=length_model("ru", "en"), lexicon=lexicon)
    assert [s.text for s in found] == ["Остальной уголь лежит на складах рудника."]
    joined = segs(
        "The staff says that by May 3, 600 tons of coal out of 900 were in the station's warehouses; "
        "the rest of the coal lies in the warehouses of the mine.",
        "target",
        "en",
    )
    assert (
        unsupported_members(mine, joined, side="source", model=length_model("ru", "en"), lexicon=lexicon)
        == []
    )


def test_two_sentences_joined_in_one_translation_give_no_omission() -> None:
    source = (
        "Совет министров обсудил положение на фронте. "
        "Бригада высоко оценивает работу советских врачей. Их в госпиталях сейчас 14 человек. "
        "Было решено направить в район новые дивизии и артиллерию."
    )
    target = (
        "The Council of Ministers discussed the situation at the front. "
        "The brigade thinks highly of the work of the Soviet doctors, "
        "of whom there are now 14 in the hospitals. "
        "It was decided to send new divisions and artillery to the area."
    )
    report = check_texts(source, target, config=CHECKS)
    assert [f for f in report.findings if f.kind == "omission" and f.severity.value != "info"] == []


def test_a_clause_whose_translation_the_neighbouring_bead_took_is_rendered_beside() -> None:
    from aligner.analysis import WordKeys
    from aligner.checks.omission.absorbed import rendered_beside
    from aligner.checks.omission.breaks import Piece
    from aligner.lexicon import default_lexicon
    from aligner.model import Bead, Span
    from aligner.segment import segment_side

    def segs(text: str, side: str, language: str) -> list:
        return list(segment_side(text, Span(0, len(text)), side=side, language=language))

    first, long = segs(
        "Директор объяснил задержку поздней весной. "
        "Директор просит перенести отгрузку леса на октябрь, причем завод берет на себя расходы "
        "по хранению, и обещает закончить погрузку до конца ноября.",
        "source",
        "ru",
    )
    t1, t2, t3, t4 = segs(
        "The director explained the delay by the late spring. "
        "The director asks to postpone the shipment of timber to October. "
        "The works will bear the storage costs. It promises to finish loading by the end of November.",
        "target",
        "en",
    )
    beads = [
        (Bead((first.id,), (t1.id, t2.id)), [first], [t1, t2]),
        (Bead((long.id,), (t3.id, t4.id)), [long], [t3, t4]),
    ]
    lexicon = WordKeys(default_lexicon())
    cut = long.text.index(", причем")
    assert rendered_beside(Piece(long, 0, cut + 1), beads, 1, lexicon=lexicon) == [t1, t2]
    rest = Piece(long, cut + 1, len(long.text))
    assert rendered_beside(rest, beads, 1, lexicon=lexicon) == []


def test_a_translation_lent_to_the_next_sentence_is_given_back_before_judging_a_bead() -> None:
    from aligner.analysis import WordKeys
    from aligner.checks.omission.absorbed import lent_to_next
    from aligner.lexicon import default_lexicon
    from aligner.model import Bead, Span
    from aligner.segment import segment_side

    def segs(text: str, side: str, language: str) -> list:
        return list(segment_side(text, Span(0, len(text)), side=side, language=language))

    first, long = segs(
        "Директор объяснил задержку поздней весной и нехваткой вагонов. "
        "Директор просит перенести отгрузку леса на октябрь, причем завод берет на себя расходы "
        "по хранению.",
        "source",
        "ru",
    )
    t1, t2, t3 = segs(
        "The director explained the delay by the late spring and a shortage of wagons. "
        "The director asks to postpone the shipment of timber to October. "
        "The works will bear the storage costs.",
        "target",
        "en",
    )
    lexicon = WordKeys(default_lexicon())
    beads = [
        (Bead((first.id,), (t1.id, t2.id)), [first], [t1, t2]),
        (Bead((long.id,), (t3.id,)), [long], [t3]),
    ]
    assert lent_to_next([first], [t1, t2], beads, 0, lexicon=lexicon)
    own = [(Bead((first.id,), (t1.id,)), [first], [t1]), (Bead((long.id,), (t2.id, t3.id)), [long], [t2, t3])]
    assert not lent_to_next([first], [t1], own, 0, lexicon=lexicon)


def test_an_english_possessive_before_a_capitalised_word_ends_no_sentence() -> None:
    from aligner.checks.omission import hidden_breaks
    from aligner.lexicon import default_lexicon
    from aligner.model import Segment, Span

    # "the country's Far North": a possessive needs its noun, so no headline ends at it
    text = "The governor of Yakutia, a vast province in the country's Far North, closed all the schools."
    seg = Segment("t1", "target", text, Span(0, len(text)), "text", offsets=tuple(range(len(text))))
    found = hidden_breaks(seg, side="target", lexicon=default_lexicon(), language="en", loose=True)
    assert text.index("Far") not in found


def test_no_hidden_sentence_opens_inside_an_institutions_name_in_title_case() -> None:
    from aligner.checks.omission import hidden_breaks
    from aligner.lexicon import default_lexicon
    from aligner.model import Segment, Span

    # "the Board for Northern River Transport": one name, no sentence ending at "River"
    text = "He asked the Board for Northern River Transport to send two engineers to the port in May."
    seg = Segment("t1", "target", text, Span(0, len(text)), "text", offsets=tuple(range(len(text))))
    found = hidden_breaks(seg, side="target", lexicon=default_lexicon(), language="en", loose=True)
    assert text.index("Transport") not in found

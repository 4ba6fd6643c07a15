"""The language-neutral view of a sentence: numbers, names, comparisons, negation."""

from __future__ import annotations

import pytest

from factcheck.analysis import analyse, entity_key, generalises, guess_language, same_entity, siblings, values_match


def values(text: str, language: str = "en") -> list[tuple[float, str | None]]:
    return [(round(q.value, 6), q.unit) for q in analyse(text, language).quantities]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("phi-3-mini achieves 69% on MMLU", "en", [(69.0, "percent")]),
        ("phi-3-mini atteint 69 % sur MMLU", "fr", [(69.0, "percent")]),
        ("il obtient 8,38 sur MT-bench", "fr", [(8.38, None)]),
        ("un modèle de 3,8 milliards de paramètres", "fr", [(3.8e9, "parameter")]),
        ("entraîné sur 3 300 milliards de jetons", "fr", [(3.3e12, "token")]),
        ("entraîné sur 3,3 billions de jetons", "fr", [(3.3e12, "token")]),  # French billion = 10^12
        ("trained on 3.3 trillion tokens", "en", [(3.3e12, "token")]),
        ("a 3.8 billion parameter language model", "en", [(3.8e9, "parameter")]),
        ("models trained for 4.8T tokens", "en", [(4.8e12, "token")]),
        ("reduce trainable parameters by 10,000 times", "en", [(10000.0, "times")]),
        ("with no more than 1/1,000th the compute", "en", [(0.001, "ratio")]),
        ("Bubeck a passé dix ans chez Microsoft", "fr", [(10.0, "year")]),
        ("un modèle cinq fois plus rapide", "fr", [(5.0, "times")]),
        ("pendant quatre semaines", "fr", [(4.0, "week")]),
        # arXiv:2503.22655: a stage is a step ("étape")
        ("a cross-integrated three-stage multimodal data synthesis framework", "en", [(3.0, "step")]),
        ("le cadre se déroule en quatre étapes", "fr", [(4.0, "step")]),
        ("3\\(\\times\\) speedup on GPT-2", "en", [(3.0, "times")]),
        ("d'un facteur trois", "fr", [(3.0, "times")]),
        ("trained on 1.6 terabytes of text", "en", [(1.6, "terabyte")]),
        ("un corpus de 1,6 téraoctet de texte", "fr", [(1.6, "terabyte")]),
        # a factor word of another phrase says nothing of the figure: arXiv:2307.08691
        ("not as fast as matrix-multiply (GEMM) operations, reaching only 25-40% of the maximum", "en",
         [(25.0, "percent"), (40.0, "percent")]),
    ],
)
def test_quantities_in_both_languages(text, language, expected):
    assert values(text, language) == expected


def test_a_range_gives_its_scale_to_both_ends():
    assert values("des modèles de 7 à 65 milliards de paramètres", "fr") == [(7e9, "parameter"), (65e9, "parameter")]
    assert values("models ranging from 7B to 65B parameters") == [(7e9, "parameter"), (65e9, "parameter")]
    # "1~4% gains": a tilde between two figures is a range too
    assert values("UniPELT consistently achieves 1~4% gains") == [(1.0, "percent"), (4.0, "percent")]


def test_shares_and_ranks_in_words():
    # "half as many FLOPs" is a share; "the top position" a first place, as "first place" is
    assert values("while using half as many FLOPs") == [(50.0, "percent")]
    assert values("securing the top position in 4 out of 6 tasks")[0] == values("takes first place in four tasks")[0]
    # "the first position" of a sequence is no rank
    assert values("the token at the first position") == []


def test_a_metric_cut_off_is_part_of_its_name_and_a_range_after_it_is_its_own():
    # arXiv:1809.00979 (RME), a sentence as published
    view = analyse(
        "In experimental validation, the RME outperforms competing state-of-the-art models in both explicit and "
        "implicit feedback datasets, significantly improving Recall@5 by 5.9~7.0%, NDCG@20 by 4.3~5.6%, and MAP@10 "
        "by 7.9~8.9%.", "en",
    )
    assert [q.text for q in view.values_of("ndcg@20")] == ["4.3", "5.6%"]
    assert [q.text for q in view.values_of("map@10")] == ["7.9", "8.9%"]
    # a metric in lower case is not a name: "38.0% pass@1 on SWE-bench" is measured on SWE-bench
    claim = analyse("The agent reaches 38.0% pass@1 on SWE-bench.", "en")
    assert [e.key for e in claim.entities] == ["swe-bench"]


def test_two_versions_of_one_name_behind_a_slash_are_two_names():
    view = analyse("Lumos surpasses GPT-4/3.5-based agents, with ResNet-50/101 and ViT-B/16.", "en")
    keys = [e.key for e in view.entities]
    assert keys == ["lumos", entity_key("GPT-4"), entity_key("GPT-3.5"), "resnet50", "resnet101", "vit-b/16"]


def test_with_or_without_denies_nothing():
    assert not analyse("It beats CL approaches with or without episodic memory.", "en").negated_terms
    assert not analyse("Elle bat les approches avec ou sans mémoire épisodique.", "fr").negated_terms
    assert "memory" in analyse("It beats CL approaches without episodic memory.", "en").negated_terms


def test_the_latter_is_the_rival_named_before_the_subject():
    (compared,) = analyse("Entraîné comme BERT4Rec, SASRec reste derrière ce dernier en qualité.", "fr").comparisons
    assert (compared.subject, compared.object) == (("sasrec",), ("bert4rec",))


def test_a_rival_s_short_name_in_brackets_is_the_rival():
    text = "It achieves significant improvement over prior work on Long Short-Term Memory (LSTM) based models."
    view = analyse(text, "en")
    assert "lstm" in view.comparisons[0].object


def test_a_french_word_of_number_opening_a_sentence_is_no_name():
    assert [e.key for e in analyse("Seuls quatre modèles tiennent à 32K tokens.", "fr").entities] == []


def test_weeks_are_not_days_and_million_is_not_billion():
    weeks = analyse("quatre semaines", "fr").quantities[0]
    days = analyse("4 days", "en").quantities[0]
    assert not values_match(weeks, days)
    million = analyse("a 3.8 million parameter model", "en").quantities[0]
    billion = analyse("a 3.8 billion parameter model", "en").quantities[0]
    assert not values_match(million, billion)
    assert values_match(analyse("3,8 milliards de paramètres", "fr").quantities[0], billion)


def test_rounding_and_bounds():
    source = analyse("an average accuracy of 67.5% on MMLU", "en").quantities[0]
    assert values_match(analyse("about 68% on MMLU", "en").quantities[0], source)
    assert values_match(analyse("more than 60% on MMLU", "en").quantities[0], source)
    assert not values_match(analyse("70% on MMLU", "en").quantities[0], source)


def test_halving_is_a_factor_of_two_but_two_halves_are_parts():
    halved = analyse("The method halves the memory it needs.", "en").quantities
    assert [(q.value, q.unit) for q in halved] == [(2.0, "times")]
    assert analyse("GALIP builds CLIP into both halves of the GAN, its generator and its discriminator.", "en").quantities == ()


def test_a_percentage_rounds_a_share_by_its_own_step():
    # arXiv:2503.24290, a sentence as published
    tenth = analyse(
        "Using the same base model as DeepSeek-R1-Zero-Qwen-32B, our implementation achieves superior performance on "
        "AIME2024, MATH500, and the GPQA Diamond benchmark while demonstrating remarkable efficiency -- requiring only "
        "a tenth of the training steps, compared to DeepSeek-R1-Zero pipeline.", "en",
    ).quantities[-1]
    assert tenth.value == 0.1
    assert not values_match(analyse("48% of the training steps", "en").quantities[0], tenth)
    assert values_match(analyse("10% of the training steps", "en").quantities[0], tenth)


def test_up_to_names_the_most_reached_not_any_smaller_figure():
    pixels = analyse("1.8M pixel high-resolution image perception", "en").quantities[0]
    assert not values_match(analyse("images of up to 18 million pixels", "en").quantities[0], pixels)
    assert values_match(analyse("images of up to 1.8 million pixels", "en").quantities[0], pixels)
    assert values_match(analyse("des images jusqu'à 2 millions de pixels", "fr").quantities[0], pixels)
    # a ceiling ("under", "moins de") is still met by any smaller figure
    assert values_match(analyse("under 2 million pixels", "en").quantities[0], pixels)


def test_figures_written_with_slashes_are_each_a_figure_and_follow_the_names_in_order():
    # arXiv:2206.01861, a sentence as published
    view = analyse(
        "ZeroQuant can reduce the precision for weights and activations to INT8 in a cost-free way for both BERT and "
        "GPT3-style models with minimal accuracy impact, which leads to up to 5.19x/4.16x speedup on those models "
        "compared to FP16 inference.", "en"
    )
    assert [(q.text, q.bound) for q in view.quantities] == [("5.19x", "up_to"), ("4.16x", "up_to")]
    assert {(key, view.quantities[i].text) for key, i, strong in view.bindings if strong} == {("bert", "5.19x"), ("gpt3", "4.16x")}
    assert [q.text for q in analyse("a 2.7%/4.3% boost over 125M/350M models", "en").quantities] == ["2.7%", "4.3%", "125M", "350M"]
    # a fraction, and a size inside a name, stay what they are
    assert [(q.text, q.unit) for q in analyse("perturbations of size 8/255", "en").quantities] == [("8/255", "ratio")]
    assert [q.text for q in analyse("LLaMA-7B/13B reaches 60%", "en").quantities] == ["60%"]


def test_model_names_are_identities():
    keys = [e.key for e in analyse("GPT-4, GPT-4o-mini, GPT-3.5, phi-3-mini, phi-3.5-MoE, LLaMA-13B and Mixtral 8x7B", "en").entities]
    assert keys == ["gpt4", "gpt4o-mini", "gpt3.5", "phi3-mini", "phi3.5-moe", "llama13b", "mixtral8x7b"]
    assert siblings("gpt4", "gpt4o-mini") and not same_entity("gpt4", "gpt4o-mini")
    assert siblings("llama13b", "llama65b")
    assert siblings("phi3-mini", "phi3-medium")
    assert generalises("phi3", "phi3-mini") and same_entity("phi3.5", "phi3.5-moe")
    assert same_entity("gpt4", "gpt-4".replace("-", ""))


def test_names_with_a_spaced_version():
    keys = [e.key for e in analyse("Mistral 7B outperforms Llama 2 13B and Llama 1 34B.", "en").entities]
    assert keys == ["mistral7b", "llama2-13b", "llama1-34b"]


def test_respectively_binds_numbers_in_order():
    text = (
        "We also provide some initial parameter-scaling results with a 7B and 14B models trained for 4.8T tokens, "
        "called phi-3-small and phi-3-medium, both significantly more capable than phi-3-mini "
        "(e.g., respectively 75% and 78% on MMLU, and 8.7 and 8.9 on MT-bench)."
    )
    view = analyse(text, "en")
    assert [q.text for q in view.values_of("phi3-medium")] == ["78%", "8.9"]
    assert [q.text for q in view.values_of("phi3-small")] == ["75%", "8.7"]


def test_a_number_belongs_to_what_it_is_measured_on():
    view = analyse("The model reaches 28.4 BLEU on English-German, 41.8 on English-French.", "en")
    assert [q.text for q in view.values_of(entity_key("English-German"))] == ["28.4"]
    assert [q.text for q in view.values_of(entity_key("English-French"))] == ["41.8"]


@pytest.mark.parametrize(
    "written",
    ["English-German", "En-De", "EN-DE", "English/German", "En\\(\\rightarrow\\)De", "en->de", "En→De", "English-to-German",
     "English to German"],
)
def test_a_translation_direction_is_one_name_however_written(written):
    view = analyse(f"On the WMT'14 {written} task, the model reaches 28.4 BLEU.", "en")
    assert "en-de" in view.entity_keys
    assert "28.4" in [q.text for q in view.values_of("en-de")]
    # "WMT'14" is the 2014 edition, part of the name, not a figure of 14 the claim would have to match
    assert [q.value for q in view.quantities] == [28.4] and "wmt14" in view.entity_keys


def test_a_translation_direction_keeps_its_order():
    assert entity_key("English-German") != entity_key("German-English")
    assert entity_key("German-English") == entity_key("De-En")


@pytest.mark.parametrize(
    ("text", "language", "direction", "subject", "obj"),
    [
        ("Mixtral outperforms Llama 2 70B on mathematics.", "en", ">", "mixtral", "llama2-70b"),
        ("Llama 2 70B is outperformed by Mixtral.", "en", ">", "mixtral", "llama2-70b"),
        ("Phi-3.5-MoE fait jeu égal avec GPT-4o-mini.", "fr", "=", "phi3.5-moe", "gpt4o-mini"),
        ("GPT-3.5 reste inférieur à Phi-3-mini.", "fr", "<", "gpt3.5", "phi3-mini"),
        ("Phi-3 surpasse GPT-3.5 sur MMLU.", "fr", ">", "phi3", "gpt3.5"),
        # a closing "de" or "à" fused with an article
        ("Phi-3 reste en deçà des scores de GPT-4.", "fr", "<", "phi3", "gpt4"),
        ("Phi-3 est supérieur aux modèles GPT-3.5.", "fr", ">", "phi3", "gpt3.5"),
        ("Phi-3 écrase GPT-3.5 sur MMLU.", "fr", ">", "phi3", "gpt3.5"),
        ("Phi-3 edges past GPT-3.5 on MMLU.", "en", ">", "phi3", "gpt3.5"),
        ("Phi-3 has a pass rate improvement compared with GPT-3.5.", "en", ">", "phi3", "gpt3.5"),
    ],
)
def test_comparisons_have_a_direction_and_two_sides(text, language, direction, subject, obj):
    comparison = analyse(text, language).comparisons[0]
    assert comparison.direction == direction
    assert subject in comparison.subject
    assert obj in comparison.object


def test_negation_exclusivity_and_their_look_alikes():
    assert "surpass" in analyse("Le modèle ne surpasse pas GPT-4.", "fr").negated_terms
    assert not analyse("Le modèle n'utilise que des données synthétiques.", "fr").negated_terms
    assert "synthetic" in analyse("Le modèle n'utilise que des données synthétiques.", "fr").exclusive_terms
    assert not analyse("trained with no more than 1/1,000th the compute", "en").negated_terms
    assert "use" in analyse("It never uses proprietary data.", "en").negated_terms
    # "not all" limits a quantity; "not always" still denies what follows
    assert "robust" not in analyse("Not all pretrained models are equally robust.", "en").negated_terms
    assert "robuste" not in analyse("Les modèles ne sont pas forcément robustes.", "fr").negated_terms
    assert "consistent" in analyse("CoT fine-tuning does not always yield consistent gains.", "en").negated_terms
    assert "robust" in analyse("The models are not at all robust.", "en").negated_terms


def test_opposite_properties_and_quantifiers():
    poles = {(name, side) for name, side, _ in analyse("Phi-3.5-MoE est un modèle dense.", "fr").poles}
    assert ("architecture_density", "a") in poles
    poles = {(name, side) for name, side, _ in analyse("a 16 x 3.8B MoE model", "en").poles}
    assert ("architecture_density", "b") in poles
    [(kind, _, said_of)] = analyse("sur tous les benchmarks", "fr").quantifiers
    assert kind == "all" and "benchmarks" in said_of
    assert {kind for kind, _, _ in analyse("dans certains benchmarks", "fr").quantifiers} == {"some"}
    assert {kind for kind, _, _ in analyse("on most benchmarks", "en").quantifiers} == {"most"}


def test_french_terms_carry_english_equivalents():
    terms = analyse("entraîné sur des données synthétiques", "fr").terms
    flat = set().union(*terms)
    assert {"train", "data", "synthetic"} <= flat
    # a phrase of the field is one term: "encodage positionnel" is a positional encoding, or position embedding
    positional = set().union(*analyse("un nouvel encodage positionnel", "fr").terms)
    assert {"positional", "position", "embedding"} <= positional


def test_acronym_plurals_are_the_same_name():
    assert entity_key("GPUs") == entity_key("GPU") == "gpu"
    assert entity_key("LLMs") == "llm"


def test_a_greek_letter_in_a_name_is_its_spelled_out_name():
    assert entity_key("PixArt-α") == entity_key("PIXART-alpha")
    assert entity_key("PixArt-Σ") == entity_key("PixArt-sigma")
    assert entity_key("β-VAE") == entity_key("beta-VAE") != entity_key("PixArt-alpha")


def test_a_sentence_starting_with_a_participle_does_not_name_it():
    view = analyse("Finetuned on 12 tasks, Zeta-7B reaches 40% on ToyBench.", "en")
    assert next(e for e in view.entities if e.key == "finetuned").initial


def test_an_enumerated_item_opens_like_a_sentence_and_its_first_word_is_not_the_subject():
    # arXiv:2408.01800, a sentence as published
    view = analyse(
        "By integrating the latest MLLM techniques, the latest MiniCPM-Llama3-V 2.5 has several notable features: "
        "(1) Strong performance, outperforming GPT-4V-1106, Gemini Pro and Claude 3 on OpenCompass.", "en"
    )
    assert next(e for e in view.entities if e.key == "strong").initial
    (comparison,) = view.comparisons
    # the phrase that opens the sentence before its comma ("By integrating the latest MLLM techniques") is not its subject
    assert comparison.subject == ("minicpm-llama3-v2.5",) and "gpt4v1106" in comparison.object


def test_french_count_out_of_a_total_is_a_ratio():
    view = analyse("Le modèle résout 6 sur 12 problèmes, soit la moitié.", "fr")
    ratio = next(q for q in view.quantities if q.unit == "ratio")
    assert ratio.value == pytest.approx(0.5)


def test_a_pronoun_subject_is_left_unnamed_not_taken_from_after_a_comma():
    view = analyse("Zeta-9B beats Wren-3B. It nears the performance of Lark-70B, one of the best models with Omega-4.", "en")
    near = next(c for c in view.comparisons if c.direction == "=")
    assert near.subject == () and "lark70b" in near.object


@pytest.mark.parametrize(
    ("text", "language", "direction"),
    [
        ("Zeta-9B comes out ahead of Wren-3B.", "en", ">"),
        ("Zeta-9B talonne Wren-3B.", "fr", "="),
        ("Zeta-9B reste en dessous de Wren-3B.", "fr", "<"),
    ],
)
def test_more_ways_to_say_ahead_level_and_behind(text, language, direction):
    assert [c.direction for c in analyse(text, language).comparisons] == [direction]


@pytest.mark.parametrize(
    ("text", "language", "factor"),
    [
        ("Zeta-7B doubles the throughput of Wren-3B.", "en", 2.0),
        ("tripling the performance of Wren-3B on summarization", "en", 3.0),
        ("Le débit de Zeta-7B a quadruplé.", "fr", 4.0),
    ],
)
def test_multiplying_verbs_are_factors(text, language, factor):
    assert [(q.value, q.unit) for q in analyse(text, language).quantities] == [(factor, "times")]


def test_double_in_a_compound_is_not_a_factor():
    assert analyse("A double-blind study of Zeta-7B.", "en").quantities == ()


def test_french_phrases_of_several_words_carry_their_english_meaning():
    view = analyse("Zeta-7B établit un nouvel état de l'art sur ce jeu de données.", "fr")
    assert any("state-of-the-art" in term and "state" in term for term in view.terms)
    assert any("dataset" in term for term in view.terms)
    # the English function words of a phrase do not become terms that match every passage
    assert not any(term & {"of", "the"} for term in view.terms)


@pytest.mark.parametrize(
    "text",
    ["Zeta's 3.9-billion-parameter model leads.", "Zeta 7 billion parameters were enough.", "Le modèle Zeta 3,9 milliards de paramètres."],
)
def test_a_size_after_a_name_is_not_its_version(text):
    language = "fr" if "modèle" in text else "en"
    assert "zeta" in [e.key for e in analyse(text, language).entities]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Zeta-7B achieves on-par or better performance than Wren-3B.", "en"),
        ("Zeta-7B fait jeu égal voire mieux que Wren-3B.", "fr"),
    ],
)
def test_level_or_better_also_says_ahead(text, language):
    directions = {c.direction for c in analyse(text, language).comparisons if "wren3b" in c.object}
    assert ">" in directions


def test_a_pair_of_values_belongs_to_the_names_said_since_the_previous_number():
    view = analyse(
        "Zephyrion beats Korvax on CodeBench by 61.2% to 48.5%, and Talloq on MathSet with 33.1% versus 20.7%.", "en"
    )
    assert [q.text for q in view.values_of("korvax")] == ["61.2%", "48.5%"]
    assert [q.text for q in view.values_of("talloq")] == ["33.1%", "20.7%"]
    assert [q.text for q in view.values_of("mathset")] == ["33.1%", "20.7%"]


def test_a_parenthesis_holding_only_a_name_says_whose_the_number_before_it_is():
    view = analyse("We report an average gain of +3.21% (Orbix 2B) and +1.75% (Orbix 9B) on TaskSuite.", "en")
    assert [q.text for q in view.values_of("orbix2b")] == ["3.21%"]
    assert [q.text for q in view.values_of("orbix9b")] == ["1.75%"]


def test_bare_sizes_after_a_sized_name_are_its_siblings():
    view = analyse("After tuning, Quill-2-1B and 7B reach 30.5% and 44.2% on ProofSet, respectively.", "en")
    assert [q.text for q in view.values_of("quill2-1b")] == ["30.5%"]
    assert [q.text for q in view.values_of("quill2-7b")] == ["44.2%"]
    counted = analyse("Quill-7B and 13B parameters are enough.", "en")
    assert [e.key for e in counted.entities] == ["quill7b"]
    # arXiv:2404.08801: each size with its figure in brackets
    between = analyse("Megalodon reaches a training loss of 1.70, landing mid-way between Llama2-7B (1.75) and 13B (1.67).")
    assert {(key, between.quantities[i].text) for key, i, strong in between.bindings if strong} == {
        ("llama2-7b", "1.75"), ("llama2-13b", "1.67")
    }


def test_respectively_reuses_the_names_earlier_numbers_were_measured_on():
    view = analyse(
        "Zorba reaches 61.0% on AlphaSet and 88.5% on BetaSet, up from the baseline's 12.5% and 40.2% respectively.", "en"
    )
    assert [q.text for q in view.values_of("alphaset")] == ["61.0%", "12.5%"]
    assert [q.text for q in view.values_of("betaset")] == ["88.5%", "40.2%"]


def test_a_cited_year_does_not_cut_a_pair_of_values_from_its_names():
    view = analyse("Zorba tops the humans on AlphaSet (Smith et al., 2019a) in mean score (89.9 versus 89.8).", "en")
    assert [q.text for q in view.values_of("alphaset")] == ["89.9", "89.8"]


def test_a_ti_suffix_is_part_of_a_card_name_and_not_a_second_name():
    keys = [e.key for e in analyse("It runs on four RTX 3090 or eight RTX 2080 Ti cards.", "en").entities]
    assert keys == ["rtx3090", "rtx2080-ti"]


def test_a_list_of_names_then_of_and_as_many_values_pairs_them_in_order():
    view = analyse("It sets a new state of the art on AlphaSet and BetaSet dev of 71.2% and 44.9%.", "en")
    assert [q.text for q in view.values_of("alphaset")] == ["71.2%"]
    assert [q.text for q in view.values_of("betaset")] == ["44.9%"]


def test_patch_sizes_and_a_trailing_plus_are_part_of_a_name():
    from factcheck.analysis import analyse, siblings

    keys = [e.key for e in analyse("TinyCLIP ViT-8M/16 beats CLIP ViT-B/16, not ViT-B/32; EVA-02-CLIP-L/14+ follows.", "en").entities]
    assert "vit-b/16" in keys and "vit-b/32" in keys and "eva02-clip-l/14+" in keys
    assert siblings("vit-b/16", "vit-b/32")
    # a slash between numbers is not a name: "1.3/7.5B" stays two sizes
    assert [q.text for q in analyse("We release 1.3/7.5B models at 335 TFLOPs/s.", "en").quantities] == ["1.3B", "7.5B", "335"]


def test_a_metric_name_is_not_a_number():
    from factcheck.analysis import analyse

    numbers = analyse("Reflexion achieves a 91% pass@1 accuracy on HumanEval, while GPT-4 gets 80% R@10.", "en").quantities
    assert [q.text for q in numbers] == ["91%", "80%"]


def test_only_in_a_compound_and_a_single_device_are_not_exclusivity():
    from factcheck.analysis import analyse

    assert not analyse("USM starts from a text-only language model.", "en").exclusive_terms
    assert not analyse("StreamDiffusion atteint 91 images par seconde sur une seule RTX 4090.", "fr").exclusive_terms
    assert analyse("GRAPE n'a été évalué qu'en simulation.", "fr").exclusive_terms
    assert analyse("The model was trained only on English text.", "en").exclusive_terms


def test_other_things_being_equal_is_not_a_comparison():
    from factcheck.analysis import analyse

    assert not analyse("À données égales, VIMA multiplie jusqu'à 2,9 le taux de réussite.", "fr").comparisons
    equal = analyse("VIMA égale GPT-4 sur ce test.", "fr").comparisons
    assert [(c.direction, c.subject, c.object) for c in equal] == [("=", ("vima",), ("gpt4",))]


def test_a_contrasting_clause_has_sides_of_its_own():
    from factcheck.analysis import analyse

    # (the metric, F1, is what the gap is measured in, not a rival)
    text = "JudgeLRM-3B devance DeepSeek-R1 de 2,79 % en F1, tandis que JudgeLRM-7B dépasse GPT-4."
    sides = [(c.subject, c.object) for c in analyse(text, "fr").comparisons]
    assert sides == [(("judgelrm3b",), ("deepseek-r1",)), (("judgelrm7b",), ("gpt4",))]


def test_behind_is_a_rank_only_after_a_verb_of_rank_or_a_gap():
    from factcheck.analysis import analyse

    assert not analyse("The Spanish QA systems behind SQuAD-es fine-tune Multilingual-BERT.", "en").comparisons
    for text, language in (
        ("Llama3-8B reste nettement derrière Llama3-70B.", "fr"),
        ("ViLD reste 3,8 points derrière un détecteur supervisé.", "fr"),
        ("Llama3-8B still lags behind Llama3-70B.", "en"),
        ("Llama3-8B is far behind Llama3-70B.", "en"),
        ("The previous state of the art falls clearly behind AttnGAN.", "en"),
    ):
        assert [c.direction for c in analyse(text, language).comparisons] == ["<"], text


def test_each_comparison_of_a_sentence_has_its_own_sides():
    from factcheck.analysis import analyse

    def sides(text):
        return [(c.subject, c.object) for c in analyse(text, "en").comparisons]

    # arXiv:2503.19786
    assert sides("Gemma3-4B-IT is competitive with Gemma2-27B-IT and Gemma3-27B-IT is comparable to Gemini-1.5-Pro.") == [
        (("gemma3-4b-it",), ("gemma2-27b-it",)), (("gemma3-27b-it",), ("gemini1.5-pro",)),
    ]
    # a second comparison with no name of its own is said of the first one's subject
    assert sides("Phi-3-mini rivals Mixtral 8x7B and beats GPT-3.5.") == [
        (("phi3-mini",), ("mixtral8x7b",)), (("phi3-mini",), ("gpt3.5",)),
    ]
    # a metric, or a word that opens a report, is no subject (arXiv:2506.09790): "our model" is, unnamed
    assert sides("Experiments show that our 7B-parameter model achieves high pass rate and F1 scores, significantly "
                 "surpassing prior methods that employ closed-source models such as GPT-4o and Claude series.") == [
        ((), ("gpt4o", "claude")),
    ]
    assert sides("Zeta-7B outperforms Wren-13B by 2 BLEU and 3 MRR points.") == [(("zeta7b",), ("wren13b",))]
    # ... even when that subject is a pronoun (arXiv:2410.05355): the examples after the cue are the second's object
    assert sides("It is on par with Gemma 7B and outperforms models with different architecture designs, such as "
                 "RecurrentGemma 9B.") == [((), ("gemma7b",)), ((), ("recurrentgemma9b",))]


def test_exact_match_is_a_metric_not_a_comparison():
    from factcheck.analysis import analyse, comparison_sides

    # arXiv:1912.05200
    metric = analyse("SQuAD-es reaches 77.6 F1 and 61.8 Exact Match points on the Spanish XQuAD corpus.", "en")
    assert not metric.comparisons
    assert [c.direction for c in analyse("SQuAD-es models match the XQuAD baselines.", "en").comparisons] == ["="]
    # arXiv:1910.14599: "our proposed approach" is a method, not "approaches" a rival
    proposed = "Even without any state tracking data, our proposed approach achieves greater than 90% average slot accuracy."
    assert all(c.direction != "=" for c in analyse(proposed, "en").comparisons)
    assert not comparison_sides(proposed, "en") or all(s.direction != "=" for s in comparison_sides(proposed, "en"))


def test_a_denial_stops_where_the_benchmark_begins():
    from factcheck.analysis import analyse

    denied = analyse("Decision Transformer dépasse les méthodes hors ligne sans modèle sur Atari et OpenAI Gym.", "fr").negated_terms
    assert "atari" not in denied and "modèle" in denied
    assert "toolkits" in analyse("It scores 51.7% without relying on external toolkits.", "en").negated_terms


def test_latex_delimiters_and_lower_case_sizes():
    from factcheck.analysis import analyse

    numbers = analyse("an environment with \\\\(1.18\\\\) million real-world products and a 0.5b-parameter model", "en").quantities
    assert [(q.text, q.value) for q in numbers] == [("1.18 million", 1.18e6), ("0.5b", 0.5e9)]
    assert [q.value for q in analyse("Figure 3b shows it.", "en").quantities] == [3.0]
    # arXiv:2403.09629 as the snapshot has it: the arrow's backslash gone, the word glued to the figures
    glued = analyse("zero-shot improvements on GSM8K (5.9%rightarrow10.9%) and CommonsenseQA", "en").quantities
    assert [q.text for q in glued] == ["5.9%", "10.9%"]
    # arXiv:2412.01819 as the snapshot has it: a tilde whose markup is left around the word
    about = analyse("we propose a non-AR counterpart facilitating \\{sim\\}11% faster sampling", "en").quantities
    assert [(q.text, q.value) for q in about] == [("11%", 11.0)]
    assert [q.text for q in analyse("a \\\\(sim2real\\\\) gap of 3 points", "en").quantities] == ["3"]


def test_a_french_adverb_opening_a_sentence_is_not_a_name():
    assert analyse("Loin de le pénaliser, son module mémoire permet à LM2 de progresser.", "fr").entity_keys == {"lm2"}


def test_how_little_is_not_exclusivity_and_while_is_not_all():
    from factcheck.analysis import analyse

    assert not analyse("Wan needs only 8.19 GB of VRAM.", "en").exclusive_terms
    # arXiv:2308.04709: how few answers were right, not that nothing else was answered
    assert not analyse("Les LLM open source n'ont répondu correctement qu'à 17,1 % des questions.", "fr").exclusive_terms
    assert not analyse("FlashSpeech needs just one or two sampling steps.", "en").exclusive_terms
    assert not analyse("VILA-HD voit mieux les détails, tout en consommant moins de jetons.", "fr").quantifiers
    assert {kind for kind, _, _ in analyse("Tous les modèles sont ouverts.", "fr").quantifiers} == {"all"}


def test_a_denied_comparison_goes_the_other_way():
    from factcheck.analysis import analyse

    [denied] = analyse("On these tasks, earlier models had not beaten the average human rater.", "en").comparisons
    assert denied.direction == "<"
    [french] = analyse("Phi-3 n'a pas dépassé GPT-4.", "fr").comparisons
    assert french.direction == "<"
    # "without" denies a noun, not the comparison of another clause
    trailing = analyse("Orca is competitive without CoT; while trailing behind GPT-4.", "en").comparisons
    assert [c.direction for c in trailing if "gpt4" in c.object] == ["<"]


def test_latex_markup_and_possessives_in_names():
    from factcheck.analysis import analyse

    view = analyse("ViLD achieves 72.2 AP\\\\(_\\{50\\}\\\\) on PASCAL VOC and HAT achieves a \\\\(\\textbf\\{3.7\\}\\times\\\\) smaller size.", "en")
    assert "ap50" in view.entity_keys
    assert [q.text for q in view.quantities] == ["72.2", "3.7×"]
    # the number after a possessive is not the name's version; "V2" after a name is
    assert analyse("Transformer-XL's 54.5 perplexity on Penn Treebank", "en").entity_keys >= {"transformer-xl"}
    assert "longbench-v2" in analyse("Longbench V2: Towards Deeper Understanding", "en").entity_keys


def test_an_order_of_size_in_words_is_not_a_number():
    from factcheck.analysis import analyse

    assert not analyse("huge pre-trained models with hundreds of millions of parameters", "en").quantities
    assert not analyse("des milliards de paramètres", "fr").quantities
    assert [q.value for q in analyse("3 millions of users and five trillion tokens", "en").quantities] == [3e6, 5e12]


def test_a_measure_named_between_a_figure_and_its_unit():
    from factcheck.analysis import analyse

    [gain] = analyse("Visual-ARFT improves on its baseline by 18.6 F1 points.", "en").quantities
    assert (gain.value, gain.unit) == (18.6, "point")
    [points] = analyse("l'approche gagne 6,7 points BLEU", "fr").quantities
    [bleu] = analyse("the framework yields improvement of 6.7 BLEU", "en").quantities
    assert (points.value, points.unit, bleu.unit) == (6.7, "point", "bleu") and values_match(points, bleu)


def test_a_slash_pair_is_measured_where_its_second_figure_is():
    from factcheck.analysis import analyse

    view = analyse(
        "Visual-ARFT outperforms its baseline by +18.6% F1 / +13.0% EM on MAT-Coding and +10.3% F1 / +8.7% EM on "
        "MAT-Search.", "en"
    )
    strong = {(key, view.quantities[i].text) for key, i, firm in view.bindings if firm}
    assert {("mat-coding", "18.6%"), ("mat-coding", "13.0%"), ("mat-search", "10.3%"), ("mat-search", "8.7%")} <= strong
    assert ("mat-search", "18.6%") not in strong


def test_a_factor_of_gpu_hours_is_no_count_of_devices():
    from factcheck.analysis import analyse

    [factor] = analyse("with up to 2x GPU-hour reduction in our implementation", "en").quantities
    assert (factor.value, factor.unit, factor.bound) == (2, "times", "up_to")
    [devices] = analyse("trained on 8x A100 GPUs", "en").quantities
    assert (devices.value, devices.unit) == (8, None)


def test_not_limited_to_a_thing_or_not_settling_for_it_does_not_deny_it():
    from factcheck.analysis import analyse

    for text, language in (
        ("KodCode ne se limite pas à l'affinage supervisé.", "fr"),
        ("KodCode is not limited to supervised fine-tuning.", "en"),
        ("DIVERSE does not settle for one prompt per question.", "en"),
        ("DIVERSE ne se contente pas d'un seul prompt par question.", "fr"),
    ):
        assert not analyse(text, language).negated_terms, text
    assert "supervisé" in analyse("KodCode ne sert pas à l'affinage supervisé.", "fr").negated_terms


def test_a_share_of_one_percent_is_a_fraction_of_a_percent():
    from factcheck.analysis import analyse

    assert [q.value for q in analyse("roughly a quarter of one percent of SPRIGHT", "en").quantities] == [0.25]
    assert [q.value for q in analyse("un quart d'un pour cent des images", "fr").quantities] == [0.25]
    assert [q.value for q in analyse("a quarter of the data", "en").quantities] == [25]


def test_data_augmentation_is_no_rise():
    from factcheck.analysis import analyse

    named = analyse("L'étude compare plusieurs techniques d'augmentation de données.", "fr")
    assert not any(name == "change_direction" for name, _, _ in named.poles)
    risen = analyse("L'augmentation de la taille du modèle aide.", "fr")
    assert ("change_direction", "a") in {(name, side) for name, side, _ in risen.poles}


def test_examples_of_a_thing_count_that_thing():
    from factcheck.analysis import analyse, values_match

    [examples] = analyse("a dataset of 80654 hand-annotated examples of questions and SQL queries", "en").quantities
    [questions] = analyse("WikiSQL gathers 80,654 hand-annotated questions.", "en").quantities
    assert examples.unit == "question" and values_match(questions, examples)
    assert [q.unit for q in analyse("1,000 examples of the training set", "en").quantities] == ["example"]


def test_so_many_in_so_many_written_in_words_is_a_percentage():
    from factcheck.analysis import analyse

    assert [q.value for q in analyse("Roughly four in five U.S. workers could be affected.", "en").quantities] == [80]
    assert [q.value for q in analyse("neuf sur dix", "fr").quantities] == [90]
    # digits stay as written: a claim may give them as they are
    assert [q.value for q in analyse("11 out of 18 tasks", "en").quantities] == [11, 18]


def test_the_two_as_a_pronoun_is_not_a_count():
    from factcheck.analysis import analyse

    assert not analyse("Le vainqueur est un hybride des deux.", "fr").quantities
    assert not analyse("The winner is a hybrid of the two.", "en").quantities
    assert [q.value for q in analyse("Les deux modèles sont hybrides.", "fr").quantities] == [2]


def test_number_words_that_begin_a_name():
    from factcheck.analysis import analyse

    # a benchmark's name inside a sentence is not 10^9 words
    assert [q.value for q in analyse("It scores 21.8 on One Billion Word and 54.5 on Penn Treebank.", "en").quantities] == [21.8, 54.5]
    # in a title every word is capitalised: the number stays
    assert [q.value for q in analyse("Pretraining Models With One Billion Parameters", "en").quantities] == [1e9]
    assert [q.value for q in analyse("We train on one trillion tokens.", "en").quantities] == [1e12]


def test_counts_joined_to_their_noun_and_french_approximate_counts():
    from factcheck.analysis import analyse

    assert [q.value for q in analyse("a twelve-category taxonomy and a three-stage pipeline", "en").quantities] == [12, 3]
    # "two-thirds" is a share, not a count of two
    assert [(q.value, q.unit) for q in analyse("on roughly two-thirds of the tasks", "en").quantities] == [(67, "percent")]
    [about] = analyse("recueillies auprès d'une centaine de personnes", "fr").quantities
    assert (about.value, about.bound) == (100, "about")
    [ten] = analyse("Le benchmark compte une dizaine de tâches.", "fr").quantities
    assert (ten.value, ten.bound) == (10, "about")


def test_the_sides_of_a_comparison_read_by_their_words():
    from factcheck.analysis import comparison_sides

    (sides,) = comparison_sides(
        "Large multimodal models trained on natural documents, which interleave images and text, outperform models "
        "trained on image-text pairs on various multimodal benchmarks.", "en")
    assert sides.direction == ">"
    assert {"natural", "document"} <= sides.subject and {"image", "pair"} <= sides.object
    assert "benchmark" not in sides.object  # what it is measured on is not a side
    (passive,) = comparison_sides("Seq2SQL is outperformed by attentional baselines.", "en")
    assert "baseline" in passive.subject and "seq2sql" in passive.object
    # a span after "over" and a bound on a figure are no rivals
    assert not comparison_sides(
        "URLTran uses transformers to significantly improve the performance of phishing URL detection over a wide "
        "range of very low false positive rates.", "en")
    assert not comparison_sides("The index can be shrunk below 500MB.", "en")
    (ahead,) = comparison_sides("Our model outperforms 2D VLMs.", "en")  # "2D" is a name, not a figure
    assert "vlms" in ahead.object
    # two settings of one subject: the sides are what each is measured on
    (settings,) = comparison_sides("Most models score lower on perception than reasoning steps.", "en")
    assert settings.direction == "<" and "perception" in settings.subject and "reasoning" in settings.object
    # a margin and no agent: what the paper presents is ahead
    (margin,) = comparison_sides("Non-neural state-of-the-art systems are outperformed by more than 2% on JFLEG.", "en")
    assert margin.subject == {"our"} and {"non", "neural"} <= margin.object


def test_a_verb_joined_by_and_shares_the_first_verbs_subject():
    from factcheck.analysis import comparison_sides

    first, second = comparison_sides(
        "Notably, our Imp-3B model steadily outperforms all the existing lightweight LMMs of similar size, and even "
        "surpasses the state-of-the-art LMMs at the 13B scale.", "en")
    assert "imp" in first.subject and second.subject == first.subject and "art" in second.object


def test_an_escaped_apostrophe_is_a_possessive_and_a_latex_accent_a_letter():
    from factcheck.analysis import analyse

    keys = [e.key for e in analyse("ACM-8B raises GPT-4o\\'s content scores, like Sabi\\'a.", "en").entities]
    assert "gpt4o" in keys and "sabia" in keys


def test_figures_and_names_as_abstracts_write_them():
    from factcheck.analysis import analyse

    values = lambda text, language="en": [q.value for q in analyse(text, language).quantities]  # noqa: E731
    keys = lambda text: sorted(analyse(text, "en").entity_keys)  # noqa: E731
    # LaTeX's thin space inside a figure, and its unbreakable space
    assert values("covering 28 instruction types and 300\\,k high-quality data entries") == [28, 300_000]
    assert values("a set of 1\\,000 images") == [1000]
    tied = keys("outperforms our internal wav2vec~2.0 by more than~30%")
    assert tied == keys("outperforms wav2vec 2.0") == ["wav2vec2.0"]
    assert values("gains of 5.9~7.0% in recall") == [5.9, 7.0]
    # half of a scale word
    assert values("fewer than half a billion parameters") == [0.5e9]
    assert values("un demi-milliard de paramètres", "fr") == [0.5e9]
    # an acronym's edition is part of its name, a short dotted version part of a name with a digit
    assert keys("reaches 40% on AIME 2024") == keys("reaches 40% on AIME2024") == keys("reaches 40% on AIME24")
    assert keys("reaches 40% on AIME 2024") != keys("reaches 40% on AIME 2025")
    assert keys("on CoNLL 2014") == keys("on CoNLL-2014") and keys("on WMT 2014") == keys("on WMT14")
    assert keys("We present Hunyuan3D 2.0, a 3D synthesis system.") == ["hunyuan3d2.0"]
    assert "coco" in keys("an FID of 23.3 on MS COCO 2017-5k")  # a year with its split is no edition


def test_a_name_only_in_the_opening_phrase_is_not_the_comparisons_subject():
    from factcheck.analysis import analyse

    text = "Sur CoNLL-2014, les systèmes non neuronaux gardent l'avantage sur les modèles neuronaux."
    (fronted,) = analyse(text, "fr").comparisons
    assert fronted.subject == ()
    (named,) = analyse("On ScreenSpot-Pro, UI-R1-3B clearly beats OS-Atlas-7B.", "en").comparisons
    assert "ui-r1-3b" in named.subject


def test_a_list_of_figures_shares_the_scale_of_its_last():
    from factcheck.analysis import analyse

    values = [q.value for q in analyse("La famille se décline en 2, 8 et 72 milliards de paramètres.", "fr").quantities]
    assert values == [2e9, 8e9, 72e9]
    assert [q.value for q in analyse("models of 9 and 80 billion parameters", "en").quantities] == [9e9, 80e9]
    # a year before a comma is not part of the list
    assert [q.value for q in analyse("In 2019, 30 billion tokens were used.", "en").quantities] == [2019, 30e9]


def test_a_factor_after_a_name_is_not_its_version():
    from factcheck.analysis import analyse

    keys = lambda text: [e.key for e in analyse(text, "fr").entities]  # noqa: E731
    assert "vla" in keys("SmolVLA fait jeu égal avec des VLA dix fois plus gros.")
    assert "layerskip" in keys("Sur TOPv2, LayerSkip double la vitesse d'inférence.")
    assert "gemini1.5-pro" in [e.key for e in analyse("Gemini 1.5 Pro is strong.", "en").entities]


def test_what_a_verb_of_factor_multiplies_is_its_context():
    from factcheck.analysis import analyse

    quadruple, triple = analyse("Par rapport à AdamW, APOLLO quadruple le débit et triple la taille des lots.", "fr").quantities
    assert "throughput" in quadruple.context and "size" in triple.context


def test_both_ends_of_a_change_are_measured_on_the_same_thing():
    from factcheck.analysis import analyse

    view = analyse("POLAR-7B could improve preference accuracy from 54.8% to 81.0% on STEM tasks and from 57.9% to 85.5% "
                   "on creative writing tasks.", "en")
    assert ("stem", 0, True) in view.bindings and ("stem", 1, True) in view.bindings
    assert not any(key == "stem" and index >= 2 for key, index, _ in view.bindings)


def test_what_a_negation_denies():
    from factcheck.analysis import analyse

    # a word of degree is not what is denied
    assert "large" not in analyse("Sans grand réglage d'hyperparamètres, le taux d'erreur recule.", "fr").negated_terms
    # "-free" denies the words it is on
    assert {"reference", "model"} <= analyse("a reference model-free preference optimization algorithm", "en").negated_terms


def test_what_a_text_says_is_needed():
    from factcheck.analysis import analyse

    assert "retrain" in analyse("PrefixQuant has to retrain the model.", "en").required_terms
    assert "sample" in analyse("DPO nécessite d'échantillonner le modèle.", "fr").required_terms
    assert {"depth", "sensor"} <= analyse("The agents rely on depth sensors.", "en").required_terms
    # a generic word is not what is needed
    assert "model" not in analyse("PrefixQuant has to retrain the model.", "en").required_terms


def test_greek_letters_in_latex_and_suffixes_of_role_are_part_of_names_or_not():
    from factcheck.analysis import analyse

    keys = [e.key for e in analyse(r"In this paper, we introduce PixArt-\Sigma, the successor of PixArt-\alpha.", "en").entities]
    assert keys == ["pixart-sigma", "pixart-alpha"]
    assert [e.key for e in analyse("PixArt-Σ gets by with 0.6B parameters.", "en").entities] == ["pixart-sigma"]
    # "LLM-based": the name is the part before the suffix
    assert [e.key for e in analyse("The LLM-based approach and a GPT-style decoder.", "en").entities] == ["llm", "gpt"]
    # "MIG-selected data", "GPT-4-generated answers": what the name made, not another name
    assert [e.key for e in analyse("MIG-selected data beats GPT-4-generated answers.", "en").entities] == ["mig", "gpt4"]


def test_a_comparison_adjective_after_an_article_is_still_a_comparison():
    from factcheck.analysis import analyse

    (comparable,) = analyse("Phi-3-mini achieves a comparable accuracy to GPT-3.5.", "en").comparisons
    assert comparable.direction == "="
    # but "our approach" is a noun, not the verb "approaches"
    assert [c.direction for c in analyse("Our approach surpasses GPT-3.5.", "en").comparisons] == [">"]


def test_a_figure_against_a_name_belongs_to_it():
    from factcheck.analysis import analyse

    bindings = analyse("TPI-LLM cuts latency by more than 90% against Accelerate and by more than 80% against Transformers.", "en").bindings
    assert ("accelerate", 0, True) in bindings and ("transformers", 1, True) in bindings
    assert ("flexgen", 0, True) in analyse("H2O multiplie le débit par 3 face à FlexGen.", "fr").bindings


def test_a_figure_measured_a_few_words_before_its_benchmark_belongs_to_it():
    from factcheck.analysis import analyse

    bindings = analyse(
        "Answers are rated high quality 80% of the time on this Natural Questions subset, and 67% of the time on the ELI5 subset.",
        "en",
    ).bindings
    assert ("natural", 0, True) in bindings and ("eli5", 1, True) in bindings
    assert ("eli5", 0, True) not in bindings


def test_a_lone_french_ne_after_que_denies_nothing():
    from factcheck.analysis import analyse

    assert not analyse("Pour éviter que le modèle ne s'enferme dans une seule résolution.", "fr").negated_terms
    assert "train" in analyse("Il faut que le modèle ne soit pas entraîné.", "fr").negated_terms
    assert "work" in analyse("Le modèle ne fonctionne pas.", "fr").negated_terms


def test_wholly_before_an_adjective_is_a_degree_not_only():
    from factcheck.analysis import analyse

    assert not analyse("Une architecture entièrement convolutive et entraînable de bout en bout.", "fr").exclusive_terms
    assert not analyse("A fully automatic and entirely convolutional architecture.", "en").exclusive_terms
    # before what it is about, it is "only"
    assert "synthetic" in analyse("The model was trained entirely on synthetic data.", "en").exclusive_terms


def test_a_word_that_only_opens_the_sentence_is_not_the_subject_of_its_comparison():
    from factcheck.analysis import analyse

    (matching,) = analyse(
        "Notably, our best model Eagle 2.5-8B achieves 72.4% on Video-MME with 512 input frames, matching the results "
        "of top-tier commercial model such as GPT-4o.",
        "en",
    ).comparisons
    assert matching.direction == "=" and matching.subject[0].startswith("eagle") and "notably" not in matching.subject


def test_examples_in_brackets_after_than_are_the_object_of_the_comparison():
    from factcheck.analysis import analyse

    comparisons = analyse(
        "NLPO exhibits greater stability and performance than previous policy gradient methods (e.g., PPO (Schulman et "
        "al. 2017)), based on both automatic and human evaluations.",
        "en",
    ).comparisons
    assert [(c.direction, c.subject[0], "ppo" in c.object) for c in comparisons] == [(">", "nlpo", True)]


def test_close_to_is_not_closed():
    from factcheck.analysis import analyse

    assert not [p for p in analyse("The model comes close to human accuracy.", "en").poles if p[0] == "openness"]
    assert [p[1] for p in analyse("The weights stay closed.", "en").poles if p[0] == "openness"] == ["b"]


def test_a_share_in_words_is_a_percentage():
    from factcheck.analysis import analyse

    def shares(text, language):
        return [(q.value, q.unit) for q in analyse(text, language).quantities]

    assert shares("Wav2CLIP needs about half of the data.", "en") == [(50.0, "percent")]
    assert shares("Il faut environ la moitié des données.", "fr") == [(50.0, "percent")]
    assert shares("Roughly a third of the corpus is code.", "en") == [(33.0, "percent")]
    assert shares("Les trois quarts des questions.", "fr") == [(75.0, "percent")]
    # a half of something else is not a share, and halving stays a factor
    assert shares("In the second half of the year.", "en") == []
    assert shares("Le coût est réduit de moitié.", "fr") == [(2.0, "times")]


def test_an_elided_french_conjunction_that_opens_a_sentence_is_not_a_name():
    from factcheck.analysis import analyse

    assert [e.text for e in analyse("Lorsqu'il s'abstient, GopherCite dépasse le niveau humain.", "fr").entities] == ["GopherCite"]
    assert not analyse("Jusqu'à 40 % plus rapide, puisqu'il est plus petit.", "fr").entities


def test_a_bare_version_is_not_a_name():
    from factcheck.analysis import analyse

    keys = [e.text for e in analyse("MobileBERT atteint un F1 de 90,0 en v1.1 et de 79,2 en v2.0.", "fr").entities]
    assert "v1.1" not in keys and "v2.0" not in keys
    assert "SQuAD-v1.1" in [e.text for e in analyse("It scores 90.0 on SQuAD v1.1.", "en").entities]


def test_a_decimal_without_its_leading_zero():
    assert values("with a concordance correlation coefficient (CCC) of .638 on MSP-Podcast") == [(0.638, None)]
    assert values("a correlation (r = .45) with human ratings") == [(0.45, None)]


def test_an_english_compound_counts_its_last_noun():
    # "images de documents" names its head first, "document images" last
    assert values("50,000 questions defined on 12,000+ document images") == [(50000.0, "question"), (12000.0, "image")]
    assert values("plus de 12 000 images de documents", "fr") == [(12000.0, "image")]
    assert values("about 1,000 GPU hours") == [(1000.0, "hour")]
    # arXiv:2210.01241: two modifiers before the plural noun
    assert values("a set of 6 language generation tasks which are supervised") == [(6.0, "task")]
    # a measure noun before a singular one is still what is counted
    assert values("a 3.8 billion parameter language model") == [(3.8e9, "parameter")]


def test_tous_deux_is_both_not_two():
    assert values("lambda et gamma valent tous deux 1.", "fr") == [(1.0, None)]
    assert values("les deux modèles", "fr") == [(2.0, None)]


def test_a_near_doubling_is_a_factor_of_two():
    assert values("We achieve a near-doubling of inference speed.") == [(2.0, "times")]
    assert values("un doublement de la vitesse", "fr") == [(2.0, "times")]


def test_a_place_in_a_ranking_is_a_number():
    assert values("we obtain first place in the VQA Challenge") == [(1.0, "place")]
    assert values("le modèle a pris la deuxième place du défi", "fr") == [(2.0, "place")]


def test_a_year_after_a_name_is_not_its_version():
    assert {e.key for e in analyse("la première place du VQA Challenge 2017", "fr").entities} == {"vqa", "challenge"}
    # a model number in the same range of digits is still part of the name
    assert {e.key for e in analyse("quatre RTX 2080 Ti", "fr").entities} == {"rtx2080-ti"}


def test_a_year_joined_to_a_count_is_no_range():
    # "MS COCO 2017-5k": the 5k images of the 2017 split, not a range from 2017 thousand to 5 thousand
    assert values("an FID of 23.3 on MS COCO 2017-5k") == [(23.3, None), (2017.0, None), (5000.0, None)]
    assert values("from 7 to 65 billion parameters") == [(7e9, "parameter"), (65e9, "parameter")]


def test_a_french_phrase_brings_the_synonyms_of_its_english_words():
    # "jeu de données" is one term, "dataset", and a source may call a dataset a corpus
    terms = analyse("Le nouveau jeu de données est rendu public.", "fr").terms
    assert any({"dataset", "corpus"} <= term for term in terms)


def test_respectively_after_a_generic_word_and_across_slashes():
    # arXiv:2504.08600 (SQL-R1) and arXiv:1707.07998, sentences as published
    spider = analyse(
        "SQL-R1 achieves execution accuracy of 88.6% and 66.6% on the benchmark Spider and BIRD, respectively, only "
        "using the 7B base model."
    )
    assert {(key, spider.quantities[i].value) for key, i, strong in spider.bindings if strong} == {("spider", 88.6), ("bird", 66.6)}
    coco = analyse("achieving CIDEr / SPICE / BLEU-4 scores of 117.9, 21.5 and 36.9, respectively.")
    assert {(key, coco.quantities[i].value) for key, i, strong in coco.bindings if strong} == {
        ("cider", 117.9), ("spice", 21.5), ("bleu4", 36.9)
    }


def test_a_prefix_on_a_figure_is_not_a_name():
    sub = analyse("In the sub-0.1-second regime, InstaFlow trails StyleGAN-T.")
    assert {e.key for e in sub.entities} == {"instaflow", "stylegan-t"}
    assert [(q.value, q.unit, q.bound) for q in sub.quantities] == [(0.1, "second", "at_most")]
    assert [(q.value, q.bound) for q in analyse("Hymba surpasses all sub-2B public models.").quantities] == [(2e9, "at_most")]


def test_a_passive_comparison_after_remains():
    for text, language in (
        ("Hymba remains outperformed by Llama-3.2-3B.", "en"),
        ("Hymba reste devancé par Llama-3.2-3B.", "fr"),
    ):
        (comparison,) = analyse(text, language).comparisons
        assert (comparison.subject, comparison.object) == (("llama3.2-3b",), ("hymba",))


def test_a_cue_word_describing_the_object_of_another_is_no_comparison_of_its_own():
    # arXiv:1707.05176: "rival" is what the models are, "beats" the comparison
    (comparison,) = analyse("LRML beats rival metric learning models by 6 to 7.5 percent.", "en").comparisons
    assert (comparison.direction, comparison.cue) == (">", "beat")


@pytest.mark.parametrize(
    "text, language, compares",
    [
        ("FlashAttention needs more HBM accesses than standard attention.", "en", True),
        ("Muse est moins efficace que les modèles de diffusion.", "fr", True),
        ("Kangaroo cuts time-to-first-token by more than 80% compared with Accelerate.", "en", False),
        ("Le Zero-shot-CoT n'apporte rien aux modèles de moins de 10 milliards de paramètres.", "fr", False),
        ("Le plus grand modèle NVILA compte 8 milliards de paramètres.", "fr", False),
        # "small" is the size pair's cue: only the comparative "smaller" says one thing has less than another
        ("Transformers are robust to small perturbations.", "en", False),
        ("Transformers are robust to smaller perturbations than CNNs.", "en", True),
    ],
)
def test_more_or_less_bounding_a_figure_or_naming_the_largest_compares_nothing(text, language, compares):
    poles = analyse(text, language).poles
    assert any(name == "comparative_amount" for name, _, _ in poles) is compares


@pytest.mark.parametrize(
    "text, bound",
    [
        ("Humans answer more than 2/3 of the 1,000 questions.", "at_least"),
        ("The student keeps less than 1/10 of the teacher's parameters.", "at_most"),
        ("The student keeps 1/10 of the teacher's parameters.", None),
    ],
)
def test_a_fraction_takes_the_bound_written_before_it(text, bound):
    (fraction,) = [quantity for quantity in analyse(text, guess_language(text)).quantities if quantity.unit == "ratio"]
    assert fraction.bound == bound


@pytest.mark.parametrize(
    ("text", "language", "figures"),
    [
        ("The model takes first place on the leaderboard.", "en", [1]),
        ("Le modèle prend la première place du classement.", "fr", [1]),
        ("CARP has the LLM first spot surface clues such as keywords.", "en", []),
    ],
)
def test_a_first_place_is_a_rank_and_first_spot_a_verb_is_not(text, language, figures):
    view = analyse(text, language)
    assert [q.value for q in view.quantities] == figures
    assert "llm1" not in view.entity_keys



def test_any_after_a_denial_is_not_all():
    analysis = analyse("The embeddings are learned without any labelled data.", "en")
    assert not any(kind == "all" for kind, _, _ in analysis.quantifiers)
    assert any(kind == "all" for kind, _, _ in analyse("It works on any labelled data.", "en").quantifiers)


def test_an_only_set_aside_by_instead_of_is_not_exclusive():
    set_aside = analyse("Au lieu de ne transmettre que la dernière couche, BridgeTower relie leurs couches hautes.", "fr")
    assert set_aside.exclusive_terms == frozenset()
    assert analyse("BridgeTower ne transmet que la dernière couche.", "fr").exclusive_terms


def test_dozens_are_counted():
    values = [q.value for q in analyse("We use approximately five dozen training examples.", "en").quantities]
    assert values == [60.0]
    assert [q.value for q in analyse("Averaged over a dozen tasks.", "en").quantities] == [12.0]
    assert analyse("It needs dozens of tasks.", "en").quantities == ()


def test_a_denial_quoted_is_mentioned_not_said():
    quoted = analyse('We substitute the correct answer with "None of the above choices is the correct answer."', "en")
    assert quoted.negated_terms == frozenset()
    assert analyse("None of the above choices is the correct answer.", "en").negated_terms


def test_near_a_score_is_not_level_with_a_rival():
    assert analyse("En zéro-shot, GPT-4 frôle les 80 % de précision.", "fr").comparisons == ()
    assert analyse("GPT-4 frôle les performances humaines.", "fr").comparisons
    assert analyse("X is on par with 2 strong baselines.", "en").comparisons


def test_two_sides_of_a_pair_joined_by_and_are_said_of_the_same_words():
    analysis = analyse("It beats previous best unsupervised and supervised text embedding models.", "en")
    scopes = {side: scope for name, side, scope in analysis.poles if name == "supervision"}
    assert "embedding" in scopes["a"] and "embedding" in scopes["b"]


def test_respectively_pairs_figures_with_names_a_longer_phrase_later():
    text = ("The embeddings attain a relative improvement of 23.4%, 14.7%, and 10.6% over previous best unsupervised "
            "methods on MSMARCO, Natural Questions and TriviaQA benchmarks, respectively.")
    strong = {(key, index) for key, index, firm in analyse(text, "en").bindings if firm}
    assert {("msmarco", 0), ("natural", 1), ("triviaqa", 2)} <= strong


def test_what_a_comparison_is_measured_on_right_after_its_cue_is_not_its_rival():
    claim = analyse("CodeFusion fait jeu égal en top-1 avec des systèmes autorégressifs.", "fr")
    assert [c.object for c in claim.comparisons] == [()]
    assert "gpt3" in analyse("CodeFusion fait jeu égal avec GPT-3 en top-1.", "fr").comparisons[0].object


def test_a_denial_runs_through_a_list_joined_by_or():
    analysis = analyse("It generates music without any external multi-modal neural structures or tokenizers.", "en")
    assert "tokenizers" in analysis.negated_terms
    kept = analyse("It works without any external multi-modal neural structures but uses tokenizers.", "en")
    assert "tokenizers" not in kept.negated_terms


def test_a_series_generalises_a_member_written_with_a_size_subscript():
    from factcheck.analysis import generalises

    # arXiv:2109.13296 (TuringBench), as the snapshot writes it: in LaTeX braces, "_base" reads as a subscript
    keys = analyse("samples across 20 labels \\{Human, GPT-1, GROVER_base, GROVER_large, XLNET_base\\}", "en").entity_keys
    assert "groverbase" in keys
    assert any(generalises("grover", key) for key in keys)
    assert not generalises("gpt4", "gpt4o")


def test_a_count_skips_other_and_new_before_what_it_counts():
    assert [(q.value, q.unit) for q in analyse("a small corpus covering 42 other languages", "en").quantities] == [(42.0, "language")]
    assert [(q.value, q.unit) for q in analyse("sur 3 nouvelles tâches", "fr").quantities] == [(3.0, "task")]


def test_figures_then_as_many_names_after_for_pair_in_order():
    text = "Black-box repair fixes 28% and 19% bugs on average for Google Translate and Transformer."
    strong = {(key, index) for key, index, firm in analyse(text, "en").bindings if firm}
    assert ("google", 0) in strong and ("transformer", 1) in strong


def test_a_french_word_of_the_field_opening_a_sentence_is_no_name():
    entities = analyse("Cas le plus frappant : un GPT-3 6B l'emporte sur GPT-2.", "fr").entities
    assert [e.initial for e in entities if e.key == "cas"] == [True]


def test_a_compound_written_with_a_hyphen_is_also_the_word_without_it():
    vocabulary = analyse("a multi-modal model of co-occurrence statistics", "en").vocabulary
    assert {"multimodal", "cooccurrence", "multi", "modal"} <= vocabulary
    # so a French claim's "multimodal" meets it
    claim = analyse("un modèle multimodal", "fr")
    assert all(not term.isdisjoint(vocabulary) for term in claim.terms)


def test_a_title_and_the_sentence_after_it_are_apart():
    # a title has no stop: the blank line after it ends it, so its words hold none of the sentence's figures
    view = analyse(
        "Attention-Based End-to-End Speech Recognition on Voice Search\n\nTaken together, these tricks achieve a "
        "character error rate (CER) of 3.58% on the MiTV voice search dataset.",
        "en",
    )
    assert all(key not in ("end-to-end", "attention", "speech") for key, _, _ in view.bindings)


def test_an_english_derivation_brings_the_word_it_is_made_from():
    # arXiv:2402.06852 (ChemLLM), arXiv:2305.06984: what a French claim's words translate to
    vocabulary = analyse("ChemLLM shows exceptional adaptability to related physical tasks, although still suffering from "
                         "unnecessary strictness; remarkably, it does.", "en").vocabulary
    assert {"adapt", "adaptable", "physic", "strict", "remarkable"} <= vocabulary
    # a short stem is no word of its own ("ability" is not "" plus a suffix, "really" not "re")
    assert not {"", "re", "ab"} & analyse("Its ability is really good.", "en").vocabulary


def test_an_adverb_opening_a_sentence_before_a_figure_is_not_a_name():
    # "Roughly four in five U.S. workers": not a name "Roughly 4" the source would have to mention
    assert analyse("Roughly four in five U.S. workers could be affected.", "en").entity_keys == {"us"}
    assert analyse("Llama 2 beats it.", "en").entity_keys == {"llama2"}


def test_approach_as_a_noun_compares_nothing():
    for sentence in (
        "In this work, we present a hybrid approach (HyST) which learns the appropriate method for each slot type.",
        "Recent works on end-to-end trainable neural network based approaches have demonstrated state-of-the-art "
        "results on dialogue state tracking.",
        "The best performing approaches estimate a probability distribution over all possible slot values.",
    ):
        assert analyse(sentence, "en").comparisons == (), sentence
    # the verb, after a plural or a singular subject
    for sentence in ("The smaller models approach GPT-4 on MMLU.", "The small model approaches GPT-4 on MMLU."):
        (comparison,) = analyse(sentence, "en").comparisons
        assert comparison.direction == "=" and "gpt4" in comparison.object


def test_the_largest_says_no_comparative_amount():
    for sentence in (
        "L'entraînement du plus grand modèle RWKV-7 a coûté moins de 100 000 dollars en calcul.",
        "Le plus grand modèle compte 7 milliards de paramètres.",
    ):
        poles = analyse(sentence, "fr").poles
        assert not any(name == "comparative_amount" for name, _, _ in poles), sentence
    assert any(name == "comparative_amount" for name, _, _ in analyse("Ce modèle demande plus de calcul.", "fr").poles)


def test_a_comparison_nobody_wins_puts_the_rival_ahead():
    (comparison,) = analyse("No model of its size is better at multilingual tasks than Nemotron-4 15B.", "en").comparisons
    assert comparison.direction == ">" and comparison.subject == ("nemotron4-15b",)
    # the denial is of the comparison: the words it compares are not denied
    assert "multilingual" not in analyse("No model of its size is better at multilingual tasks than Nemotron-4 15B.",
                                         "en").negated_terms


def test_what_is_reported_after_that_has_its_own_subject():
    sentence = (
        "Experiments reveal the problems of CopyRE and show that our model achieves significant improvement over the "
        "current state-of-the-art method by 9% in NYT and 16% in WebNLG (F1 score)."
    )
    (comparison,) = analyse(sentence, "en").comparisons
    assert comparison.direction == ">" and "copyre" not in comparison.subject
    (named,) = analyse("Results show that GPT-4 outperforms Llama 2.", "en").comparisons
    assert named.subject == ("gpt4",) and named.object == ("llama2",)


def test_a_cue_inside_a_longer_one_of_the_other_side_is_that_ones_word():
    poles = analyse("Le modèle repose sur une architecture peu profonde.", "fr").poles
    assert {(name, side) for name, side, _ in poles} == {("depth", "a")}
    assert {(name, side) for name, side, _ in analyse("Le modèle est profond.", "fr").poles} == {("depth", "b")}


def test_what_a_sentence_opens_by_setting_aside_is_set_aside_not_denied_of_its_subject():
    opened = analyse("Rather than training the decoders in isolation, the authors train them jointly.", "en")
    assert "isolation" in opened.negated_terms and "isolation" in opened.set_aside_terms
    after_the_verb = analyse("LinFusion is trained from scratch rather than initialized from an existing model.", "en")
    assert "initialize" in after_the_verb.negated_terms and not after_the_verb.set_aside_terms
    plain = analyse("Au lieu de repartir de zéro, le modèle ne garde pas les poids.", "fr")
    assert "poids" in plain.negated_terms and "poids" not in plain.set_aside_terms


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("À budget de FLOPs égal, le petit modèle bat un modèle 14 fois plus gros.", "fr"),
        ("À FLOPs égaux, un petit modèle peut battre un modèle quatorze fois plus grand.", "fr"),
        ("At equal compute, the small model beats a 14x larger one.", "en"),
    ],
)
def test_a_setting_held_equal_is_no_comparison(text, language):
    assert [c.direction for c in analyse(text, language).comparisons] == [">"]


def test_equal_to_a_rival_is_a_comparison():
    assert [c.direction for c in analyse("Le modèle est égal à GPT-4 sur MMLU.", "fr").comparisons] == ["="]


def test_ties_with_is_on_a_level():
    found = analyse("In human evaluation, Shepherd strictly outperforms other models and closely ties with ChatGPT.", "en")
    assert ("=", ("chatgpt",)) in [(c.direction, c.object) for c in found.comparisons]


def test_competitive_rivals_are_no_comparison_but_a_competitive_alternative_is():
    rivals = analyse(
        "The proposed approach can outperform several competitive baselines, including the powerful GPT-3.5, on these "
        "evaluation tasks.", "en",
    )
    assert [(c.direction, c.object) for c in rivals.comparisons] == [(">", ("gpt3.5",))]
    level = analyse("Fully FP4-based training is a competitive alternative to FP8 training.", "en")
    assert [c.direction for c in level.comparisons] == ["="]


@pytest.mark.parametrize(("plural", "singular"), [("ID-CNNs", "ID-CNN"), ("Bi-LSTMs", "Bi-LSTM"), ("LLMs", "LLM")])
def test_the_plural_of_a_dashed_acronym_is_the_same_name(plural, singular):
    assert entity_key(plural) == entity_key(singular)


@pytest.mark.parametrize(
    ("text", "rival"),
    [
        ("We show GR-3 surpasses the state-of-the-art baseline method, pi_0, on a wide variety of tasks.", "pi0"),
        ("Euclid outperforms the best closed-source model, Gemini-1.5-Pro, by up to 58.56% on Geoperception.",
         "gemini1.5-pro"),
    ],
)
def test_a_rival_named_after_its_description(text, rival):
    assert [c.object for c in analyse(text, "en").comparisons] == [(rival,)]


@pytest.mark.parametrize("verb", ["se fait distancer", "se laisse devancer", "se fait battre"])
def test_se_faire_is_a_french_passive(verb):
    found = analyse(f"Gemini-1.5-Pro {verb} par Euclid.", "fr").comparisons
    assert [(c.direction, c.subject, c.object) for c in found] == [(">", ("euclid",), ("gemini1.5-pro",))]


@pytest.mark.parametrize(
    ("text", "language", "side"),
    [
        ("The authors do not release their code.", "en", "b"),
        ("We release our checkpoints.", "en", "a"),
        ("Les auteurs publient leur code.", "fr", "a"),
        ("Les auteurs ne publient pas leur code.", "fr", "b"),
        ("Les auteurs ne publient jamais le modèle.", "fr", "b"),
    ],
)
def test_releasing_ones_own_code_and_not(text, language, side):
    assert [(name, said) for name, said, _ in analyse(text, language).poles] == [("openness", side)]


def test_the_plural_of_an_acronym_unit_is_its_unit():
    assert [(q.value, q.unit) for q in analyse("It takes several days on eight GPUs.", "en").quantities] == [(8.0, "gpu")]


def test_with_ease_denies_nothing_and_refraining_denies():
    easy = analyse("Kaleido-BERT se greffe sans difficulté sur l'architecture BERT existante.", "fr")
    assert not easy.negated_terms
    refrain = analyse("Les auteurs se gardent de toute prévision sur l'adoption de ces modèles.", "fr")
    assert "adoption" in refrain.negated_terms


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Even with only half of the training data, CAVG still performs well.", "en"),
        ("The model needs only a fraction of the compute.", "en"),
        ("Le modèle n'utilise que la moitié des données.", "fr"),
        ("The baseline reaches only about a quarter of the human upper bound.", "en"),
        ("VisionZip keeps only roughly a tenth of the visual tokens.", "en"),
        ("Le modèle ne garde qu'environ un tiers des jetons visuels.", "fr"),
    ],
)
def test_only_a_fraction_says_how_little_not_nothing_else(text, language):
    assert not analyse(text, language).exclusive_terms


@pytest.mark.parametrize(
    ("text", "language", "share"),
    [
        ("Plus de neuf exemples toxiques sur dix sont qualifiés de discours haineux.", "fr", 90.0),
        ("Nine models out of ten pass the test.", "en", 90.0),
    ],
)
def test_a_share_in_words_with_what_it_counts_between(text, language, share):
    assert [(q.value, q.unit) for q in analyse(text, language).quantities] == [(share, "percent")]


def test_one_thing_done_in_ten_others_is_no_share():
    assert [(q.value, q.unit) for q in analyse("One model trained in ten languages.", "en").quantities] == [(10.0, "language")]


def test_a_rival_list_that_opens_on_a_description_is_the_object_of_the_comparison():
    text = "Our model significantly outperforms existing graph neural networks, Seq2Seq, and Tree2Seq models."
    listed = analyse(text, "en")
    assert [c.object for c in listed.comparisons] == [("seq2seq", "tree2seq")]
    # a name after the comma that opens a clause of its own is not the object
    clause = analyse("It beat the average human rater on 17 of 23 tasks, PaLM on 10 and GPT-3 on 5.", "en")
    assert [c.object for c in clause.comparisons] == [()]


def test_more_valid_outputs_than_a_rival_named_in_a_closing_bracket():
    text = (
        "By utilizing the code context, CAT-LM generates more valid tests than even much larger language models "
        "trained with more data (CodeGen 16B and StarCoder) and substantially outperforms TeCo at test completion."
    )
    first = analyse(text, "en").comparisons[0]
    assert (first.direction, first.subject, first.object) == (">", ("cat-lm",), ("codegen16b", "starcoder"))
    # more of something that is no better or worse says nothing of which is ahead
    assert not analyse("CAT-LM uses more parameters than TeCo.", "en").comparisons


@pytest.mark.parametrize(
    ("text", "language", "bound"),
    [
        ("Aurora-M totalise à peine plus de 200 milliards de jetons.", "fr", "about"),
        ("Aurora-M was trained on just over 2 trillion tokens.", "en", "about"),
        ("Le modèle compte un peu moins de 8 milliards de paramètres.", "fr", "about"),
        ("Aurora-M was trained on over 2 trillion tokens.", "en", "at_least"),
        ("Le modèle compte plus de 8 milliards de paramètres.", "fr", "at_least"),
    ],
)
def test_just_over_a_figure_is_about_it_not_more_than_it(text, language, bound):
    assert [q.bound for q in analyse(text, language).quantities] == [bound]

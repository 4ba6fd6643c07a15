"""The default verifier on real abstracts: what an editor would see for each kind of claim."""

from __future__ import annotations

import json
import pathlib
from email.utils import parsedate_to_datetime

import pytest

from factcheck.analysis import analyse
from factcheck.types import Label, Source, SourceVersion, sha256_text
from factcheck.verifiers import get_verifier

FIXTURES = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "verifier"


def make_source(key: str, version: str, title: str, abstract: str, published: str | None = None, versions=()) -> Source:
    text = f"{title}\n\n{abstract}"
    return Source(key=key, version=version, url=f"https://arxiv.org/abs/{key[6:]}{version}", title=title, text=text,
                  sha256=sha256_text(text), retrieved_at="2026-01-01T00:00:00Z", published=published, versions=tuple(versions))


def phi3(version: str) -> Source:
    data = json.loads((FIXTURES / "phi3-versions.json").read_text(encoding="utf-8"))
    known = [SourceVersion(v["version"], parsedate_to_datetime(v["created"]).isoformat()) for v in data["versions"]]
    entry = next(v for v in data["versions"] if v["version"] == version)
    return make_source("arXiv:2404.14219", version, data["title"], entry["abstract"],
                       parsedate_to_datetime(entry["created"]).isoformat(), known)


def paper(arxiv_id: str) -> Source:
    for line in (FIXTURES / "abstracts.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["arxiv_id"] == arxiv_id:
            return make_source(f"arXiv:{arxiv_id}", record["arxiv_version"] or "v1", record["title"], " ".join(record["abstract"].split()))
    raise KeyError(arxiv_id)


def check(text: str, language: str, *sources: Source, **options):
    return get_verifier("lexical").verify("c1", text, language, list(sources), **options)


@pytest.mark.parametrize(
    ("claim", "language", "version", "label", "code"),
    [
        # numbers, French formats
        ("Phi-3-mini compte 3,8 milliards de paramètres et a été entraîné sur 3 300 milliards de jetons.", "fr", "v1", Label.SUPPORTED, None),
        ("phi-3-mini is a 3.8 million parameter model.", "en", "v1", Label.REFUTED, "number_mismatch"),
        ("Phi-3-mini a été entraîné sur 3,3 billions de jetons.", "fr", "v1", Label.SUPPORTED, None),
        ("Phi-3-mini obtient 69 % sur MMLU et 8,38 sur MT-bench.", "fr", "v1", Label.SUPPORTED, None),
        # which number belongs to which model
        ("phi-3-medium reaches 78% on MMLU.", "en", "v1", Label.SUPPORTED, None),
        ("phi-3-medium reaches 75% on MMLU.", "en", "v1", Label.REFUTED, "number_mismatch"),
        ("Phi-3-mini décroche 8,9 sur MT-bench.", "fr", "v1", Label.REFUTED, "number_mismatch"),
        # comparisons and siblings
        ("Phi-3.5-MoE fait jeu égal avec Gemini-1.5-Flash et GPT-4o-mini.", "fr", "v4", Label.SUPPORTED, None),
        ("Phi-3.5-MoE beats GPT-4o-mini.", "en", "v4", Label.REFUTED, None),
        ("Phi-3.5 a même surpassé GPT-4 dans certains benchmarks.", "fr", "v4", Label.NOT_ENOUGH_INFO, "entity_mismatch"),
        # negation and opposite properties
        ("Phi-3.5-MoE is a dense model.", "en", "v4", Label.REFUTED, "antonym"),
        # versions: v1 does not know phi-3.5
        ("The phi-3.5-MoE model has 6.6 billion active parameters.", "en", "v1", Label.NOT_ENOUGH_INFO, "not_addressed"),
        ("The phi-3.5-MoE model has 6.6 billion active parameters.", "en", "v4", Label.SUPPORTED, None),
        # a model the source never discusses
        ("phi-3-mini was trained on 512 H100 GPUs.", "en", "v1", Label.NOT_ENOUGH_INFO, "not_addressed"),
    ],
)
def test_phi3_claims(claim, language, version, label, code):
    verdict = check(claim, language, phi3(version))
    assert verdict.label is label, verdict.reasons
    if code:
        assert code in verdict.reason_codes
    assert verdict.evidence, "every verdict shows the passage it rests on"
    evidence = verdict.evidence[0]
    source = phi3(version)
    assert evidence.source == f"arXiv:2404.14219{version}"
    assert source.text[evidence.start : evidence.end] == evidence.text
    assert verdict.sources == (f"arXiv:2404.14219{version}",)


@pytest.mark.parametrize(
    ("claim", "language", "arxiv_id", "label"),
    [
        ("LLaMA-13B outperforms GPT-3 on most benchmarks.", "en", "2302.13971", Label.SUPPORTED),
        ("GPT-3 outperforms LLaMA-13B on most benchmarks.", "en", "2302.13971", Label.REFUTED),
        ("LLaMA-65B is competitive with Chinchilla-70B and PaLM-540B.", "en", "2302.13971", Label.SUPPORTED),
        ("LLaMA a été entraîné uniquement sur des données publiques.", "fr", "2302.13971", Label.SUPPORTED),
        ("LLaMA relies on proprietary and inaccessible datasets.", "en", "2302.13971", Label.REFUTED),
        ("Mixtral vastly outperforms Llama 2 70B on mathematics and code generation.", "en", "2401.04088", Label.SUPPORTED),
        ("Llama 2 70B vastly outperforms Mixtral on mathematics and code generation.", "en", "2401.04088", Label.REFUTED),
        ("GPT-3 is applied without any gradient updates or fine-tuning.", "en", "2005.14165", Label.SUPPORTED),
        ("LoRA divise par 10 000 le nombre de paramètres entraînables.", "fr", "2106.09685", Label.SUPPORTED),
        ("LoRA reduces the number of trainable parameters by 100 times.", "en", "2106.09685", Label.REFUTED),
        # pinned to the wrong paper: words alike, content not there
        ("LoRA reduces the number of trainable parameters by 10,000 times.", "en", "2302.13971", Label.NOT_ENOUGH_INFO),
        ("The Transformer relies solely on attention mechanisms, dispensing with recurrence.", "en", "1706.03762", Label.SUPPORTED),
    ],
)
def test_claims_on_other_papers(claim, language, arxiv_id, label):
    verdict = check(claim, language, paper(arxiv_id))
    assert verdict.label is label, verdict.reasons


def test_a_claim_is_never_refuted_just_because_words_differ():
    verdict = check("Mistral 7B was trained on a cluster of TPUs in Finland.", "en", paper("2310.06825"))
    assert verdict.label is Label.NOT_ENOUGH_INFO


def test_a_paraphrase_in_other_words_is_supported_and_a_claim_beside_the_passage_is_not():
    # a reworded claim keeps a third of the passage's content words; one that only shares the topic keeps less
    source = make_text_source(
        "We find that language models represent days of the week and months of the year as circular features. "
        "These circles are then used by the models to solve modular arithmetic problems involving days and months."
    )
    reworded = (
        "Days of the week and months show up as circles inside the networks, which lean on them for calendar sums."
    )
    assert check(reworded, "en", source).label is Label.SUPPORTED
    beside = "The circular features also appear in language models trained on clock images."
    assert check(beside, "en", source).label is Label.NOT_ENOUGH_INFO


def test_more_efficiency_in_time_is_less_time():
    source = make_text_source(
        "We propose a parameter-efficient training method, which involves freezing the backbone and fine-tuning "
        "lightweight adapters, resulting in increased efficiency in terms of training time and memory usage."
    )
    assert check("The adapters cut training time and memory usage.", "en", source).label is Label.SUPPORTED
    french = check("Les adaptateurs réduisent le temps d'entraînement et la mémoire.", "fr", source)
    assert french.label is Label.SUPPORTED
    assert check("The adapters increase training time and memory usage.", "en", source).label is Label.REFUTED
    assert check("The adapters reduce efficiency.", "en", source).label is Label.REFUTED


def test_a_base_model_written_after_implemented_with_fills_the_role_of_the_claims_base():
    # the SCRIT abstract: "Implemented with Qwen2.5-72B-Instruct, ..."
    source = make_source(
        "arXiv:2501.05727", "v1", "Enabling Scalable Oversight Via Self-evolving Critic",
        "Despite their remarkable performance, the development of Large Language Models (LLMs) faces a "
        "critical challenge in scalable oversight: providing effective feedback for tasks where human "
        "evaluation is difficult or where LLMs outperform humans. While there is growing interest in using "
        "LLMs for critique, current approaches still rely on human annotations or more powerful models, "
        "leaving the issue of enhancing critique capabilities without external supervision unresolved. We "
        "introduce SCRIT (Self-evolving CRITic), a framework that enables genuine self-evolution of critique "
        "abilities. Technically, SCRIT self-improves by training on synthetic data, generated by a "
        "contrastive-based self-critic that uses reference solutions for step-by-step critique, and a self-"
        "validation mechanism that ensures critique quality through correction outcomes. Implemented with "
        "Qwen2.5-72B-Instruct, one of the most powerful LLMs, SCRIT achieves up to a 10.3% improvement on "
        "critique-correction and error identification benchmarks. Our analysis reveals that SCRIT's "
        "performance scales positively with data and model size, outperforms alternative approaches, and "
        "benefits critically from its self-validation component.",
    )
    assert check("SCRIT is built on Llama-3.1-70B-Instruct.", "en", source).label is Label.REFUTED
    assert check("SCRIT is built on Qwen2.5-72B-Instruct.", "en", source).label is Label.SUPPORTED
    assert check("SCRIT beats Llama-3.1-70B-Instruct.", "en", source).label is Label.NOT_ENOUGH_INFO


def test_a_figure_given_to_another_benchmark_than_the_one_the_source_measures_it_on_is_refuted():
    # the FinSeer abstract: "achieving an 8% higher accuracy on BIGDATA22"
    source = make_source(
        "arXiv:2502.05878", "v1", "Retrieval-augmented Large Language Models For Financial Time Series Forecasting",
        "Stock movement prediction, a fundamental task in financial time-series forecasting, requires "
        "identifying and retrieving critical influencing factors from vast amounts of time-series data. "
        "However, existing text-trained or numeric similarity-based retrieval methods fall short in handling "
        "complex financial analysis. To address this, we propose the first retrieval-augmented generation "
        "(RAG) framework for financial time-series forecasting, featuring three key innovations: a fine-tuned"
        " 1B parameter large language model (StockLLM) as the backbone, a novel candidate selection method "
        "leveraging LLM feedback, and a training objective that maximizes similarity between queries and "
        "historically significant sequences. This enables our retriever, FinSeer, to uncover meaningful "
        "patterns while minimizing noise in complex financial data. We also construct new datasets "
        "integrating financial indicators and historical stock prices to train FinSeer and ensure robust "
        "evaluation. Experimental results demonstrate that our RAG framework outperforms bare StockLLM and "
        "random retrieval, highlighting its effectiveness, while FinSeer surpasses existing retrieval "
        "methods, achieving an 8% higher accuracy on BIGDATA22 and retrieving more impactful sequences. This "
        "work underscores the importance of tailored retrieval models in financial forecasting and provides a"
        " novel framework for future research.",
    )
    moved = check("FinSeer's 8% accuracy gain is reported on the ACL18 dataset.", "en", source)
    assert moved.label is Label.REFUTED
    assert "BIGDATA22, not ACL18" in moved.reasons[0].message
    right = check("FinSeer's 8% accuracy gain is reported on the BIGDATA22 dataset.", "en", source)
    assert right.label is Label.SUPPORTED
    # another figure on a benchmark the source never names is not measured there
    assert check("FinSeer gains 12% accuracy on the ACL18 dataset.", "en", source).label is Label.NOT_ENOUGH_INFO


def test_in_lieu_of_sets_aside_as_instead_of_does():
    source = make_text_source(
        "We address issues of evaluation of generative relation extraction by doing human evaluations, in lieu of "
        "relying on exact matching. Few-shot prompting with GPT-3 achieves near SOTA performance."
    )
    relies = check("The authors rely on exact matching to evaluate the generated relations.", "en", source)
    assert relies.label is Label.REFUTED
    instead = check("In lieu of exact matching, the authors rely on human evaluations.", "en", source)
    assert instead.label is Label.SUPPORTED


def test_a_french_statement_is_an_utterance():
    source = make_text_source(
        "To this end, firstly, we construct PersonalDialog, a large-scale multi-turn dialogue dataset containing "
        "various traits from a large number of speakers. The dataset consists of 20.83M sessions and 56.25M "
        "utterances from 8.47M speakers."
    )
    assert check("PersonalDialog rassemble 56,25 millions d'énoncés.", "fr", source).label is Label.SUPPORTED
    assert check("PersonalDialog rassemble 65,25 millions d'énoncés.", "fr", source).label is Label.REFUTED


def test_a_passage_silent_on_a_property_another_passage_opposes_does_not_support_it():
    # the QReCC abstract: one sentence finds answers "within a collection of 10M web pages", the next says the
    # answers of a conversation "may be distributed across several web pages"
    source = make_source(
        "arXiv:2010.04898", "v1", "Open-domain Question Answering Goes Conversational Via Question Rewriting",
        "We introduce a new dataset for Question Rewriting in Conversational Context (QReCC), which contains "
        "14K conversations with 80K question-answer pairs. The task in QReCC is to find answers to "
        "conversational questions within a collection of 10M web pages (split into 54M passages). Answers to "
        "questions in the same conversation may be distributed across several web pages. QReCC provides "
        "annotations that allow us to train and evaluate individual subtasks of question rewriting, passage "
        "retrieval and reading comprehension required for the end-to-end conversational question answering "
        "(QA) task. We report the effectiveness of a strong baseline approach that combines the state-of-the-"
        "art model for question rewriting, and competitive models for open-domain QA. Our results set the "
        "first baseline for the QReCC dataset with F1 of 19.10, compared to the human upper bound of 75.45, "
        "indicating the difficulty of the setup and a large room for improvement.",
    )
    single = "Dans QReCC, les réponses d'une même conversation se trouvent toujours sur une seule et même page web."
    verdict = check(single, "fr", source)
    assert verdict.label is Label.REFUTED
    assert verdict.reasons[0].code == "antonym"
    several = "Dans QReCC, les réponses d'une même conversation peuvent se trouver sur plusieurs pages web."
    assert check(several, "fr", source).label is Label.SUPPORTED


def test_a_figure_in_brackets_after_another_measures_what_follows_the_bracket():
    source = make_text_source(
        "Our joint training model further obtains 0.56% absolute (23.8% relative) error reduction on intent "
        "detection and 0.23% absolute gain on slot filling over the independent task models."
    )
    wrong = check("The joint model cuts the intent detection error by 32.8% in relative terms.", "en", source)
    assert wrong.label is Label.REFUTED
    assert "23.8%" in wrong.reasons[0].message
    right = check("The joint model cuts the intent detection error by 23.8% in relative terms.", "en", source)
    assert right.label is Label.SUPPORTED


def test_rare_against_prevalent_is_an_opposite_property():
    source = make_text_source(
        "We find that models are more accurate on instances whose terms are more prevalent in the pretraining data."
    )
    rare = "The models are more accurate on questions built from rare terms than from common ones."
    assert check(rare, "en", source).label is Label.REFUTED
    french = "Les modèles répondent mieux aux questions dont les termes sont fréquents dans leurs données."
    assert check(french, "fr", source).label is not Label.REFUTED


def test_a_trade_off_is_said_of_the_system_against_a_gain_without_one():
    # the STORM abstract: "reduces training and inference latency while improving performance", "without
    # sacrificing key temporal information"
    source = make_source(
        "arXiv:2503.04130", "v1", "Token-efficient Long Video Understanding For Multimodal Llms",
        "Recent advances in video-based multimodal large language models (Video-LLMs) have significantly "
        "improved video understanding by processing videos as sequences of image frames. However, many "
        "existing methods treat frames independently in the vision backbone, lacking explicit temporal "
        "modeling, which limits their ability to capture dynamic patterns and efficiently handle long videos."
        " To address these limitations, we introduce STORM (Spatiotemporal TOken Reduction for Multimodal "
        "LLMs), a novel architecture incorporating a dedicated temporal encoder between the image encoder and"
        " the LLM. Our temporal encoder leverages the Mamba State Space Model to integrate temporal "
        "information into image tokens, generating enriched representations that preserve inter-frame "
        "dynamics across the entire video sequence. This enriched encoding not only enhances video reasoning "
        "capabilities but also enables effective token reduction strategies, including test-time sampling and"
        " training-based temporal and spatial pooling, substantially reducing computational demands on the "
        "LLM without sacrificing key temporal information. By integrating these techniques, our approach "
        "simultaneously reduces training and inference latency while improving performance, enabling "
        "efficient and robust video understanding over extended temporal contexts. Extensive evaluations show"
        " that STORM achieves state-of-the-art results across various long video understanding benchmarks "
        "(more than 5% improvement on MLVU and LongVideoBench) while reducing the computation costs by up to "
        "8times and the decoding latency by 2.4-2.9times for the fixed numbers of input frames. Project page "
        "is available at https://research.nvidia.com/labs/lpr/storm",
    )
    priced = check("STORM's token reduction comes at the price of weaker results on long videos.", "en", source)
    assert priced.label is Label.REFUTED
    assert priced.reasons[0].message == "The source says the opposite (trade off)."
    french = check("La réduction de jetons de STORM se paie par des résultats plus faibles.", "fr", source)
    assert french.label is Label.REFUTED
    assert check("STORM cuts latency without sacrificing performance.", "en", source).label is Label.SUPPORTED


def test_secondary_against_critical_is_an_opposite_property():
    source = make_text_source(
        "We identify three crucial phenomena: 1) Effective cold start initialization is critical for enhancing MLLM "
        "reasoning. 2) Standard GRPO applied to multimodal RL suffers from gradient stagnation."
    )
    secondary = "Les auteurs jugent l'initialisation à froid secondaire pour le raisonnement des MLLM."
    assert check(secondary, "fr", source).label is Label.REFUTED
    assert check("A good cold start is crucial for MLLM reasoning.", "en", source).label is Label.SUPPORTED


def test_what_closes_a_sentence_after_in_terms_of_is_said_of_all_its_figures():
    source = make_text_source(
        "When evaluated on a number of open-domain retrieval datasets, our re-ranker improves strong unsupervised "
        "retrieval models by 6%-18% absolute and strong supervised models by up to 12% in terms of top-20 passage "
        "retrieval accuracy."
    )
    claim = "Applied to unsupervised retrievers, the re-ranker adds 6 to 18 points of top-20 accuracy."
    assert check(claim, "en", source).label is Label.SUPPORTED


def test_the_later_figure_of_a_change_given_to_what_came_before_is_refuted():
    source = make_text_source(
        "We propose MathPrompter, a technique that improves performance of LLMs on arithmetic problems. Our technique "
        "improves over state-of-the-art on the MultiArith dataset (78.7%→92.5%) evaluated using 175B parameter "
        "GPT-based LLM."
    )
    claim = "MathPrompter atteint 78,7 % sur MultiArith, contre 92,5 % pour l'état de l'art précédent."
    turned = check(claim, "fr", source)
    assert turned.label is Label.REFUTED
    assert "from 78.7% to 92.5%" in turned.reasons[0].message
    kept = check("MathPrompter lifts MultiArith accuracy from the previous best of 78.7% to 92.5%.", "en", source)
    assert kept.label is Label.SUPPORTED


def test_large_amounts_against_minimal_data_is_an_opposite_property():
    source = make_text_source(
        "GR-3 can be efficiently fine-tuned with minimal human trajectory data collected via VR devices, enabling "
        "fast and cost-effective adaptation to new settings."
    )
    large = "Adapting GR-3 to a new setting demands large amounts of human trajectory data."
    assert check(large, "en", source).label is Label.REFUTED
    little = "GR-3 s'adapte à un nouveau cadre avec très peu de trajectoires humaines."
    assert check(little, "fr", source).label is not Label.REFUTED


def test_the_same_no_matter_against_varies_depending_on():
    source = make_text_source(
        "We find that the effectiveness of different approaches to scaling test-time compute critically varies "
        "depending on the difficulty of the prompt."
    )
    same = "The best way to scale test-time compute is the same no matter how hard the prompt is."
    assert check(same, "en", source).label is Label.REFUTED
    french = "L'efficacité des façons d'augmenter le calcul au test dépend de la difficulté de la requête."
    assert check(french, "fr", source).label is not Label.REFUTED


def test_encouraging_results_against_negative_results():
    source = make_text_source(
        "Current work largely provides negative results for a number of these test-time compute strategies."
    )
    encouraging = "Les travaux actuels rapportent surtout des résultats encourageants pour ces stratégies."
    assert check(encouraging, "fr", source).label is Label.REFUTED
    negative = "Current work mostly reports negative results for these strategies."
    assert check(negative, "en", source).label is Label.SUPPORTED


def test_a_sharp_drop_against_robustness_said_of_the_system():
    source = make_text_source(
        "Notably, CAVG has shown remarkable robustness and adaptability in challenging scenarios, including "
        "low-light conditions and inclement weather conditions."
    )
    drops = "CAVG's accuracy drops sharply in low-light conditions and bad weather."
    assert check(drops, "en", source).label is Label.REFUTED
    robust = "CAVG reste robuste par faible luminosité et par mauvais temps."
    assert check(robust, "fr", source).label is not Label.REFUTED


@pytest.mark.parametrize(
    ("source", "claim"),
    [
        ("We assess performance using expert-based annotations.",
         "Pour juger les réponses, les chercheurs s'en remettent aux annotations de spécialistes."),
        ("GEC suffers from the lack of plentiful parallel data. We generate large parallel datasets for GEC using "
         "publicly available Wikipedia data.",
         "Faute de corpus parallèles abondants, les auteurs fabriquent leurs données à partir de Wikipédia, "
         "librement accessible."),
    ],
)
def test_french_words_of_the_field_carry_over(source, claim):
    assert check(claim, "fr", make_text_source(source)).label is Label.SUPPORTED


def test_version_note_when_only_a_later_version_supports():
    claim = "Phi-3.5-MoE fait jeu égal avec Gemini-1.5-Flash et GPT-4o-mini."
    verdict = check(claim, "fr", phi3("v4"), article_date="2024-06-01", other_versions=[phi3("v1")])
    assert verdict.label is Label.SUPPORTED
    notes = [r.message for r in verdict.reasons if r.code == "version_note"]
    assert notes and "v4" in notes[0] and "after the article" in notes[0]


def test_version_note_when_only_an_earlier_version_supports():
    claim = "According to the authors, the innovation of phi-3-mini lies entirely in its training dataset."
    verdict = check(claim, "en", phi3("v4"), article_date="2024-09-15", other_versions=[phi3("v1")])
    assert verdict.label is Label.NOT_ENOUGH_INFO
    notes = [r.message for r in verdict.reasons if r.code == "version_note"]
    assert notes and "v1" in notes[0]


def test_confidence_is_a_probability_and_the_verifier_names_itself():
    verdict = check("phi-3-mini achieves 69% on MMLU.", "en", phi3("v1"))
    assert 0.5 <= verdict.confidence <= 1.0
    assert verdict.verifier == "lexical" and verdict.verifier_version


def make_text_source(text: str, title: str = "A Paper") -> Source:
    return make_source("arXiv:2501.00001", "v1", title, text)


def test_swapped_numbers_are_refuted():
    source = make_text_source(
        "Compared with its predecessor, our model saves 42.5% of training costs and reduces the KV cache by 93.3%."
    )
    assert check("The model saves 42.5% of training costs and reduces the KV cache by 93.3%.", "en", source).label is Label.SUPPORTED
    swapped = check("The model reduces the KV cache by 42.5% and training costs by 93.3%.", "en", source)
    assert swapped.label is Label.REFUTED and "number_mismatch" in swapped.reason_codes


def test_figures_given_to_two_names_the_other_way_round_are_refuted():
    source = make_text_source(
        "For example, Reflexion achieves a 91% pass@1 accuracy on the HumanEval coding benchmark, "
        "surpassing the previous state-of-the-art GPT-4 that achieves 80%."
    )
    assert check("On HumanEval, Reflexion reaches 91% pass@1 while GPT-4 gets 80%.", "en", source).label is Label.SUPPORTED
    swapped = check("On HumanEval, GPT-4 reaches 91% pass@1 while Reflexion gets 80%.", "en", source)
    assert swapped.label is Label.REFUTED
    assert "91% to Reflexion and 80% to GPT-4" in swapped.reasons[0].message


def test_figures_on_two_benchmarks_given_the_other_way_round_are_refuted():
    source = make_text_source(
        "The model's response is found to be high-quality 80% of the time on this Natural Questions subset, "
        "and 67% of the time on the ELI5 subset."
    )
    swapped = check("Its answers were rated high quality 80% of the time on ELI5 and 67% on Natural Questions.", "en", source)
    assert swapped.label is Label.REFUTED and swapped.reasons[0].code == "number_mismatch"


def test_a_claim_that_names_both_sides_of_a_pair_opposes_neither():
    source = make_text_source(
        "We release a comprehensive suite of foundational and instruction-tuned language models, encompassing a "
        "parameter range from 0.5 to 72 billion, featuring dense models and a Mixture-of-Experts model.",
        title="Qwen2 Technical Report",
    )
    both = check("The Qwen2 series ranges from 0.5 to 72 billion parameters and includes dense models as well as a "
                 "Mixture-of-Experts model.", "en", source)
    assert both.label is Label.SUPPORTED


def test_a_gap_in_points_between_two_figures_the_source_gives_is_supported():
    source = make_text_source("On MedQA, our model reaches 60.7%, against 53.6% for GPT-3.5.")
    gap = check("On MedQA, the model reaches 60.7%, seven points more than GPT-3.5 at 53.6%.", "en", source)
    assert gap.label is Label.SUPPORTED
    wrong_gap = check("On MedQA, the model reaches 60.7%, twelve points more than GPT-3.5 at 53.6%.", "en", source)
    assert wrong_gap.label is not Label.SUPPORTED


def test_a_quality_compared_with_more_or_less_has_a_direction():
    source = make_text_source(
        "We find that GPT-4 and ChatGPT are more factual than public models, and Vicuna and Alpaca are some of the best "
        "public models."
    )
    turned = check("Public models such as Vicuna and Alpaca turned out more factual than GPT-4 and ChatGPT.", "en", source)
    assert turned.label is Label.REFUTED
    assert turned.reasons[0].message == (
        "The source says 'GPT-4 and ChatGPT are more factual than public models'; the claim has it the other way round."
    )
    assert check("GPT-4 is more factual than Vicuna and Alpaca.", "en", source).label is not Label.REFUTED
    french = check("Selon l'étude, Vicuna est plus fiable que GPT-4.", "fr", make_text_source("GPT-4 is more reliable than Vicuna."))
    assert french.label is Label.REFUTED


def test_a_whole_system_property_said_of_a_named_system_holds_whatever_the_words_around_it():
    source = make_text_source(
        "We present Kimi-VL, an efficient open-source Mixture-of-Experts (MoE) vision-language model (VLM) that offers "
        "advanced multimodal reasoning, all while activating only 2.8B parameters in its language decoder."
    )
    dense = check("Kimi-VL est un modèle dense : tous ses paramètres sont sollicités à chaque jeton.", "fr", source)
    assert dense.label is Label.REFUTED and dense.reasons[0].message == "The source says the opposite (architecture density)."
    # a property of what the subject is measured against is not the subject's
    rivals = check("Kimi-VL se montre compétitif face aux modèles propriétaires en raisonnement multimodal.", "fr", source)
    assert rivals.label is not Label.REFUTED


def test_updating_weights_the_source_keeps_frozen_is_refuted():
    source = make_text_source(
        "MaskLLM learns only the masks on frozen weights and reaches a Wikitext perplexity of 6.72."
    )
    updated = check("To get down to 6.72 perplexity, MaskLLM updates the model weights along with the masks.", "en", source)
    assert updated.label is Label.REFUTED and updated.reasons[0].message == "The source says the opposite (weight updates)."


def test_trained_from_scratch_against_fine_tuned_from_a_checkpoint():
    source = make_text_source("Our model is fine-tuned from LLaMA-2 on a corpus of medical dialogues.")
    scratch = check("The model was trained from scratch on a corpus of medical dialogues.", "en", source)
    assert scratch.label is Label.REFUTED and scratch.reasons[0].message == "The source says the opposite (initialisation)."
    assert check("Le modèle a été entraîné à partir de zéro sur un corpus de dialogues médicaux.", "fr", source).label is Label.REFUTED
    assert check("The model is fine-tuned from LLaMA-2 on medical dialogues.", "en", source).label is Label.SUPPORTED


def test_a_total_count_is_not_the_count_of_active_parameters():
    source = make_text_source(
        "Kimi-VL offers advanced multimodal reasoning while activating only 2.8B parameters in its language decoder."
    )
    total = check("Kimi-VL has 16 billion parameters in total.", "en", source)
    assert total.label is Label.NOT_ENOUGH_INFO
    assert check("Kimi-VL activates 3.5 billion parameters in its language decoder.", "en", source).label is Label.REFUTED


def test_stable_against_unstable_and_cheap_against_costly():
    source = make_text_source("Naively scaling up the StyleGAN architecture quickly becomes unstable, and training it is costly.")
    assert check("Scaling up the StyleGAN architecture naively stays stable.", "en", source).label is Label.REFUTED
    assert check("Agrandir naïvement l'architecture StyleGAN reste stable.", "fr", source).label is Label.REFUTED
    assert check("Training the StyleGAN architecture is cheap.", "en", source).label is Label.REFUTED
    # "less" before a property says its opposite
    assert check("Training the StyleGAN architecture is less expensive.", "en", source).label is Label.REFUTED
    assert check("Training the StyleGAN architecture is not cheap.", "en", source).label is not Label.REFUTED


def test_a_count_whose_unit_closes_the_words_it_counts_is_in_the_same_slot():
    source = make_text_source(
        "It obtains new state-of-the-art results on eleven natural language processing tasks, including the GLUE benchmark."
    )
    wrong = check("Le modèle établit un nouvel état de l'art sur neuf tâches de traitement du langage.", "fr", source)
    assert wrong.label is Label.REFUTED and wrong.reasons[0].code == "number_mismatch"
    assert check("Le modèle établit un nouvel état de l'art sur onze tâches de traitement du langage.", "fr", source).label is Label.SUPPORTED


def test_a_figure_moved_to_another_image_size_is_refuted():
    source = make_text_source(
        "Our resulting model, ViTAR, demonstrates impressive adaptability, achieving 83.3% top-1 accuracy at a "
        "1120x1120 resolution and 80.4% accuracy at a 4032x4032 resolution."
    )
    moved = check("En résolution 4032x4032, ViTAR atteint 83,3 % de précision top-1, contre 80,4 % en 1120x1120.", "fr", source)
    assert moved.label is Label.REFUTED
    assert moved.reasons[0].message == "The source gives 83.3% at 1120x1120, not at 4032x4032."
    faithful = check("ViTAR reaches 83.3% top-1 accuracy at 1120x1120 and 80.4% at 4032x4032.", "en", source)
    assert faithful.label is not Label.REFUTED


def test_two_is_a_dual_or_a_pair():
    source = make_text_source(
        "TokenFlow addresses this challenge through an innovative dual-codebook architecture that decouples semantic "
        "and pixel-level feature learning while maintaining their alignment via a shared mapping mechanism."
    )
    two = check("With two codebooks, TokenFlow decouples semantic and pixel-level feature learning.", "en", source)
    assert two.label is Label.SUPPORTED
    assert check("With three codebooks, TokenFlow decouples semantic and pixel-level feature learning.", "en", source).label is not Label.SUPPORTED


def test_a_common_noun_written_like_a_name_is_a_missing_word_when_the_source_lacks_it():
    # the T2T-ViT abstract gives sizes, compute and accuracy, nothing about GPUs or speed
    gpu = check("À l'inférence sur GPU, T2T-ViT va plus vite qu'un ResNet50 de taille comparable.", "fr", paper("2101.11986"))
    assert gpu.label is Label.NOT_ENOUGH_INFO
    assert "mention GPU" not in " ".join(r.message for r in gpu.reasons)  # a missing word, not a missing name


def test_keeping_the_edge_over_is_a_comparison_in_french():
    source = make_text_source("On AIR-Bench, Qwen2-Audio outperforms Gemini-1.5-pro in audio-centric instruction-following.")
    kept = check("Sur AIR-Bench, Gemini-1.5-pro garde l'avantage sur Qwen2-Audio pour le suivi d'instructions audio.", "fr", source)
    assert kept.label is Label.REFUTED and kept.reasons[0].code == "direction_reversed"


def test_a_need_the_source_does_without_is_refuted():
    source = make_text_source(
        "On HunyuanVideo, STA reduces end-to-end latency from 945s to 685s without quality degradation, requiring no training."
    )
    needed = check("STA's speed-up on HunyuanVideo requires retraining the model.", "en", source)
    assert needed.label is Label.REFUTED
    assert needed.reasons[0].code == "negated" and "does without 'retrain'" in needed.reasons[0].message
    assert check("STA speeds up HunyuanVideo without retraining the model.", "en", source).label is not Label.REFUTED
    french = check("L'accélération de STA sur HunyuanVideo nécessite de réentraîner le modèle.", "fr", source)
    assert french.label is Label.REFUTED


def test_a_range_belongs_to_its_entity():
    verdict = check("The LLaMA family spans 7B to 65B parameters.", "en", paper("2302.13971"))
    assert verdict.label is Label.SUPPORTED


def test_an_acronym_the_source_spells_out_is_not_missing():
    source = make_text_source("The method sets new results on eleven natural language processing tasks.")
    verdict = check("The method sets new results on eleven NLP tasks.", "en", source)
    assert verdict.label is Label.SUPPORTED
    assert "not_addressed" not in verdict.reason_codes


def test_the_title_subject_is_named_in_every_sentence():
    source = make_text_source(
        "We present a sparse model. Our models pre-train up to 7x faster with the same computational resources.",
        title="Switch Transformers: Scaling to Trillion Parameter Models",
    )
    verdict = check("Switch Transformer models pre-train up to 7x faster with the same compute.", "en", source)
    assert verdict.label is Label.SUPPORTED


def test_a_value_in_the_claims_slot_refutes():
    source = make_text_source("We pretrain the model on a multi-source corpus of 8.1T tokens.", title="DeepSeek-V2")
    verdict = check("DeepSeek-V2 is pretrained on 2 trillion tokens.", "en", source)
    assert verdict.label is Label.REFUTED


@pytest.mark.parametrize(
    ("claim", "language", "label", "code"),
    [
        ("GPT-4 passes a simulated bar exam with a score around the top 10% of test takers.", "en", Label.SUPPORTED, None),
        ("GPT-4 passes a simulated bar exam with a score in the bottom 10% of test takers.", "en", Label.REFUTED, "antonym"),
        ("Au barreau simulé, GPT-4 obtient un score parmi les 10 % les plus faibles des candidats.", "fr", Label.REFUTED, "antonym"),
    ],
)
def test_top_is_not_bottom(claim, language, label, code):
    source = make_text_source(
        "GPT-4 exhibits human-level performance on various professional and academic benchmarks, including "
        "passing a simulated bar exam with a score around the top 10% of test takers.",
        title="GPT-4 Technical Report",
    )
    verdict = check(claim, language, source)
    assert verdict.label is label, verdict.reasons
    if code:
        assert code in verdict.reason_codes


def test_a_rounded_figure_a_power_of_ten_off_is_refuted():
    verdict = check(
        "WikiSQL réunit quelque 80 000 exemples annotés à la main, répartis sur environ 2 400 tables de Wikipédia.", "fr",
        paper("1709.00103"),
    )
    assert verdict.label is Label.REFUTED and "24241" in verdict.reasons[0].message


def test_a_figure_one_cited_paper_gives_is_no_slip_for_another_papers():
    # an article cites Chinchilla and LLaMA; the figures are Chinchilla's, and "70 million" is not LLaMA's "7B" slipped
    claim = (
        "In 2022, DeepMind researchers trained over 400 language models ranging from 70 million to over 16 billion "
        "parameters on 5 to 500 billion tokens."
    )
    verdict = check(claim, "en", paper("2203.15556"), paper("2302.13971"))
    assert verdict.label is not Label.REFUTED, verdict.reasons


def test_on_a_tie_between_passages_the_refutation_stands():
    # one passage of the abstract says how JudgeLRM is trained (by reinforcement learning), another speaks of
    # fine-tuning and outperforming; both share as much of the claim
    verdict = check(
        "JudgeLRM models are trained by supervised fine-tuning on judge annotations rather than by reinforcement learning.",
        "en", paper("2504.00050"),
    )
    assert verdict.label is Label.REFUTED and "reinforcement learning" in verdict.evidence[0].text


def test_without_gradient_updates_is_not_fine_tuned():
    verdict = check("GPT-3 is fine-tuned with gradient updates on every task.", "en", paper("2005.14165"))
    assert verdict.label is Label.REFUTED
    assert {"negated", "antonym"} & set(verdict.reason_codes)


def test_all_is_not_some():
    source = make_text_source("Our model outperforms the baseline on some of the evaluated benchmarks.", title="Model-X")
    verdict = check("Model-X outperforms the baseline on all evaluated benchmarks.", "en", source)
    assert verdict.label is Label.REFUTED and "quantifier_mismatch" in verdict.reason_codes


def test_all_is_not_refuted_by_some_said_of_other_things():
    # "several" is said of tasks, "every" of interactions
    source = make_text_source(
        "After the Transformer's success on several bi-modal tasks, our model LTMI efficiently deals with the "
        "interactions between an image, a question and a dialog history."
    )
    verdict = check("LTMI handles every interaction between the image, the question and the dialog history.", "en", source)
    assert verdict.label is Label.SUPPORTED
    some = check("LTMI handles only some interactions between the image, the question and the dialog history.", "en", source)
    assert some.label is not Label.SUPPORTED


def test_evidence_includes_the_sentence_comparing_the_claims_subject_with_its_rival():
    source = make_text_source(
        "We introduce the Zeta family of language models, including Zeta-2 and Zeta-2-MoE, trained on curated data. "
        "Our data pipeline filters web pages with a classifier and adds synthetic textbooks for reasoning and code. "
        "Safety post-training follows a break-fix cycle with red teaming. "
        "The Zeta-2-MoE model is on par with Omega-3-mini on reasoning benchmarks.",
        title="Zeta: small language models",
    )
    verdict = check(
        "The team improved its small language models with Zeta-1 and Zeta-2, trained on curated data and "
        "synthetic textbooks, and the MoE variant even surpassed Omega-3 on some benchmarks.",
        "en",
        source,
    )
    assert verdict.label is not Label.SUPPORTED
    assert any("on par with Omega-3-mini" in e.text for e in verdict.evidence)


@pytest.mark.parametrize(
    "claim",
    [
        "Les auteurs choisissent un seuil fixe pour éliminer les exemples erronés, ce qui renforce la stabilité de l'entraînement.",
        "Selon l'article, la méthode réutilise un module existant et évite une étape coûteuse.",
    ],
)
def test_french_claims_in_the_general_vocabulary_of_research_find_english_support(claim):
    source = make_text_source(
        "We choose a fixed threshold to eliminate incorrect examples, which strengthens training stability. "
        "Our method reuses an existing module and avoids a costly step. "
        "Experiments cover four benchmarks."
    )
    assert check(claim, "fr", source).label is Label.SUPPORTED


def test_a_number_is_checked_against_the_value_in_its_own_slot():
    source = make_text_source(
        "We present Quill-9B, a model trained with 2.1T tokens and 45,000 A100 GPU hours. "
        "Quill-9B reaches 61% on ToyBench."
    )
    wrong = check("Quill-9B needed 450,000 A100 GPU hours of training.", "en", source)
    assert wrong.label is Label.REFUTED and "number_mismatch" in wrong.reason_codes
    assert check("Quill-9B needed 45,000 A100 GPU hours of training.", "en", source).label is Label.SUPPORTED


def test_a_value_given_elsewhere_in_the_source_for_the_same_slot_is_not_a_rival():
    source = make_text_source(
        "Quill-9B solves 35% of the puzzles in one attempt. "
        "With 50 attempts per puzzle, Quill-9B solves 71% of the puzzles."
    )
    assert check("With 50 attempts per puzzle, Quill-9B solves 71% of the puzzles.", "en", source).label is Label.SUPPORTED


def test_a_comparison_read_past_the_phrase_that_opens_the_sentence():
    # arXiv:2408.01800 and arXiv:2210.02441, sentences as published
    source = make_text_source(
        "By integrating the latest MLLM techniques in architecture, pretraining and alignment, the latest "
        "MiniCPM-Llama3-V 2.5 has several notable features: (1) Strong performance, outperforming GPT-4V-1106, Gemini "
        "Pro and Claude 3 on OpenCompass, a comprehensive evaluation over 11 popular benchmarks. This simple strategy "
        "enables the open-source GPT-J-6B model to match and exceed the performance of few-shot GPT3-175B on 15 of 20 "
        "popular benchmarks."
    )
    trails = check("MiniCPM-Llama3-V 2.5 still trails GPT-4V-1106 on OpenCompass.", "en", source)
    assert trails.label is Label.REFUTED and trails.reasons[0].code == "direction_reversed"
    ahead = check("Sur OpenCompass, MiniCPM-Llama3-V 2.5 devance GPT-4V-1106, Gemini Pro et Claude 3.", "fr", source)
    assert ahead.label is Label.SUPPORTED
    # the other side as a pronoun ("lui"): "exceed" says it, whatever "match" says alongside
    better = check("Grâce à cette stratégie, GPT-J-6B fait mieux que lui sur 15 benchmarks.", "fr", source)
    assert better.label is Label.SUPPORTED


@pytest.mark.parametrize(
    "claim, language",
    [
        ("Couplé par fusion superficielle à un modèle de langue LSTM, le système réduit le WER jusqu'à 27 % en relatif "
         "par rapport au modèle à attention seul.", "fr"),
        ("With shallow fusion of an LSTM language model, the system cuts WER by up to 27% relative to the attention "
         "baseline.", "en"),
    ],
)
def test_words_the_source_denies_of_one_thing_and_asserts_of_another_are_no_denial(claim, language):
    # arXiv:1805.03294, sentences as published: the baseline has no language model, the system has one
    source = make_text_source(
        "In addition, we train long short-term memory (LSTM) language models on subword units. By shallow fusion, we "
        "report up to 27% relative improvements in WER over the attention baseline without a language model."
    )
    assert check(claim, language, source).label is Label.SUPPORTED


def test_a_figure_of_a_method_does_not_refute_another_measure_of_it():
    # arXiv:2506.23858, a sentence as published: it says nothing of memory
    source = make_text_source(
        "Extensive experiments demonstrate that VMoBA significantly accelerates the training of VDMs on longer "
        "sequences, achieving 2.92x FLOPs and 1.48x latency speedup, while attaining comparable or even superior "
        "generation quality to full attention."
    )
    assert check("VMoBA cuts fine-tuning memory usage by 3.4X.", "en", source).label is Label.NOT_ENOUGH_INFO
    assert check("VMoBA cuts latency by 3.4X.", "en", source).label is Label.REFUTED


@pytest.mark.parametrize(
    "claim, language, label",
    [
        ("The four evaluation benchmarks are PromptSource, FLAN, Super-NaturalInstructions and BIG-bench.", "en", Label.REFUTED),
        ("Les quatre benchmarks d'évaluation sont PromptSource, FLAN, Super-NaturalInstructions et UnifiedSKG.", "fr", Label.SUPPORTED),
        # a list of another length says something else: not this rule's to settle
        ("OPT-IML was also evaluated on BIG-bench.", "en", Label.NOT_ENOUGH_INFO),
    ],
)
def test_a_list_of_names_with_one_replaced(claim, language, label):
    # arXiv:2212.12017, a sentence as published
    source = make_text_source(
        "OPT-IML demonstrates all three generalization abilities at both scales on four different evaluation "
        "benchmarks with diverse tasks and input formats -- PromptSource, FLAN, Super-NaturalInstructions, and UnifiedSKG."
    )
    verdict = check(claim, language, source)
    assert verdict.label is label
    if label is Label.REFUTED:
        assert verdict.reasons[0].message.endswith("lists UnifiedSKG, not BIG-bench.")


@pytest.mark.parametrize(
    "claim, label",
    [
        ("The method was tested on Chinese-English and English-French translation.", Label.REFUTED),
        ("The method was evaluated on Chinese-English and English-German translation tasks.", Label.SUPPORTED),
        # a pair swaps a name for one of its kind only: a model is not a translation direction
        ("The method was tested on Chinese-English and with Zeta-7B.", Label.NOT_ENOUGH_INFO),
    ],
)
def test_a_pair_of_names_with_one_replaced_by_one_of_its_kind(claim, label):
    source = make_text_source(
        "Experimental results show that our method significantly outperforms strong baselines on Chinese-English and "
        "English-German translation tasks."
    )
    verdict = check(claim, "en", source)
    assert verdict.label is label
    if label is Label.REFUTED:
        assert verdict.reasons[0].message.endswith("lists English-German, not English-French.")


def test_a_word_the_passage_gives_a_figure_the_claim_states_is_not_crossed():
    # arXiv:2504.00824, a sentence as published: BM25 goes with 9.8%, which the claim gives it too
    source = make_text_source(
        "Trained on 500K papers from arXiv, our model achieves a top-1 retrieval accuracy of 40.1% on our evaluation "
        "dataset, outperforming baselines such as E5-Mistral-7B-Instruct (15.0%) and BM25 (9.8%)."
    )
    claim = "With 40.1% top-1 retrieval accuracy, the model leaves BM25 and its 9.8% far behind."
    assert check(claim, "en", source).label is Label.SUPPORTED


def test_a_zero_figure_is_no_power_of_ten_of_another():
    # arXiv:2107.03374, sentences as published: "GPT-3 solves 0%" has no power of ten
    source = make_source(
        "arXiv:2107.03374", "v1", "Evaluating Large Language Models Trained on Code",
        "We introduce Codex, a GPT language model fine-tuned on publicly available code from GitHub, and study its "
        "Python code-writing capabilities. "
        "On HumanEval, a new evaluation set we release to measure functional correctness for synthesizing programs "
        "from docstrings, our model solves 28.8% of the problems, while GPT-3 solves 0% and GPT-J solves 11.4%. "
        "Furthermore, we find that repeated sampling from the model is a surprisingly effective strategy for producing "
        "working solutions to difficult prompts. Using this method, we solve 70.2% of our problems with 100 samples "
        "per problem.",
    )
    verdict = check("En tirant 100 échantillons par problème, Codex résout 77,5 % des problèmes.", "fr", source)
    assert verdict.label is not Label.SUPPORTED


def test_ahead_by_a_hair_is_what_two_close_figures_say():
    # arXiv:2402.14658, a sentence as published: 76.4 against 76.2 "closely rivaling"
    source = make_text_source(
        "Notably, OpenCodeInterpreter-33B achieves an accuracy of 83.2 (76.4) on the average (and plus versions) of "
        "HumanEval and MBPP, closely rivaling GPT-4's 84.2 (76.2) and further elevates to 91.6 (84.6) with "
        "synthesized human feedback from GPT-4."
    )
    claim = "Sur les versions « plus », OpenCodeInterpreter-33B devance même d'un cheveu GPT-4, avec 76,4 contre 76,2."
    assert check(claim, "fr", source).label is Label.SUPPORTED


def test_a_size_written_without_its_scale_letter_is_the_same_model():
    # arXiv:2206.01861, a sentence as published ("GPT-NeoX$_{20}$")
    source = make_text_source(
        "(3) ZeroQuant can be directly applied to two of the largest open-sourced language models, including GPT-J6B "
        "and GPT-NeoX20, for which our INT8 model achieves similar accuracy as the FP16 model but achieves up to 5.2x "
        "better efficiency."
    )
    verdict = check("Appliqué à GPT-J 6B et GPT-NeoX 20B, ZeroQuant donne des modèles INT8 aussi précis qu'en FP16.", "fr", source)
    assert not any("GPT-NeoX" in reason.message for reason in verdict.reasons)
    assert verdict.label is not Label.REFUTED


@pytest.mark.parametrize(
    ("claim", "names"),
    [
        # arXiv:2504.07956, a sentence as published: "o1" is a model's name
        ("GPT-4o is the top-performing model on VCR-Bench, with a 62.8% CoT score.", "o1, not GPT-4o"),
        # a name written with spaces ("Llama 3.1 70B") is put back in the claim where it stands
        ("The agent is finetuned starting from Llama 3.1 70B base weights.", "Qwen2.5-32B, not Llama-3.1-70B"),
    ],
)
def test_another_name_in_the_claims_place(claim, names):
    source = make_text_source(
        "Extensive experiments on VCR-Bench highlight substantial limitations in current LVLMs. Even the top-performing "
        "model, o1, only achieves a 62.8% CoT score and an 56.7% accuracy, while most models score below 40%. We "
        "finetune our agent starting from Qwen2.5-32B base weights with reinforcement learning."
    )
    verdict = check(claim, "en", source)
    assert verdict.label is Label.REFUTED
    assert verdict.reasons[0].code == "entity_mismatch" and names in verdict.reasons[0].message


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Quill-9B clearly outclasses Lark-7B.", Label.REFUTED),
        ("Quill-9B is on par with Lark-7B.", Label.SUPPORTED),
    ],
)
def test_a_comparison_whose_subject_is_a_pronoun_speaks_of_the_sentence_before(claim, label):
    source = make_text_source(
        "Quill-9B surpasses leading open models such as Wren-8B. It is on par with Lark-7B on reasoning benchmarks."
    )
    assert check(claim, "en", source).label is label


@pytest.mark.parametrize(
    "claim",
    [
        "Son architecture récurrente permet à Zeta-7B de générer de longues séquences bien plus vite et avec nettement moins de mémoire.",
        "Zeta-7B engendre de longues suites bien plus vite grâce à sa conception récurrente, avec beaucoup moins de mémoire.",
    ],
)
def test_a_french_paraphrase_needs_less_word_overlap_with_an_english_passage(claim):
    # fillers (bien, beaucoup) carry nothing; a verb meets the noun of its action (générer, generation);
    # what the lexicon cannot carry over lowers the bar a French claim must clear
    source = make_text_source(
        "Thanks to its recurrent design, Zeta-7B is much faster at inference and needs far less memory for long "
        "sequence generation. It was trained on web text."
    )
    assert check(claim, "fr", source).label is Label.SUPPORTED


def test_a_french_claim_on_another_topic_stays_not_enough_info():
    source = make_text_source(
        "Thanks to its recurrent design, Zeta-7B is much faster at inference and needs far less memory for long "
        "sequence generation. It was trained on web text."
    )
    verdict = check("Zeta-7B a été entraîné sur des conversations médicales annotées par des médecins.", "fr", source)
    assert verdict.label is Label.NOT_ENOUGH_INFO


@pytest.mark.parametrize(
    ("claim", "language", "passage"),
    [
        ("Zeta-2B is a dense model that uses all its parameters for every token.", "en",
         "We introduce Zeta-2B, a language model built on a sparse mixture of experts. Zeta-2B has 2 billion parameters."),
        ("Zeta-2B est un modèle dense.", "fr",
         "Its layers are sparsely activated, so Zeta-2B only uses 0.5B of its parameters for each token."),
        ("Zeta-2B is a decoder-only model.", "en", "Zeta-2B is a multilingual seq2seq model trained on web text."),
        ("Zeta-2B is a hybrid that interleaves attention layers with recurrent blocks.", "en",
         "Zeta-2B is a pure recurrent model, free of attention, trained on web text."),
    ],
)
def test_an_opposite_property_of_the_claims_subject_refutes_it(claim, language, passage):
    verdict = check(claim, language, make_text_source(passage))
    assert verdict.label is Label.REFUTED and "antonym" in verdict.reason_codes


def test_an_opposite_property_of_another_model_does_not_refute():
    source = make_text_source("Zeta-2B is a dense model. Its rival Wren-9B relies on a sparse mixture of experts.")
    assert check("Zeta-2B is a dense model.", "en", source).label is Label.SUPPORTED


def test_a_doubling_claimed_where_the_source_says_tripling_is_refuted():
    source = make_text_source("Zeta-7B outperforms Wren-3B on reasoning, tripling the performance of Wren-3B on one-shot summarization.")
    verdict = check("Zeta-7B doubles the one-shot summarization performance of Wren-3B.", "en", source)
    assert verdict.label is Label.REFUTED and "number_mismatch" in verdict.reason_codes
    assert check("Zeta-7B triples the one-shot summarization performance of Wren-3B.", "en", source).label is Label.SUPPORTED


def test_two_numbers_in_each_others_slots_are_refuted():
    source = make_text_source("Our optimizer cuts the memory footprint by 48% and raises training throughput by 21%.")
    verdict = check("The optimizer raises training throughput by 48% and cuts the memory footprint by 21%.", "en", source)
    assert verdict.label is Label.REFUTED and "number_mismatch" in verdict.reason_codes


def test_zero_shot_against_one_shot_is_an_opposite_setting():
    source = make_text_source("In the zero-shot setting, Zeta-20B outperforms Wren-175B on ToyGLUE.")
    verdict = check("Zeta-20B beats Wren-175B on ToyGLUE, but only with a one-shot example.", "en", source)
    assert verdict.label is Label.REFUTED and "antonym" in verdict.reason_codes
    assert check("Zeta-20B beats Wren-175B on ToyGLUE zero-shot.", "en", source).label is Label.SUPPORTED


def test_depending_on_what_the_source_says_is_not_required_is_refuted():
    source = make_text_source("Our sharding approach does not require a new compiler or changes to the library.")
    verdict = check("The sharding approach depends on a new compiler.", "en", source)
    assert verdict.label is Label.REFUTED and "negated" in verdict.reason_codes


def test_a_model_named_with_its_size_is_found_where_the_source_gives_the_size_apart():
    source = make_text_source(
        "We scale Zeta up to 16B parameters and show that it achieves comparable performance with Wren 7B."
    )
    assert check("Zeta 16B matches Wren 7B.", "en", source).label is Label.SUPPORTED
    unnamed = check("Zeta 70B matches Wren 7B.", "en", source)
    assert unnamed.label is Label.NOT_ENOUGH_INFO and "not_addressed" in unnamed.reason_codes


def test_reporting_frames_and_modal_verbs_do_not_count_as_missing_content():
    source = make_text_source("Zeta-7B ingests images at their original resolution. It was trained on web text and code.")
    verdict = check("Selon ses concepteurs, Zeta-7B peut ingérer les images à leur résolution d'origine.", "fr", source)
    assert verdict.label is Label.SUPPORTED
    # "the same way" says how, not what: it is no content the source must carry
    assert "way" not in frozenset().union(*analyse("Zeta-7B reads images the same way as text.", "en").terms)


def test_a_name_the_source_lacks_does_not_hide_a_firm_number_conflict():
    source = make_text_source("Zeta-7B is trained on 5.8 trillion tokens with carefully selected data mixtures.")
    verdict = check("QRS trained Zeta-7B on 5.8 billion tokens.", "en", source)
    assert verdict.label is Label.REFUTED and "number_mismatch" in verdict.reason_codes
    # without a conflict, the missing name still leaves the claim not addressed
    assert check("QRS trained Zeta-7B on 5.8 trillion tokens.", "en", source).label is Label.NOT_ENOUGH_INFO


def test_a_model_named_with_another_size_in_the_sentence_is_not_the_one_claimed():
    source = make_text_source("After instruction tuning, Zeta 20B scores close to Wren 62B, while Quill 540B leads.")
    verdict = check("Zeta 20B rivals Wren 540B.", "en", source)
    assert verdict.label is Label.NOT_ENOUGH_INFO and "entity_mismatch" in verdict.reason_codes


def test_a_pair_of_values_said_of_other_names_is_a_binding_error():
    source = make_source(
        "arXiv:2601.00001", "v1", "Zephyrion: a small reasoner",
        "Zephyrion also performs well on reasoning, outperforming Korvax on CodeBench by 61.2% to 48.5%, "
        "and Talloq 70B on MathSet with a score of 33.1% versus 20.7%.",
    )
    wrong = check("Zephyrion beats Talloq 70B on CodeBench, 61.2% to 48.5%.", "en", source)
    assert wrong.label is Label.REFUTED and "number_mismatch" in wrong.reason_codes
    right = check("Zephyrion beats Talloq 70B on MathSet, 33.1% to 20.7%.", "en", source)
    assert right.label is Label.SUPPORTED


def test_values_given_to_names_in_parentheses_are_not_swapped():
    source = make_source(
        "arXiv:2601.00002", "v1", "Tuning Orbix",
        "On the TaskSuite benchmark, we report an average gain of +3.21% (Orbix 2B) and +1.75% (Orbix 9B) in accuracy.",
    )
    wrong = check("Sur TaskSuite, le gain moyen atteint +3,21 % pour Orbix 9B.", "fr", source)
    assert wrong.label is Label.REFUTED and "number_mismatch" in wrong.reason_codes
    right = check("On TaskSuite, the average gain reaches +3.21% for Orbix 2B.", "en", source)
    assert right.label is Label.SUPPORTED


def test_a_bare_size_in_a_respectively_list_names_a_sibling():
    source = make_source(
        "arXiv:2601.00003", "v1", "Quill-2: selective training",
        "After tuning, Quill-2-1B and 7B reach 30.5% and 44.2% on ProofSet, respectively.",
    )
    wrong = check("Une fois affiné, Quill-2-1B atteint 44,2 % sur ProofSet.", "fr", source)
    assert wrong.label is Label.REFUTED and "number_mismatch" in wrong.reason_codes
    right = check("After tuning, Quill-2-7B reaches 44.2% on ProofSet.", "en", source)
    assert right.label is Label.SUPPORTED


def test_numbers_tied_to_their_own_names_are_not_called_swapped():
    source = make_source(
        "arXiv:2601.00004", "v1", "Quill-2: selective training",
        "After tuning, Quill-2-1B and 7B achieved state-of-the-art results of 30.5% and 44.2% on ProofSet dataset, "
        "respectively - matching Zorba with only 3% of the tokens.",
    )
    right = check("After tuning, Quill-2-1B reaches 30.5% on ProofSet and Quill-2-7B 44.2%.", "en", source)
    assert right.label is Label.SUPPORTED
    wrong = check("After tuning, Quill-2-1B reaches 44.2% on ProofSet and Quill-2-7B 30.5%.", "en", source)
    assert wrong.label is Label.REFUTED


def test_respectively_after_values_measured_on_names_pairs_them_in_order():
    source = make_source(
        "arXiv:2601.00005", "v1", "Zorba: less is enough",
        "With 500 curated samples, Zorba achieves 61.0% accuracy on AlphaSet and 88.5% on BetaSet, improving from "
        "previous SFT-based models' 12.5% and 40.2% respectively.",
    )
    right = check("Before Zorba, SFT-based models stood at 12.5% on AlphaSet and 40.2% on BetaSet.", "en", source)
    assert right.label is Label.SUPPORTED
    wrong = check("Before Zorba, SFT-based models stood at 40.2% on AlphaSet.", "en", source)
    assert wrong.label is Label.REFUTED


def test_a_change_of_value_told_the_other_way_round_is_refuted():
    source = make_source(
        "arXiv:2601.00006", "v1", "Zorba can teach itself",
        "Self-teaching improves the reasoning of Zorba (61.2%->70.5% on AlphaSet, 80.0%->84.4% on BetaSet) without labels.",
    )
    wrong = check("Self-teaching drags the reasoning of Zorba down from 84.4% to 80.0% on BetaSet.", "en", source)
    assert wrong.label is Label.REFUTED and "direction_reversed" in wrong.reason_codes
    french = check("L'auto-apprentissage fait passer Zorba de 80,0 % à 84,4 % sur BetaSet.", "fr", source)
    assert french.label is not Label.REFUTED


def test_without_sacrificing_keeps_what_follows():
    source = make_source(
        "arXiv:2601.00007", "v1", "Zorba: memory without waste",
        "Zorba removes memory redundancy in data-parallel training while retaining low communication volume.",
    )
    kept = check("Zorba supprime la redondance mémoire sans sacrifier le faible volume de communication.", "fr", source)
    assert kept.label is not Label.REFUTED
    kept_en = check("Zorba removes memory redundancy without sacrificing low communication volume.", "en", source)
    assert kept_en.label is Label.SUPPORTED
    # arXiv:2503.14456: "sans renoncer à" keeps what follows too
    rwkv = make_text_source(
        "We show that RWKV-7 can perform state tracking and recognize all regular languages, while retaining "
        "parallelizability of training."
    )
    kept_fr = check("RWKV-7 sait suivre un état et reconnaître tous les langages réguliers, sans renoncer pour autant à un "
                    "entraînement parallélisable.", "fr", rwkv)
    assert kept_fr.label is not Label.REFUTED


def test_values_listed_after_names_with_of_are_bound_in_order():
    source = make_source(
        "arXiv:2601.00008", "v1", "Zorba: a science model",
        "Zorba also sets a new state-of-the-art on downstream tasks such as AlphaSet and BetaSet dev of 71.2% and 44.9%.",
    )
    wrong = check("Zorba sets a new record of 44.9% on AlphaSet and 71.2% on BetaSet dev.", "en", source)
    assert wrong.label is Label.REFUTED
    right = check("Zorba sets a new record of 71.2% on AlphaSet and 44.9% on BetaSet dev.", "en", source)
    assert right.label is Label.SUPPORTED


def test_the_reasons_do_not_depend_on_the_hash_seed():
    # Two opposite-property cues ("larger"/"smaller" are both sizes and comparative amounts): which one is
    # reported must not change from process to process, or every rerun would record a changed verdict.
    import os
    import subprocess
    import sys

    script = (
        "from factcheck.types import Source, sha256_text\n"
        "from factcheck.verifiers import get_verifier\n"
        "text = 'Zeta outperforms much larger open models like Wren-3.2 90B while being 7x smaller.'\n"
        "source = Source(key='arXiv:2401.00001', version='v1', url='https://arxiv.org/abs/2401.00001v1', title=None,\n"
        "                text=text, sha256=sha256_text(text), retrieved_at='2026-01-01T00:00:00Z')\n"
        "verdict = get_verifier('lexical').verify('c1', 'Zeta beats Wren-3.2 90B despite being about three times smaller.', 'en', [source])\n"
        "print(verdict.label.value, [(r.code, r.message) for r in verdict.reasons])\n"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script], env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True, text=True, check=True,
        ).stdout
        for seed in range(6)
    }
    assert len(outputs) == 1, outputs
    assert outputs.pop().startswith("refuted")


def test_numbers_far_apart_measure_different_things():
    # Real abstract sentences (arXiv:2308.12950, Code Llama; 2305.13245-like wording kept as is).
    text = ("We provide multiple flavors to cover a wide range of applications with 7B, 13B, 34B and 70B parameters each. "
            "All models are trained on sequences of 16k tokens and show improvements on inputs with up to 100k tokens.")
    source = make_source("arXiv:2308.12950", "v1", "Code Llama: Open Foundation Models for Code", text)
    # a training-set size is not a sequence length, although both count tokens: the abstract does not say
    assert check("Code Llama was trained on 500B tokens of code.", "en", source).label is Label.NOT_ENOUGH_INFO
    # a slip of scale keeps the digits: still a refutation
    slipped = check("Code Llama models are trained on sequences of 16 million tokens.", "en", source)
    assert slipped.label is Label.REFUTED
    assert slipped.reasons[0].code == "number_mismatch"


def test_respectively_with_the_names_after_the_numbers():
    # arXiv:2308.12950 (Code Llama), abstract sentence as published
    text = ("Code Llama reaches state-of-the-art performance among open models on several code benchmarks, "
            "with scores of up to 67% and 65% on HumanEval and MBPP, respectively.")
    source = make_source("arXiv:2308.12950", "v1", "Code Llama: Open Foundation Models for Code", text)
    assert check("Code Llama scores up to 67% on HumanEval and 65% on MBPP.", "en", source).label is Label.SUPPORTED
    swapped = check("Code Llama scores up to 67% on MBPP and 65% on HumanEval.", "en", source)
    assert swapped.label is Label.REFUTED
    assert swapped.reasons[0].code == "number_mismatch"


def test_counts_of_two_things_swapped():
    # arXiv:2306.05685 (MT-Bench and Chatbot Arena), abstract sentence as published
    text = ("We will publicly release 80 MT-bench questions, 3K expert votes, and 30K conversations with human "
            "preferences from Chatbot Arena.")
    source = make_source("arXiv:2306.05685", "v1", "Judging LLM-as-a-judge with MT-Bench and Chatbot Arena", text)
    assert check("The release includes 3K expert votes and 30K Chatbot Arena conversations.", "en", source).label is Label.SUPPORTED
    swapped = check("The release includes 30K expert votes and 3K Chatbot Arena conversations.", "en", source)
    assert swapped.label is Label.REFUTED
    assert "swapped" in swapped.reasons[0].message


@pytest.mark.parametrize(
    ("claim", "language", "label"),
    [
        # a factor "N times smaller" is the fraction 1/N
        ("OPT-175B est comparable à GPT-3 avec une empreinte carbone sept fois plus faible.", "fr", Label.SUPPORTED),
        # "1.3/7.5B parameters": the scale letter belongs to both sizes
        ("OPT comes with 1.3B and 7.5B parameter models.", "en", Label.SUPPORTED),
        # chips are identities: the source says A100, numbers bound to them through "(NVIDIA A100)"
        ("OPT runs 3.25x faster on the A100 and 4.5x faster on the A6000.", "en", Label.SUPPORTED),
        ("OPT runs 4.5x faster on the A100 and 3.25x faster on the A6000.", "en", Label.REFUTED),
        # the source fills the slot with another GPU of the family
        ("OPT-175B was trained on 992 H100 GPUs.", "en", Label.REFUTED),
        ("OPT-175B was trained on 992 A100 GPUs.", "en", Label.SUPPORTED),
    ],
)
def test_factors_slashed_sizes_and_chips(claim, language, label):
    # Sentences of real abstracts (arXiv:2205.01068, 2306.01116, 2210.17323), put together as one source.
    text = (
        "We show that OPT-175B is comparable to GPT-3, while requiring only 1/7th the carbon footprint to develop. "
        "We release 1.3/7.5B parameters language models trained on it. "
        "OPT-175B was trained on 992 80GB A100s. "
        "End-to-end inference speedups over FP16, of around 3.25x when using high-end GPUs (NVIDIA A100) and 4.5x "
        "when using more cost-effective ones (NVIDIA A6000)."
    )
    source = make_source("arXiv:2205.01068", "v1", "OPT: Open Pre-trained Transformer Language Models", text)
    assert check(claim, language, source).label is label


def test_the_papers_own_acronym_and_contracted_negations():
    # arXiv:2009.03300 (MMLU): the abstract never writes "MMLU", its title spells it out
    text = ("The test covers 57 tasks including elementary mathematics, US history, computer science, law, and more. "
            "Models also have lopsided performance and frequently do not know when they are wrong.")
    source = make_source("arXiv:2009.03300", "v1", "Measuring Massive Multitask Language Understanding", text)
    wrong = check("MMLU covers 75 tasks.", "en", source)
    assert wrong.label is Label.REFUTED and wrong.reasons[0].code == "number_mismatch"
    assert check("MMLU covers 57 tasks.", "en", source).label is Label.SUPPORTED
    # "don't" is "do not": the claim agrees with the source's negation
    assert check("MMLU models often don't know when they are wrong.", "en", source).label is Label.SUPPORTED
    assert check("MMLU models always know when they are wrong.", "en", source).label is Label.REFUTED


def test_a_french_claim_with_another_value_in_the_same_slot():
    # arXiv:2110.14168 (GSM8K): word overlap across languages is low, the name and the one count anchor it
    text = ("To diagnose the failures of current models and support research, we introduce GSM8K, a dataset of 8.5K "
            "high quality linguistically diverse grade school math word problems.")
    source = make_source("arXiv:2110.14168", "v1", "Training Verifiers to Solve Math Word Problems", text)
    assert check("GSM8K rassemble 8 500 problèmes de mathématiques de niveau école primaire.", "fr", source).label is Label.SUPPORTED
    wrong = check("GSM8K rassemble 85 000 problèmes de mathématiques de niveau école primaire.", "fr", source)
    assert wrong.label is Label.REFUTED


@pytest.mark.parametrize(
    ("claim", "language", "label"),
    [
        ("Mamba offre un débit d'inférence cinq fois supérieur à celui des Transformers.", "fr", Label.SUPPORTED),
        ("Transformers reach a better throughput than Mamba.", "en", Label.REFUTED),
        ("Le RLHF à base de PPO contrôle mieux le sentiment des générations que DPO.", "fr", Label.REFUTED),
        ("DPO contrôle mieux le sentiment des générations que le RLHF à base de PPO.", "fr", Label.SUPPORTED),
    ],
)
def test_comparatives_with_words_before_than(claim, language, label):
    # Sentences of real abstracts: arXiv:2312.00752 (Mamba) and arXiv:2305.18290 (DPO)
    text = ("Mamba enjoys fast inference (5\\(\\times\\) higher throughput than Transformers) and linear scaling in "
            "sequence length. Notably, fine-tuning with DPO exceeds PPO-based RLHF in ability to control sentiment "
            "of generations.")
    source = make_source("arXiv:2312.00752", "v1", "Mamba: Linear-Time Sequence Modeling with Selective State Spaces", text)
    verdict = check(claim, language, source)
    assert verdict.label is label, verdict.reasons


def test_device_counts_written_with_a_times_sign():
    # arXiv:2210.02414 (GLM-130B) as the abstract snapshot stores it, with the LaTeX backslashes doubled
    text = ("Finally, we leverage a unique scaling property of GLM-130B to reach INT4 quantization without post training, "
            "allowing its effective inference on 4\\\\(\\times\\\\)RTX 3090 (24G) or 8\\\\(\\times\\\\)RTX 2080 Ti (11G) GPUs, "
            "the most affordable GPUs required for using 100B-scale models.")
    source = make_source("arXiv:2210.02414", "v1", "GLM-130B: An Open Bilingual Pre-trained Model", text)
    assert check("GLM-130B runs on four RTX 3090 or eight RTX 2080 Ti GPUs.", "en", source).label is Label.SUPPORTED
    swapped = check("GLM-130B peut fonctionner sur huit RTX 3090 ou sur quatre RTX 2080 Ti.", "fr", source)
    assert swapped.label is Label.REFUTED
    assert swapped.reasons[0].code == "number_mismatch"


def test_a_figure_measured_on_hardware_the_source_never_names():
    # arXiv:2307.08691 (FlashAttention-2): the abstract gives the A100 figure only
    text = ("We empirically validate that when used end-to-end to train GPT-style models, FlashAttention-2 reaches "
            "training speed of up to 225 TFLOPs/s per A100 GPU (72% model FLOPs utilization).")
    source = make_source("arXiv:2307.08691", "v1", "FlashAttention-2: Faster Attention with Better Parallelism", text)
    other_chip = check("FlashAttention-2 reaches 335 TFLOPs/s on H100 GPUs.", "en", source)
    assert other_chip.label is Label.NOT_ENOUGH_INFO
    assert "H100" in other_chip.reasons[0].message
    assert check("FlashAttention-2 reaches 335 TFLOPs/s on A100 GPUs.", "en", source).label is Label.REFUTED
    assert check("FlashAttention-2 reaches up to 225 TFLOPs/s on A100 GPUs.", "en", source).label is Label.SUPPORTED


def test_the_reason_quotes_a_number_as_the_source_writes_it():
    # arXiv:2306.01116 (RefinedWeb): a sentence with a number in words and one in digits
    text = ("Despite extensive filtering, the high-quality data we extract from the web is still plentiful, and we are "
            "able to obtain five trillion tokens from CommonCrawl. We publicly release an extract of 600 billion tokens "
            "from our RefinedWeb dataset.")
    source = make_source("arXiv:2306.01116", "v1", "The RefinedWeb Dataset for Falcon LLM", text)
    verdict = check("The authors publicly release an extract of 600 million tokens from RefinedWeb.", "en", source)
    assert verdict.label is Label.REFUTED
    assert "600 billion" in verdict.reasons[0].message, verdict.reasons[0].message


def test_a_value_the_source_gives_in_other_words_is_not_moved():
    # arXiv:2306.01116: the claim words the five trillion tokens like the sentence about the 600 billion ones
    text = ("Despite extensive filtering, the high-quality data we extract from the web is still plentiful, and we are "
            "able to obtain five trillion tokens from CommonCrawl. We publicly release an extract of 600 billion tokens "
            "from our RefinedWeb dataset.")
    source = make_source("arXiv:2306.01116", "v1", "The RefinedWeb Dataset for Falcon LLM", text)
    claim = "From CommonCrawl the RefinedWeb authors extract five trillion tokens of high-quality web data."
    assert check(claim, "en", source).label is Label.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "language", "label"),
    [
        # the two cues of one property are not each other's scope
        ("PaLM est un modèle à mélange d'experts clairsemé.", "fr", Label.REFUTED),
        ("PaLM is a sparse mixture-of-experts model.", "en", Label.REFUTED),
        ("PaLM est un modèle dense de 540 milliards de paramètres.", "fr", Label.SUPPORTED),
    ],
)
def test_a_kind_of_model_against_its_opposite(claim, language, label):
    # arXiv:2204.02311 (PaLM), abstract sentence as published: "densely activated"
    text = ("To further our understanding of the impact of scale on few-shot learning, we trained a 540-billion "
            "parameter, densely activated, Transformer language model, which we call Pathways Language Model PaLM.")
    source = make_source("arXiv:2204.02311", "v1", "PaLM: Scaling Language Modeling with Pathways", text)
    assert check(claim, language, source).label is label


def test_a_denied_property_is_not_asserted():
    # "or fine-tuning" is denied by "without": the claim agrees with the source
    text = ("For all tasks, GPT-3 is applied without any gradient updates or fine-tuning, with tasks and few-shot "
            "demonstrations specified purely via text interaction with the model.")
    source = make_source("arXiv:2005.14165", "v1", "Language Models are Few-Shot Learners", text)
    assert check("GPT-3 is evaluated without any gradient updates or fine-tuning.", "en", source).label is Label.SUPPORTED
    assert check("GPT-3 is fine-tuned on each task.", "en", source).label is Label.REFUTED


@pytest.mark.parametrize(
    ("claim", "language", "label"),
    [
        ("T2T-ViT compte deux fois moins de paramètres que le ViT d'origine.", "fr", Label.SUPPORTED),
        ("T2T-ViT halves the parameter count of the vanilla ViT.", "en", Label.SUPPORTED),
        ("According to its authors, T2T-ViT cuts the parameter count of the vanilla ViT by a factor of four.", "en", Label.REFUTED),
    ],
)
def test_by_half_is_a_factor_of_two(claim, language, label):
    # arXiv:2101.11986 (T2T-ViT), abstract sentence as published
    text = ("Notably, T2T-ViT reduces the parameter count and MACs of vanilla ViT by half, while achieving more than "
            "3.0% improvement when trained from scratch on ImageNet.")
    source = make_source("arXiv:2101.11986", "v1", "Tokens-to-Token ViT: Training Vision Transformers from Scratch on ImageNet", text)
    assert check(claim, language, source).label is label


def test_respectively_across_a_repeated_unit():
    # arXiv:2112.03857 (GLIP), abstract sentence as published
    text = ("When directly evaluated on COCO and LVIS (without seeing any images in COCO during pre-training), GLIP "
            "achieves 49.8 AP and 26.9 AP, respectively, surpassing many supervised baselines.")
    source = make_source("arXiv:2112.03857", "v1", "Grounded Language-Image Pre-training", text)
    assert check("GLIP reaches 49.8 AP on COCO and 26.9 AP on LVIS without seeing COCO images.", "en", source).label is Label.SUPPORTED
    swapped = check("Sans avoir vu une seule image de COCO, GLIP obtient 26,9 AP sur COCO et 49,8 AP sur LVIS.", "fr", source)
    assert swapped.label is Label.REFUTED


@pytest.mark.parametrize(
    ("claim", "language", "label"),
    [
        ("Flan-PaLM 540B atteint 75,2 % sur MMLU avec cinq exemples, un record.", "fr", Label.SUPPORTED),
        ("Flan-PaLM 540B scores 75.2% on 5-shot MMLU.", "en", Label.SUPPORTED),
        ("Flan-PaLM 540B scores 75.2% on zero-shot MMLU.", "en", Label.REFUTED),
    ],
)
def test_the_number_of_shots(claim, language, label):
    # arXiv:2210.11416 (Flan), abstract sentence as published
    text = "Flan-PaLM 540B achieves state-of-the-art performance on several benchmarks, such as 75.2% on five-shot MMLU."
    source = make_source("arXiv:2210.11416", "v1", "Scaling Instruction-Finetuned Language Models", text)
    assert check(claim, language, source).label is label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("WIT comprises 37.6 million image-text examples drawn from 11.5 million unique images.", Label.SUPPORTED),
        ("WIT comprises 11.5 million image-text examples drawn from 37.6 million unique images.", Label.REFUTED),
    ],
)
def test_what_each_number_counts(claim, label):
    # arXiv:2103.01913 (WIT), abstract sentence as published
    text = ("WIT is composed of a curated set of 37.6 million entity rich image-text examples with 11.5 million unique "
            "images across 108 Wikipedia languages.")
    source = make_source("arXiv:2103.01913", "v1", "WIT: Wikipedia-based Image Text Dataset", text)
    verdict = check(claim, "en", source)
    assert verdict.label is label
    if label is Label.REFUTED:
        assert verdict.reasons[0].message == "The source gives 11.5 million unique images, not 37.6 million."


def test_an_order_of_magnitude_and_a_name_broken_at_its_hyphen():
    # arXiv:1709.00103 (WikiSQL) and arXiv:2402.19173 (StarCoder2), abstract sentences as published
    text = ("In addition, we will publish WikiSQL, a dataset of 80654 hand-annotated examples of questions and SQL "
            "queries. This dataset is an order of magnitude larger than comparable datasets. Although DeepSeekCoder- 33B "
            "is the best-performing model at code completion for high-resource languages, we find that StarCoder2-15B "
            "outperforms it on math and code reasoning benchmarks.")
    source = make_source("arXiv:1709.00103", "v1", "Seq2SQL", text)
    assert check("WikiSQL est dix fois plus volumineux que les jeux de données comparables.", "fr", source).label is Label.SUPPORTED
    assert check("StarCoder2-15B bat DeepSeekCoder-33B en mathématiques.", "fr", source).label is Label.SUPPORTED


def test_rather_than_denies_what_follows():
    # arXiv:2301.02111 (VALL-E), abstract sentence as published
    text = ("Specifically, we train a neural codec language model (called Vall-E) using discrete codes derived from an "
            "off-the-shelf neural audio codec model, and regard TTS as a conditional language modeling task rather than "
            "continuous signal regression as in previous work.")
    source = make_source("arXiv:2301.02111", "v1", "Neural Codec Language Models are Zero-Shot Text to Speech Synthesizers", text)
    claim = "Like earlier text-to-speech systems, VALL-E frames synthesis as continuous signal regression."
    assert check(claim, "en", source).label is Label.REFUTED
    assert check("VALL-E treats TTS as a conditional language modeling task.", "en", source).label is Label.SUPPORTED


def test_level_or_even_ahead_is_not_only_ahead():
    # arXiv:2205.11961 (ATTEMPT), a sentence as published: "voire dépasse" is at least level, at most ahead
    source = make_text_source(
        "Our experimental results across 21 diverse NLP datasets show that ATTEMPT significantly outperforms prompt "
        "tuning and outperforms or matches fully fine-tuned or other parameter-efficient tuning approaches that use "
        "over ten times more parameters.")
    claim = "La méthode fait jeu égal avec, voire dépasse, des approches qui mobilisent plus de dix fois plus de paramètres."
    assert check(claim, "fr", source).label is Label.SUPPORTED


def test_compared_with_is_not_done_with():
    # "compared with quantization" names the other side, not what the model is run with
    source = make_text_source(
        "Compared with quantization, our pruning method keeps the accuracy of Imp on a mobile chip.")
    assert check("Imp runs on a mobile chip without any quantization.", "en", source).label is not Label.REFUTED


def test_a_small_count_of_things_is_not_a_share():
    # arXiv:2304.05128 (Self-Debugging), a sentence as published: "three debugging turns" is not the "3%" of "2-3%"
    source = make_text_source(
        "On the Spider benchmark where there are no unit tests to verify the correctness of predictions, "
        "Self-Debugging with code explanation consistently improves the baseline by 2-3%, and improves the prediction "
        "accuracy on problems of the hardest level by 9%.")
    turns = check("Each Self-Debugging run adds three debugging turns per problem on average.", "en", source)
    assert turns.label is Label.NOT_ENOUGH_INFO
    # the first figure of a range takes the unit of the last
    gain = check("Sur Spider, Self-Debugging améliore la référence de 2 à 3 %.", "fr", source)
    assert gain.label is Label.SUPPORTED


def test_a_gain_is_no_conflict_with_a_level():
    # arXiv:2503.16219, a sentence as published: the claim's gain in points is not the passage's level
    source = make_text_source(
        "Our results demonstrate rapid reasoning gains - e.g., AMC23 accuracy rising from 63% to 80% and AIME24 "
        "reaching 46.7%, surpassing o1-preview - using only 7,000 samples and a $42 training cost.")
    gain = check("RL fine-tuning lifted the model's AIME 2024 accuracy by 13.4 points.", "en", source)
    assert gain.label is not Label.REFUTED
    level = check("The model's AIME 2024 accuracy reached 43.7%.", "en", source)
    assert level.label is Label.REFUTED and level.reasons[0].code == "number_mismatch"


def test_words_that_look_like_a_denial_and_are_none():
    # arXiv:2410.21276 (GPT-4o system card), arXiv:2501.12202 (Hunyuan3D 2.0), sentences as published
    omni = make_source("arXiv:2410.21276", "v1", "GPT-4o System Card", (
        "GPT-4o is an autoregressive omni model that accepts as input any combination of text, audio, image, and "
        "video, and generates any combination of text, audio, and image outputs."))
    # "n'importe quelle" is "any"
    any_input = "GPT-4o accepte en entrée n'importe quelle combinaison de texte, d'audio, d'image et de vidéo."
    assert check(any_input, "fr", omni).label is Label.SUPPORTED
    denied = "GPT-4o n'accepte aucune combinaison de texte et d'audio en entrée."
    assert check(denied, "fr", omni).label is Label.REFUTED
    title = "Hunyuan3D 2.0: Scaling Diffusion Models for High Resolution Textured 3D Assets Generation"
    released = make_source("arXiv:2501.12202", "v1", title, (
        "Hunyuan3D 2.0 is publicly released in order to fill the gaps in the open-source 3D community for large-scale "
        "foundation generative models. The code and pre-trained weights of our models are available at: "
        "https://github.com/Tencent/Hunyuan3D-2"))
    # "far from keeping it in-house" denies the closed side: no conflict with the release (the passage alone lacks
    # the words to support it)
    far_from = "Far from keeping the system in-house, the team has published Hunyuan3D 2.0's code and pretrained weights"
    assert check(far_from + ".", "en", released).label is not Label.REFUTED
    assert check("The team keeps Hunyuan3D 2.0 in-house.", "en", released).label is Label.REFUTED


@pytest.mark.parametrize(
    ("claim", "language", "label"),
    [
        ("LLaMA-Omni répond avec une latence d'à peine 226 millisecondes.", "fr", Label.SUPPORTED),
        ("LLaMA-Omni répond avec une latence d'à peine 226 microsecondes.", "fr", Label.REFUTED),
        ("LLaMA-Omni answers with a latency as low as 0.226 seconds.", "en", Label.SUPPORTED),
    ],
)
def test_durations_in_any_unit(claim, language, label):
    # arXiv:2409.06666 (LLaMA-Omni), abstract sentence as published
    text = ("Experimental results show that compared to previous speech-language models, LLaMA-Omni provides better "
            "responses in both content and style, with a response latency as low as 226ms.")
    source = make_source("arXiv:2409.06666", "v1", "LLaMA-Omni: Seamless Speech Interaction with Large Language Models", text)
    assert check(claim, language, source).label is label


def test_two_upper_bounds_are_compared_as_values():
    # arXiv:1701.06538 (sparsely-gated mixture-of-experts), abstract sentence as published
    text = ("We present model architectures in which a MoE with up to 137 billion parameters is applied convolutionally "
            "between stacked LSTM layers.")
    source = make_source("arXiv:1701.06538", "v1", "Outrageously Large Neural Networks: The Sparsely-Gated Mixture-of-Experts Layer", text)
    assert check("The MoE layers hold up to 137 trillion parameters.", "en", source).label is Label.REFUTED
    assert check("The MoE layers hold up to 137 billion parameters.", "en", source).label is Label.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "language", "label"),
    [
        ("DeepSeekMath 7B obtient 51,7 % sur le benchmark MATH, sans outil externe ni vote.", "fr", Label.SUPPORTED),
        ("DeepSeekMath 7B scores 51.7% on MATH, but only with majority voting.", "en", Label.REFUTED),
        ("DeepSeekMath does away with external toolkits to reach 51.7% on MATH.", "en", Label.SUPPORTED),
    ],
)
def test_without_one_thing_and_another(claim, language, label):
    # arXiv:2402.03300 (DeepSeekMath), abstract sentence as published
    text = ("DeepSeekMath 7B has achieved an impressive score of 51.7% on the competition-level MATH benchmark without "
            "relying on external toolkits and voting techniques, approaching the performance level of Gemini-Ultra and GPT-4.")
    source = make_source("arXiv:2402.03300", "v1", "DeepSeekMath: Pushing the Limits of Mathematical Reasoning", text)
    assert check(claim, language, source).label is label


def test_british_and_american_spellings_are_one_word():
    # arXiv:2402.10176 (OpenMathInstruct-1), abstract sentence as published
    text = "We release our code, models, and the OpenMathInstruct-1 dataset under a commercially permissive license."
    source = make_source("arXiv:2402.10176", "v1", "OpenMathInstruct-1: A 1.8 Million Math Instruction Tuning Dataset", text)
    assert check("OpenMathInstruct-1 is released under a non-commercial licence.", "en", source).label is Label.REFUTED
    assert check("OpenMathInstruct-1 comes with a commercially permissive licence.", "en", source).label is Label.SUPPORTED


def test_more_and_less_must_be_said_of_the_same_thing():
    # arXiv:2402.08093 (BASE TTS), abstract sentence as published: "largest" is not said of latency
    text = ("BASE TTS is the largest TTS model to-date, trained on 100K hours of public domain speech data, achieving a "
            "new state-of-the-art in speech naturalness.")
    source = make_source("arXiv:2402.08093", "v1", "BASE TTS: Lessons from building a billion-parameter Text-to-Speech model", text)
    assert check("BASE TTS answers spoken requests with a latency as low as 226 ms.", "en", source).label is Label.NOT_ENOUGH_INFO
    assert check("BASE TTS is the smallest TTS model to date.", "en", source).label is Label.REFUTED


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("GRAPE lifts the success rate of VLA models by about 60% on unseen manipulation tasks.", Label.SUPPORTED),
        ("GRAPE lifts the success rate of VLA models by about 52% on in-domain manipulation tasks.", Label.SUPPORTED),
    ],
)
def test_respectively_with_a_list_of_words(claim, label):
    # arXiv:2411.19309 (GRAPE), abstract sentence as published
    text = ("Experimental results demonstrate that GRAPE enhances the performance of state-of-the-art VLA models, "
            "increasing success rates on in-domain and unseen manipulation tasks by 51.79% and 60.36%, respectively.")
    source = make_source("arXiv:2411.19309", "v1", "GRAPE: Generalizing Robot Policy via Preference Alignment", text)
    assert check(claim, "en", source).label is label


def test_a_name_misspelt_by_one_letter_is_the_same_name_but_digits_are_not():
    # arXiv:2312.12491 (StreamDiffusion): the abstract writes "AutoPipline"
    text = ("Combining the proposed strategies makes the image-to-image generation achieve up-to 91.07fps on one RTX4090, "
            "improving the throughputs of AutoPipline developed by Diffusers over 59.56x.")
    source = make_source("arXiv:2312.12491", "v1", "StreamDiffusion: A Pipeline-level Solution for Real-time Interactive Generation", text)
    assert check("StreamDiffusion improves the throughput of the Diffusers AutoPipeline by 59.56x.", "en", source).label is Label.SUPPORTED
    # digits are identities: the RTX4080 is another card, and the source gives the figure to the RTX4090
    other_card = check("StreamDiffusion reaches 91.07fps on one RTX4080.", "en", source)
    assert other_card.label is Label.REFUTED and other_card.reasons[0].code == "entity_mismatch"


def test_only_in_french_against_an_english_list():
    # arXiv:2411.19309 (GRAPE), abstract sentence as published
    text = "We evaluate GRAPE across a diverse array of tasks in both real-world and simulated environments."
    source = make_source("arXiv:2411.19309", "v1", "GRAPE: Generalizing Robot Policy via Preference Alignment", text)
    assert check("GRAPE n'a été évalué qu'en simulation.", "fr", source).label is Label.REFUTED
    assert check("GRAPE a été évalué en simulation et dans le monde réel.", "fr", source).label is Label.SUPPORTED


def test_a_number_measured_on_one_device():
    # arXiv:2312.12491 (StreamDiffusion), abstract sentence as published
    text = ("Furthermore, our proposed StreamDiffusion also significantly reduces the energy consumption by 2.39x on one "
            "RTX3060 and 1.99x on one RTX4090, respectively.")
    source = make_source("arXiv:2312.12491", "v1", "StreamDiffusion: A Pipeline-level Solution for Real-time Interactive Generation", text)
    assert check("StreamDiffusion cuts energy consumption by 2.39x on an RTX 3060 and by 1.99x on an RTX 4090.", "en", source).label is Label.SUPPORTED
    assert check("StreamDiffusion cuts energy consumption by 2.39x on an RTX 4090 and by 1.99x on an RTX 3060.", "en", source).label is Label.REFUTED


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # one model is the base of another: the source names a different one
        ("Sherlock is built on top of Alibaba's Qwen2-VL-7B.", Label.REFUTED),
        ("Sherlock est construit à partir de Qwen2-VL-7B.", Label.REFUTED),
        # a model named in another role is not the base's rival
        ("Sherlock was compared with Qwen2-VL-7B.", Label.NOT_ENOUGH_INFO),
    ],
)
def test_a_base_model_the_source_gives_another_name(claim, label):
    # arXiv:2505.22651 (Sherlock), abstract sentence as published
    text = ("Built on the Llama3.2-Vision-11B model, Sherlock achieves remarkable results across eight benchmarks, "
            "reaching an average accuracy of 64.1 with direct generation and 65.4 after self-correction.")
    source = make_source("arXiv:2505.22651", "v1", "Sherlock: Self-Correcting Reasoning in Vision-Language Models", text)
    verdict = check(claim, "fr" if " est " in claim else "en", source)
    assert verdict.label is label
    if label is Label.REFUTED:
        assert verdict.reasons[0].message.endswith("says this of Llama3.2-Vision-11B, not Qwen2-VL-7B.")


@pytest.mark.parametrize(
    ("claim", "label", "code"),
    [
        # the source gives the slot to a sibling: refuted
        ("FLEURS is built on top of the FLoRes-200 machine translation benchmark.", Label.REFUTED, "entity_mismatch"),
        ("FLEURS is built on top of the FLoRes-101 machine translation benchmark.", Label.SUPPORTED, None),
        # a comparison with a model the source never names: not enough information
        ("FLEURS beats FLoRes-200 on speech coverage.", Label.NOT_ENOUGH_INFO, "not_addressed"),
    ],
)
def test_a_sibling_in_the_claims_slot(claim, label, code):
    # arXiv:2205.12446 (FLEURS), abstract sentence as published
    text = ("FLEURS is an n-way parallel speech dataset in 102 languages built on top of the machine translation "
            "FLoRes-101 benchmark, with approximately 12 hours of speech supervision per language.")
    source = make_source("arXiv:2205.12446", "v1", "FLEURS: Few-shot Learning Evaluation of Universal Representations of Speech", text)
    verdict = check(claim, "en", source)
    assert verdict.label is label
    if code:
        assert verdict.reasons[0].code == code
    if label is Label.REFUTED:
        assert "FLoRes-101, not FLoRes-200" in verdict.reasons[0].message


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("MS MARCO's 8,841,823 passages were extracted from 3,563,535 web documents.", Label.SUPPORTED),
        ("MS MARCO's 3,563,535 passages were extracted from 8,841,823 web documents.", Label.REFUTED),
    ],
)
def test_what_a_number_counts_after_a_possessive(claim, label):
    # arXiv:1611.09268 (MS MARCO), abstract sentence as published; "MARCO's" shifts the claim's offsets
    text = ("In addition, the dataset contains 8,841,823 passages---extracted from 3,563,535 web documents retrieved "
            "by Bing---that provide the information necessary for curating the natural language answers.")
    source = make_source("arXiv:1611.09268", "v1", "MS MARCO: A Human Generated MAchine Reading COmprehension Dataset", text)
    assert check(claim, "en", source).label is label


def test_a_pair_of_numbers_counts_what_follows_the_second():
    # arXiv:2310.00426 (PixArt-alpha), abstract sentence as published
    text = ("PIXART-alpha only takes 10.8% of Stable Diffusion v1.5's training time (675 vs. 6,250 A100 GPU days).")
    source = make_source("arXiv:2310.00426", "v1", "Pixart-α: Fast Training Of Diffusion Transformer For Photorealistic Text-to-image Synthesis", text)
    claim = "PixArt-α needed 675 A100 GPU days of training against 6,250 for Stable Diffusion v1.5."
    assert check(claim, "en", source).label is Label.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "language", "label"),
    [
        ("Transformer-XL capte des dépendances 80 % plus longues que les RNN et 450 % plus longues que les Transformers.", "fr", Label.SUPPORTED),
        ("Transformer-XL capte des dépendances 450 % plus longues que les RNN et 80 % plus longues que les Transformers.", "fr", Label.REFUTED),
    ],
)
def test_a_figure_belongs_to_what_it_is_compared_with(claim, language, label):
    # arXiv:1901.02860 (Transformer-XL), abstract sentence as published
    text = ("As a result, Transformer-XL learns dependency that is 80% longer than RNNs and 450% longer than vanilla "
            "Transformers, achieves better performance on both short and long sequences.")
    source = make_source("arXiv:1901.02860", "v1", "Transformer-XL: Attentive Language Models Beyond a Fixed-Length Context", text)
    assert check(claim, language, source).label is label


def test_a_factor_that_follows_from_two_figures_of_the_source():
    # arXiv:2207.01206 (WebShop), abstract sentence as published
    text = ("The best model achieves a task success rate of 29%, which outperforms rule-based heuristics (9.6%) but is "
            "far lower than human expert performance (59%).")
    source = make_source("arXiv:2207.01206", "v1", "WebShop: Towards Scalable Real-World Web Interaction", text)
    assert check("With a 29% success rate, the best agent roughly triples the 9.6% of rule-based heuristics.", "en", source).label is Label.SUPPORTED
    assert check("With a 29% success rate, the best agent is ten times better than the 9.6% of rule-based heuristics.", "en", source).label is not Label.SUPPORTED


def test_only_against_a_source_that_says_alone():
    # arXiv:2506.24119 (SPIRAL), abstract sentence as published
    text = ("Training Qwen3-4B-Base on Kuhn Poker alone achieves 8.6% improvement on math and 8.4% on general reasoning, "
            "outperforming SFT on 25,000 expert game trajectories.")
    source = make_source("arXiv:2506.24119", "v1", "SPIRAL: Self-Play on Zero-Sum Games Incentivizes Reasoning", text)
    claim = "Entraîné uniquement au poker de Kuhn, Qwen3-4B-Base gagne 8,6 % en mathématiques et 8,4 % en raisonnement général."
    assert check(claim, "fr", source).label is Label.SUPPORTED


def test_points_above_a_baseline():
    # arXiv:2110.05208 (DeCLIP), abstract sentence as published
    text = ("Benefiting from intrinsic supervision, our DeCLIP-ResNet50 can achieve 60.4% zero-shot top1 accuracy on "
            "ImageNet, which is 0.8% above the CLIP-ResNet50 while using 7.1 x fewer data.")
    source = make_source("arXiv:2110.05208", "v1", "Supervision Exists Everywhere: A Data Efficient Contrastive Language-Image Pre-training Paradigm", text)
    claim = "DeCLIP-ResNet50 atteint 60,4 % en zéro-shot sur ImageNet, soit 0,8 point de mieux que CLIP-ResNet50."
    assert check(claim, "fr", source).label is Label.SUPPORTED


def test_a_claim_that_likens_what_the_source_sets_apart():
    # arXiv:2108.06209 (w2v-BERT), abstract sentence as published
    text = ("In contrast to existing MLM-based speech pre-training frameworks such as HuBERT, which relies on an "
            "iterative re-clustering and re-training process, or vq-wav2vec, which concatenates two separately trained "
            "modules, w2v-BERT can be optimized in an end-to-end fashion by solving the two self-supervised tasks.")
    source = make_source("arXiv:2108.06209", "v1", "w2v-BERT: Combining Contrastive Learning and Masked Language Modeling", text)
    likened = check("Like HuBERT, w2v-BERT goes through an iterative cycle of re-clustering and re-training.", "en", source)
    assert likened.label is Label.REFUTED
    assert "apart from HuBERT" in likened.reasons[0].message
    assert check("Unlike HuBERT, w2v-BERT is optimized end to end.", "en", source).label is Label.SUPPORTED


def test_a_property_of_what_the_subject_is_compared_with_is_not_its_own():
    # arXiv:2112.06905 (GLaM), abstract sentence as published: "dense" is said of the variants GLaM is compared to
    text = ("In this paper, we propose and develop a family of language models named GLaM (Generalist Language Model), "
            "which uses a sparsely activated mixture-of-experts architecture to scale the model capacity while also "
            "incurring substantially less training cost compared to dense variants.")
    source = make_source("arXiv:2112.06905", "v1", "GLaM: Efficient Scaling of Language Models with Mixture-of-Experts", text)
    dense = check("GLaM is a dense model that uses all of its parameters for every input.", "en", source)
    assert dense.label is Label.REFUTED
    assert dense.reasons[0].code == "antonym"
    assert check("GLaM est un modèle à mélange d'experts activé de façon clairsemée.", "fr", source).label is Label.SUPPORTED


def test_factors_given_to_the_other_comparison():
    # arXiv:2201.05596 (DeepSpeed-MoE), abstract sentence as published
    text = ("Compared to the state-of-the-art, DeepSpeed-MoE offers an improved inference latency, up to 4.5x faster "
            "and 9x cheaper inference compared to quality-equivalent dense models.")
    source = make_source("arXiv:2201.05596", "v1", "DeepSpeed-MoE: Advancing Mixture-of-Experts Inference and Training", text)
    swapped = check("Face à des modèles denses de qualité équivalente, l'inférence de DeepSpeed-MoE est jusqu'à 9 fois plus "
                    "rapide et 4,5 fois moins chère.", "fr", source)
    assert swapped.label is Label.REFUTED
    assert swapped.reasons[0].code == "number_mismatch"
    assert "4.5x faster" in swapped.reasons[0].message
    faithful = check("L'inférence de DeepSpeed-MoE est jusqu'à 4,5 fois plus rapide et 9 fois moins chère que celle de "
                     "modèles denses de qualité équivalente.", "fr", source)
    assert faithful.label is Label.SUPPORTED


def test_a_benchmark_named_with_number_words():
    # arXiv:1901.02860 (Transformer-XL), abstract sentence as published: "One Billion Word" is a name, not 10^9
    text = ("Notably, we improve the state-of-the-art results of bpc/perplexity to 0.99 on enwiki8, 1.08 on text8, "
            "18.3 on WikiText-103, 21.8 on One Billion Word, and 54.5 on Penn Treebank (without finetuning).")
    source = make_source("arXiv:1901.02860", "v1", "Transformer-XL: Attentive Language Models Beyond a Fixed-Length Context", text)
    swapped = check("Transformer-XL sets new perplexity records of 21.8 on WikiText-103 and 18.3 on One Billion Word.", "en", source)
    assert swapped.label is Label.REFUTED
    assert "The source gives 21.8 to One Billion Word; WikiText-103 has 18.3." in [r.message for r in swapped.reasons]
    assert check("Transformer-XL reaches 21.8 perplexity on One Billion Word.", "en", source).label is Label.SUPPORTED


def test_a_figure_moved_to_the_other_metric_of_one_dataset():
    # arXiv:1709.00103 (Seq2SQL), abstract sentence as published: WikiSQL holds every figure, the metric tells them apart
    text = ("By applying policy-based reinforcement learning with a query execution environment to WikiSQL, our model "
            "Seq2SQL outperforms attentional sequence to sequence models, improving execution accuracy from 35.9% to "
            "59.4% and logical form accuracy from 23.4% to 48.3%.")
    source = make_source("arXiv:1709.00103", "v1", "Seq2SQL: Generating Structured Queries from Natural Language using Reinforcement Learning", text)
    moved = check("Seq2SQL raises logical form accuracy from 35.9% to 59.4%.", "en", source)
    assert moved.label is Label.REFUTED
    assert moved.reasons[0].message == "The claim says 35.9%; the source says 23.4% for the same."
    assert check("Seq2SQL raises execution accuracy from 35.9% to 59.4%.", "en", source).label is Label.SUPPORTED


def test_a_whole_system_property_said_of_its_code():
    # arXiv:2406.08973 (XLand-100B) and arXiv:2101.01321 (I-BERT), abstract sentences as published
    xland = make_source("arXiv:2406.08973", "v1", "XLand-100B: A Large-Scale Multi-Task Dataset for In-Context Reinforcement Learning",
                        "We present XLand-100B, a large-scale dataset for in-context reinforcement learning. "
                        "The code is open-source and available under Apache 2.0 licence.")
    closed = check("The code behind XLand-100B has been kept closed-source.", "en", xland)
    assert closed.label is Label.REFUTED
    assert closed.reasons[0].message == "The source says the opposite (openness)."
    ibert = make_source("arXiv:2101.01321", "v1", "I-BERT: Integer-only BERT Quantization",
                        "Furthermore, our preliminary implementation of I-BERT shows a speedup of 2.4-4.0x for INT8 inference "
                        "on a T4 GPU system as compared to FP32 inference. The framework has been developed in PyTorch and "
                        "has been open-sourced.")
    # "not made public" is "closed": an either-or property denied is its other side
    assert check("I-BERT reste un prototype interne : son code n'a pas été rendu public.", "fr", ibert).label is Label.REFUTED


@pytest.mark.parametrize(
    ("release", "claim", "language"),
    [
        ("We opensource our code, model and data at https://example.org/zeta.", "ZetaLM's code and data stay closed.", "en"),
        ("The corpus and the fine-tuned ZetaLM model are released to the research community.",
         "The corpus and the fine-tuned ZetaLM model are being kept in-house.", "en"),
        ("Code and pre-trained ZetaLM models publicly available at https://example.org/zeta.",
         "The ZetaLM team keeps its code and weights under wraps.", "en"),
        ("Our code is open at https://example.org/zeta.", "The ZetaLM code has not been made public.", "en"),
    ],
)
def test_other_words_for_a_release_and_for_keeping_it_closed(release, claim, language):
    source = make_text_source("We present ZetaLM, a 3B language model trained on legal text. " + release)
    verdict = check(claim, language, source)
    assert verdict.label is Label.REFUTED
    assert verdict.reasons[0].message == "The source says the opposite (openness)."


def test_a_release_said_in_a_sentence_that_names_nothing_is_said_of_the_papers_work():
    # arXiv:2311.05640 (FinGPT) and arXiv:2111.02387 (METER), abstract sentences as published (links as printed)
    fingpt = make_source(
        "arXiv:2311.05640", "v1", "FinGPT: Large Generative Models for a Small Language",
        "Large language models (LLMs) excel in many tasks in NLP and beyond, but most open models have very limited "
        "coverage of smaller languages. We train seven monolingual models from scratch (186M to 13B parameters) "
        "dubbed FinGPT, and continue the pretraining of BLOOM, resulting in a 176 billion parameter model we call "
        "BLUUMI. Our models and tools are openly available at https://turkunlp.org/gpt3-finnish.",
    )
    closed = check("The FinGPT and BLUUMI models are kept closed, with no public release.", "en", fingpt)
    assert closed.label is Label.REFUTED
    assert closed.reasons[0].message == "The source says the opposite (openness)."
    # the evidence is the release, not "most open models", which speaks of others
    assert "openly available" in closed.evidence[0].text and "most open models" not in closed.evidence[0].text
    others_only = make_source(
        "arXiv:2311.05640", "v1", "FinGPT: Large Generative Models for a Small Language",
        "Large language models (LLMs) excel in many tasks in NLP and beyond, but most open models have very limited "
        "coverage of smaller languages. We train seven monolingual models from scratch dubbed FinGPT.",
    )
    assert check("Les modèles FinGPT sont fermés.", "fr", others_only).label is Label.NOT_ENOUGH_INFO
    meter = make_source(
        "arXiv:2111.02387", "v1", "An Empirical Study of Training End-to-End Vision-and-Language Transformers",
        "In this paper, we present METER, a Multimodal End-to-end TransformER framework. Our best VQA model achieves "
        "an accuracy of 80.54%. Code and pre-trained models are released at",
    )
    assert check("The METER authors kept their code and pre-trained models private.", "en", meter).label is Label.REFUTED
    # a benchmark released says nothing of a model's weights
    benchmark = make_source(
        "arXiv:2501.00002", "v1", "ZetaLM: A Small Model",
        "We present ZetaLM, a 3B language model. Our benchmark is publicly available at https://github.com/x/y.",
    )
    assert check("ZetaLM's weights were kept private.", "en", benchmark).label is Label.NOT_ENOUGH_INFO


def test_finetuning_against_transfer_without_finetuning():
    # arXiv:2104.13921 (ViLD), abstract sentence as published
    text = ("When trained with a stronger teacher model ALIGN, ViLD achieves 26.3 AP. The model can directly transfer "
            "to other datasets without finetuning, achieving 72.2 AP on PASCAL VOC, 36.6 AP on COCO and 11.8 AP on Objects365.")
    source = make_source("arXiv:2104.13921", "v1", "Open-vocabulary Object Detection via Vision and Language Knowledge Distillation", text)
    verdict = check("To detect objects on a new dataset such as COCO, ViLD first has to be finetuned on it.", "en", source)
    assert verdict.label is Label.REFUTED
    # what the claim says is needed, the source does without; the opposite properties say it too
    assert [r.message for r in verdict.reasons] == [
        "The source does without 'finetune'; the claim says it is needed.",
        "The source says the opposite (weight updates).",
    ]


def test_french_only_before_an_amount_and_other_small_words():
    # arXiv:2503.16219 and arXiv:2406.10149 (BABILong), arXiv:2309.17453 (StreamingLLM): abstract sentences as published
    cheap = make_source("arXiv:2503.16219", "v1", "Reinforcement Learning for Reasoning in Small LLMs: What Works and What Doesn't",
                        "Using only 7,000 samples and a $42 training cost, the model improves AIME24 accuracy.")
    # "ne ... que" before a figure says how little, it is not "only this one"; "$42" is 42 dollars; samples are examples
    assert check("L'entraînement n'a coûté que 42 dollars et n'a mobilisé que 7 000 exemples.", "fr", cheap).label is Label.SUPPORTED
    babilong = make_source("arXiv:2406.10149", "v1", "BABILong: Testing the Limits of LLMs with Long Context Reasoning-in-a-Haystack",
                           "Our evaluations show that popular LLMs effectively utilize only 10-20% of the context.")
    assert check("D'après BABILong, les LLM populaires n'exploitent réellement que 10 à 20 % de leur contexte.", "fr",
                 babilong).label is Label.SUPPORTED
    streaming = make_source("arXiv:2309.17453", "v1", "Efficient Streaming Language Models with Attention Sinks",
                            "In this paper, we first demonstrate that the emergence of attention sink is due to the strong "
                            "attention scores towards initial tokens. We find that keeping the KV of initial tokens will "
                            "largely recover the performance of window attention.")
    # "les tout premiers jetons" is "the very first tokens", not "all"
    kept = check("Conserver les clés et valeurs des tout premiers jetons suffit à rendre à l'attention à fenêtre l'essentiel "
                 "de ses performances.", "fr", streaming)
    assert kept.label is not Label.REFUTED


def test_a_noun_that_spells_a_comparison_verb_and_french_lack():
    # arXiv:2208.02816 and arXiv:2408.11796, abstract sentences as published
    source = make_source("arXiv:2208.02816", "v1", "Expanding Language-Image Pretrained Models for General Video Recognition",
                         "In zero-shot experiments, our approach surpasses the current state-of-the-art methods by +7.6% and "
                         "+14.9% in terms of top-1 accuracy under two popular protocols.")
    # "our approach surpasses": the noun is not "approaches" (nears) the verb
    assert check("En zéro-shot, la méthode dépasse l'état de l'art de 7,6 % et 14,9 % en précision top-1, selon le "
                 "protocole retenu.", "fr", source).label is Label.SUPPORTED
    pruning = make_source("arXiv:2408.11796", "v1", "LLM Pruning and Distillation in Practice: The Minitron Approach",
                          "We find that with no access to the original data, it is beneficial to slightly fine-tune teacher "
                          "models on the distillation dataset.")
    # "faute d'accès" denies access, as "with no access" does
    lack = check("Faute d'accès aux données d'origine, l'équipe a constaté qu'il valait mieux affiner légèrement les modèles "
                 "enseignants sur le jeu de distillation.", "fr", pruning)
    assert lack.label is Label.SUPPORTED


def test_a_figure_tied_to_its_name_outweighs_a_rival_in_a_passage_without_the_name():
    # arXiv:2305.05658 (TidyBot), abstract sentences as published
    text = ("For a robot to personalize physical assistance effectively, it must learn user preferences that can be "
            "generally reapplied to future scenarios. In this work, we investigate personalization of household cleanup "
            "with robots that can tidy up rooms by picking up objects and putting them away. A key challenge is "
            "determining the proper place to put each object, as people's preferences can vary greatly depending on "
            "personal taste or cultural background. For instance, one person may prefer storing shirts in the drawer, "
            "while another may prefer them on the shelf. We aim to build systems that can learn such preferences from "
            "just a handful of examples via prior interactions with a particular person. We show that robots can "
            "combine language-based planning and perception with the few-shot summarization capabilities of large "
            "language models (LLMs) to infer generalized user preferences that are broadly applicable to future "
            "interactions. This approach enables fast adaptation and achieves 91.2% accuracy on unseen objects in our "
            "benchmark dataset. We also demonstrate our approach on a real-world mobile manipulator called TidyBot, "
            "which successfully puts away 85.0% of objects in real-world test scenarios.")
    source = make_source("arXiv:2305.05658", "v1", "Tidybot: Personalized Robot Assistance With Large Language Models", text)
    verdict = check("Sur le robot réel, TidyBot a rangé 85 % des objets lors des tests.", "fr", source)
    assert verdict.label is Label.SUPPORTED
    assert verdict.evidence[0].text.startswith("We also demonstrate")
    assert check("Sur le robot réel, TidyBot a rangé 58 % des objets lors des tests.", "fr", source).label is Label.REFUTED


def test_two_figures_side_by_side_share_the_words_around_them():
    # arXiv:2410.05993 (Aria) and arXiv:2408.11796 (Minitron), abstract sentences as published
    aria = make_source("arXiv:2410.05993", "v1", "Aria: An Open Multimodal Native Mixture-of-Experts Model",
                       "Aria is a mixture-of-expert model with 3.9B and 3.5B activated parameters per visual token and "
                       "text token, respectively.")
    assert check("Aria activates 3.9B parameters for each visual token and 3.5B for each text token.", "en", aria).label is Label.SUPPORTED
    minitron = make_source("arXiv:2408.11796", "v1", "LLM Pruning and Distillation in Practice: The Minitron Approach",
                           "We present a comprehensive report on compressing the Llama 3.1 8B and Mistral NeMo 12B models to "
                           "4B and 8B parameters, respectively, using pruning and distillation.")
    shrunk = check("The report shrinks Llama 3.1 8B to 4B parameters and Mistral NeMo 12B to 8B through pruning and distillation.",
                   "en", minitron)
    assert shrunk.label is Label.SUPPORTED


def test_a_sentence_opening_word_holds_no_figure_and_a_bracketed_acronym_keeps_the_metric():
    # arXiv:1707.07167, abstract sentence as published
    text = ("Taken together, these tricks allow us to finally achieve a character error rate (CER) of 3.58% and a "
            "sentence error rate (SER) of 7.43% on the MiTV voice search dataset.")
    source = make_source("arXiv:1707.07167", "v1", "Attention-Based End-to-End Speech Recognition on Voice Search", text)
    faithful = check("The recognizer reaches a 3.58% character error rate on the MiTV voice search set.", "en", source)
    assert faithful.label is Label.SUPPORTED
    swapped = check("On MiTV, the model's sentence error rate is 3.58% and its character error rate 7.43%.", "en", source)
    assert swapped.label is Label.REFUTED
    assert "swapped" in swapped.reasons[0].message


def test_a_figure_in_a_relative_clause_belongs_to_the_name_before_it():
    # arXiv:2406.18521 (CharXiv), abstract sentence as published
    text = ("Our results reveal a substantial, previously underestimated gap between the reasoning skills of the "
            "strongest proprietary model (i.e., GPT-4o), which achieves 47.1% accuracy, and the strongest open-source "
            "model (i.e., InternVL Chat V1.5), which achieves 29.2%.")
    source = make_source("arXiv:2406.18521", "v1", "CharXiv: Charting Gaps in Realistic Chart Understanding in Multimodal LLMs", text)
    swapped = check("Sur les questions de raisonnement, InternVL Chat V1.5 obtient 47,1 % et GPT-4o 29,2 %.", "fr", source)
    assert swapped.label is Label.REFUTED
    assert swapped.reasons[0].code == "number_mismatch"
    assert check("GPT-4o reaches 47.1% accuracy, InternVL Chat V1.5 only 29.2%.", "en", source).label is Label.SUPPORTED


def test_a_brand_word_and_a_sized_name_are_one_name_in_a_respectively_list():
    # arXiv:2408.11796 (Minitron), abstract sentence as published
    text = ("We present a comprehensive report on compressing the Llama 3.1 8B and Mistral NeMo 12B models to 4B and 8B "
            "parameters, respectively, using pruning and distillation.")
    source = make_source("arXiv:2408.11796", "v1", "LLM Pruning and Distillation in Practice: The Minitron Approach", text)
    wrong = check("Par élagage et distillation, Mistral NeMo 12B est ramené à 4 milliards de paramètres.", "fr", source)
    assert wrong.label is Label.REFUTED
    assert check("Par élagage et distillation, Mistral NeMo 12B est ramené à 8 milliards de paramètres.", "fr", source).label is Label.SUPPORTED


def test_swapped_factors_read_in_french_word_order():
    # arXiv:2412.18653 (1.58-bit FLUX) and arXiv:2404.16710 (LayerSkip), abstract sentences as published
    flux = make_source("arXiv:2412.18653", "v1", "1.58-bit FLUX",
                       "Additionally, we develop a custom kernel optimized for 1.58-bit operations, achieving a 7.7x "
                       "reduction in model storage, a 5.1x reduction in inference memory, and improved inference latency.")
    # "divise par 7,7 la mémoire": what is divided follows the figure, and the second factor's unit is implied
    swapped = check("1.58-bit FLUX divise par 7,7 la mémoire d'inférence et par 5,1 le stockage du modèle.", "fr", flux)
    assert swapped.label is Label.REFUTED
    assert "swapped" in swapped.reasons[0].message
    assert check("1.58-bit FLUX divise par 7,7 le stockage du modèle et par 5,1 la mémoire d'inférence.", "fr", flux).label is Label.SUPPORTED
    layerskip = make_source("arXiv:2404.16710", "v1", "LayerSkip: Enabling Early Exit Inference and Self-Speculative Decoding",
                            "We implement our inference solution and show speedups of up to 2.16x on summarization for CNN/DM "
                            "documents, 1.82x on coding, and 2.0x on TOPv2 semantic parsing task.")
    # "code" meets "coding"
    moved = check("La génération de code est accélérée jusqu'à 2,16 fois et le résumé de CNN/DM jusqu'à 1,82 fois.", "fr", layerskip)
    assert moved.label is Label.REFUTED


def test_the_two_ends_of_a_range_are_not_swapped():
    # arXiv:2101.01321 (I-BERT), abstract sentence as published
    text = ("Furthermore, our preliminary implementation of I-BERT shows a speedup of 2.4-4.0x for INT8 inference on a "
            "T4 GPU system as compared to FP32 inference.")
    source = make_source("arXiv:2101.01321", "v1", "I-BERT: Integer-only BERT Quantization", text)
    verdict = check("En INT8 sur un GPU T4, I-BERT accélère l'inférence d'un facteur 2,4 à 4 par rapport au FP32.", "fr", source)
    assert verdict.label is Label.SUPPORTED


def test_a_claim_that_likens_its_subject_to_the_earlier_work_the_source_describes():
    # arXiv:2506.01844 (SmolVLA) and arXiv:2106.01345 (Decision Transformer), abstract sentences as published
    smolvla = make_source(
        "arXiv:2506.01844", "v1", "Smolvla: A Vision-language-action Model For Affordable And Efficient Robotics",
        "However, existing VLAs are typically massive--often with billions of parameters--leading to high training costs "
        "and limited real-world deployability. Moreover, they rely on academic and industrial datasets, overlooking the "
        "growing availability of community-collected data from affordable robotic platforms. In this work, we present "
        "SmolVLA, a small, efficient, and community-driven VLA that drastically reduces both training and inference costs, "
        "while retaining competitive performance.")
    likened = check("Like earlier VLAs, SmolVLA is trained on academic and industrial datasets and leaves community-collected "
                    "data aside.", "en", smolvla)
    assert likened.label is Label.REFUTED
    assert likened.reasons[0].message == "The source says this of earlier VLAs, not of SmolVLA."
    assert check("SmolVLA is a small, efficient and community-driven VLA.", "en", smolvla).label is Label.SUPPORTED
    decision = make_source(
        "arXiv:2106.01345", "v1", "Decision Transformer: Reinforcement Learning Via Sequence Modeling",
        "Unlike prior approaches to RL that fit value functions or compute policy gradients, Decision Transformer simply "
        "outputs the optimal actions by leveraging a causally masked Transformer.")
    # one shared word is enough when both sides call it earlier work ("classiques", "prior")
    french = check("Comme les approches classiques, Decision Transformer commence par apprendre une fonction de valeur "
                   "avant de choisir ses actions.", "fr", decision)
    assert french.label is Label.REFUTED


def test_a_comparison_of_common_nouns_turned_round():
    # arXiv:1811.09021 (Bytes are All You Need), abstract sentence as published
    text = ("We show that bytes are superior to grapheme characters over a wide variety of languages in monolingual "
            "end-to-end speech recognition.")
    source = make_source("arXiv:1811.09021", "v1", "Bytes are All You Need: End-to-End Multilingual Speech Recognition and Synthesis with Bytes", text)
    turned = check("In monolingual end-to-end recognition, grapheme characters proved superior to bytes across most languages.",
                   "en", source)
    assert turned.label is Label.REFUTED
    assert turned.reasons[0].message == ("The source says 'bytes are superior to grapheme characters'; "
                                          "the claim has it the other way round.")
    assert check("Pour la reconnaissance de la parole monolingue, les caractères graphémiques surpassent les octets.", "fr",
                 source).label is Label.REFUTED
    assert check("In monolingual end-to-end speech recognition, bytes beat grapheme characters.", "en", source).label is not Label.REFUTED


def test_an_acronym_the_source_spells_out_says_what_its_figure_measures():
    # arXiv:1707.07167, abstract sentences as published
    text = ("Taken together, these tricks allow us to finally achieve a character error rate (CER) of 3.58% and a "
            "sentence error rate (SER) of 7.43% on the MiTV voice search dataset. While together with a trigram "
            "language model, CER and SER reach 2.81% and 5.77%, respectively.")
    source = make_source("arXiv:1707.07167", "v1", "Attention-Based End-to-End Speech Recognition on Voice Search", text)
    verdict = check("Couplé à un modèle de langage trigramme, le système descend à 2,81 % d'erreurs par caractère et 5,77 % "
                    "par phrase.", "fr", source)
    assert verdict.label is Label.SUPPORTED


def test_a_count_of_sizes_is_the_length_of_the_list_that_follows():
    # arXiv:2409.12191 (Qwen2-VL), abstract sentence as published
    text = ("The Qwen2-VL series consists of open-weight models with versions at 2B, 8B, and 72B parameters.")
    source = make_source("arXiv:2409.12191", "v1", "Qwen2-VL: Enhancing Vision-Language Model's Perception of the World at Any Resolution", text)
    assert check("La famille Qwen2-VL se décline en trois tailles : 2, 8 et 72 milliards de paramètres.", "fr", source).label is Label.SUPPORTED
    assert check("La famille Qwen2-VL se décline en quatre tailles : 2, 8 et 72 milliards de paramètres.", "fr", source).label is not Label.SUPPORTED


def test_a_count_of_names_is_the_length_of_the_list_the_source_gives():
    # arXiv:2308.09442 (BioMedGPT), abstract sentence as published
    text = ("In addition, we publish the datasets that are meticulously curated for the alignment of multi-modalities, "
            "i.e., PubChemQA and UniProtQA.")
    source = make_source("arXiv:2308.09442", "v1", "BioMedGPT: Open Multimodal Generative Pre-trained Transformer for BioMedicine", text)
    assert check("The two alignment datasets released are PubChemQA and UniProtQA.", "en", source).label is Label.SUPPORTED
    assert check("Les trois jeux de données d'alignement publiés sont PubChemQA et UniProtQA.", "fr", source).label is not Label.SUPPORTED
    # arXiv:2109.00544 (A2T): a name of two capitalised words is one item of the list
    a2t = make_text_source("We use A2T to train BERT and RoBERTa models on IMDB, Rotten Tomatoes, Yelp, and SNLI datasets.")
    assert check("A2T a été testé sur quatre jeux de données : IMDB, Rotten Tomatoes, Yelp et SNLI.", "fr", a2t).label is Label.SUPPORTED
    assert check("A2T a été testé sur cinq jeux de données : IMDB, Rotten Tomatoes, Yelp et SNLI.", "fr", a2t).label is not Label.SUPPORTED


def test_a_property_one_of_the_passages_gives_does_not_stop_support_across_passages():
    # arXiv:2506.23044 (Ovis-U1), sentences as published: the size in the first, the score in the third
    source = make_text_source(
        "In this report, we introduce Ovis-U1, a 3-billion-parameter unified model that integrates multimodal "
        "understanding, text-to-image generation, and image editing capabilities. Compared to training solely on "
        "understanding or generation tasks, unified training yields better performance, demonstrating the enhancement "
        "achieved by integrating these two tasks. Ovis-U1 achieves a score of 69.6 on the OpenCompass Multi-modal "
        "Academic Benchmark, surpassing recent state-of-the-art models such as Ristretto-3B and SAIL-VL-1.5-2B."
    )
    pieced = check("Ovis-U1, un modèle unifié de 3 milliards de paramètres, obtient 69,6 sur le benchmark académique "
                   "multimodal d'OpenCompass.", "fr", source)
    assert pieced.label is Label.SUPPORTED and len(pieced.evidence) >= 2
    # the other side of the property, and an effect no passage says
    assert check("Ovis-U1, un modèle unifié de 3 milliards de paramètres, obtient 69,6 sur le benchmark académique "
                 "unimodal d'OpenCompass.", "fr", source).label is Label.REFUTED
    assert check("The 3-billion-parameter Ovis-U1 scores 69.6 on OpenCompass, and its unified training degrades image "
                 "editing.", "en", source).label is not Label.SUPPORTED


def test_a_pronoun_compared_with_the_claims_subject_stands_for_the_claims_other_side():
    # arXiv:2412.07769 (BiMediX2), sentences as published: "it" is BiMediX2, which the claim puts behind GPT-4
    source = make_source(
        "arXiv:2412.07769", "v1", "BiMediX2: Bio-Medical EXpert LMM for Diverse Medical Modalities",
        "BiMediX2 leverages the Llama3.1 architecture and integrates text and visual capabilities. Additionally, it "
        "surpasses GPT-4 by around 9% in UPHILL factual accuracy evaluations.",
    )
    behind = check("On UPHILL factual accuracy, GPT-4 stays about 9% ahead of BiMediX2.", "en", source)
    assert behind.label is Label.REFUTED and behind.reasons[0].code == "direction_reversed"
    assert check("On UPHILL factual accuracy, BiMediX2 stays about 9% ahead of GPT-4.", "en", source).label is Label.SUPPORTED


def test_a_name_written_beside_the_kind_of_thing_it_is_takes_the_place_the_claim_gives_another():
    # arXiv:2412.07769 (BiMediX2), arXiv:2506.18871 (OmniGen2), sentences as published
    bimedix2 = make_source(
        "arXiv:2412.07769", "v1", "BiMediX2: Bio-Medical EXpert LMM for Diverse Medical Modalities",
        "BiMediX2 leverages the Llama3.1 architecture and integrates text and visual capabilities to facilitate seamless "
        "interactions in both English and Arabic.",
    )
    mistral = check("BiMediX2 is built on the Mistral architecture.", "en", bimedix2)
    assert mistral.label is Label.REFUTED and "Llama3.1, not Mistral" in mistral.reasons[0].message
    omnigen2 = make_text_source(
        "To further evaluate in-context generation, also referred to as subject-driven tasks, we introduce a new "
        "benchmark named OmniContext."
    )
    called = check("To evaluate subject-driven generation, the team introduces a benchmark called DreamBench++.", "en", omnigen2)
    assert called.label is Label.REFUTED and "OmniContext" in called.reasons[0].message
    # a data set a method is evaluated on is one of several: another one is not said against it (arXiv:2109.02401)
    how2 = make_text_source(
        "Results show that our best model significantly surpasses the prior state-of-the-art model by 5.7 ROUGE-1 on "
        "the How2 dataset."
    )
    assert check("La méthode a également été évaluée sur le jeu de données YouCook2.", "fr", how2).label is Label.NOT_ENOUGH_INFO


def test_both_of_a_kind_is_a_count_of_two():
    # arXiv:2406.14765, a sentence as published
    source = make_text_source(
        "In Study 3 (Data Generator), both models consistently replicated patterns of cultural bias previously "
        "discovered in large language corpora."
    )
    two = "Les deux modèles reproduisent fidèlement des biais culturels déjà mis au jour dans de vastes corpus de textes."
    assert check(two, "fr", source).label is Label.SUPPORTED
    assert check(two.replace("deux", "trois"), "fr", source).label is not Label.SUPPORTED


def test_the_models_of_the_study_are_the_side_the_passage_writes_we():
    # arXiv:1911.08870, the abstract as published: "We also show improvements over ... state-of-the-art systems"
    source = make_source(
        "arXiv:1911.08870", "v1", "A Comparative Study On End-to-end Speech To Text Translation",
        "Recent advances in deep learning show that end-to-end speech to text translation model is a promising approach "
        "to direct the speech translation field. In this work, we provide an overview of different end-to-end "
        "architectures, as well as the usage of an auxiliary connectionist temporal classification (CTC) loss for better "
        "convergence. We also investigate on pre-training variants such as initializing different components of a model "
        "using pre-trained models, and their impact on the final performance, which gives boosts up to 4% in BLEU and 5% "
        "in TER. Our experiments are performed on 270h IWSLT TED-talks En->De, and 100h LibriSpeech Audiobooks En->Fr. "
        "We also show improvements over the current end-to-end state-of-the-art systems on both tasks.",
    )
    behind = check("Sur les deux tâches, les modèles de l'étude restent en retrait des meilleurs systèmes de bout en bout "
                   "existants.", "fr", source)
    assert behind.label is Label.REFUTED and behind.reasons[0].code == "direction_reversed"
    assert check("Sur les deux tâches, les modèles de l'étude devancent les meilleurs systèmes de bout en bout existants.",
                 "fr", source).label is Label.SUPPORTED


def test_another_count_of_the_same_things_refutes_a_count():
    # arXiv:1902.00751 (adapters), a sentence as published: 26 tasks, whatever the claim's other words
    source = make_text_source(
        "To demonstrate adapter's effectiveness, we transfer the recently proposed BERT Transformer model to 26 diverse "
        "text classification tasks, including the GLUE benchmark."
    )
    sixteen = check("Les adaptateurs ont été évalués sur 16 tâches de classification de texte.", "fr", source)
    assert sixteen.label is Label.REFUTED and "the source says 26" in sixteen.reasons[0].message
    assert check("Adapters were tested on 26 text classification tasks.", "en", source).label is Label.SUPPORTED
    # a count of other things is no rival: 16 parameters are not tasks, and 40 languages are not either
    assert check("Adapters add 16 parameters per layer on text classification tasks.", "en", source).label is Label.NOT_ENOUGH_INFO
    languages = check("Adapters were tested on 26 text classification tasks, in 40 languages.", "en", source)
    assert all("40" not in reason.message for reason in languages.reasons)


def test_a_sentence_about_our_approach_is_about_the_system_the_sentence_before_names():
    # arXiv:2505.16901 (Code Graph Models), sentences as published: "our approach" is CGM, not the RAG framework
    source = make_text_source(
        "To this end, we introduce Code Graph Models (CGMs), which integrate repository code graph structures into the "
        "LLM's attention mechanism and map node attributes to the LLM's input space using a specialized adapter. When "
        "combined with an agentless graph RAG framework, our approach achieves a 43.00% resolution rate on the "
        "SWE-bench Lite benchmark using the open-source Qwen2.5-72B model."
    )
    paired = check("Paired with an agentless graph RAG pipeline, CGM resolves 43% of SWE-bench Lite issues using "
                   "Qwen2.5-72B.", "en", source)
    assert paired.label is Label.SUPPORTED


def test_denying_that_a_thing_is_purely_one_thing_does_not_deny_the_thing():
    # arXiv:2412.05149 (BabyLM), a sentence as published: "a hybrid of the two" is neither purely causal nor purely
    # masked, and "des deux" counts nothing
    source = make_text_source(
        "From 31 submissions employing diverse methods, a hybrid causal-masked language model architecture "
        "outperformed other approaches."
    )
    hybrid = check("Le vainqueur n'est ni un modèle purement causal ni un modèle purement masqué, mais un hybride des "
                   "deux.", "fr", source)
    assert hybrid.label is Label.SUPPORTED
    neither = check("The winning architecture was neither causal nor masked.", "en", source)
    assert neither.label is Label.REFUTED and neither.reasons[0].code == "negated"


def test_a_cut_by_the_share_that_remains_is_refuted_and_its_complement_supported():
    # arXiv:1711.11191 (DVS2S), a sentence as published: "only requires 60% decoding time" is a cut of 40%
    source = make_text_source(
        "Experimental results on both automatic metrics and human annotations show that DVS2S can significantly "
        "outperform state-of-the-art methods in terms of response quality, but only requires 60% decoding time "
        "compared to the most efficient baseline."
    )
    cut = check("DVS2S cuts decoding time by 60% compared with the most efficient baseline.", "en", source)
    assert cut.label is Label.REFUTED and cut.reasons[0].message == "The source's 60% is what remains, a cut of 40%, not 60%."
    assert check("DVS2S cuts decoding time by 40% compared with the most efficient baseline.", "en",
                 source).label is Label.SUPPORTED
    assert check("DVS2S n'utilise que 60 % du temps de décodage de la référence la plus efficace.", "fr",
                 source).label is Label.SUPPORTED
    # the other way round: the source's cut is no share that remains
    latency = make_text_source("Our method reduces inference latency by 30% compared to the baseline on the same hardware.")
    share = check("The method only requires 30% of the baseline's inference latency.", "en", latency)
    assert share.label is Label.REFUTED and "leaving 70%" in share.reasons[0].message


def test_figures_in_brackets_go_with_the_phrase_before_them():
    # arXiv:2103.16110 (Kaleido-BERT), a sentence as published: 4.03 is text retrieval's, 7.13 image retrieval's
    source = make_text_source(
        "Kaleido-BERT is conceptually simple and easy to extend to the existing BERT framework, it attains new "
        "state-of-the-art results by large margins on four downstream tasks, including text retrieval (R@1: 4.03% "
        "absolute improvement), image retrieval (R@1: 7.13% abs imv.), category recognition (ACC: 3.28% abs imv.), "
        "and fashion captioning (Bleu4: 1.2 abs imv.)."
    )
    crossed = check("Kaleido-BERT's biggest jump comes in text retrieval, where R@1 rises by 7.13 points, against 4.03 "
                    "for image retrieval.", "en", source)
    # (the first R@1 of the source, text retrieval's, is by 4.03)
    assert crossed.label is Label.REFUTED and "'image' to 7.13%" in crossed.reasons[0].message
    assert check("Kaleido-BERT's biggest jump comes in image retrieval, where R@1 rises by 7.13 points, against 4.03 "
                 "for text retrieval.", "en", source).label is Label.SUPPORTED
    # brackets after a figure say more of that figure: "by 22% absolute (54% to 76%)"
    nlvr = make_text_source(
        "We also show the generalizability of our pre-trained cross-modality model by adapting it to a challenging "
        "visual-reasoning task, NLVR2, and improve the previous best result by 22% absolute (54% to 76%)."
    )
    assert check("On the NLVR2 visual-reasoning challenge, LXMERT pushes the best accuracy from 54% to 76%, a 22-point "
                 "absolute jump.", "en", nlvr).label is not Label.REFUTED


def test_a_factor_is_not_met_by_a_small_count_of_other_things():
    # arXiv:1808.07644, sentences as published: "two novel approaches" says nothing of halving the memory
    source = make_text_source(
        "We then propose two novel approaches that not only penalize the prediction on confusing answers but also guide "
        "the training with alignment information distilled from the ensemble. Experiments show that our best student "
        "model has only a slight drop of 0.4% F1 on the SQuAD test set compared to the ensemble teacher, while running "
        "12x faster during inference."
    )
    halved = check("La méthode divise par deux la mémoire nécessaire pour déployer le modèle.", "fr", source)
    assert halved.label is Label.NOT_ENOUGH_INFO
    assert check("The student model runs 12 times faster at inference than the ensemble teacher.", "en",
                 source).label is Label.SUPPORTED


def test_names_and_their_items_respectively_are_paired_in_order():
    source = make_text_source(
        "The system uses CLIP and CM3 for retrieval and generation, respectively, and reaches a new state of the art on "
        "image captioning."
    )
    swapped = check("In the system, CLIP handles generation while CM3 handles retrieval.", "en", source)
    assert swapped.label is Label.REFUTED and swapped.reasons[0].message == (
        "The source says 'generation' of CM3, not of CLIP."
    )
    assert check("In the system, CLIP handles retrieval while CM3 handles generation.", "en",
                 source).label is not Label.REFUTED


def test_passages_are_not_pieced_together_when_one_denies_the_claims_words():
    # arXiv:2311.16452 (Medprompt), sentences as published: one of them removes the need for expert-curated content
    source = make_text_source(
        "We find that prompting innovation can unlock deeper specialist capabilities and show that GPT-4 easily tops "
        "prior leading results for medical benchmarks. The prompting methods we explore are general purpose, and make "
        "no specific use of domain expertise, removing the need for expert-curated content. Our experimental design "
        "carefully controls for overfitting during the prompt engineering process. We introduce Medprompt, based on a "
        "composition of several prompting strategies. With Medprompt, GPT-4 achieves state-of-the-art results on all "
        "nine of the benchmark datasets in the MultiMedQA suite. Beyond medical problems, we show the power of "
        "Medprompt to generalize to other domains and provide evidence for the broad applicability of the approach via "
        "studies of the strategy on exams in electrical engineering, machine learning, philosophy, accounting, law, "
        "nursing, and clinical psychology."
    )
    experts = check("Medprompt s'appuie sur des contenus rédigés par des experts médicaux.", "fr", source)
    assert experts.label is not Label.SUPPORTED


def test_a_figure_of_earlier_work_is_no_rival_for_the_papers_figure():
    # arXiv:2206.02336 (DIVERSE), sentences as published: 17.9% is what previous work started from
    source = make_text_source(
        "To improve their reasoning skills, previous work has proposed to guide the language model with prompts that "
        "elicit a series of reasoning steps before giving the final answer, achieving a significant improvement on "
        "GSM8K from 17.9% to 58.1% in problem-solving rate. In this paper, we present DIVERSE (Diverse Verifier on "
        "Reasoning Step), a novel approach that further enhances the reasoning capability of language models. We "
        "evaluate DIVERSE on the latest language model code-davinci-002 and show that it achieves new state-of-the-art "
        "results on six of eight reasoning benchmarks (e.g., GSM8K 74.4% to 83.2%)."
    )
    raised = check("Avec code-davinci-002, DIVERSE fait grimper le score sur GSM8K de 74,4 % à 83,2 %.", "fr", source)
    assert raised.label is Label.SUPPORTED


def test_a_family_of_architectures_in_the_slot_of_another():
    # arXiv:1707.08172 (RepEval 2017), a sentence as published: stacked BiLSTMs, not Transformers
    source = make_text_source(
        "The best single model used stacked BiLSTMs with residual connections to extract sentence features and reached "
        "74.5% accuracy on the genre-matched test set."
    )
    swapped = check("Le meilleur modèle individuel s'appuyait sur des Transformers empilés dotés de connexions "
                    "résiduelles.", "fr", source)
    assert swapped.label is Label.REFUTED and swapped.reasons[0].message.endswith("says this of BiLSTMs, not Transformers.")
    assert check("Le meilleur modèle individuel s'appuyait sur des BiLSTM empilés dotés de connexions résiduelles.",
                 "fr", source).label is Label.SUPPORTED


def test_french_soft_prompts_and_institutions():
    # arXiv:2310.06239, sentences as published
    source = make_text_source(
        "For cross-institute evaluation, soft prompting with a frozen GatorTron-8.9B model achieved the best "
        "performance. This study demonstrates that (1) machines can learn soft prompts better than humans, (2) frozen "
        "LLMs have better few-shot learning ability and transfer learning ability to facilitate muti-institution "
        "applications, and (3) frozen LLMs require large models."
    )
    best = check("En évaluation inter-établissements, c'est GatorTron-8.9B, gelé et doté de prompts souples, qui "
                 "s'impose.", "fr", source)
    assert best.label is Label.SUPPORTED


def test_french_checkpoints_and_nothing_of():
    # arXiv:2103.08784 (LightningDOT), its title and abstract as published: "rien" is no content word, "points de
    # contrôle" are checkpoints
    source = make_text_source(
        "Multimodal pre-training has propelled great advancement in vision-and-language research. These large-scale "
        "pre-trained models, although successful, fatefully suffer from slow inference speed due to enormous "
        "computation cost mainly from cross-modal attention in Transformer architecture. When applied to real-life "
        "applications, such latency and computation demand severely deter the practical use of pre-trained models. In "
        "this paper, we study Image-text retrieval (ITR), the most mature scenario of V+L application, which has been "
        "widely studied even prior to the emergence of recent pre-trained models. We propose a simple yet highly "
        "effective approach, LightningDOT that accelerates the inference time of ITR by thousands of times, without "
        "sacrificing accuracy. LightningDOT removes the time-consuming cross-modal attention by pre-training on three "
        "novel learning objectives, extracting feature indexes offline, and employing instant dot-product matching "
        "with further re-ranking, which significantly speeds up retrieval process. In fact, LightningDOT achieves new "
        "state of the art across multiple ITR benchmarks such as Flickr30k, COCO and Multi30K, outperforming existing "
        "pre-trained models that consume 1000x magnitude of computational hours. Code and pre-training checkpoints "
        "are available at https://github.com/intersun/LightningDOT.",
        title="Lightningdot: Pre-training Visual-semantic Embeddings For Real-time Image-text Retrieval",
    )
    released = check("LightningDOT n'a rien d'une boîte noire fermée : son code et ses points de contrôle préentraînés "
                     "sont publiés.", "fr", source)
    assert released.label is Label.SUPPORTED


def test_french_submissions_are_submissions():
    # arXiv:2412.05149 (BabyLM), sentences as published
    source = make_text_source(
        "This year's BabyLM Challenge shows that there is still significant room for innovation in this setting. From "
        "31 submissions employing diverse methods, a hybrid causal-masked language model architecture outperformed "
        "other approaches."
    )
    wrong = check("Le BabyLM Challenge a reçu 13 soumissions cette année.", "fr", source)
    assert wrong.label is Label.REFUTED and wrong.reasons[0].message == "The claim says 13; the source says 31."


def test_a_count_of_things_the_source_lists_one_by_one():
    # arXiv:2309.15103 (LaVie), a sentence as published: three models, each item ending in "model"
    source = make_text_source(
        "To this end, we propose LaVie, an integrated video generation framework that operates on cascaded video latent "
        "diffusion models, comprising a base T2V model, a temporal interpolation model, and a video super-resolution "
        "model."
    )
    three = check("LaVie enchaîne trois modèles en cascade : un générateur de base, un modèle d'interpolation temporelle "
                  "et un modèle de super-résolution.", "fr", source)
    assert three.label is Label.SUPPORTED
    assert check("LaVie chains four models in a cascade.", "en", source).label is not Label.SUPPORTED


def test_a_range_of_gains_over_a_rival_is_not_two_values_of_two_names():
    # arXiv:2501.17703 (Critique Fine-Tuning), sentences as published: "4-10% improvement over SFT" gives SFT both ends
    source = make_text_source(
        "Supervised Fine-Tuning (SFT) is commonly used to train language models to imitate annotated responses for "
        "given instructions. In this paper, we challenge this paradigm and propose Critique Fine-Tuning (CFT), a "
        "strategy where models learn to critique noisy responses rather than simply imitate correct ones. To validate "
        "the effectiveness of CFT, we construct a 50K-sample dataset from WebInstruct, using GPT-4o as the teacher to "
        "generate critiques in the form of (input=[query; noisy response], output=critique). CFT on this dataset "
        "yields a consistent 4-10% improvement over SFT on six math benchmarks with different base models like "
        "Qwen2.5, Qwen2.5-Math and DeepSeek-Math."
    )
    ranged = check("Across six math benchmarks, Critique Fine-Tuning beats standard SFT by 4 to 10 points.", "en", source)
    assert ranged.label is not Label.REFUTED
    wider = check("Across six math benchmarks, CFT beats SFT by 4 to 12 points.", "en", source)
    assert wider.label is Label.REFUTED and "12" in wider.reasons[0].message


def test_a_claim_denying_what_the_source_says_of_earlier_work_is_not_refuted():
    # arXiv:2505.17561 (ANSE), sentences as published: the priors are what "recent methods" rely on, not ANSE
    source = make_text_source(
        "The choice of initial noise significantly affects the quality and prompt alignment of video diffusion models, "
        "where different noise seeds for the same prompt can lead to drastically different generations. "
        "While recent methods rely on externally designed priors such as frequency filters or inter-frame smoothing, "
        "they often overlook internal model signals that indicate which noise seeds are inherently preferable. To "
        "address this, we propose ANSE (Active Noise Selection for Generation), a model-aware framework that selects "
        "high-quality noise seeds by quantifying attention-based uncertainty."
    )
    instead = check("ANSE picks promising noise seeds for video diffusion by reading the model's own attention-based "
                    "uncertainty instead of relying on hand-crafted priors.", "en", source)
    assert instead.label is Label.SUPPORTED
    # what the paper says of its own system still refutes a claim denying it
    assert check("ANSE does not quantify attention-based uncertainty to select noise seeds.", "en",
                 source).label is Label.REFUTED
    # arXiv:2503.02951 (KodCode), sentences as published: what earlier work fails to ensure is what the paper's own
    # work has, so a claim denying it of the paper's work is refuted
    kodcode = make_text_source(
        "We introduce KodCode, a synthetic dataset that addresses the persistent challenge of acquiring high-quality, "
        "verifiable training data across diverse difficulties and domains for training Large Language Models for "
        "coding. Existing code-focused resources typically fail to ensure either the breadth of coverage (e.g., "
        "spanning simple coding tasks to advanced algorithmic problems) or verifiable correctness (e.g., unit tests). "
        "In contrast, KodCode comprises question-solution-test triplets that are systematically validated via a "
        "self-verification procedure."
    )
    assert check("KodCode pairs each coding question with a solution but ships no unit tests.", "en",
                 kodcode).label is Label.REFUTED


def test_a_wrong_figure_among_two_a_respectively_list_binds_is_refuted():
    # arXiv:2506.23044 (Ovis-U1), sentences as published: the claim moves only GEdit-Bench-EN's figure
    source = make_text_source(
        "For image editing, it achieves 4.00 and 6.42 on the ImgEdit-Bench and GEdit-Bench-EN, respectively. As the "
        "initial version of the Ovis unified model series, Ovis-U1 pushes the boundaries of multimodal understanding, "
        "generation, and editing."
    )
    moved = check("For image editing, Ovis-U1 posts 4.00 on ImgEdit-Bench and 7.42 on GEdit-Bench-EN.", "en", source)
    assert moved.label is Label.REFUTED and moved.reasons[0].message == "The claim says 7.42; the source says 6.42."
    assert check("En édition d'images, Ovis-U1 obtient 4,00 sur ImgEdit-Bench et 6,42 sur GEdit-Bench-EN.", "fr",
                 source).label is Label.SUPPORTED


def test_a_count_the_claim_gives_of_other_things_does_not_hide_a_wrong_count():
    # arXiv:1710.11344, a sentence as published: the claim's "deux modèles" is the passage's 2, but of models; its
    # "trois jeux de données" counts the passage's "two public data sets" wrong
    source = make_text_source(
        "Under SMF, we propose a sequential convolutional network and sequential attention network and conduct "
        "experiments on two public data sets to test their performance."
    )
    three = check("Les deux modèles ont été évalués sur trois jeux de données publics.", "fr", source)
    assert three.label is Label.REFUTED and "the source says 2" in three.reasons[0].message
    assert check("Les deux modèles ont été évalués sur deux jeux de données publics.", "fr", source).label is not Label.REFUTED


def test_a_small_figure_found_in_a_passage_does_not_carry_a_claim_the_passage_barely_touches():
    # arXiv:2506.18871 (OmniGen2), sentences as published: "two distinct decoding pathways" is not "doubles the time"
    source = make_text_source(
        "In this work, we introduce OmniGen2, a versatile and open-source generative model designed to provide a unified "
        "solution for diverse generation tasks, including text-to-image, image editing, and in-context generation. "
        "Unlike OmniGen v1, OmniGen2 features two distinct decoding pathways for text and image modalities, utilizing "
        "unshared parameters and a decoupled image tokenizer."
    )
    doubled = check("Le mécanisme de réflexion double le temps nécessaire pour générer une image.", "fr", source)
    assert doubled.label is Label.NOT_ENOUGH_INFO
    assert check("OmniGen2 has two distinct decoding pathways, one for text and one for images.", "en", source).label is Label.SUPPORTED


def test_a_benchmark_name_the_source_misspells_and_a_fully_supervised_setting():
    # arXiv:2208.02816, abstract sentence as published (the source writes "Kinectics-400")
    text = ("In fully-supervised settings, X-CLIP achieves a top-1 accuracy of 87.1% on Kinectics-400, while using 12 "
            "times fewer FLOPs compared with Swin-L and ViViT-H.")
    source = make_source("arXiv:2208.02816", "v1", "Expanding Language-Image Pretrained Models for General Video Recognition", text)
    verdict = check("En apprentissage entièrement supervisé, la méthode atteint 87,1 % de précision top-1 sur Kinetics-400, "
                    "avec douze fois moins de FLOPs que Swin-L et ViViT-H.", "fr", source)
    assert verdict.label is Label.SUPPORTED
    # a size letter is an identity, not a typo
    from factcheck.verifiers.lexical import _misspelled
    assert not _misspelled("eva02-clip-l/14+", ["eva02-clip-e/14+"])


def test_a_source_that_denies_a_word_with_a_prefix():
    # arXiv:2110.05354 (ILMA), abstract sentence as published
    text = ("To alleviate this problem, we propose to regularize ILMA by minimizing the Kullback-Leibler divergence "
            "between the output distributions of the adapted and unadapted internal LMs.")
    source = make_source("arXiv:2110.05354", "v1", "Internal Language Model Adaptation with Text-Only Data for End-to-End Speech Recognition", text)
    verdict = check("Pour régulariser l'adaptation, les auteurs minimisent la divergence de Kullback-Leibler entre les sorties "
                    "du modèle de langue interne adapté et celles du modèle non adapté.", "fr", source)
    assert verdict.label is Label.SUPPORTED


def test_figures_slipped_by_a_scale_or_a_decimal_point():
    # arXiv:2406.07522 (Samba), arXiv:2312.12456 (PowerInfer), arXiv:2406.08418 (OmniCorpus): abstract sentences as published
    samba = make_source("arXiv:2406.07522", "v1", "Samba: Simple Hybrid State Space Models for Efficient Unlimited Context Language Modeling",
                        "We scale Samba up to 3.8B parameters with 3.2T training tokens and show that Samba substantially "
                        "outperforms the state-of-the-art models based on pure attention or SSMs on a wide range of benchmarks.")
    slipped = check("Samba was scaled to 3.8B parameters and trained on 3.2 billion tokens.", "en", samba)
    assert slipped.label is Label.REFUTED
    assert slipped.reasons[0].message == "The claim says 3.2 billion; the source says 3.2T for the same."
    powerinfer = make_source("arXiv:2312.12456", "v1", "PowerInfer: Fast Large Language Model Serving with a Consumer-grade GPU",
                             "This significantly outperforms llama.cpp by up to 11.69x while retaining model accuracy.")
    decimal = check("PowerInfer se montre jusqu'à 116,9 fois plus rapide que llama.cpp.", "fr", powerinfer)
    assert decimal.label is Label.REFUTED
    assert decimal.reasons[0].message == "The claim says 116,9 fois; the source says 11.69x."
    assert check("PowerInfer se montre jusqu'à 11,69 fois plus rapide que llama.cpp.", "fr", powerinfer).label is Label.SUPPORTED
    omnicorpus = make_source("arXiv:2406.08418", "v1", "OmniCorpus: A Unified Multimodal Corpus of 10 Billion-Level Images Interleaved with Text",
                             "Compared to counterparts (e.g., MMC4, OBELICS), our dataset 1) has 15 times larger scales while "
                             "maintaining good data quality.")
    assert check("OmniCorpus est cinq fois plus volumineux que MMC4 ou OBELICS.", "fr", omnicorpus).label is Label.REFUTED


def test_an_improvement_over_a_baseline_is_a_comparison():
    # arXiv:2303.11366 (Reflexion), abstract sentence as published
    text = ("Reflexion is flexible enough to incorporate various types (scalar values or free-form language) and sources "
            "(external or internally simulated) of feedback signals, and obtains significant improvements over a baseline "
            "agent across diverse tasks (sequential decision-making, coding, language reasoning).")
    source = make_source("arXiv:2303.11366", "v1", "Reflexion: Language Agents With Verbal Reinforcement Learning", text)
    worse = check("D'après ses auteurs, Reflexion reste en deçà d'un agent de base sur les tâches de prise de décision "
                  "séquentielle.", "fr", source)
    assert worse.label is Label.REFUTED
    assert worse.reasons[0].code == "direction_reversed"


def test_a_cut_written_as_a_factor_against_a_percentage():
    # arXiv:2310.00426 (PixArt-α), abstract sentence as published
    text = ("Specifically, PixArt-alpha's training speed markedly surpasses existing large-scale T2I models, e.g., "
            "PixArt-alpha only takes 10.8% of Stable Diffusion v1.5's training time (675 vs. 6,250 A100 GPU days), "
            "saving nearly $300,000 ($26,000 vs. $320,000) and reducing 90% CO2 emissions.")
    source = make_source("arXiv:2310.00426", "v1", "PixArt-α: Fast Training of Diffusion Transformer for Photorealistic Text-to-Image Synthesis", text)
    assert check("Selon ses concepteurs, PixArt-alpha divise par dix environ les émissions de CO2 de son entraînement par "
                 "rapport à Stable Diffusion v1.5.", "fr", source).label is Label.SUPPORTED
    assert check("Selon ses concepteurs, PixArt-alpha divise par cinq les émissions de CO2 de son entraînement par rapport à "
                 "Stable Diffusion v1.5.", "fr", source).label is not Label.SUPPORTED


def test_more_and_less_said_of_two_things_swapped():
    # arXiv:2404.16710 (LayerSkip), abstract sentence as published
    text = ("First, during training we apply layer dropout, with low dropout rates for earlier layers and higher dropout "
            "rates for later layers, and an early exit loss where all transformer layers share the same exit.")
    source = make_source("arXiv:2404.16710", "v1", "LayerSkip: Enabling Early Exit Inference and Self-Speculative Decoding", text)
    swapped = check("LayerSkip's layer dropout applies higher rates to early layers and lower rates to later ones.", "en", source)
    assert swapped.label is Label.REFUTED
    assert swapped.reasons[0].message == "The source says the opposite (comparative amount)."
    assert check("LayerSkip's layer dropout applies lower rates to early layers and higher rates to later ones.", "en",
                 source).label is not Label.REFUTED


def test_systematically_against_in_some_experiments():
    # arXiv:1805.03294, abstract sentence as published
    text = "In some experiments, we also use an auxiliary CTC loss function to help the convergence."
    source = make_source("arXiv:1805.03294", "v1", "Improved training of end-to-end attention models for speech recognition", text)
    always = check("Les auteurs ajoutent systématiquement une perte CTC auxiliaire pour faire converger leurs modèles.", "fr", source)
    assert always.label is Label.REFUTED
    assert always.reasons[0].code == "quantifier_mismatch"


def test_without_said_by_a_gerund_and_a_scale_taken_from_a_range_is_shown():
    # arXiv:2503.09641 (SANA-Sprint) and arXiv:2505.03005 (RADLADS), abstract sentences as published
    sana = make_source("arXiv:2503.09641", "v1", "SANA-Sprint: One-Step Diffusion with Continuous-Time Consistency Distillation",
                       "SANA-Sprint is a unified step-adaptive model that achieves high-quality generation in 1-4 steps, "
                       "eliminating step-specific training and improving efficiency.")
    assert check("SANA-Sprint exige un modèle entraîné séparément pour chaque nombre d'étapes.", "fr", sana).label is Label.REFUTED
    radlads = make_source("arXiv:2505.03005", "v1", "RADLADS: Rapid Attention Distillation to Linear Attention Decoders at Scale",
                          "We present Rapid Attention Distillation to Linear Attention Decoders at Scale (RADLADS), a protocol "
                          "for rapidly converting softmax attention transformers into linear attention decoder models. Our "
                          "conversion process requires only 350-700M tokens, less than 0.005% of the token count used to "
                          "train the original teacher models.")
    scaled = check("La conversion RADLADS mobilise entre 350 et 700 milliards de jetons.", "fr", radlads)
    assert scaled.label is Label.REFUTED
    assert "350 (350 billion)" in scaled.reasons[0].message


def test_a_filter_that_eliminates_is_not_a_denial():
    from factcheck.analysis import analyse

    assert "caption" not in analyse("A filter eliminates the noisy captions.", "en").negated_terms
    assert "train" in analyse("It works in 1-4 steps, eliminating step-specific training.", "en").negated_terms


def test_a_figure_in_brackets_after_each_group_is_its_own():
    # arXiv:1911.11641 (PIQA), abstract sentence as published
    text = ("Though humans find the dataset easy (95% accuracy), large pretrained models struggle (77%).")
    source = make_source("arXiv:1911.11641", "v1", "PIQA: Reasoning about Physical Commonsense in Natural Language", text)
    swapped = check("Sur PIQA, les humains obtiennent 77 % de bonnes réponses, contre 95 % pour les grands modèles préentraînés.",
                    "fr", source)
    assert swapped.label is Label.REFUTED
    assert "swapped" in swapped.reasons[0].message


def test_single_and_multiple_said_of_different_things_do_not_conflict():
    # arXiv:2501.06282 (MinMo): "multiple stages" is not "a single GPU", and "single out" is not a count
    minmo = make_text_source(
        "We train MinMo through multiple stages of speech-to-text alignment, text-to-speech alignment, speech-to-speech "
        "alignment, and duplex interaction alignment, on 1.4 million hours of diverse speech data."
    )
    assert check("MinMo can be trained on a single academic GPU in 24 hours.", "en", minmo).label is not Label.REFUTED
    # arXiv:2310.17631 (JudgeLM)
    judgelm = make_text_source(
        "We then analyze the key biases in fine-tuning LLM as a judge and consider them as position bias, knowledge "
        "bias, and format bias."
    )
    singled_out = check("The JudgeLM authors single out several biases of LLM judges, such as position bias.", "en", judgelm)
    assert all(reason.code != "antonym" for reason in singled_out.reasons)


def test_a_single_model_against_an_ensemble_is_an_opposite_setting():
    # arXiv:1904.05880 (factor graph attention): the 6% gain is the ensemble's
    source = make_text_source("Our ensemble model improved the MRR score on VisDial1.0 by more than 6%.")
    single = check("The single factor-graph model improves the MRR score on VisDial1.0 by more than 6%.", "en", source)
    assert single.label is Label.REFUTED
    assert single.reasons[0].code == "antonym"
    assert check("An ensemble lifts the MRR on VisDial1.0 by more than 6%.", "en", source).label is Label.SUPPORTED


def test_a_likeness_whose_property_the_next_sentence_sets_the_subject_apart_from():
    # arXiv:2110.05354 (ILMA): the earlier approach's sentence, then the one that names the subject
    source = make_source(
        "arXiv:2110.05354", "v1", "Internal Language Model Adaptation With Text-only Data For End-to-end Speech Recognition",
        "Text-only adaptation of an end-to-end (E2E) model remains a challenging task for automatic speech recognition "
        "(ASR). Language model (LM) fusion-based approaches require an additional external LM during inference, "
        "significantly increasing the computation cost. To overcome this, we propose an internal LM adaptation (ILMA) of "
        "the E2E model using text-only data.",
    )
    likened = check("Like LM fusion, ILMA needs an external language model at inference time, which raises the compute bill.",
                    "en", source)
    assert likened.label is Label.REFUTED
    assert likened.reasons[0].message == "The source says this of LM fusion, not of ILMA."
    assert check("ILMA adapts the end-to-end model with text-only data.", "en", source).label is Label.SUPPORTED


def test_a_year_found_does_not_stand_for_the_claim():
    # arXiv:1609.03528: the year of the system, and little else of the claim
    source = make_text_source(
        "We describe Microsoft's conversational speech recognition system, in which we combine recent developments in "
        "neural-network-based acoustic and language modeling to advance the state of the art on the Switchboard "
        "recognition task. The 2016 system reaches a word error rate of 6.3% on the Switchboard subset."
    )
    verdict = check("Microsoft's 2016 system matched professional human transcribers on Switchboard.", "en", source)
    assert verdict.label is Label.NOT_ENOUGH_INFO


def test_sides_on_a_level_against_one_clearly_ahead():
    # arXiv:2003.07820 (TREC 2019 Deep Learning Track): sides that are not names
    source = make_source(
        "arXiv:2003.07820", "v1", "Overview Of The TREC 2019 Deep Learning Track",
        "The Deep Learning Track is a new track for TREC 2019, with the goal of studying ad hoc ranking in a large data "
        "regime. This year 15 groups submitted a total of 75 runs, using various combinations of deep learning, transfer "
        "learning and traditional IR ranking methods. Deep learning runs significantly outperformed traditional IR runs.",
    )
    level = check("At TREC 2019, traditional IR runs held their own against deep learning runs.", "en", source)
    assert level.label is Label.REFUTED and level.reasons[0].code == "direction_mismatch"
    ahead = check("Deep learning runs clearly outperformed traditional IR runs at TREC 2019.", "en", source)
    assert ahead.label is Label.SUPPORTED


def test_figures_in_brackets_measure_the_phrase_before_them():
    # arXiv:2203.02378 (DiT), the sentence as published, LaTeX arrows included
    source = make_text_source(
        "Experiment results have illustrated that the self-supervised pre-trained DiT model achieves new state-of-the-art "
        "results on these downstream tasks, e.g. document image classification (91.11 \\(\\rightarrow\\) 92.69), document "
        "layout analysis (91.0 \\(\\rightarrow\\) 94.9), table detection (94.23 \\(\\rightarrow\\) 96.55), and text "
        "detection for OCR (93.07 \\(\\rightarrow\\) 94.29)."
    )
    moved = check("DiT lifts document image classification from 93.07 to 94.29.", "en", source)
    assert moved.label is Label.REFUTED
    assert moved.reasons[0].message == "The claim says 93.07; the source says 91.11 for the same."
    assert check("DiT lifts document image classification from 91.11 to 92.69.", "en", source).label is Label.SUPPORTED


def test_a_factor_against_the_change_the_source_gives():
    # arXiv:2212.08410, a sentence as published
    source = make_text_source(
        "For example, the accuracy of T5 XXL on GSM8K improves from 8.11% to 21.99% when finetuned on PaLM-540B "
        "generated chains of thought."
    )
    quadruples = check("Distillation nearly quadruples T5 XXL's accuracy on GSM8K.", "en", source)
    assert quadruples.label is Label.REFUTED
    assert quadruples.reasons[0].message == "The source goes from 8.11% to 21.99%, a factor of 2.7, not 4×."
    assert check("Distillation nearly triples T5 XXL's accuracy on GSM8K.", "en", source).label is Label.SUPPORTED


def test_another_gpu_in_the_slot_is_refuted():
    # arXiv:2309.06380 (InstaFlow), a sentence as published
    source = make_text_source("Notably, the training of InstaFlow only costs 199 A100 GPU days.")
    h100 = check("Training InstaFlow took only 199 H100 GPU days.", "en", source)
    assert h100.label is Label.REFUTED and h100.reasons[0].code == "entity_mismatch"
    assert check("Training InstaFlow took only 199 A100 GPU days.", "en", source).label is Label.SUPPORTED
    # a model whose name has the same shape is no GPU
    assert check("Training InstaFlow took only 199 T5 GPU days.", "en", source).label is not Label.REFUTED


def test_a_year_is_no_rival_of_a_count():
    # a Check-COVID source (CORD-19 944pn0k9): the year is part of the disease's name, not a figure of the claim's slot
    source = make_source(
        "arXiv:2003.00001", "v1",
        "Evolving Epidemiology and Impact of Non-pharmaceutical Interventions on the Outbreak of Coronavirus Disease 2019 "
        "in Wuhan, China",
        "We described the epidemiological features of the coronavirus disease 2019 (Covid-19) outbreak, and evaluated the "
        "impact of non-pharmaceutical interventions on the epidemic in Wuhan.",
    )
    verdict = check("At least 59% of 25,000 confirmed COVID-19 cases in Wuhan, China are likely to be asymptomatic or mild.",
                    "en", source)
    assert verdict.label is Label.NOT_ENOUGH_INFO


# One source sentence as published, the claims that put its subject on the other side of an opposite pair (the
# first is checked for the pair the reason names), and claims on its own side.
_OPPOSITE_SIDES = [
    pytest.param(
        # arXiv:2503.19786 (Gemma 3), first two sentences as published
        "We introduce Gemma 3, a multimodal addition to the Gemma family of lightweight open models, ranging in scale "
        "from 1 to 27 billion parameters. This version introduces vision understanding abilities, a wider coverage of "
        "languages and longer context - at least 128K tokens.",
        "modality",
        [
            ("Gemma 3 sticks to the text-only design of the earlier Gemma models.", "en"),
            ("Gemma 3 reste un modèle purement textuel.", "fr"),
        ],
        [("Gemma 3 is a multimodal addition to the Gemma family of open models.", "en")],
        id="a_text_only_design_against_a_multimodal_model",
    ),
    pytest.param(
        # arXiv:2409.12191 (Qwen2-VL), first two sentences as published
        "We present the Qwen2-VL Series, an advanced upgrade of the previous Qwen-VL models that redefines the "
        "conventional predetermined-resolution approach in visual processing. Qwen2-VL introduces the Naive Dynamic "
        "Resolution mechanism, which enables the model to dynamically process images of varying resolutions into "
        "different numbers of visual tokens.",
        "adaptivity",
        [("Qwen2-VL resizes every image to a fixed, predetermined resolution before encoding it.", "en")],
        [("Qwen2-VL processes images of varying resolutions.", "en")],
        id="a_fixed_resolution_against_a_dynamic_one",
    ),
    pytest.param(
        # arXiv:2307.06949 (HyperDreamBooth), a sentence as published
        "To overcome these challenges, we propose HyperDreamBooth-a hypernetwork capable of efficiently generating a "
        "small set of personalized weights from a single image of a person.",
        "single multiple",
        [
            ("HyperDreamBooth needs several images of a person to work well.", "en"),
            ("HyperDreamBooth a besoin de plusieurs images d'une personne.", "fr"),
        ],
        [("HyperDreamBooth generates personalized weights from a single image of a person.", "en")],
        id="several_against_a_single_one_of_the_same_thing",
    ),
    pytest.param(
        # arXiv:2403.04692 (PixArt-Σ), two sentences as published
        'A key feature of PixArt-Sigma is its training efficiency. Leveraging the foundational pre-training of '
        'PixArt-alpha, it evolves from the \'weaker\' baseline to a \'stronger\' model via incorporating higher '
        'quality data, a process we term "weak-to-strong training".',
        "initialisation",
        [("PixArt-Sigma was trained from scratch, independently of PixArt-alpha.", "en")],
        [],
        id="trained_from_scratch_against_building_on_a_predecessor",
    ),
    pytest.param(
        "ClariNet is the first text-to-wave neural architecture for speech synthesis, which is fully convolutional and "
        "enables fast end-to-end training from scratch.",
        "recurrence",
        [
            ("ClariNet's text-to-wave architecture is built on recurrent layers.", "en"),
            ("L'architecture de ClariNet repose sur des couches récurrentes.", "fr"),
        ],
        [("ClariNet is a fully convolutional text-to-wave architecture.", "en")],
        id="recurrent_layers_against_a_fully_convolutional_architecture",
    ),
    pytest.param(
        # arXiv:1907.01669 (MultiWOZ 2.1), the sentence as published with the dataset's name
        "We use crowdsourced workers to re-annotate state and utterances of MultiWOZ 2.1 based on the original "
        "utterances in the dataset.",
        "manual automatic",
        [("Les corrections de MultiWOZ 2.1 ont été faites automatiquement.", "fr")],
        [],
        id="crowdsourced_work_is_manual",
    ),
    pytest.param(
        # arXiv:2109.07958 (TruthfulQA), a sentence as published
        "On TruthfulQA, the largest models were generally the least truthful.",
        "superlative",
        [
            ("On TruthfulQA, the largest models were generally the most truthful.", "en"),
            ("Sur TruthfulQA, les plus gros modèles sont en général les plus véridiques.", "fr"),
        ],
        [("On TruthfulQA, the largest models were generally the least truthful.", "en")],
        id="the_most_against_the_least_of_the_same_thing",
    ),
    pytest.param(
        # arXiv:2506.07900 (MiniCPM4), a sentence as published
        "Notably, MiniCPM4-8B demonstrates significant speed improvements over Qwen3-8B when processing long "
        "sequences.",
        "speed",
        [("On long sequences, MiniCPM4-8B turns out noticeably slower than Qwen3-8B.", "en")],
        [],
        id="slower_against_speed_improvements_over_the_same_model",
    ),
]


@pytest.mark.parametrize(("text", "pair", "refuted", "supported"), _OPPOSITE_SIDES)
def test_a_claim_on_the_other_side_of_an_opposite_pair(text, pair, refuted, supported):
    source = make_text_source(text)
    (claim, language), *others = refuted
    verdict = check(claim, language, source)
    assert verdict.label is Label.REFUTED and verdict.reasons[0].message == f"The source says the opposite ({pair})."
    for claim, language in others:
        assert check(claim, language, source).label is Label.REFUTED, claim
    for claim, language in supported:
        assert check(claim, language, source).label is Label.SUPPORTED, claim


CROSSED_FIGURES = [
    # (source sentence, the claim as the source says it, the claim with its figures the other way round)
    (
        "Compared to GPT-3 175B fine-tuned with Adam, LoRA can reduce the number of trainable parameters by 10,000 "
        "times and the GPU memory requirement by 3 times.",
        ("LoRA réduit par 3 la mémoire GPU et par 10 000 le nombre de paramètres entraînables.", "fr"),
        ("LoRA needs 3 times fewer trainable parameters and 10,000 times less GPU memory.", "en"),
    ),
    (
        "It comprises 236B total parameters, of which 21B are activated for each token, and supports a context "
        "length of 128K tokens.",
        ("Of its 236B parameters, only 21B are active per token.", "en"),
        ("Le modèle active 236 milliards de paramètres par jeton sur un total de 21 milliards.", "fr"),
    ),
    (
        "We find that applying chain-of-thought (CoT) prompting to BBH tasks enables PaLM to surpass the average "
        "human-rater performance on 10 of the 23 tasks, and Codex (code-davinci-002) to surpass the average "
        "human-rater performance on 17 of the 23 tasks.",
        ("Codex beat the average human rater on 17 of 23 tasks, PaLM on 10.", "en"),
        ("Avec le chain-of-thought, PaLM dépasse l'évaluateur humain moyen sur 17 des 23 tâches, et Codex sur 10.", "fr"),
    ),
    (
        "On 4KPro, a new benchmark of image QA at 4K resolution, VILA-HD outperforms all previous MLLMs, including "
        "a 14.5% improvement over GPT-4o, and a 3.2% improvement and 2.96x speedup over Qwen2-VL.",
        ("Sur 4KPro, VILA-HD devance GPT-4o de 14,5 % et Qwen2-VL de 3,2 %.", "fr"),
        ("On 4KPro, VILA-HD beats Qwen2-VL by 14.5% and GPT-4o by 3.2%.", "en"),
    ),
    (
        "In particular, we report the state-of-the-art word error rates (WER) of 3.54% on the dev-clean and 3.82% "
        "on the test-clean evaluation subsets of LibriSpeech.",
        ("The recognizer posts word error rates of 3.54% on LibriSpeech dev-clean and 3.82% on test-clean, "
         "state-of-the-art figures.", "en"),
        ("Sur LibriSpeech, le taux d'erreur est de 3,82 % sur dev-clean et de 3,54 % sur test-clean.", "fr"),
    ),
    (
        # a measure named right before "de" goes with the figure after it, even when nearer the one before
        "The tagger reaches a precision of 0.913, recall of 0.784, and F1 of 0.844 on the held-out notes.",
        ("Le tagger obtient un rappel de 0,784 pour une précision de 0,913.", "fr"),
        ("Le tagger obtient un rappel de 0,913 pour une précision de 0,784.", "fr"),
    ),
    (
        # "plus de 4 points" is met by any larger figure ("70B"), but its own is the passage's 4%
        "Our Alpha-S (7B) lifts the state of the art by over 4% F1 on the supervised setup. More strikingly, Alpha-L "
        "(70B) lifts it by over 30% F1 in the zero-shot setting.",
        ("Le gain de plus de 4 points de F1 est obtenu en supervisé, celui de plus de 30 points en zéro-shot.", "fr"),
        ("Le gain de plus de 4 points de F1 est obtenu en zéro-shot, celui de plus de 30 points en supervisé.", "fr"),
    ),
]


@pytest.mark.parametrize("sentence, as_said, crossed", CROSSED_FIGURES)
def test_figures_whose_words_the_source_places_the_other_way_round_are_refuted(sentence, as_said, crossed):
    source = make_text_source(sentence)
    assert check(as_said[0], as_said[1], source).label is Label.SUPPORTED
    verdict = check(crossed[0], crossed[1], source)
    assert verdict.label is Label.REFUTED
    assert verdict.reasons[0].code == "number_mismatch" and "the other way round" in verdict.reasons[0].message


def test_a_crossed_figure_names_the_words_the_source_ties_to_each():
    source = make_text_source(CROSSED_FIGURES[2][0])
    verdict = check("Codex beat the average human rater on 10 of 23 tasks, PaLM on 17.", "en", source)
    assert verdict.reasons[0].message == (
        "The source ties 'Codex' to 17 and 'PaLM' to 10: the claim's 10 and 17 are the other way round."
    )


_LEVEL = ("direction_mismatch", "on a level")
_DONE_WITHOUT = ("negated", "does without")
_NEGATED = ("negated", "")
_OPPOSITE = ("antonym", "")
_CODE_LLAMA = "We release Code Llama under a permissive license that allows for both research and commercial use."
_BILLM = (
    "In response to this challenge, we present BiLLM, a groundbreaking 1-bit post-training quantization scheme "
    "tailored for pretrained LLMs."
)

# (source sentence, claim, language, (reason code, words of its message)): claims the source's wording refutes
REFUTED_BY_WORDING = [
    pytest.param(
        # arXiv:2401.14196, a sentence as published
        "The series of DeepSeek-Coder models, ranging from 1.3B to 33B, are trained from scratch on 2 trillion tokens.",
        "DeepSeek-Coder was initialised from a general-purpose LLM checkpoint.", "en", ("antonym", "initialisation"),
        id="trained-from-scratch-is-said-of-the-whole-model",
    ),
    pytest.param(
        # arXiv:2404.16821, a sentence as published
        "We carefully collected a high-quality bilingual dataset that covers common scenes, document images, and "
        "annotated them with English and Chinese question-answer pairs.",
        "Le jeu de données bilingue associe des paires question-réponse en anglais et en japonais.", "fr",
        ("entity_mismatch", "English with Chinese"),
        id="a-language-of-a-pair-replaced",
    ),
    pytest.param(
        # arXiv:2104.04670, a sentence as published
        "When evaluated on unseen tasks, meta-tuned models outperform a same-sized QA model and the previous SOTA "
        "zero-shot learning system based on natural language inference.",
        "Sur des tâches inédites, les modèles méta-tunés restent derrière le précédent état de l'art zero-shot.", "fr",
        ("direction_reversed", "the previous SOTA zero-shot"),
        id="a-second-phrase-after-and-is-the-same-side",
    ),
    pytest.param(
        "Finally, we present an end-to-end multilingual speech synthesis model using byte representations which "
        "matches the performance of our monolingual baselines.",
        "The byte-based speech synthesis model falls well short of the monolingual baselines.", "en", _LEVEL,
        id="ahead-of-level-words",
    ),
    pytest.param(
        "Notably, T2T-ViT reduces the parameter count and MACs of vanilla ViT by half. It also outperforms ResNets "
        "and achieves comparable performance with MobileNets by directly training on ImageNet.",
        "Entraîné directement sur ImageNet, T2T-ViT surpasse nettement les MobileNets.", "fr",
        # "achieves comparable performance with MobileNets" is said of the subject of "outperforms ResNets"
        ("direction_mismatch", "'comparable' where the claim says 'surpasser'"),
        id="ahead-of-level-name",
    ),
    pytest.param(
        "When trained without any text transcripts, our model performance is comparable to models that predict "
        "spectrograms and are trained with text supervision.",
        "Entraîné sans la moindre transcription, le modèle surclasse les systèmes à spectrogrammes supervisés par du "
        "texte.", "fr", _LEVEL,
        id="ahead-of-level-relative-clause",
    ),
    pytest.param(
        "We present rStar-Math to demonstrate that small language models (SLMs) can rival or even surpass the math "
        "reasoning capability of OpenAI o1, without distillation from superior models.",
        "rStar-Math gets its reasoning ability by distilling OpenAI o1.", "en", _DONE_WITHOUT,
        id="means-done-without",
    ),
    pytest.param(
        "FlashAttention exploits the asymmetric GPU memory hierarchy to bring significant memory saving (linear "
        "instead of quadratic) and runtime speedup (2-4x compared to optimized baselines), with no approximation.",
        "FlashAttention gagne en vitesse en approximant le calcul de l'attention.", "fr", _DONE_WITHOUT,
        id="means-done-without-fr",
    ),
    pytest.param(
        "Even though InstructGPT still makes simple mistakes, our results show that fine-tuning with human feedback "
        "is a promising direction for aligning language models with human intent.",
        "InstructGPT ne commet plus aucune erreur simple.", "fr", _NEGATED,
        id="denied-but-still-the-case",
    ),
    pytest.param(_CODE_LLAMA, "Code Llama's license forbids commercial use.", "en", _NEGATED, id="forbidden-but-allowed"),
    pytest.param(
        _CODE_LLAMA, "La licence de Code Llama interdit tout usage commercial.", "fr", _NEGATED, id="forbidden-but-allowed-fr"
    ),
    pytest.param(
        "SoundStorm receives as input the semantic tokens of AudioLM, and relies on bidirectional attention and "
        "confidence-based parallel decoding to generate the tokens of a neural audio codec.",
        "Like AudioLM, SoundStorm produces its codec tokens autoregressively, one after another.", "en", _OPPOSITE,
        id="autoregressively-against-parallel",
    ),
    pytest.param(
        _BILLM, "BiLLM est une méthode de quantification pendant l'entraînement, qui réentraîne le modèle.", "fr",
        _OPPOSITE, id="quantized-during-training-fr",
    ),
    pytest.param(_BILLM, "BiLLM is a quantization-aware training method.", "en", _OPPOSITE, id="quantized-during-training"),
    pytest.param(
        "Experiments on MultiWOZ-2.0 cross-domain dialog dataset show that our simple system can obtain similar "
        "accuracies compared to the previous more complex methods.",
        "Sur MultiWOZ 2.0, le système simple devance nettement les méthodes antérieures, plus complexes.", "fr",
        ("direction_mismatch", ""),
        id="ahead-of-similar-accuracies",
    ),
    pytest.param(
        "VL-Rethinker also achieves open-source SoTA on multi-disciplinary benchmarks such as MMMU-Pro, EMMA, and "
        "MEGA-Bench, narrowing the gap with GPT-o1.",
        "Sur MMMU-Pro, VL-Rethinker devance désormais GPT-o1.", "fr", ("direction_reversed", "narrow the gap"),
        id="ahead-of-narrowing-the-gap",
    ),
    pytest.param(
        "Adversarial training suffers from robust overfitting, a phenomenon where the robust test accuracy starts to "
        "decrease during training.",
        "Robust overfitting is the phenomenon in which robust test accuracy keeps climbing as adversarial training "
        "goes on.", "en", _OPPOSITE, id="climbing-against-decreasing",
    ),
    pytest.param(
        "We believe that the release of the Qwen2.5-Coder series will, through its permissive licensing, encourage "
        "broader adoption by developers in real-world applications.",
        "Qwen2.5-Coder est publié sous une licence restrictive qui freine son adoption par les développeurs.", "fr",
        _OPPOSITE, id="restrictive-against-permissive",
    ),
    # in a list of "NAME by N" pairs each name holds its own figure
    pytest.param(
        "Quantitatively, it improves GPT-4o and Qwen2.5-Math-72B by 3.6% and 2.0% respectively on various "
        "mathematical benchmarks.",
        "BoostStep améliore GPT-4o de 2,0 % et Qwen2.5-Math-72B de 3,6 % sur divers benchmarks mathématiques.", "fr",
        ("number_mismatch", ""), id="names-each-by-its-figure-fr",
    ),
    pytest.param(
        "Compared to RoBERTa-Large, a DeBERTa model achieves improvements on MNLI by +0.9% (90.2% vs. 91.1%), on "
        "SQuAD v2.0 by +2.3% (88.4% vs. 90.7%) and RACE by +3.6% (83.2% vs. 86.8%).",
        "DeBERTa beats RoBERTa-Large by 3.6 points on SQuAD v2.0 and by 2.3 points on RACE.", "en",
        ("number_mismatch", ""), id="names-each-by-its-figure",
    ),
]


@pytest.mark.parametrize("sentence, claim, language, reason", REFUTED_BY_WORDING)
def test_a_claim_the_source_words_otherwise_is_refuted(sentence, claim, language, reason):
    code, words = reason
    verdict = check(claim, language, make_text_source(sentence))
    assert verdict.label is Label.REFUTED
    assert verdict.reasons[0].code == code and words in verdict.reasons[0].message


def test_on_a_level_with_one_name_says_nothing_of_its_sibling():
    verdict = check("Phi-3.5-Vision surpasse GPT-4o sur les tâches de compréhension d'images.", "fr", phi3("v4"))
    assert verdict.label is Label.NOT_ENOUGH_INFO


def test_weights_said_updated_against_weights_that_remain_fixed_are_refuted():
    source = make_text_source(
        "Adapter modules yield a compact and extensible model; they add only a few trainable parameters per task. "
        "The parameters of the original network remain fixed, yielding a high degree of parameter sharing."
    )
    verdict = check("With adapters, the original network's parameters are updated together with the new modules.", "en", source)
    assert verdict.label is Label.REFUTED and verdict.reasons[0].code == "antonym"
    assert check("With adapters, the parameters of the original network stay frozen.", "en", source).label is not Label.REFUTED


_IMPUTER = (
    "On the competitive WMT'14 En\\\\(\\rightarrow\\\\)De task, our CTC model achieves 25.7 BLEU with a single "
    "generation step, while Imputer achieves 27.5 BLEU with 2 generation steps, and 28.0 BLEU with 4 generation steps."
)


_QWEN_CODER = (
    "In this report, we introduce the Qwen2.5-Coder series, a significant upgrade from its predecessor, CodeQwen1.5. "
    "Qwen2.5-Coder achieves state-of-the-art performance on HumanEval, evaluated against GPT-4-generated tests."
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # the slot the source fills with another name of the same kind
        ("Qwen2.5-Coder is a major upgrade over its predecessor StarCoder2.", Label.REFUTED),
        ("Qwen2.5-Coder is a major upgrade over its predecessor CodeQwen1.5.", Label.SUPPORTED),
        # a benchmark the source does not discuss: a paper reports on many, so this says nothing
        ("Qwen2.5-Coder achieves state-of-the-art performance on MBPP.", Label.NOT_ENOUGH_INFO),
    ],
)
def test_a_name_in_a_slot_the_source_fills_with_another_is_refuted(claim, label):
    verdict = check(claim, "en", make_text_source(_QWEN_CODER))
    assert verdict.label is label, verdict.reasons
    if label is Label.REFUTED:
        assert verdict.reasons[0].code == "entity_mismatch" and "CodeQwen1.5" in verdict.reasons[0].message


_IMGCODE = (
    "Specifically, we co-develop our image-to-code model and dataset with model-in-the-loop approach, resulting in an "
    "image-to-code model, FigCodifier and ImgCode-8.6M dataset, the largest image-code dataset to date."
)
_QWEN_SERIES = (
    "In this report, we introduce the Qwen2.5-Coder series, a significant upgrade from its predecessor, CodeQwen1.5. "
    "This series includes two models: Qwen2.5-Coder-1.5B and Qwen2.5-Coder-7B. It is compared with Qwen2.5-32B."
)


# One passage, one claim, the verdict an editor expects: each case a way of writing that once misled the verifier
ONE_PASSAGE_VERDICTS = [
    pytest.param(
        # arXiv:1902.10486, a sentence as published: "with or without" does without nothing
        "Surprisingly, across four rather different supervised learning benchmarks adapted to CL, a very simple "
        "baseline, that jointly trains on both examples from the current task as well as examples stored in the "
        "episodic memory, significantly outperforms specifically designed CL approaches with and without episodic "
        "memory.",
        "A simple baseline trained jointly on current-task examples and examples stored in episodic memory beats "
        "specifically designed CL approaches, with or without episodic memory.", "en", Label.SUPPORTED,
        id="with-or-without-does-without-nothing",
    ),
    pytest.param(
        # arXiv:2410.14669, the benchmark named where the sentence says "we"
        "Importantly, NaturalBench adopts a vision-centric design by pairing each question with two images that yield "
        "different answers, preventing blind solutions from answering without using the images.",
        "Each NaturalBench question comes with two images that call for different answers, so a model cannot answer "
        "without looking.", "en", Label.SUPPORTED,
        id="a-word-the-claim-says-outside-its-denial-is-not-denied",
    ),
    pytest.param(
        # arXiv:2108.06209, a sentence as published
        "Our experiments show that w2v-BERT achieves competitive results compared to current state-of-the-art "
        "pretrained models on the LibriSpeech benchmarks when using the Libri-Light~60k corpus as the unsupervised data.",
        "Sur LibriSpeech, w2v-BERT fait jeu égal avec les meilleurs modèles préentraînés du moment.", "fr", Label.SUPPORTED,
        id="faire-jeu-egal-is-one-phrase",
    ),
    pytest.param(
        # arXiv:2408.07060, a sentence as published
        "For instance, a group of open-source SWE agents, with a maximum individual resolve rate of 27.3% on SWE-Bench "
        "Lite, can achieve a 34.3% resolve rate with DEI, making a 25% improvement and beating most closed-source "
        "solutions.",
        "Avec DEI, un groupe d'agents SWE open source passe de 27,3 % à 34,3 % de tickets résolus sur SWE-Bench Lite.",
        "fr", Label.SUPPORTED,
        id="a-name-given-both-ends-of-a-change-holds-the-end-the-passage-gives-it",
    ),
    pytest.param(
        # arXiv:2309.00841, a sentence as published
        "Despite cost reductions of \\(37.29%\\) to \\(67.81%\\), LeanContext's ROUGE-1 score decreases only by "
        "\\(1.41%\\) to \\(2.65%\\) compared to a baseline that retains the entire context (no summarization).",
        "LeanContext cuts costs by 37.29% to 67.81%.", "en", Label.SUPPORTED,
        id="a-word-that-opens-a-sentence-holds-no-figure",
    ),
    pytest.param(
        # arXiv:1804.09541, sentences as published
        "We propose a new Q&A architecture called QANet, which does not require recurrent networks: Its encoder consists "
        "exclusively of convolution and self-attention. On the SQuAD dataset, our model is 3x to 13x faster in training "
        "and 4x to 9x faster in inference, while achieving equivalent accuracy to recurrent models.",
        "Sur SQuAD, QANet s'entraîne de trois à treize fois plus vite que les réseaux récurrents.", "fr", Label.SUPPORTED,
        id="what-a-claim-compares-with-is-not-said-of-its-subject",
    ),
    pytest.param(
        # arXiv:2304.07880 as the snapshot writes it, with a LaTeX accent
        "Our best model, Sabi\\'a-65B, performs on par with GPT-3.5-turbo.",
        "Sabiá-65B, le meilleur modèle, fait jeu égal avec GPT-3.5-turbo.", "fr", Label.SUPPORTED,
        id="a-latex-accent-writes-the-letter-a-claim-writes",
    ),
    pytest.param(
        "We show that StreamingLLM can enable Llama-2 to perform stable and efficient language modeling with up to "
        "4 million tokens and more.",
        "StreamingLLM keeps exactly four attention-sink tokens in its cache.", "en", Label.NOT_ENOUGH_INFO,
        id="a-small-count-is-no-slip-of-scale",
    ),
    pytest.param(
        "In addition, we adapt the Imputer model for non-autoregressive machine translation and demonstrate that "
        "Imputer with just 4 generation steps can match the performance of an autoregressive Transformer baseline.",
        "Imputer matches an autoregressive Transformer baseline.", "en", Label.SUPPORTED,
        id="a-property-denied-once-is-not-denied-wherever-its-word-comes-back",
    ),
    pytest.param(
        "We formulate dialog state tracking as a reading comprehension task after reading conversational context. "
        "In contrast to traditional state tracking methods where the dialog state is often predicted as a "
        "distribution over a closed set of all the possible slot values within an ontology, our method uses a simple "
        "attention-based neural network to point to the slot values within the conversation.",
        "The reading-comprehension approach treats dialog state tracking as reading the conversation.", "en",
        Label.SUPPORTED, id="what-other-methods-do-is-no-denial-of-the-subject",
    ),
    pytest.param(
        "BoostStep integrates seamlessly with Monte Carlo Tree Search methods (MCTS) to refine both candidate "
        "generation and decision-making, with a 7.5% gain combined with MCTS.",
        "Couplé à la recherche arborescente Monte-Carlo (MCTS), BoostStep apporte un gain de 7,5 %.", "fr",
        Label.SUPPORTED, id="a-hyphenated-name-is-found-where-the-source-spaces-it",
    ),
    pytest.param(
        "The resulting model, called ALMA-R, can match or exceed the performance of the WMT competition winners and "
        "GPT-4 on WMT'21, WMT'22 and WMT'23 test datasets.",
        "ALMA-R égale, voire dépasse, les vainqueurs des compétitions WMT et GPT-4 sur les jeux de test WMT'21, WMT'22 "
        "et WMT'23.", "fr", Label.SUPPORTED, id="years-listed-in-a-claim-are-no-figures-to-swap",
    ),
    # a translation direction is found however the source writes it (an arrow in LaTeX)
    pytest.param(
        _IMPUTER, "On WMT 2014 English-German, Imputer reaches 28.0 BLEU with four generation steps.", "en",
        Label.SUPPORTED, id="translation-direction-as-an-arrow",
    ),
    pytest.param(
        _IMPUTER, "Sur WMT'14 En-De, Imputer obtient 28,0 BLEU en deux étapes de génération et 27,5 BLEU en quatre.",
        "fr", Label.REFUTED, id="translation-direction-figures-swapped",
    ),
    pytest.param(
        _IMPUTER, "On WMT'14 English-French, Imputer reaches 28.0 BLEU with four generation steps.", "en",
        Label.NOT_ENOUGH_INFO, id="translation-direction-another-pair",
    ),
    # a size given only in a model's name counts for that model, and only for it
    pytest.param(
        _QWEN_SERIES, "The Qwen2.5-Coder series ships as two models, with 1.5 billion and 7 billion parameters.", "en",
        Label.SUPPORTED, id="size-in-the-model-name",
    ),
    pytest.param(
        _QWEN_SERIES, "Qwen2.5-Coder comes with 3 billion parameters.", "en", Label.NOT_ENOUGH_INFO,
        id="size-in-no-model-name",
    ),
    pytest.param(
        _QWEN_SERIES, "CodeQwen1.5 has 32 billion parameters.", "en", Label.NOT_ENOUGH_INFO,
        id="size-in-another-model-name",
    ),
    # words of the field a French claim translates: chemistry, regular expressions, hallucinations
    pytest.param(
        "Remarkably, ChemLLM also shows exceptional adaptability to related mathematical and physical tasks despite "
        "being trained mainly on chemical-centric corpora.",
        "Bien qu'entraîné surtout sur des corpus centrés sur la chimie, ChemLLM s'adapte remarquablement à des tâches de "
        "mathématiques et de physique.", "fr", Label.SUPPORTED, id="french-words-of-chemistry-and-physics",
    ),
    pytest.param(
        "We further demonstrate that regex matching ranks QA models consistent with human judgments, although still "
        "suffering from unnecessary strictness.",
        "D'après les auteurs, l'appariement par expressions régulières classe les systèmes de QA en accord avec le "
        "jugement humain, même s'il reste inutilement strict.", "fr", Label.SUPPORTED, id="french-regular-expressions",
    ),
    # arXiv:2203.17189 (t5x): "à décodeur seul" is the source's "decoder-only", not "only"
    pytest.param(
        "Along with the libraries, we release configurations and instructions for T5-like encoder-decoder models as "
        "well as GPT-like decoder-only architectures.",
        "L'équipe publie des configurations pour des modèles encodeur-décodeur de type T5 comme pour des architectures "
        "de type GPT à décodeur seul.", "fr", Label.SUPPORTED, id="a-french-decoder-only-architecture",
    ),
    # arXiv:2106.10715 (CPM-2): a factor of size that is the ratio of the two sizes the passage gives
    pytest.param(
        "Based on our cost-effective pipeline, we pre-train two models: an encoder-decoder bilingual model with 11 "
        "billion parameters (CPM-2) and its corresponding MoE version with 198 billion parameters.",
        "La version MoE de CPM-2 est environ dix-huit fois plus volumineuse que le modèle de base.", "fr",
        Label.SUPPORTED, id="a-factor-of-size-from-the-sizes-the-passage-gives",
    ),
    pytest.param(
        "Based on our cost-effective pipeline, we pre-train two models: an encoder-decoder bilingual model with 11 "
        "billion parameters (CPM-2) and its corresponding MoE version with 198 billion parameters.",
        "La version MoE de CPM-2 est environ cinq fois plus volumineuse que le modèle de base.", "fr",
        Label.NOT_ENOUGH_INFO, id="another-factor-of-size-than-the-sizes-the-passage-gives",
    ),
    # arXiv:2505.10557 (FigCodifier): a data set's size in its name
    pytest.param(
        _IMGCODE, "Avec ses 8,6 millions d'exemples, ImgCode-8.6M est le plus grand jeu de données image-code à ce jour.",
        "fr", Label.SUPPORTED, id="size-in-the-dataset-name",
    ),
    pytest.param(
        _IMGCODE, "ImgCode-8.6M holds 6.8 million examples.", "en", Label.NOT_ENOUGH_INFO, id="another-size-than-the-dataset-name",
    ),
]


@pytest.mark.parametrize("sentence, claim, language, label", ONE_PASSAGE_VERDICTS)
def test_one_passage_gives_the_verdict_an_editor_expects(sentence, claim, language, label):
    verdict = check(claim, language, make_text_source(sentence))
    assert verdict.label is label, verdict.reasons


# A sentence, a claim it refutes (with the reason's code and words of its message), and the faithful claim it supports
REFUTED_AND_FAITHFUL = [
    pytest.param(
        # arXiv:2505.09388 (Qwen3), a sentence as published: the smallest of a range of sizes is its low end
        "The Qwen3 series includes models of both dense and Mixture-of-Expert (MoE) architectures, with parameter "
        "scales ranging from 0.6 to 235 billion.",
        ("The smallest Qwen3 model has 1.5 billion parameters.", "en"),
        ("number_mismatch", "the smallest is 0.6"),
        ("Le plus petit modèle Qwen3 compte 0,6 milliard de paramètres.", "fr"),
        id="the-smallest-of-a-range-of-sizes",
    ),
    pytest.param(
        # arXiv:2405.12107 (Imp), a sentence as published: a range of sizes against another
        "Based on our findings, we obtain Imp -- a family of highly capable LMMs at the 2B-4B scales.",
        ("La famille Imp s'étend de 1 à 3 milliards de paramètres.", "fr"),
        ("number_mismatch", "from 2B to 4B"),
        ("Imp is a family of LMMs at the 2B-4B scales.", "en"),
        id="a-range-of-sizes-against-another",
    ),
    pytest.param(
        # arXiv:2102.06283, a sentence as published: the counted noun followed by its verb
        "The experimental results on two public corpora show that our approach to E2E SLU is superior to the "
        "conventional cascaded method.",
        ("The researchers validated their approach on three public corpora.", "en"),
        ("number_mismatch", "the source says 2"),
        ("The approach was validated on two public corpora.", "en"),
        id="a-count-whose-noun-its-verb-follows",
    ),
    pytest.param(
        # arXiv:2504.07128 (DeepSeek-R1 thoughtology), a sentence as published: hidden from the user is the other
        # side of publicly available to the user
        "This reasoning process is publicly available to the user, creating endless opportunities for studying the "
        "reasoning behaviour of the model.",
        ("Le processus de raisonnement du modèle reste masqué à l'utilisateur.", "fr"),
        ("antonym", "openness"),
        ("The model's reasoning process is publicly available to the user.", "en"),
        id="hidden-from-the-user-against-publicly-available",
    ),
    pytest.param(
        # arXiv:2405.12107 (Imp), a sentence as published: done without what the source does it with
        "With low-bit quantization and resolution reduction techniques, our Imp model can be deployed on a Qualcomm "
        "Snapdragon 8Gen3 mobile chip with a high inference speed of about 13 tokens/s.",
        ("Imp makes it onto a phone chip without any quantization.", "en"),
        ("negated", "With low-bit quantization"),
        ("With low-bit quantization, Imp can be deployed on a Snapdragon mobile chip.", "en"),
        id="without-what-the-source-does-with",
    ),
    pytest.param(
        # arXiv:1807.02322 (MAPO), sentences as published: the benchmark of an opening "On ..." phrase holds every
        # figure of its sentence
        "On the WikiTableQuestions benchmark, we improve the state-of-the-art by 2.6%, achieving an accuracy of 46.3%. "
        "On the WikiSQL benchmark, MAPO achieves an accuracy of 74.9% with only weak supervision, outperforming "
        "several strong baselines with full supervision.",
        ("MAPO scores 74.9% on WikiTableQuestions and 46.3% on WikiSQL.", "en"),
        ("number_mismatch", "74.9% to WikiSQL"),
        ("MAPO reaches 46.3% on WikiTableQuestions and 74.9% on WikiSQL.", "en"),
        id="the-benchmark-of-an-opening-phrase",
    ),
    pytest.param(
        # arXiv:2402.19371 (OpenMedLM), a sentence as published: a gain is measured against the gain, not the level
        "The model delivers a 72.6% accuracy on the MedQA benchmark, outperforming the previous SOTA by 2.4%, and "
        "achieves 81.7% accuracy on the MMLU medical-subset.",
        ("Sur MedQA, le modèle bat l'ancien record de 4,2 %.", "fr"),
        ("number_mismatch", "source says 2.4%"),
        ("On MedQA, the model beats the previous state of the art by 2.4%.", "en"),
        id="a-gain-against-the-passages-gain",
    ),
    pytest.param(
        # arXiv:2502.09992 (LLaDA), a sentence as published: trained from scratch, not converted from a pretrained model
        "We challenge this notion by introducing LLaDA, a diffusion model trained from scratch under the pre-training "
        "and supervised fine-tuning (SFT) paradigm.",
        ("LLaDA is obtained by converting a pretrained autoregressive model into a diffusion model.", "en"),
        ("antonym", "initialisation"),
        ("LLaDA est un modèle de diffusion entraîné à partir de zéro.", "fr"),
        id="converted-from-a-pretrained-model-against-from-scratch",
    ),
    pytest.param(
        # arXiv:2502.13923 (Qwen2.5-VL), a sentence as published
        "By training a native dynamic-resolution Vision Transformer (ViT) from scratch and incorporating Window "
        "Attention, we reduce computational overhead while maintaining native resolution.",
        ("Le ViT du modèle reprend un encodeur visuel pré-entraîné existant.", "fr"),
        ("antonym", "initialisation"),
        ("The native dynamic-resolution Vision Transformer is trained from scratch.", "en"),
        id="an-existing-pretrained-encoder-against-from-scratch",
    ),
    pytest.param(
        # arXiv:2005.00200 (HERO), a sentence as published: two clauses joined by ", and", each with its name
        "HERO encodes multimodal inputs in a hierarchical structure, where local context of a video frame is captured "
        "by a Cross-modal Transformer via multimodal fusion, and global video context is captured by a Temporal "
        "Transformer.",
        ("In HERO, the Temporal Transformer handles the local context of each frame, while a Cross-modal Transformer "
         "captures global video context.", "en"),
        ("entity_mismatch", "Temporal Transformer"),
        ("In HERO, a Cross-modal Transformer captures the local context of each frame, while the Temporal Transformer "
         "captures global video context.", "en"),
        id="two-clauses-joined-by-and",
    ),
    pytest.param(
        # arXiv:2501.12202 (Hunyuan3D 2.0), a sentence as published: each name after the phrase of its role
        "This system includes two foundation components: a large-scale shape generation model -- Hunyuan3D-DiT, and a "
        "large-scale texture synthesis model -- Hunyuan3D-Paint.",
        ("Hunyuan3D-Paint generates the shapes while Hunyuan3D-DiT handles the texturing.", "en"),
        ("entity_mismatch", "Hunyuan3D-Paint"),
        ("Hunyuan3D-DiT generates the shapes while Hunyuan3D-Paint synthesises the texture.", "en"),
        id="two-names-each-after-its-role",
    ),
    pytest.param(
        # arXiv:2507.04103, a sentence as published: the student and the teacher swapped
        "Our approach uses a two-stage pipeline, training a Llama 3.1 8B student to imitate a Llama 3.3 70B teacher via "
        "supervised fine-tuning (SFT), followed by on-policy reinforcement learning.",
        ("In the pipeline, a Llama 3.3 70B student learns to imitate a Llama 3.1 8B teacher.", "en"),
        ("entity_mismatch", "the student"),
        ("In the pipeline, a Llama 3.1 8B student learns to imitate a Llama 3.3 70B teacher.", "en"),
        id="student-and-teacher-swapped",
    ),
    pytest.param(
        # arXiv:1803.07950, a sentence as published: the model the results show is the paper's, "en retrait par rapport
        # aux" the other way round
        "Experimental results show that such a model outperforms existing ones to a large margin on two benchmark "
        "video captioning datasets.",
        ("Les résultats montrent un modèle légèrement en retrait par rapport aux méthodes existantes.", "fr"),
        ("direction_reversed", "other way round"),
        ("The model outperforms existing ones by a large margin on two video captioning datasets.", "en"),
        id="results-show-a-model-behind-existing-ones",
    ),
    pytest.param(
        # arXiv:2507.12841 (AnyCap), a sentence as published, with the snapshot's escaped apostrophe
        "Notably, ACM-8B raises GPT-4o\\'s content scores by 45% and style scores by 12%, and it also achieves "
        "substantial gains on widely used benchmarks such as MIA-Bench and VidCapBench.",
        ("ACM-8B boosts GPT-4o's style scores by 45% and its content scores by 12%.", "en"),
        ("number_mismatch", "other way round"),
        ("ACM-8B lifts GPT-4o's content scores by 45% and its style scores by 12%.", "en"),
        id="figures-swapped-around-an-escaped-possessive",
    ),
    pytest.param(
        # arXiv:1804.05940, a sentence as published: outperformed by a margin, with no agent, by the paper's systems
        "Non-neural state-of-the-art systems are outperformed by more than 2% on the CoNLL-2014 benchmark and by 4% "
        "on JFLEG.",
        ("Sur CoNLL-2014, les systèmes non neuronaux gardent l'avantage sur ces nouveaux modèles neuronaux.", "fr"),
        ("direction_reversed", "other way round"),
        ("On CoNLL-2014, the new neural models outperform non-neural state-of-the-art systems by more than 2%.", "en"),
        id="outperformed-by-a-margin-by-the-papers-systems",
    ),
    pytest.param(
        # arXiv:2504.07956 (VCR-Bench), a sentence as published: two settings of one subject compared
        "Experiments show most models score lower on perception than reasoning steps, revealing LVLMs' key bottleneck "
        "in temporal-spatial information processing for complex video reasoning.",
        ("Most models do better on perception steps than on reasoning steps.", "en"),
        ("direction_reversed", "other way round"),
        ("Most models do worse on perception steps than on reasoning steps.", "en"),
        id="two-settings-of-one-subject",
    ),
    pytest.param(
        # arXiv:1710.11344, sentences as published: "both models" are the two networks the sentence before describes
        "Under SMF, we propose a sequential convolutional network and sequential attention network and conduct "
        "experiments on two public data sets to test their performance. Experimental results show that both models "
        "can significantly outperform the state-of-the-art matching methods.",
        ("Les réseaux séquentiels restent en deçà des meilleures méthodes d'appariement.", "fr"),
        ("direction_reversed", "other way round"),
        ("The sequential networks beat the best matching methods.", "en"),
        id="both-models-are-those-described-before",
    ),
    pytest.param(
        # arXiv:2012.10063, sentences as published: the claim's side ahead is the one the passage puts behind, its
        # rival described where the passage names it
        "We compare the performance of Att-BiLSTM with traditional ontology-based method. The result on a benchmark "
        "dataset shows that Att-BiLSTM outperforms the ontology model.",
        ("The ontology-based method still beats the deep learning model on the benchmark.", "en"),
        ("direction_reversed", "other way round"),
        ("On the benchmark, Att-BiLSTM does better than the ontology model.", "en"),
        id="the-side-ahead-is-the-side-behind",
    ),
    pytest.param(
        # arXiv:2407.09025 (SpreadsheetLLM), sentences as published: "impractical" denies "practical"
        "Initially, we propose a vanilla serialization approach that incorporates cell addresses, values, and formats. "
        "However, this approach was limited by LLMs' token constraints, making it impractical for most applications.",
        ("La sérialisation brute, avec adresses, valeurs et formats des cellules, s'est révélée praticable pour la "
         "plupart des applications.", "fr"), ("negated", "'practical' with a prefix"),
        ("La sérialisation brute, limitée par le nombre de jetons des LLM, s'est révélée impraticable pour la plupart "
         "des applications.", "fr"),
        id="a-word-the-source-denies-with-im",
    ),
    pytest.param(
        # arXiv:2505.17612 (agent distillation), a sentence as published: the rival named past where its side is read
        "Our results show that sLMs as small as 0.5B, 1.5B, 3B parameters can achieve performance competitive with "
        "next-tier larger 1.5B, 3B, 7B models fine-tuned using CoT distillation, demonstrating the potential of agent "
        "distillation for building practical, tool-using small agents.",
        ("Distilled agents of 0.5B, 1.5B and 3B parameters fall well short of the next-tier models trained with CoT "
         "distillation.", "en"), ("direction_mismatch", "on a level"),
        ("Small models of 0.5B, 1.5B and 3B parameters are competitive with next-tier models fine-tuned using CoT "
         "distillation.", "en"),
        id="a-rival-named-past-the-end-of-its-side",
    ),
    pytest.param(
        # arXiv:2412.01819 (Switti), a sentence as published: ahead of one rival, level with another ("les modèles de
        # diffusion" is a noun with its complement, not a comparison measured on diffusion)
        "Extensive human preference studies and automated evaluations show that Switti outperforms existing T2I AR "
        "models and competes with state-of-the-art T2I diffusion models while being up to 7 times faster.",
        ("Switti surpasse nettement les modèles de diffusion texte-image les plus avancés.", "fr"),
        ("direction_mismatch", "on a level"),
        ("Switti competes with state-of-the-art T2I diffusion models.", "en"),
        id="ahead-of-one-rival-and-level-with-another",
    ),
    pytest.param(
        # arXiv:2406.14765, a sentence as published: "(though not GPT-3.5)" leaves it out
        "In Study 2 (Research Ethicist), GPT-4 (though not GPT-3.5) proved capable of detecting violations like "
        "p-hacking in fictional research protocols, correcting 88.6% of blatantly presented issues.",
        ("Both GPT-3.5 and GPT-4 proved able to spot p-hacking in the fictional protocols.", "en"),
        ("negated", "leaves out GPT-3.5"),
        ("GPT-4 proved able to spot p-hacking in fictional research protocols.", "en"),
        id="a-name-the-source-sets-aside-with-though-not",
    ),
    pytest.param(
        # arXiv:2506.18871 (OmniGen2), a sentence as published: "unshared" denies "share"
        "Unlike OmniGen v1, OmniGen2 features two distinct decoding pathways for text and image modalities, utilizing "
        "unshared parameters and a decoupled image tokenizer.",
        ("OmniGen2 shares its parameters between text and image decoding.", "en"), ("negated", "'share' with a prefix"),
        ("Contrairement à OmniGen v1, OmniGen2 ne partage pas ses paramètres entre le décodage du texte et celui de "
         "l'image.", "fr"),
        id="a-word-the-source-denies-with-a-prefix",
    ),
    pytest.param(
        # arXiv:2505.18092 (QwenLong-CPRS), a sentence as published
        "Comprehensive evaluations across five benchmarks (4K-2M word contexts) demonstrate QwenLong-CPRS's threefold "
        "effectiveness: (1) Consistent superiority over other context management methods like RAG and sparse attention "
        "in both accuracy and efficiency.",
        ("In both accuracy and efficiency, RAG and sparse attention still come out ahead of QwenLong-CPRS.", "en"),
        ("direction_reversed", "superiority over"),
        ("QwenLong-CPRS beats RAG and sparse attention in both accuracy and efficiency.", "en"),
        id="superiority-over-is-ahead-of",
    ),
    pytest.param(
        # arXiv:2412.01819 (Switti), a sentence as published
        "Furthermore, we reveal that classifier-free guidance at high-resolution scales is often unnecessary and can "
        "even degrade performance.",
        ("The authors find classifier-free guidance indispensable at every scale, high resolutions included.", "en"),
        ("antonym", "necessity"),
        ("Selon les auteurs, le guidage sans classifieur est souvent superflu aux échelles de haute résolution.", "fr"),
        id="indispensable-against-unnecessary",
    ),
    pytest.param(
        # arXiv:2402.06852 (ChemLLM), a sentence as published
        "Codes, Datasets, and Model weights are publicly accessible at hf.co/AI4Chem/ChemLLM-7B-Chat.",
        ("ChemLLM's weights are kept private and can only be reached through an API.", "en"), ("antonym", "openness"),
        ("ChemLLM's model weights are publicly available.", "en"),
        id="publicly-accessible-weights-are-open",
    ),
    pytest.param(
        # arXiv:2301.13379 (Faithful CoT), a sentence as published
        "Aside from interpretability, Faithful CoT also improves empirical performance: it outperforms standard CoT on "
        "9 of 10 benchmarks from 4 diverse domains.",
        ("Faithful CoT dépasse le CoT standard sur la totalité des dix benchmarks.", "fr"),
        ("quantifier_mismatch", "'9 of 10'"),
        ("Faithful CoT beats standard CoT on nine of the ten benchmarks.", "en"),
        id="all-of-a-whole-the-source-gives-a-part-of",
    ),
    pytest.param(
        # arXiv:1808.04064, sentences as published: "the method" of a claim is the paper's "our proposed method", and
        # "state-of-the-art baselines" are "les meilleurs systèmes"
        "In this paper, we propose to improve translation with agreement between left-to-right and right-to-left "
        "decoders. Experimental results show that our proposed method significantly outperforms state-of-the-art "
        "baselines on Chinese-English and English-German translation tasks.",
        ("En traduction chinois-anglais, la méthode reste en deçà des meilleurs systèmes de référence.", "fr"),
        ("direction_reversed", "'our proposed method significantly outperforms"),
        ("En traduction chinois-anglais, la méthode surpasse nettement les meilleurs systèmes de référence.", "fr"),
        id="the-method-of-a-claim-is-our-method-of-the-paper",
    ),
    pytest.param(
        # arXiv:2209.14610 (PromptPG), sentences as published: "grimpe" is a rise, the source's "reduces" a fall
        "To mitigate this, we further propose a novel approach, PromptPG, which utilizes policy gradient to learn to "
        "select in-context examples from a small amount of training data and then constructs the corresponding prompt "
        "for the test example. Experimental results show that our method outperforms the best baseline by 5.31% on the accuracy metric and "
        "reduces the prediction variance significantly compared to random selection, which verifies its effectiveness "
        "in selecting in-context examples.",
        ("Avec PromptPG, la variance des prédictions grimpe par rapport à un choix aléatoire des exemples.", "fr"),
        ("antonym", "change direction"),
        ("With PromptPG, the variance of predictions drops compared with random selection of examples.", "en"),
        id="a-french-climb-against-a-reduction",
    ),
    pytest.param(
        # arXiv:2505.20292 (OpenS2V-Nexus), a sentence as published: names and what each measures, in one order
        "Furthermore, to accurately align human preferences with S2V benchmarks, we propose three automatic metrics, "
        "NexusScore, NaturalScore and GmeScore, to separately quantify subject consistency, naturalness, and text "
        "relevance in generated videos.",
        ("NaturalScore mesure la cohérence du sujet, tandis que NexusScore évalue le naturel des vidéos.", "fr"),
        ("entity_mismatch", "of NexusScore, not of NaturalScore"),
        ("NexusScore measures subject consistency, while NaturalScore measures naturalness.", "en"),
        id="two-names-of-a-list-given-each-others-item",
    ),
    pytest.param(
        # arXiv:2503.20783 (R1-zero-like training), a sentence as published: the Aha moment is DeepSeek-V3-Base's
        "Our analysis reveals that DeepSeek-V3-Base already exhibit ''Aha moment'', while Qwen2.5 base models "
        "demonstrate strong reasoning capabilities even without prompt templates, suggesting potential pretraining "
        "biases.",
        ("It is the Qwen2.5 base models that already show an Aha moment, while DeepSeek-V3-Base reasons well even "
         "without prompt templates.", "en"), ("entity_mismatch", "of DeepSeek-V3-Base"),
        ("Qwen2.5 base models reason well even without prompt templates, while DeepSeek-V3-Base already shows an Aha "
         "moment.", "en"),
        id="two-names-swapped-around-the-words-of-one-name",
    ),
    pytest.param(
        # arXiv:2310.06239, a sentence as published: concept extraction is GatorTron-3.9B's clause, relation extraction
        # GatorTron-345M's
        "Results and Conclusion When LLMs are unfrozen, GatorTron-3.9B with soft prompting achieves the best strict "
        "F1-scores of 0.9118 and 0.8604 for concept extraction, outperforming the traditional fine-tuning and hard "
        "prompt-based models by 0.6~3.1% and 1.2~2.9%, respectively; GatorTron-345M with soft prompting achieves the "
        "best F1-scores of 0.8332 and 0.7488 for end-to-end relation extraction, outperforming the other two models by "
        "0.2~2% and 0.6~11.7%, respectively.",
        ("For clinical concept extraction, the best results came from GatorTron-345M with soft prompting.", "en"),
        ("entity_mismatch", "'concept' of GatorTron-3.9B"),
        ("For end-to-end relation extraction, the best results came from GatorTron-345M with soft prompting.", "en"),
        id="a-name-given-its-siblings-clause",
    ),
    pytest.param(
        # arXiv:1808.07644, sentences as published: the 0.4% drop is measured on SQuAD, not on NarrativeQA
        "Experiments show that our best student model has only a slight drop of 0.4% F1 on the SQuAD test set compared "
        "to the ensemble teacher, while running 12x faster during inference. It even outperforms the teacher on "
        "adversarial SQuAD datasets and NarrativeQA benchmark.",
        ("The distilled student shows a slight 0.4% F1 drop on NarrativeQA relative to its teacher.", "en"),
        ("number_mismatch", "0.4% on SQuAD, not on NarrativeQA"),
        ("The distilled student shows a slight 0.4% F1 drop on the SQuAD test set relative to its teacher.", "en"),
        id="a-figure-measured-on-another-benchmark-the-passage-names",
    ),
    pytest.param(
        # arXiv:1808.07644, sentences as published: "It" is the student model of the sentence before
        "Experiments show that our best student model has only a slight drop of 0.4% F1 on the SQuAD test set compared "
        "to the ensemble teacher, while running 12x faster during inference. It even outperforms the teacher on "
        "adversarial SQuAD datasets and NarrativeQA benchmark.",
        ("On adversarial SQuAD and NarrativeQA, the compressed student still falls short of its ensemble teacher.", "en"),
        ("direction_reversed", "It even outperforms the teacher"),
        ("Sur NarrativeQA et SQuAD adversarial, le modèle élève dépasse même son enseignant.", "fr"),
        id="a-pronoun-side-is-the-side-named-before",
    ),
    pytest.param(
        # arXiv:2401.17268 (Weaver), a sentence as published: 34B is Weaver Ultra's size, Weaver Pro has 14B
        "The Weaver family consists of models of Weaver Mini (1.8B), Weaver Base (6B), Weaver Pro (14B), and Weaver "
        "Ultra (34B) sizes, suitable for different applications and can be dynamically dispatched by a routing agent "
        "according to query complexity to balance response quality and computation cost.",
        ("Weaver Pro, at 34 billion parameters, is the largest member of the family.", "en"),
        ("number_mismatch", "Pro has 14B"),
        ("Weaver Ultra compte 34 milliards de paramètres.", "fr"),
        id="a-size-in-brackets-after-a-sibling-name",
    ),
    pytest.param(
        # arXiv:2505.14246 (Visual-ARFT), a sentence as published: 18.6 F1 is MAT-Coding's, 10.3 MAT-Search's
        "Our experimental results demonstrate that Visual-ARFT outperforms its baseline by +18.6% F1 / +13.0% EM on "
        "MAT-Coding and +10.3% F1 / +8.7% EM on MAT-Search, ultimately surpassing GPT-4o.",
        ("On MAT-Search, Visual-ARFT improves on its baseline by 18.6 F1 points.", "en"),
        ("number_mismatch", "MAT-Search has 10.3%"),
        ("Sur MAT-Search, Visual-ARFT dépasse sa référence de 10,3 points de F1.", "fr"),
        id="a-slash-pair-measured-on-the-other-benchmark",
    ),
    pytest.param(
        # arXiv:2412.05149 (BabyLM), a sentence as published
        "In follow-up analyses, we found a strong relationship between training FLOPs and average performance across "
        "tasks, and that the best-performing submissions proposed changes to the training data, training objective, "
        "and model architecture.",
        ("Follow-up analyses found little connection between training FLOPs and average performance.", "en"),
        ("antonym", "association strength"),
        ("Les analyses montrent une forte corrélation entre les FLOPs d'entraînement et la performance moyenne.", "fr"),
        id="a-strong-relationship-is-no-little-connection",
    ),
    pytest.param(
        # arXiv:2309.15103 (LaVie), sentences as published
        "2) Additionally, we validate that the process of joint image-video fine-tuning plays a pivotal role in "
        "producing high-quality and creative outcomes. To enhance the performance of LaVie, we contribute a "
        "comprehensive and diverse video dataset named Vimeo25M, consisting of 25 million text-video pairs that "
        "prioritize quality, diversity, and aesthetic appeal.",
        ("The LaVie team found joint image-video fine-tuning unnecessary for high-quality results.", "en"),
        ("antonym", "necessity"),
        ("Selon l'équipe de LaVie, l'affinage conjoint image-vidéo joue un rôle essentiel dans la qualité des résultats.",
         "fr"),
        id="a-pivotal-role-is-no-unnecessary-step",
    ),
    pytest.param(
        # arXiv:1711.10485 (AttnGAN), sentences as published
        "A detailed analysis is also performed by visualizing the attention layers of the AttnGAN. It for the first time shows that the layered attentional GAN is able to automatically select the condition at "
        "the word level for generating different parts of the image.",
        ("AttnGAN selects its condition at the sentence level for the whole image.", "en"), ("antonym", "granularity"),
        ("Le GAN attentionnel choisit automatiquement sa condition mot par mot pour générer les parties de l'image.",
         "fr"),
        id="the-word-level-is-not-the-sentence-level",
    ),
    pytest.param(
        # arXiv:2305.15021 (EmbodiedGPT), a sentence as published
        "(ii) We introduce an efficient training approach to EmbodiedGPT for high-quality plan generation, by adapting "
        "a 7B large language model (LLM) to the EgoCOT dataset via prefix tuning.",
        ("EmbodiedGPT adapte son grand modèle de langage de 7 milliards de paramètres par un réentraînement complet de "
         "tous ses poids.", "fr"), ("antonym", "tuning scope"),
        ("EmbodiedGPT adapts a 7B language model to the EgoCOT dataset with prefix tuning.", "en"),
        id="prefix-tuning-is-no-full-fine-tuning",
    ),
    pytest.param(
        # arXiv:2404.12387 (Reka), sentences as published: performing competitively is no win
        "Meanwhile, our most capable and largest model, Reka Core, approaches the best frontier models on both "
        "automatic evaluations and blind human evaluations. On image question answering benchmarks (e.g. MMMU, "
        "VQAv2), Core performs competitively to GPT4-V.",
        ("On image question answering benchmarks such as MMMU, Reka Core clearly beats GPT4-V.", "en"),
        ("direction_mismatch", "perform competitively to"),
        ("Sur MMMU et VQAv2, Reka Core fait jeu égal avec GPT4-V.", "fr"),
        id="performing-competitively-is-no-win",
    ),
    pytest.param(
        # arXiv:2408.12637 (Idefics3), a sentence as published: open datasets are not proprietary data
        "We then walk through the practical steps to build Idefics3-8B, a powerful VLM that significantly outperforms "
        "its predecessor Idefics2-8B, while being trained efficiently, exclusively on open datasets, and using a "
        "straightforward pipeline.",
        ("Idefics3-8B a été entraîné en partie sur des données propriétaires.", "fr"), ("antonym", "openness"),
        ("Idefics3-8B was trained only on open datasets.", "en"),
        id="open-datasets-are-not-proprietary-data",
    ),
    pytest.param(
        # arXiv:2103.10360 (GLM), a sentence as published: an arbitrary order is no fixed order
        "GLM improves blank filling pretraining by adding 2D positional encodings and allowing an arbitrary order to "
        "predict spans, which results in performance gains over BERT and T5 on NLU tasks.",
        ("GLM impose un ordre fixe, de gauche à droite, pour prédire les segments masqués.", "fr"),
        ("antonym", "adaptivity"),
        ("GLM allows spans to be predicted in any order, thanks to 2D positional encodings.", "en"),
        id="an-arbitrary-order-is-no-fixed-order",
    ),
    pytest.param(
        # arXiv:2503.20783 (R1-zero-like training), sentences as published: "de-biased" is "unbiased", and "without
        # hurting" says nothing against "while maintaining"
        "Additionally, we identify an optimization bias in Group Relative Policy Optimization (GRPO), which "
        "artificially increases response length (especially for incorrect outputs) during training. To address this, "
        "we introduce Dr. GRPO, an unbiased optimization method that improves token efficiency while maintaining "
        "reasoning performance.",
        ("Dr. GRPO is a biased optimization method.", "en"), ("negated", "'biased' with a prefix"),
        ("Dr. GRPO is a de-biased optimization method that improves token efficiency without hurting reasoning "
         "performance.", "en"),
        id="a-word-the-claim-denies-with-a-prefix-and-a-loss-it-denies",
    ),
    pytest.param(
        # arXiv:1711.10485 (AttnGAN), a sentence as published: 170.25% is COCO's, 14.14% CUB's
        "The proposed AttnGAN significantly outperforms the previous state of the art, boosting the best reported "
        "inception score by 14.14% on the CUB dataset and 170.25% on the more challenging COCO dataset.",
        ("On COCO, AttnGAN lifts the best reported inception score by 14.14%.", "en"), ("number_mismatch", "170.25%"),
        ("Sur COCO, jeu de données plus exigeant, AttnGAN fait grimper de 170,25 % le meilleur score d'inception "
         "publié.", "fr"),
        id="a-figure-beside-the-benchmark-the-claim-names",
    ),
    pytest.param(
        # arXiv:2311.16452 (Medprompt), a sentence as published: MedQA goes with the 27%, and with the 90% the claim
        # words as the source does after it ("for the first time")
        "Steering GPT-4 with Medprompt achieves a 27% reduction in error rate on the MedQA dataset over the best "
        "methods to date achieved with specialist models and surpasses a score of 90% for the first time.",
        ("On MedQA, Medprompt cuts GPT-4's error rate by 90%.", "en"), ("number_mismatch", "27%"),
        ("Sur MedQA, GPT-4 guidé par Medprompt franchit pour la première fois la barre des 90 %.", "fr"),
        id="a-figure-worded-as-the-source-does-after-it",
    ),
    pytest.param(
        # arXiv:2411.04282 (LaTRO), a sentence as published: the rival of "improves ... over" comes after the gain
        "On GSM8K, LaTRO improves zero-shot accuracy by an average of 12.5% over base models and 9.6% over supervised "
        "fine-tuning across Phi-3.5-mini, Mistral-7B, and Llama-3.1-8B.",
        ("On zero-shot GSM8K, LaTRO still lags behind plain supervised fine-tuning.", "en"),
        ("direction_reversed", "9.6% over supervised fine-tuning"),
        ("Sur GSM8K en zero-shot, LaTRO fait mieux que le réglage fin supervisé.", "fr"),
        id="a-gain-over-a-rival-named-after-the-figure",
    ),
    pytest.param(
        # arXiv:2301.02111 (VALL-E), a sentence as published
        "Experiment results show that VALL-E significantly outperforms the state-of-the-art zero-shot TTS system in "
        "terms of speech naturalness and speaker similarity.",
        ("En naturel comme en ressemblance de voix, VALL-E reste derrière le meilleur système de synthèse zero-shot "
         "existant.", "fr"), ("direction_reversed", "VALL-E significantly outperforms"),
        ("VALL-E dépasse le meilleur système de synthèse zero-shot existant en naturel et en ressemblance de voix.", "fr"),
        id="the-best-system-is-the-state-of-the-art-one",
    ),
    pytest.param(
        # arXiv:2305.16291 (Voyager), sentences as published
        "We introduce Voyager, the first LLM-powered embodied lifelong learning agent in Minecraft that continuously "
        "explores the world. Voyager interacts with GPT-4 via blackbox queries, which bypasses the need for model "
        "parameter fine-tuning.",
        ("Voyager fine-tunes GPT-4's parameters on Minecraft gameplay.", "en"), ("negated", "fine"),
        ("Voyager queries GPT-4 as a black box, with no fine-tuning of its parameters.", "en"),
        id="bypassing-the-need-for-something-is-doing-without-it",
    ),
    pytest.param(
        # arXiv:1707.07998, a sentence as published
        "Demonstrating the broad applicability of the method, applying the same approach to VQA we obtain first place in "
        "the 2017 VQA Challenge.",
        ("Applied to VQA, the method took second place in the 2017 VQA Challenge.", "en"), ("number_mismatch", ""),
        ("La méthode a décroché la première place du VQA Challenge 2017.", "fr"),
        id="another-place-in-the-ranking",
    ),
    pytest.param(
        "Our fine-tuned LLMs, called Llama 2-Chat, are optimized for dialogue use cases. Our models outperform "
        "open-source chat models on most benchmarks we tested.",
        ("Open-source chat models outperform Llama 2-Chat on most benchmarks Meta tested.", "en"), ("direction_reversed", ""),
        ("Llama 2-Chat outperforms open-source chat models on most benchmarks.", "en"),
        id="our-models-in-a-comparison-are-the-system-the-passage-names",
    ),
    pytest.param(
        "In this paper, we introduce DeepSeekMath 7B, which continues pre-training DeepSeek-Coder-Base-v1.5 7B with "
        "120B math-related tokens sourced from Common Crawl, together with natural language and code data.",
        ("DeepSeekMath a prolongé son pré-entraînement avec 120 000 milliards de jetons mathématiques.", "fr"),
        ("number_mismatch", "120B"),
        ("DeepSeekMath continues pre-training on 120B math tokens.", "en"),
        id="a-figure-at-another-scale-whatever-name-the-passage-ties-it-to",
    ),
    pytest.param(
        "Imputer can match the performance of an autoregressive Transformer baseline on WMT'14 En-De.",
        ("Imputer clearly outscores the Transformer baseline on WMT'14 En-De.", "en"), ("direction_mismatch", ""),
        # "slightly ahead" is what "on a level" says of close results
        ("Imputer slightly outscores the Transformer baseline on WMT'14 En-De.", "en"),
        id="slightly-ahead-is-on-a-level",
    ),
    pytest.param(
        # arXiv:2305.08377, a sentence as published
        "Remarkably, CARP yields new SOTA performances on 4 out of 5 widely-used text-classification benchmarks, "
        "97.39 (+1.24) on SST-2, 96.40 (+0.72) on AGNews, 98.78 (+0.25) on R8 and 96.95 (+0.6) on R52.",
        ("CARP reaches 98.78 on AGNews.", "en"), ("number_mismatch", "AGNews has 96.40"),
        ("CARP obtient 96,40 sur AGNews et 98,78 sur R8.", "fr"),
        id="a-gain-in-parentheses-stands-between-a-score-and-its-benchmark",
    ),
    pytest.param(
        # arXiv:2207.10397, a sentence as published
        "For instance, CodeT improves the pass@1 metric on HumanEval to 65.8%, which represents an absolute improvement "
        "of 18.8% over the code-davinci-002 model, and an absolute improvement of more than 20% over the previous "
        "state-of-the-art results.",
        ("On HumanEval, CodeT lifts pass@1 by more than 20 points over code-davinci-002.", "en"),
        ("number_mismatch", "code-davinci-002 18.8%"),
        ("Sur HumanEval, CodeT gagne 18,8 points de pass@1 sur code-davinci-002.", "fr"),
        id="a-figure-measured-against-words-is-not-the-named-rivals",
    ),
    pytest.param(
        # arXiv:2505.22651, a sentence as published
        "Built on the Llama3.2-Vision-11B model, Sherlock achieves remarkable results across eight benchmarks, reaching "
        "an average accuracy of 64.1 with direct generation and 65.4 after self-correction.",
        ("Sherlock reaches an average accuracy of 64.1 after self-correction.", "en"), ("number_mismatch", "65.4"),
        ("Sur huit benchmarks, Sherlock atteint une précision moyenne de 65,4 après auto-correction.", "fr"),
        id="what-follows-after-a-figure-says-which-of-two-it-is",
    ),
    pytest.param(
        # arXiv:2311.08401, a sentence as published
        "At 7B scale, compared to Llama-2-chat, we observe 58% and 40% reduction in factual error rate when generating "
        "biographies and answering medical questions, respectively.",
        ("Against Llama-2-chat at 7B, factual errors fall by 40% on biographies and by 58% on medical questions.", "en"),
        ("number_mismatch", "swapped"),
        ("À 7 milliards de paramètres, le taux d'erreurs factuelles baisse de 58 % sur les biographies par rapport à "
         "Llama-2-chat.", "fr"),
        id="a-respectively-list-after-the-figures",
    ),
    pytest.param(
        "On the held-out split, the retriever gains 4.2% and 2.6% respectively on the audio and the caption search "
        "tasks on the Recall@5 metric.",
        ("Recall@5 rises by 4.2% on caption search and by 2.6% on audio search.", "en"),
        ("number_mismatch", "swapped"),
        ("Le Recall@5 progresse de 4,2 % pour la recherche audio et de 2,6 % pour la recherche de légendes.", "fr"),
        id="a-respectively-list-after-the-word-respectively",
    ),
    pytest.param(
        # arXiv:2312.02051, the name put in for "it"
        "For example, TimeChat achieves +9.2 F1 score and +2.8 CIDEr on YouCook2.",
        ("Sur YouCook2, TimeChat gagne 2,8 points de F1 et 9,2 points de CIDEr.", "fr"), ("number_mismatch", "swaps"),
        ("Sur YouCook2, TimeChat gagne 9,2 points de F1 et 2,8 points de CIDEr.", "fr"),
        id="points-of-a-metric-belong-to-it-whatever-words-surround-them",
    ),
    pytest.param(
        # arXiv:2504.00050, a sentence as published
        "Notably, JudgeLRM-3B surpasses GPT-4, and JudgeLRM-7B outperforms DeepSeek-R1 by 2.79% in F1 score, "
        "particularly excelling in judge tasks requiring deep reasoning.",
        ("JudgeLRM-3B devance DeepSeek-R1 de 2,79 % en F1, tandis que JudgeLRM-7B dépasse GPT-4.", "fr"),
        ("entity_mismatch", "JudgeLRM-3B with GPT-4"),
        ("JudgeLRM-3B dépasse GPT-4, tandis que JudgeLRM-7B devance DeepSeek-R1 de 2,79 % en F1.", "fr"),
        id="two-comparisons-with-their-partners-crossed",
    ),
    pytest.param(
        # arXiv:1801.04871, a sentence as published
        "We propose a new corpus of 3,000 dialogues spanning 2 domains collected with M2M, and present comparisons with "
        "popular dialogue datasets on the quality and diversity of the surface forms and dialogue flows.",
        ("The dialogue corpus released with M2M holds some 30,000 conversations across two domains.", "en"),
        ("number_mismatch", "the source says 3,000"),
        ("Le corpus publié avec M2M compte 3 000 dialogues sur deux domaines.", "fr"),
        id="a-figure-with-the-passages-digits-at-another-power-of-ten",
    ),
    pytest.param(
        # arXiv:2411.19930, the subject named where the sentence says "we"
        "Task Evaluation: the study conducts experiments in two domains, biomedicine and food, by post-training MLLMs "
        "of different sources and scales.",
        ("The study evaluates domain-specific post-training of MLLMs in biomedicine and finance.", "en"),
        ("entity_mismatch", "biomedicine with food"),
        ("L'étude évalue le post-entraînement des MLLM en biomédecine et dans l'alimentation.", "fr"),
        id="one-of-a-pair-replaced-by-a-word-the-source-never-uses",
    ),
    pytest.param(
        # arXiv:2203.07378, a sentence as published: "small perturbations" says nothing about more or less
        "Furthermore, our investigations reveal that transformer-based architectures are more robust to small "
        "perturbations compared to a CNN-based baseline and fair with respect to biological sex groups, but not "
        "towards individual speakers.",
        ("Les architectures à base de transformeurs se révèlent moins robustes aux petites perturbations qu'un "
         "modèle CNN de référence.", "fr"), ("antonym", "comparative amount"),
        ("Transformer-based architectures are more robust to small perturbations than a CNN baseline.", "en"),
        id="less-where-the-source-says-more-beside-a-plain-small",
    ),
    pytest.param(
        # arXiv:2402.14905, a sentence as published: two series written with slashes pair in order
        "Leveraging deep and thin architectures, coupled with embedding sharing and grouped-query attention "
        "mechanisms, we establish a strong baseline network denoted as MobileLLM, which attains a remarkable "
        "2.7%/4.3% accuracy boost over preceding 125M/350M state-of-the-art models.",
        ("At 125M parameters, MobileLLM improves accuracy by 4.3% over the previous state of the art.", "en"),
        ("number_mismatch", "pairs 4.3% with 350M"),
        ("À 350 millions de paramètres, MobileLLM gagne 4,3 % de précision sur l'état de l'art précédent.", "fr"),
        id="two-slash-series-paired-the-other-way",
    ),
    pytest.param(
        # arXiv:2408.01800, from a sentence as published
        "The latest MiniCPM-Llama3-V 2.5 has several notable features: (2) strong OCR capability and 1.8M pixel "
        "high-resolution image perception at any aspect ratio.",
        ("MiniCPM-Llama3-V 2.5 can perceive high-resolution images of up to 18 million pixels.", "en"),
        ("number_mismatch", "18 million"),
        ("MiniCPM-Llama3-V 2.5 perçoit des images haute résolution jusqu'à 1,8 million de pixels.", "fr"),
        id="up-to-a-figure-ten-times-the-one-reached",
    ),
    pytest.param(
        # arXiv:2410.05993, a sentence as published: a "respectively" list of common words, not names
        "Aria is a mixture-of-expert model with 3.9B and 3.5B activated parameters per visual token and text token, "
        "respectively.",
        ("Aria active 3,5 milliards de paramètres par jeton visuel et 3,9 milliards par jeton de texte.", "fr"),
        ("number_mismatch", "ties 'visuel' to 3.9B"),
        ("Aria activates 3.9B parameters per visual token and 3.5B per text token.", "en"),
        id="a-respectively-list-of-words-crossed",
    ),
    pytest.param(
        # arXiv:2507.05197, a sentence as published: each pair of figures has its own "on ..." words
        "For instance, POLAR-7B could improve preference accuracy from 54.8% to 81.0% on STEM tasks and from 57.9% to "
        "85.5% on creative writing tasks compared to SOTA baselines.",
        ("En écriture créative, POLAR-7B fait passer la précision des préférences de 54,8 % à 81,0 %.", "fr"),
        ("number_mismatch", "ties 'écriture' to 57.9%"),
        ("On STEM tasks, POLAR-7B lifts preference accuracy from 54.8% to 81.0%.", "en"),
        id="a-figure-given-the-words-of-another-pair",
    ),
    pytest.param(
        # arXiv:2305.05658, sentences as published: the benchmark figure and the real-world one
        "This approach enables fast adaptation and achieves 91.2% accuracy on unseen objects in our benchmark "
        "dataset. We also demonstrate our approach on a real-world mobile manipulator called TidyBot, which "
        "successfully puts away 85.0% of objects in real-world test scenarios.",
        ("In real-world tests, TidyBot puts away 91.2% of objects.", "en"), ("number_mismatch", "to 85.0%"),
        ("Sur le jeu de test, la méthode atteint 91,2 % de précision sur des objets inédits.", "fr"),
        id="a-figure-moved-to-the-setting-of-another",
    ),
    pytest.param(
        # arXiv:2212.12017, a sentence as published: the model's sizes are in its names
        "Through the lens of this framework, we first present insights about instruction-tuning decisions as applied "
        "to OPT-30B and further exploit these insights to train OPT-IML 30B and 175B, which are instruction-tuned "
        "versions of OPT.",
        ("OPT-IML comes in 30B and 66B versions.", "en"), ("number_mismatch", "at other sizes"),
        ("OPT-IML existe en versions de 30 et 175 milliards de paramètres.", "fr"),
        id="a-size-the-source-names-the-model-at",
    ),
    pytest.param(
        # arXiv:2309.07602, a sentence as published: one clause for each model
        "But BERT4Rec uses cross-entropy over softmax for all items, while SASRec uses negative sampling and "
        "calculates binary cross-entropy loss for one positive and one negative item.",
        ("BERT4Rec computes a binary cross-entropy on a single negative item, while SASRec uses a cross-entropy over "
         "the softmax of all items.", "en"), ("entity_mismatch", "of SASRec, not of BERT4Rec"),
        ("SASRec échantillonne des exemples négatifs et calcule une entropie croisée binaire, tandis que BERT4Rec "
         "utilise une entropie croisée sur le softmax de tous les items.", "fr"),
        id="two-names-given-each-others-clause",
    ),
    pytest.param(
        # arXiv:2012.15520, a sentence as published: "easily" is the opposite of "difficult"
        "A study conducted with human evaluators showed the significant success of AraGPT2-mega in generating news "
        "articles that are difficult to distinguish from articles written by humans.",
        ("Les évaluateurs humains ont aisément distingué les articles produits par AraGPT2-mega de ceux écrits par "
         "des journalistes.", "fr"), ("antonym", "difficulty"),
        ("Human evaluators found AraGPT2-mega's news articles difficult to tell apart from human-written ones.", "en"),
        id="easily-where-the-source-says-difficult",
    ),
    pytest.param(
        # arXiv:2309.09812, a sentence as published: a share slipped by a power of ten
        "By employing delta tuning, our model only trains 5M parameters (which constitute just 0.07% of the total "
        "parameter count) to achieve performance close to the SOTA levels.",
        ("Le modèle n'entraîne que 5 millions de paramètres, soit 0,7 % du total.", "fr"),
        ("number_mismatch", "the source says 0.07%"),
        ("The model trains only 5M parameters, 0.07% of the total.", "en"),
        id="a-share-slipped-by-a-power-of-ten",
    ),
    pytest.param(
        # arXiv:2310.12823 (AgentTuning), a sentence as published: a gain without a loss is not a trade
        "Our evaluations show that AgentTuning enables LLMs' agent capabilities without compromising general abilities.",
        ("Selon l'étude, AgentTuning améliore les capacités d'agent au détriment des capacités générales.", "fr"),
        ("antonym", "trade off"),
        ("AgentTuning gives LLMs agent capabilities while preserving their general abilities.", "en"),
        id="without-compromising-is-no-trade",
    ),
    pytest.param(
        # arXiv:2505.14810, a sentence as published: a gain paid for is not one had for free
        "Furthermore, we show that even simple interventions can partially recover obedience, though at the cost of "
        "reasoning performance.",
        ("Simple interventions partially restore obedience without sacrificing reasoning performance.", "en"),
        ("antonym", "trade off"),
        ("Simple interventions can partly recover obedience at the expense of reasoning performance.", "en"),
        id="at-the-cost-of-is-a-trade",
    ),
    pytest.param(
        # arXiv:2103.08784 (LightningDOT), a sentence as published: what is kept is a generic quality, accuracy
        "We propose a simple yet highly effective approach, LightningDOT that accelerates the inference time of ITR by "
        "thousands of times, without sacrificing accuracy.",
        ("LightningDOT accélère l'inférence, mais le paie en précision.", "fr"), ("antonym", "trade off"),
        ("LightningDOT accélère l'inférence par milliers sans rien sacrifier de sa précision.", "fr"),
        id="accuracy-kept-is-what-the-trade-is-about",
    ),
    pytest.param(
        # arXiv:2303.06865 (FlexGen), a sentence as published: a negligible loss is no price paid
        "FlexGen further compresses the weights and the attention cache to 4 bits with negligible accuracy loss.",
        ("FlexGen compresse les poids et le cache d'attention sur 4 bits, mais le paie en précision.", "fr"),
        ("antonym", "trade off"),
        ("FlexGen compresses the weights and attention cache to 4 bits at almost no cost in accuracy.", "en"),
        id="a-negligible-loss-is-no-price-paid",
    ),
    pytest.param(
        # arXiv:2310.03684 (SmoothLLM), a sentence as published: a "non-negligible trade-off" is a trade
        "SmoothLLM is also resistant against adaptive GCG attacks, exhibits a small, though non-negligible trade-off "
        "between robustness and nominal performance, and is compatible with any LLM.",
        ("SmoothLLM gagne en robustesse sans rien sacrifier de ses performances nominales.", "fr"),
        ("antonym", "trade off"),
        ("SmoothLLM trades some nominal performance for robustness.", "en"),
        id="a-non-negligible-trade-off-is-a-trade",
    ),
    pytest.param(
        # arXiv:2403.17297 (InternLM2), a sentence as published: the one kind of data the claim says "only" of is an
        # item of the passage's list, though the passage has few of the claim's other words
        "The pre-training process of InternLM2 is meticulously detailed, highlighting the preparation of diverse data "
        "types including text, code, and long-context data.",
        ("InternLM2 a été préentraîné uniquement sur des dépôts de code.", "fr"),
        ("exclusivity", "lists it with others"),
        ("InternLM2's pre-training data include text, code and long-context data.", "en"),
        id="only-what-the-source-lists-with-others",
    ),
    pytest.param(
        # arXiv:2305.14705 (FLAN-MoE), a sentence as published: "a third of the FLOPs" is "three times fewer", not half
        "Our most powerful model, FLAN-MOE-32B, surpasses the performance of FLAN-PALM-62B on four benchmark tasks, "
        "while using only a third of the FLOPs.",
        ("FLAN-MOE-32B needs half as many FLOPs as FLAN-PALM-62B while outperforming it.", "en"),
        ("number_mismatch", "the source says 33 %"),
        ("FLAN-MOE-32B dépasse FLAN-PALM-62B avec trois fois moins de FLOPs.", "fr"),
        id="a-third-of-the-cost-is-three-times-less-not-half",
    ),
    pytest.param(
        # arXiv:1809.00979 (RME), a sentence as published: each metric holds the range written after it
        "In experimental validation, the RME outperforms competing state-of-the-art models in both explicit and "
        "implicit feedback datasets, significantly improving Recall@5 by 5.9~7.0%, NDCG@20 by 4.3~5.6%, and MAP@10 "
        "by 7.9~8.9%.",
        ("RME lifts NDCG@20 by 7.9% to 8.9%.", "en"), ("number_mismatch", "to MAP@10, not to NDCG@20"),
        ("RME améliore le NDCG@20 de 4,3 à 5,6 %.", "fr"),
        id="a-range-belongs-to-the-metric-before-it",
    ),
    pytest.param(
        # arXiv:2507.01955, a sentence as published (less its item number): the top position is first place
        "GPT-4o performs the best among non-reasoning models, securing the top position in 4 out of 6 tasks.",
        ("GPT-4o takes first place in 5 of the 6 tasks among non-reasoning models.", "en"),
        ("number_mismatch", "the source says 4"),
        ("Parmi les modèles sans raisonnement, GPT-4o prend la première place sur quatre des six tâches.", "fr"),
        id="the-top-position-is-first-place",
    ),
    pytest.param(
        # arXiv:2504.09643, a sentence as published: the sides of a comparison told apart by the models' sizes
        "Our evaluation on the MultiPL-E dataset demonstrates that our 13.4B parameter model outperforms a 33B model in "
        "code generation quality while being three times faster.",
        ("On MultiPL-E, the 13.4B model falls behind the 33B model in code quality.", "en"),
        ("direction_reversed", "outperforms a 33B model"),
        ("Sur MultiPL-E, le modèle de 13,4B devance un modèle de 33B en qualité de code.", "fr"),
        id="sides-told-apart-by-their-sizes",
    ),
    pytest.param(
        # arXiv:2409.02097 (LinFusion), sentences as published: "Stable Diffusion" is the source's "StableDiffusion"
        "To save the training cost and better leverage pre-trained models, we initialize our models and distill the "
        "knowledge from pre-trained StableDiffusion (SD). We find that the distilled model, termed LinFusion, achieves "
        "performance on par with or superior to the original SD after only modest training, while significantly "
        "reducing time and memory complexity.",
        ("After distillation, LinFusion is clearly worse than the original Stable Diffusion.", "en"),
        ("direction_reversed", "on par with or superior to"),
        ("The LinFusion models are distilled from a pre-trained Stable Diffusion.", "en"),
        id="a-name-in-two-words-is-the-name-in-one",
    ),
    pytest.param(
        # arXiv:1910.07973, a sentence as published: "greatly" is no "barely"
        "Fine-tuning BERT on natural language inference data greatly improves the quality of the embeddings.",
        ("Affiner BERT sur des données d'inférence en langage naturel améliore à peine la qualité des plongements.",
         "fr"),
        ("antonym", "effect size"),
        ("Fine-tuning BERT on NLI data markedly improves the quality of its embeddings.", "en"),
        id="barely-is-not-greatly",
    ),
    pytest.param(
        # arXiv:2305.14705 (FLAN-MoE), a sentence as published: the two sizes given each to the other family
        "Our most powerful model, FLAN-MOE-32B, surpasses the performance of FLAN-PALM-62B on four benchmark tasks, "
        "while using only a third of the FLOPs.",
        ("Sur quatre tâches, FLAN-PALM-32B est battu par FLAN-MOE-62B.", "fr"),
        ("entity_mismatch", "gives the sizes the other way round: FLAN-PALM-62B, FLAN-MOE-32B"),
        ("FLAN-MOE-32B beats FLAN-PALM-62B on four benchmark tasks.", "en"),
        id="two-sizes-swapped-between-two-families",
    ),
    pytest.param(
        # arXiv:2310.08975 (ChatKBQA), a sentence as published: a new state of the art is ahead of it, not behind
        "Experimental results show that ChatKBQA achieves new state-of-the-art performance on standard KBQA datasets, "
        "WebQSP, and CWQ.",
        ("On WebQSP, ChatKBQA still falls short of the state of the art.", "en"),
        ("direction_reversed", "ahead of the state of the art, not behind it"),
        ("ChatKBQA établit un nouvel état de l'art sur WebQSP et CWQ.", "fr"),
        id="behind-the-state-of-the-art-it-sets",
    ),
    pytest.param(
        # arXiv:2201.10005, a sentence as published: a claim that names nothing is about what the passage speaks of
        "The same unsupervised text embeddings that achieve new state-of-the-art results in linear-probe classification "
        "also display impressive semantic search capabilities and sometimes even perform competitively with fine-tuned "
        "models.",
        ("In linear-probe classification, these unsupervised embeddings still trail the best supervised models.", "en"),
        ("direction_reversed", "ahead of the state of the art, not behind it"),
        ("These unsupervised text embeddings set a new state of the art in linear-probe classification.", "en"),
        id="behind-the-state-of-the-art-said-of-nothing-named",
    ),
    pytest.param(
        # arXiv:2309.07602, a sentence as published: "the latter", "ce dernier" is the name before the subject
        "In our work, we show that if both models are trained with the same loss, which is used by BERT4Rec, then "
        "SASRec will significantly outperform BERT4Rec both in terms of quality and training speed.",
        ("Trained with BERT4Rec's loss, SASRec falls behind the latter in quality.", "en"),
        ("direction_reversed", "'outperform'"),
        ("Avec la même fonction de perte que BERT4Rec, SASRec dépasse nettement ce dernier en qualité.", "fr"),
        id="the-latter-is-the-name-before",
    ),
    pytest.param(
        # arXiv:2001.08290, a sentence as published: the rival's short name in brackets is the rival, and two sides
        # that name no subject are the paper's own system
        "Our online model yields as little as 0.19% absolute CER degradation compared with the offline baseline, and "
        "achieves significant improvement over our prior work on Long Short-Term Memory (LSTM) based online E2E models.",
        ("The online model does worse than the team's earlier LSTM-based online E2E models.", "en"),
        ("direction_reversed", "'improvement over'"),
        ("Le modèle en ligne fait nettement mieux que les précédents modèles E2E en ligne à base de LSTM de l'équipe.",
         "fr"),
        id="a-rival-named-in-brackets-with-no-subject-named",
    ),
    pytest.param(
        # arXiv:2506.18841 (LongWriter-Zero), a sentence as published: the base model is a role the source gives
        # another name
        "Experimental evaluations show that our LongWriter-Zero model, trained from Qwen2.5-32B, consistently "
        "outperforms traditional SFT methods on long-form writing tasks, achieving state-of-the-art results across all "
        "metrics on WritingBench and Arena-Write, and even surpassing 100B+ models such as DeepSeek R1 and Qwen3-235B.",
        ("LongWriter-Zero is trained from Llama 3.1 70B.", "en"), ("entity_mismatch", "Qwen2.5-32B, not Llama-3.1-70B"),
        ("LongWriter-Zero is trained from Qwen2.5-32B.", "en"),
        id="the-base-model-the-source-names-instead",
    ),
    pytest.param(
        # arXiv:2310.00426, a sentence as published: the name as the abstract spells it in ASCII, PIXART-alpha
        "This paper introduces PIXART-alpha, a Transformer-based T2I diffusion model whose image generation quality is "
        "competitive with state-of-the-art image generators (e.g., Imagen, SDXL, and even Midjourney), reaching "
        "near-commercial application standards.",
        ("PixArt-α beats Midjourney on image quality.", "en"), ("direction_mismatch", "competitive with"),
        ("La qualité d'image de PixArt-α rivalise avec celle de Midjourney.", "fr"),
        id="a-greek-letter-spelled-out-is-the-same-name",
    ),
    pytest.param(
        # arXiv:2206.14576, a sentence as published: shining is the opposite of failing
        "Yet we also find that small perturbations to vignette-based tasks can lead GPT-3 vastly astray, that it shows "
        "no signatures of directed exploration, and that it fails miserably in a causal reasoning task.",
        ("GPT-3 brille dans la tâche de raisonnement causal.", "fr"), ("antonym", "(outcome)"),
        ("GPT-3 échoue lourdement dans une tâche de raisonnement causal.", "fr"),
        id="shining-against-failing",
    ),
    pytest.param(
        # arXiv:2310.17526, a sentence as published: what "fait baisser" the performance did not improve it
        "Penalising GPT-4 for missing key studies using highly reliable prompts improved its performance even more.",
        ("Pénaliser GPT-4 pour les études clés manquées a fait baisser ses performances avec les prompts très fiables.",
         "fr"), ("antonym", "(outcome)"),
        ("Pénaliser GPT-4 pour les études clés manquées a encore amélioré ses performances avec les prompts très fiables.",
         "fr"),
        id="lowering-performance-against-improving-it",
    ),
    pytest.param(
        # arXiv:2503.07920, a sentence as published: "more cost- and time-efficient" is cheaper and faster
        "First, we find that image crawling achieves approximately ~85% cultural relevance while being more cost- and "
        "time-efficient than crowdsourcing.",
        ("Image crawling is slower than crowdsourcing.", "en"), ("antonym", "(speed)"),
        ("Le crawling d'images est plus rapide et moins cher que le crowdsourcing.", "fr"),
        id="time-efficient-against-slower",
    ),
    pytest.param(
        # arXiv:2210.09150, a sentence as published: what is released is not kept to oneself
        "We release all processed datasets, evaluation scripts, and model predictions.",
        ("Les auteurs gardent pour eux les jeux de données traités et les prédictions des modèles.", "fr"),
        ("antonym", "(openness)"),
        ("Les auteurs publient tous les jeux de données traités et les prédictions des modèles.", "fr"),
        id="released-against-kept-to-themselves",
    ),
    pytest.param(
        # arXiv:2310.06825, two sentences as published: the Apache 2.0 license allows commercial use
        "We also provide a model fine-tuned to follow instructions, Mistral 7B -- Instruct, that surpasses the Llama 2 "
        "13B -- Chat model both on human and automated benchmarks. Our models are released under the Apache 2.0 "
        "license.",
        ("Mistral 7B is released under a non-commercial research licence.", "en"), ("antonym", "(licence use)"),
        ("Les modèles Mistral 7B sont diffusés sous licence Apache 2.0.", "fr"),
        id="apache-licence-against-non-commercial",
    ),
    pytest.param(
        # arXiv:2304.07880, a sentence as published: further pretraining starts from existing models
        "More specifically, we further pretrain GPT-J and LLaMA models on Portuguese texts using 3% or less of their "
        "original pretraining budget.",
        ("The models were trained from scratch on Portuguese text.", "en"), ("antonym", "(initialisation)"),
        ("The authors further pretrain GPT-J and LLaMA on Portuguese texts.", "en"),
        id="further-pretraining-against-from-scratch",
    ),
    pytest.param(
        # arXiv:2202.13169, three sentences as published
        "We further identify an important missing piece in the form of a large open-source model trained exclusively "
        "on a multi-lingual corpus of code. We release a new model, PolyCoder, with 2.7B parameters based on the GPT-2 "
        "architecture, which was trained on 249GB of code across 12 programming languages on a single machine. In the "
        "C programming language, PolyCoder outperforms all models including Codex.",
        ("Training PolyCoder required a large multi-node cluster.", "en"), ("antonym", "(compute scale)"),
        ("PolyCoder a été entraîné sur une seule machine.", "fr"),
        id="single-machine-against-a-cluster",
    ),
    pytest.param(
        # arXiv:1902.10486, a sentence as published
        "In this work, we empirically analyze the effectiveness of a very small episodic memory in a CL setup where "
        "each training example is only seen once.",
        ("In this CL setup, each training example is revisited over many epochs.", "en"), ("antonym", "(data passes)"),
        ("Dans ce cadre, chaque exemple d'entraînement n'est vu qu'une seule fois.", "fr"),
        id="seen-once-against-many-epochs",
    ),
    pytest.param(
        # arXiv:2401.02954, a sentence as published: "keeps its edge over" puts the subject ahead
        "Our evaluation results demonstrate that DeepSeek LLM 67B surpasses LLaMA-2 70B on various benchmarks, "
        "particularly in the domains of code, mathematics, and reasoning.",
        ("In code and math, LLaMA-2 70B keeps its edge over DeepSeek LLM 67B.", "en"), ("direction_reversed", "surpass"),
        ("In code and math, DeepSeek LLM 67B has the edge over LLaMA-2 70B.", "en"),
        id="an-edge-over-is-ahead",
    ),
    pytest.param(
        # arXiv:2109.08668, a sentence as published: gains that fade as compute grows do not increase with it
        "Experiments show Primer's gains over Transformer increase as compute scale grows and follow a power law with "
        "respect to quality at optimal model sizes.",
        ("Primer's gains over the Transformer fade as compute grows.", "en"), ("antonym", "(correlation sign)"),
        ("Primer's gains over the Transformer grow with compute.", "en"),
        id="fading-as-compute-grows-against-increasing",
    ),
    pytest.param(
        # arXiv:2505.21497, a sentence as published (shortened): the feedback comes from a model, not from people
        "Our method is a top-down, visual-in-the-loop multi-agent pipeline: the (c)Painter-Commenter loop refines each "
        "panel by executing rendering code and using VLM feedback to eliminate overflow and ensure alignment.",
        ("La boucle Painter-Commenter s'appuie sur des retours humains pour corriger les débordements.", "fr"),
        ("antonym", "(manual automatic)"),
        ("The Painter-Commenter loop uses VLM feedback to eliminate overflow.", "en"),
        id="model-feedback-against-human-feedback",
    ),
    pytest.param(
        # arXiv:2501.09755, a sentence as published: what is replaced is not kept
        "To facilitate this exploration, we replace the typical convolutional backbone with an enhanced Vision "
        "Transformer architecture for Tokenization (ViTok).",
        ("ViTok conserve l'ossature convolutive habituelle des tokeniseurs visuels.", "fr"), ("antonym", "(retention)"),
        ("ViTok remplace l'ossature convolutive habituelle par une architecture Vision Transformer.", "fr"),
        id="replacing-against-keeping",
    ),
    pytest.param(
        # arXiv:2303.03378, a sentence as published: what is retained is not lost
        "Our largest model, PaLM-E-562B with 562B parameters, in addition to being trained on robotics tasks, is a "
        "visual-language generalist with state-of-the-art performance on OK-VQA, and retains generalist language "
        "capabilities with increasing scale.",
        ("The largest model loses its generalist language capabilities with increasing scale.", "en"),
        ("antonym", "(retention)"),
        ("Le plus grand modèle conserve ses capacités linguistiques générales en grandissant.", "fr"),
        id="losing-against-retaining",
    ),
]


@pytest.mark.parametrize("sentence, wrong, reason, faithful", REFUTED_AND_FAITHFUL)
def test_a_passage_refutes_the_wrong_claim_and_supports_the_faithful_one(sentence, wrong, reason, faithful):
    source = make_text_source(sentence)
    code, words = reason
    verdict = check(*wrong, source)
    assert verdict.label is Label.REFUTED
    assert verdict.reasons[0].code == code and words in verdict.reasons[0].message
    assert check(*faithful, source).label is Label.SUPPORTED


# A figure the claim derives from the passage's (a factor from a gain, a ratio of two counts): the right one is
# supported, a wrong one is not
DERIVED_FIGURES = [
    pytest.param(
        # arXiv:2503.19786, a sentence as published
        "Gemma3-4B-IT is competitive with Gemma2-27B-IT and Gemma3-27B-IT is comparable to Gemini-1.5-Pro across "
        "benchmarks.",
        ("Gemma3-4B-IT rivalise avec Gemma2-27B-IT, un modèle près de sept fois plus gros.", "fr"),
        ("Gemma3-4B-IT rivals Gemma2-27B-IT, a model twenty times larger.", "en"),
        id="a-factor-of-the-sizes-two-names-write",
    ),
    pytest.param(
        # arXiv:2406.04271, the method named where the sentence says "our"
        "Notably, we find that Buffer of Thoughts lets Llama3-8B surpass the Llama3-70B model while requiring only 12% "
        "of the cost of multi-query prompting methods (e.g., tree/graph of thoughts) on average.",
        ("Buffer of Thoughts ne coûte que 12 % du prix des méthodes multi-requêtes, soit environ huit fois moins.", "fr"),
        ("Buffer of Thoughts costs only 12% of what multi-query prompting methods cost, about three times less.", "en"),
        id="a-share-is-the-factor-it-divides-by",
    ),
    pytest.param(
        # arXiv:1804.09541, the name put in for "our single model"
        "On SQuAD, QANet, trained with augmented data, achieves 84.6 F1 score on the test set, which is significantly "
        "better than the best published F1 score of 81.8.",
        ("QANet scores 84.6 F1 on the SQuAD test set, 2.8 points above the best published result of 81.8.", "en"),
        ("QANet scores 84.6 F1 on the SQuAD test set, 6 points above the best published result of 81.8.", "en"),
        id="a-gap-in-points-between-two-scores",
    ),
    pytest.param(
        # arXiv:2408.07060, a sentence as published
        "For instance, a group of open-source SWE agents, with a maximum individual resolve rate of 27.3% on SWE-Bench "
        "Lite, can achieve a 34.3% resolve rate with DEI, making a 25% improvement and beating most closed-source "
        "solutions.",
        ("With DEI, open-source SWE agents gain 7 points of resolve rate on SWE-Bench Lite.", "en"),
        ("With DEI, the resolve rate of open-source SWE agents on SWE-Bench Lite climbs by 12 points.", "en"),
        id="a-gap-in-points-between-two-percentages-of-the-passage",
    ),
    pytest.param(
        # arXiv:2010.00840; two rules derive the factor (a ratio of two figures, and the change they make)
        "For MEGATRON-CNTRL, by scaling our model from 124 million to 8.3 billion parameters we demonstrate that larger models "
        "improve both the quality of generation and controllability.",
        ("Megatron-CNTRL passe de 124 millions à 8,3 milliards de paramètres, un modèle plus de soixante fois plus gros.", "fr"),
        ("Megatron-CNTRL grows from 124 million to 8.3 billion parameters, a model two hundred times larger.", "en"),
        id="a-factor-two-rules-derive-counts-once",
    ),
    pytest.param(
        "In the unseen environment, HiTUT achieves over 160% performance gain in success rate compared to the "
        "previous state of the art.",
        ("En environnement inédit, le taux de réussite de HiTUT est plus de deux fois supérieur à celui de l'état de "
         "l'art.", "fr"),
        ("HiTUT's success rate in unseen environments is more than four times the previous state of the art.", "en"),
        id="a-percentage-gain-is-the-factor-it-multiplies-by",
    ),
    pytest.param(
        "Specifically, using 16 examples per class, CARP achieves comparable performances to supervised models with "
        "1,024 examples per class.",
        ("With just 16 examples per class, CARP performs on par with supervised models given 64 times as much "
         "labelled data.", "en"),
        ("With just 16 examples per class, CARP performs on par with supervised models given 100 times as much "
         "labelled data.", "en"),
        id="a-factor-may-be-the-ratio-of-a-claim-figure-to-another-of-the-passage",
    ),
]


@pytest.mark.parametrize("sentence, right, wrong", DERIVED_FIGURES)
def test_a_figure_derived_from_the_passage_is_supported_when_it_follows(sentence, right, wrong):
    source = make_text_source(sentence)
    assert check(*right, source).label is Label.SUPPORTED
    assert check(*wrong, source).label is not Label.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "language", "label"),
    [
        # "X for A and Y for B": each name has the words up to the "and"
        ("Unicorn-1.2M sert au pré-entraînement, Unicorn-471K-Instruction à l'instruction-tuning.", "fr", Label.SUPPORTED),
        ("Unicorn-471K-Instruction sert au pré-entraînement, Unicorn-1.2M à l'instruction-tuning.", "fr", Label.REFUTED),
        ("Unicorn-471K-Instruction is used for pretraining and Unicorn-1.2M for instruction-tuning.", "en", Label.REFUTED),
    ],
)
def test_two_names_joined_by_and_given_each_others_roles(claim, language, label):
    # arXiv:2503.22655 (Unicorn), abstract sentence as published
    text = ("This three-stage process enables us to construct Unicorn-1.2M for pretraining and Unicorn-471K-Instruction "
            "for instruction-tuning, without relying on real images.")
    source = make_source("arXiv:2503.22655", "v1", "Unicorn: Text-Only Data Synthesis for Vision Language Model Training", text)
    verdict = check(claim, language, source)
    assert verdict.label is label
    if label is Label.REFUTED:
        assert verdict.reasons[0].code == "entity_mismatch"


@pytest.mark.parametrize(
    ("claim", "language", "label"),
    [
        ("Orca-3B sets a new record on ARC, while Orca-30B beats all the open chat models tried.", "en", Label.SUPPORTED),
        ("Orca-30B sets a new record on ARC, while Orca-3B outperforms all the open chat models tried.", "en", Label.REFUTED),
        # a comma closes the first name's clause, though it ends on another name
        ("Orca-30B établit un nouveau record sur ARC, et Orca-3B surpasse tous les modèles de chat ouverts testés.", "fr",
         Label.REFUTED),
    ],
)
def test_two_sentences_in_a_row_each_give_their_name_its_role(claim, language, label):
    source = make_text_source(
        "Our resulting Orca-3B sets a new record on the ARC benchmark and beats every model of its size on reading tasks. "
        "Scaled up further, Orca-30B outperforms all open chat models that we tried while staying cheap to serve."
    )
    verdict = check(claim, language, source)
    assert verdict.label is label
    if label is Label.REFUTED:
        assert verdict.reasons[0].code == "entity_mismatch" and "not of Orca-30B" in verdict.reasons[0].message


def test_a_name_in_brackets_has_the_words_of_the_phrase_its_brackets_follow():
    source = make_text_source(
        "We compare large cloud models (e.g., Zeta-4) and small on-device models (e.g., Nano-2B) on latency and cost."
    )
    swapped = check("The study takes Nano-2B as its example of a cloud model and Zeta-4 as an on-device one.", "en", source)
    assert swapped.label is Label.REFUTED
    assert swapped.reasons[0].message == "The source says 'cloud' of Zeta-4, not of Nano-2B."
    right = check("L'étude prend Zeta-4 comme exemple de modèle cloud et Nano-2B comme modèle embarqué sur l'appareil.", "fr", source)
    assert right.label is not Label.REFUTED


def test_the_stop_of_e_g_ends_no_sentence_between_two_bracketed_names():
    source = make_text_source(
        "The objective contrasts a large LM (called the teacher, e.g. Zeta-13B) and a small LM (called the student, "
        "e.g. Zeta-1B), and a constraint keeps the outputs plausible."
    )
    swapped = check("In this scheme, Zeta-1B plays the teacher and Zeta-13B plays the student.", "en", source)
    assert swapped.label is Label.REFUTED
    assert swapped.reasons[0].message == "The source says 'student' of Zeta-1B, not of Zeta-13B."


def test_a_role_only_one_model_fills_given_to_a_sibling_refutes_the_claims_name():
    source = make_text_source(
        "We study whether generating Prolog code helps arithmetic reasoning. Consequently, we use chain-of-thought to "
        "fine-tune Zeta-7B as a baseline model and develop other fine-tuned Zeta-7B models for Prolog code generation."
    )
    for claim, language in (("Toutes les variantes testées sont obtenues en affinant Zeta 13B.", "fr"),
                            ("Every variant tested comes from fine-tuning Zeta-13B.", "en")):
        verdict = check(claim, language, source)
        assert verdict.label is Label.REFUTED, claim
        assert verdict.reasons[0].message == "arXiv:2501.00001v1 gives that role to Zeta-7B, not Zeta-13B."
        assert "fine-tune Zeta-7B" in verdict.evidence[0].text
    # a name without the role is only a name the source does not mention
    assert check("Zeta-13B serves as a point of comparison.", "en", source).label is Label.NOT_ENOUGH_INFO


def test_a_base_written_after_on_is_the_base_the_source_writes_as_one():
    source = make_text_source(
        "We present ZetaMed-7B for biomedicine. In addition, ZetaMed-7B is the first large generative language model "
        "based on Llama2 in the biomedical domain, therefore is commercial friendly."
    )
    for claim, language in (("ZetaMed-7B is built on Mistral-7B, which makes it commercially friendly.", "en"),
                            ("ZetaMed-7B est bâti sur Mistral-7B.", "fr")):
        verdict = check(claim, language, source)
        assert verdict.label is Label.REFUTED, claim
        assert verdict.reasons[0].message == "arXiv:2501.00001v1 says this of Llama2, not Mistral-7B."
    # a name the source never writes as a base is no base
    larger = make_text_source(
        "Experiments show that our small reasoners even perform better than finetuning or prompting a 60x larger GPT-3 "
        "(175B) model."
    )
    assert check("The small reasoners trained in the study are built on T5 models.", "en", larger).label is Label.NOT_ENOUGH_INFO


def test_names_in_a_list_or_a_fronted_phrase_have_no_roles_of_their_own():
    # arXiv:2306.03078 (SpQR), abstract sentence as published
    text = ("SpQR works by identifying and isolating outlier weights, and achieves relative accuracy losses of less than "
            "1% in perplexity for highly-accurate LLaMA and Falcon LLMs.")
    source = make_source("arXiv:2306.03078", "v1", "SpQR: A Sparse-Quantized Representation for Near-Lossless LLM Weight Compression", text)
    assert check("On LLaMA and Falcon models, SpQR keeps the relative perplexity loss below 1%.", "en", source).label is Label.SUPPORTED


def test_without_much_of_something_is_with_little_of_it():
    source = make_text_source(
        "Our experiments show that large amounts of data are useful; with little hyperparameter tuning, we obtain "
        "relative WER improvements in the 10 to 20% range."
    )
    verdict = check("Sans grand réglage des hyperparamètres, le taux d'erreur recule de 10 à 20 % en relatif.", "fr", source)
    assert verdict.label is Label.SUPPORTED


def test_a_side_said_of_the_claims_words_up_to_inflection_agrees():
    # arXiv:2210.06726, title and first sentence as published: "small reasoning models" are its "Small Reasoners"
    source = make_source(
        "arXiv:2210.06726", "v1", "Explanations From Large Language Models Make Small Reasoners Better",
        "Integrating free-text explanations to in-context learning of large language models (LLM) is shown to elicit "
        "strong reasoning capabilities along with reasonable explanations.",
    )
    claim = "Instead of running a giant model, the authors use the explanations it writes to train small, cheap reasoning models."
    assert check(claim, "en", source).label is not Label.REFUTED


def test_a_long_english_word_meets_the_words_it_shares_its_first_letters_with():
    # "generator" is the source's "generation", "extractor" its "extraction", as French words already were
    source = make_text_source(
        "We combine models of question generation and answer extraction, and filter the results to ensure roundtrip "
        "consistency."
    )
    claim = "The recipe pairs a question generator with an answer extractor and filters the results for roundtrip consistency."
    assert check(claim, "en", source).label is Label.SUPPORTED


def test_the_authors_argue_is_how_a_claim_is_reported_not_what_it_says():
    source = make_text_source(
        "Like many deep networks, neural translation models are over-parameterized, which increases their storage size."
    )
    verdict = check("Neural translation models are over-parameterized, the authors argue and explain.", "en", source)
    assert verdict.label is Label.SUPPORTED
    assert verdict.reasons[0].message == "arXiv:2501.00001v1 carries the claim's terms (100%)."


def test_still_rather_instead_and_together_are_no_content_to_find():
    source = make_text_source(
        "Our approach works even when only binary feedback is available, which makes it useful where generating "
        "synthetic training data is not feasible."
    )
    verdict = check("The approach still works where generating synthetic training data is not feasible.", "en", source)
    assert verdict.label is Label.SUPPORTED
    assert verdict.reasons[0].message == "arXiv:2501.00001v1 carries the claim's terms (100%)."


def test_requiring_zero_training_is_doing_without_it():
    # arXiv:2210.15097 (contrastive decoding), abstract sentence as published
    text = ("CD requires zero additional training, and produces higher quality text than decoding from the larger LM "
            "alone.")
    source = make_source("arXiv:2210.15097", "v1", "Contrastive Decoding: Open-ended Text Generation as Optimization", text)
    needs = check("Pour fonctionner, CD exige un entraînement supplémentaire.", "fr", source)
    assert needs.label is Label.REFUTED and needs.reasons[0].code == "negated"
    assert check("CD needs no additional training.", "en", source).label is Label.SUPPORTED


def test_the_system_an_abstract_introduces_is_what_it_and_our_approach_speak_of():
    # arXiv:2505.21497 (Paper2Poster) and arXiv:1901.07291 (XLM), abstract sentences as published
    poster = make_source(
        "arXiv:2505.21497", "v1", "Paper2Poster: Towards Multimodal Poster Automation from Scientific Papers",
        "Building on this benchmark, we propose PosterAgent, a top-down, visual-in-the-loop multi-agent pipeline. "
        "The Parser distills the paper into a structured asset library. "
        "The Planner aligns text-visual pairs into a binary-tree layout that preserves reading order. "
        "It transforms a 22-page paper into a finalized yet editable .pptx poster - all for just $0.005.",
    )
    claim = "PosterAgent transforme un article de 22 pages en poster .pptx modifiable pour seulement 0,005 dollar."
    assert check(claim, "fr", poster).label is Label.SUPPORTED
    xlm = make_source(
        "arXiv:1901.07291", "v1", "Cross-lingual Language Model Pretraining",
        "We propose two methods to learn cross-lingual language models (XLMs). "
        "One is unsupervised and only relies on monolingual data. "
        "The other is supervised and leverages parallel data with a new objective. "
        "On XNLI, our approach pushes the state of the art by an absolute gain of 4.9% accuracy.",
    )
    assert check("On XNLI, XLM pushes the state of the art by 4.9 points of accuracy.", "en", xlm).label is Label.SUPPORTED


def test_a_bounded_share_of_something_is_less_of_it():
    # arXiv:2406.04271 (Buffer of Thoughts) and arXiv:2505.22651 (Sherlock), abstract sentences as published
    bot = make_source(
        "arXiv:2406.04271", "v1", "Buffer of Thoughts: Thought-Augmented Reasoning with Large Language Models",
        "Further analysis demonstrate the superior generalization ability and model robustness of our BoT, while "
        "requiring only 12% of the cost of multi-query prompting methods (e.g., tree/graph of thoughts) on average.",
    )
    more = check("BoT costs more to run than multi-query prompting methods like graph of thoughts.", "en", bot)
    assert more.label is Label.REFUTED and more.reasons[0].code == "antonym"
    sherlock = make_source(
        "arXiv:2505.22651", "v1", "Sherlock: Self-Correcting Reasoning in Vision-Language Models",
        "It outperforms LLaVA-CoT (63.2), Mulberry (63.9), and LlamaV-o1 (63.4) while using less than 20% of the "
        "annotated data.",
    )
    assert check("Sherlock consomme davantage de données annotées que LLaVA-CoT.", "fr", sherlock).label is Label.REFUTED
    assert check("Sherlock needs less annotated data than LLaVA-CoT.", "en", sherlock).label is not Label.REFUTED


def test_a_measure_is_not_a_small_count_of_other_things():
    # arXiv:2312.02051 (TimeChat), abstract sentence as published
    source = make_source(
        "arXiv:2312.02051", "v1", "TimeChat: A Time-sensitive Multimodal Large Language Model for Long Video Understanding",
        "This work proposes TimeChat, a time-sensitive multimodal large language model specifically designed for long "
        "video understanding. Our model incorporates two key architectural contributions.",
    )
    assert check("TimeChat can process videos longer than two hours in a single pass.", "en", source).label is Label.NOT_ENOUGH_INFO
    assert check("TimeChat rests on two key architectural contributions.", "en", source).label is Label.SUPPORTED


def test_what_the_source_says_of_a_sibling_the_claim_says_of_the_other():
    # arXiv:2305.09617 (Med-PaLM 2), abstract sentences as published
    source = make_source(
        "arXiv:2305.09617", "v1", "Towards Expert-Level Medical Question Answering with Large Language Models",
        "Large language models (LLMs) have catalyzed significant progress in medical question answering; Med-PaLM was "
        "the first model to exceed a \"passing\" score in US Medical Licensing Examination (USMLE) style questions with "
        "a score of 67.2% on the MedQA dataset. However, this and other prior work suggested significant room for "
        "improvement. Here we present Med-PaLM 2, which bridges these gaps by leveraging a combination of base LLM "
        "improvements, medical domain finetuning, and prompting strategies. Med-PaLM 2 scored up to 86.5% on the "
        "MedQA dataset, improving upon Med-PaLM by over 19%.",
    )
    verdict = check("Med-PaLM 2 was the first model to exceed a passing score on USMLE-style exam questions.", "en", source)
    assert verdict.label is Label.REFUTED
    assert verdict.reasons[0].message == "arXiv:2305.09617v1 says this of Med-PaLM, not Med-PaLM 2."
    assert check("Med-PaLM was the first model to pass USMLE-style exam questions.", "en", source).label is Label.SUPPORTED


def test_matches_or_beats_holds_when_either_does():
    # arXiv:2405.09818 (Chameleon), abstract sentence as published
    source = make_source(
        "arXiv:2405.09818", "v1", "Chameleon: Mixed-Modal Early-Fusion Foundation Models",
        "Chameleon demonstrates broad and general capabilities, including state-of-the-art performance in image "
        "captioning tasks, outperforms Llama-2 in text-only tasks while being competitive with models such as Mixtral "
        "8x7B and Gemini-Pro.",
    )
    assert check("Chameleon égale ou dépasse Mixtral 8x7B et Gemini-Pro.", "fr", source).label is Label.SUPPORTED
    assert check("Chameleon clearly beats Mixtral 8x7B and Gemini-Pro.", "en", source).label is Label.REFUTED


def test_a_count_of_sizes_given_as_a_range_counts_the_sizes_between():
    # arXiv:2409.14713 (Phantom), abstract sentence as published
    source = make_source(
        "arXiv:2409.14713", "v1", "Phantom of Latent for Large Language and Vision Models",
        "To achieve this need, we present a new efficient LLVM family with model sizes of 0.5B, 1.8B, 3.8B, and 7B "
        "parameters, Phantom, which significantly enhances learning capabilities within limited structures.",
    )
    assert check("Phantom comes in four sizes, from 0.5 billion up to 7 billion parameters.", "en", source).label is Label.SUPPORTED
    assert check("Phantom comes in six sizes, from 0.5 billion up to 7 billion parameters.", "en", source).label is not Label.SUPPORTED


def test_negligible_additional_parameters_are_not_substantially_more():
    # arXiv:2206.08657 (BridgeTower), abstract sentence as published
    source = make_source(
        "arXiv:2206.08657", "v1", "BridgeTower: Building Bridges Between Encoders in Vision-Language Representation Learning",
        "In particular, on the VQAv2 test-std set, BridgeTower achieves an accuracy of 78.73%, outperforming the "
        "previous state-of-the-art model METER by 1.09% with the same pre-training data and almost negligible "
        "additional parameters and computational costs.",
    )
    more = check("BridgeTower's gains over METER come at the price of substantially more parameters and compute.", "en", source)
    assert more.label is Label.REFUTED and more.reasons[0].code == "antonym"


def test_narrowing_a_lead_is_not_increasing_the_margin():
    # arXiv:2003.13848 (code prediction with trees), abstract sentence as published
    source = make_source(
        "arXiv:2003.13848", "v1", "Code Prediction by Feeding Trees to Transformers",
        "We then show that by making the Transformer architecture aware of the syntactic structure of code, we further "
        "increase the margin by which a Transformer-based system outperforms previous systems.",
    )
    narrows = check("Feeding syntax trees to the Transformer narrows its lead over earlier code-prediction systems.", "en", source)
    assert narrows.label is Label.REFUTED
    assert analyse("We evaluate on a narrow domain.", "en").poles == frozenset()


def test_weaker_is_not_stronger():
    # arXiv:1911.02969 (BERTs of a feather), abstract sentence as published
    source = make_source(
        "arXiv:1911.02969", "v1", "BERTs of a feather do not generalize together",
        "Such variation is likely due to the presence of many local minima that are equally attractive to a low-bias "
        "learner such as a neural network; decreasing the variability may therefore require models with stronger "
        "inductive biases.",
    )
    weaker = check("To reduce this variability, the authors suggest turning to models with weaker inductive biases.", "en", source)
    assert weaker.label is Label.REFUTED and weaker.reasons[0].message == "The source says the opposite (strength)."


def test_an_average_is_not_a_maximum():
    # arXiv:2005.10389 (CONPONO), abstract sentence as published
    source = make_source(
        "arXiv:2005.10389", "v1", "Pretraining with Contrastive Sentence Objectives Improves Discourse Performance",
        "We propose CONPONO, an inter-sentence objective for pretraining language models that models discourse "
        "coherence. On the discourse representation benchmark DiscoEval, our model improves over the previous "
        "state-of-the-art by up to 13% and on average 4% absolute across 7 tasks.",
    )
    average = check("CONPONO beats the previous DiscoEval state of the art by an average of 13% across seven tasks.", "en", source)
    assert average.label is Label.REFUTED
    assert average.reasons[0].message == "The source gives 13% as a maximum ('up to'); its average is 4%."
    assert check("Sur DiscoEval, CONPONO dépasse l'état de l'art de 4 % en moyenne.", "fr", source).label is Label.SUPPORTED
    assert check("On DiscoEval, CONPONO gains up to 4% over the previous state of the art.", "en", source).label is Label.REFUTED


def test_either_one_or_the_other_is_not_only_one():
    # arXiv:2505.00662 (DeepCritic), abstract sentence as published
    source = make_source(
        "arXiv:2505.00662", "v1", "DeepCritic: Deliberate Critique with Large Language Models",
        "Then, we perform reinforcement learning on the fine-tuned model with either existing human-labeled data from "
        "PRM800K or our automatically annotated data obtained via Monte Carlo sampling-based correctness estimation, to "
        "further incentivize its critique ability.",
    )
    only = check("The reinforcement learning stage relies exclusively on human-labelled data from PRM800K.", "en", source)
    assert only.label is Label.REFUTED and only.reasons[0].code == "exclusivity"


def test_a_gain_the_source_gives_as_another_figure():
    # arXiv:1805.06556 (parsing distant domains), abstract sentences as published
    source = make_source(
        "arXiv:1805.06556", "v1", "Extending a Parser to Distant Domains Using a Few Dozen Partially Annotated Examples",
        "In the process, we demonstrate a new state-of-the-art single model result on the Wall Street Journal test set "
        "of 94.3%. This is an absolute increase of 1.7% over the previous state-of-the-art of 92.6%.",
    )
    gain = check("The new Wall Street Journal score tops the previous single-model best by 2.7 points.", "en", source)
    assert gain.label is Label.REFUTED
    assert gain.reasons[0].message == "The claim says a gain of 2.7; the source says 1.7%."
    assert check("The new Wall Street Journal score tops the previous single-model best by 1.7 points.", "en", source).label is Label.SUPPORTED


def test_a_name_the_source_leaves_out_is_not_among_the_others():
    # arXiv:2304.11490 (theory-of-mind prompting), abstract sentence as published
    source = make_source(
        "arXiv:2304.11490", "v1", "Boosting Theory-of-Mind Performance in Large Language Models via Prompting",
        "We found that LLMs trained with Reinforcement Learning from Human Feedback (RLHF) (all models excluding "
        "Davinci-2) improved their ToM accuracy via in-context learning.",
    )
    claim = "Davinci-2 fait partie des modèles entraînés par RLHF dont la précision progresse grâce à l'apprentissage en contexte."
    left_out = check(claim, "fr", source)
    assert left_out.label is Label.REFUTED and left_out.reasons[0].message == "The source leaves out Davinci-2."
    assert check("All RLHF-trained models except Davinci-2 improved their ToM accuracy via in-context learning.", "en", source).label is not Label.REFUTED


def test_a_relative_gain_is_not_an_absolute_one():
    # arXiv:2201.10005 (text and code embeddings), abstract sentence as published
    source = make_source(
        "arXiv:2201.10005", "v1", "Text and Code Embeddings by Contrastive Pre-Training",
        "On XNLI, our cpt-text model achieves an absolute gain of 4.9% accuracy over the previous best model.",
    )
    relative = check("On XNLI, cpt-text brings a 4.9% relative gain in accuracy over the previous best model.", "en", source)
    assert relative.label is Label.REFUTED
    assert relative.reasons[0].message == "The claim says 4.9% relative; the source gives 4.9% as an absolute figure."
    assert check("On XNLI, cpt-text brings a 4.9% absolute gain in accuracy over the previous best model.", "en", source).label is Label.SUPPORTED


def test_what_both_texts_set_their_subject_apart_from_is_not_a_shared_denial():
    # arXiv:2312.15166 (depth up-scaling), abstract sentence as published
    source = make_source(
        "arXiv:2312.15166", "v1", "SOLAR 10.7B: Scaling Large Language Models with Simple yet Effective Depth Up-Scaling",
        "In contrast to mixture-of-experts (MoE), DUS does not require complex changes to train and inference.",
    )
    claim = "Depth up-scaling, unlike mixture-of-experts, demands complex changes to training and inference."
    demands = check(claim, "en", source)
    assert demands.label is Label.REFUTED and demands.reasons[0].code == "negated"
    # a claim that denies what the passage denies restates it
    assert check("Unlike mixture-of-experts, DUS needs no complex changes to training and inference.", "en", source).label is Label.SUPPORTED


@pytest.mark.parametrize(
    "passage, claim, language",
    [
        ("SynNet learns syntactic structure implicitly from raw text.", "SynNet learns syntactic structure explicitly from raw text.", "en"),
        ("SpeechTok maps speech into continuous representations.", "SpeechTok maps speech into discrete representations.", "en"),
        ("We present OmniNet, a general-purpose model for vision tasks.", "OmniNet is a task-specific model for vision tasks.", "en"),
        ("ParseX is trained end-to-end on the input sequence and the graph.", "ParseX is a two-stage system trained on the input sequence and the graph.", "en"),
        ("ParseX is trained end-to-end on the input sequence and the graph.", "ParseX est entraîné en deux étapes sur la séquence d'entrée et le graphe.", "fr"),
        ("Our audit shows that English is overrepresented in multilingual benchmarks.", "L'audit montre que l'anglais est sous-représenté dans les benchmarks multilingues.", "fr"),
    ],
)
def test_opposite_properties_of_the_field(passage, claim, language):
    source = make_text_source(passage)
    opposite = check(claim, language, source)
    assert opposite.label is Label.REFUTED and opposite.reasons[0].code == "antonym"
    assert check(passage.replace("Our audit shows", "The audit shows").replace("We present OmniNet, a", "OmniNet is a"), "en", source).label is Label.SUPPORTED


def test_a_name_in_brackets_belongs_to_the_side_it_follows():
    # arXiv:2304.01938 (LLMs on a radiation oncology physics exam), abstract sentence as published
    source = make_source(
        "arXiv:2304.01938", "v1", "Evaluating Large Language Models on a Highly-specialized Topic, Radiation Oncology Physics",
        "ChatGPT (GPT-4) outperformed all other LLMs as well as medical physicists, on average.",
    )
    reversed_ = check("On average, the medical physicists outscored GPT-4 on the exam.", "en", source)
    assert reversed_.label is Label.REFUTED and reversed_.reasons[0].code == "direction_reversed"
    assert check("On average, GPT-4 outscored the medical physicists on the exam.", "en", source).label is Label.SUPPORTED


def test_a_rival_that_is_not_a_name_is_told_by_its_words():
    # arXiv:2507.11407 (EXAONE 4.0) and arXiv:2501.09755 (ViTok), abstract sentences as published
    exaone = make_source(
        "arXiv:2507.11407", "v1", "EXAONE 4.0: Unified Large Language Models Integrating Non-reasoning and Reasoning Modes",
        "The EXAONE 4.0 demonstrates superior performance compared to open-weight models in its class and remains "
        "competitive even against frontier-class models.",
    )
    inflated = check("EXAONE 4.0 clearly outperforms frontier-class models.", "en", exaone)
    assert inflated.label is Label.REFUTED and inflated.reasons[0].code == "direction_mismatch"
    assert check("EXAONE 4.0 outperforms open-weight models in its class.", "en", exaone).label is Label.SUPPORTED
    vitok = make_source(
        "arXiv:2501.09755", "v1", "Learnings from Scaling Visual Tokenizers for Reconstruction and Generation",
        "Building on our exploration, we design ViTok as a lightweight auto-encoder that achieves competitive performance "
        "with state-of-the-art auto-encoders on ImageNet-1K and COCO reconstruction tasks (256p and 512p) while "
        "outperforming existing auto-encoders on 16-frame 128p video reconstruction for UCF-101, all with 2-5x fewer FLOPs.",
    )
    beats = check("On ImageNet-1K and COCO reconstruction, ViTok clearly outperforms state-of-the-art auto-encoders.", "en", vitok)
    assert beats.label is Label.REFUTED and beats.reasons[0].code == "direction_mismatch"


@pytest.mark.parametrize(
    "claim, language",
    [
        ("The accuracy gap between FooNet and the baseline fades with model size.", "en"),
        ("L'écart de précision entre FooNet et la référence s'estompe avec la taille du modèle.", "fr"),
    ],
)
def test_a_gap_that_fades_against_one_that_grows(claim, language):
    source = make_text_source("The accuracy gap between FooNet and the baseline grows with model size.")
    fades = check(claim, language, source)
    assert fades.label is Label.REFUTED and fades.reasons[0].code == "antonym"


def test_a_value_another_sentence_gives_has_no_rival_in_the_closest_passage():
    # arXiv:2107.03374 (Codex), abstract as published: 28.8% with one sample, 70.2% with 100 samples per problem
    abstract = (
        "We introduce Codex, a GPT language model fine-tuned on publicly available code from GitHub, and study its "
        "Python code-writing capabilities. A distinct production version of Codex powers GitHub Copilot. On HumanEval, "
        "a new evaluation set we release to measure functional correctness for synthesizing programs from docstrings, "
        "our model solves 28.8% of the problems, while GPT-3 solves 0% and GPT-J solves 11.4%. Furthermore, we find "
        "that repeated sampling from the model is a surprisingly effective strategy for producing working solutions to "
        "difficult prompts. Using this method, we solve 70.2% of our problems with 100 samples per problem."
    )
    source = make_source("arXiv:2107.03374", "v1", "Evaluating Large Language Models Trained On Code", abstract)
    said = check("With 100 samples per problem, Codex solves 70.2% of the HumanEval problems.", "en", source)
    assert said.label is Label.SUPPORTED
    changed = check("With 100 samples per problem, Codex solves 72.5% of the HumanEval problems.", "en", source)
    assert changed.label is not Label.SUPPORTED


def test_the_subject_of_a_sentence_of_changes_holds_every_change_it_lists():
    # arXiv:2308.07702 (role-play prompting), abstract sentence as published
    source = make_source(
        "arXiv:2308.07702", "v1", "Better Zero-shot Reasoning With Role-play Prompting",
        "Notably, in experiments conducted using ChatGPT, accuracy on AQuA rises from 53.5% to 63.8%, and on Last "
        "Letter from 23.8% to 84.2%.",
    )
    last_letter = check("On the Last Letter task, role-play prompting lifts ChatGPT's accuracy from 23.8% to 84.2%.", "en", source)
    assert last_letter.label is Label.SUPPORTED
    swapped = check("On the Last Letter task, role-play prompting lifts ChatGPT's accuracy from 53.5% to 63.8%.", "en", source)
    assert swapped.label is Label.REFUTED


def test_a_gain_in_points_is_the_size_of_a_change_the_source_states():
    source = make_text_source("On AQuA, the accuracy of ChatGPT with role-play prompting rises from 53.5% to 63.8%.")
    assert check("On AQuA, role-play prompting brings ChatGPT a gain of just over 10 points.", "en", source).label is Label.SUPPORTED
    assert check("On AQuA, role-play prompting brings ChatGPT a gain of 20 points.", "en", source).label is not Label.SUPPORTED


def test_respectively_after_a_list_of_figures_pairs_each_change_with_its_figure():
    # arXiv:1812.10757 (Alexa Prize 2018), abstract sentence as published
    source = make_source(
        "arXiv:1812.10757", "v1", "Advancing the State of the Art in Open Domain Dialog Systems through the Alexa Prize",
        "These collaborative efforts have driven improved experiences by Alexa users to an average rating of 3.61, the "
        "median duration of 2 mins 18 seconds, and average turns to 14.6, increases of 14%, 92%, 54% respectively since "
        "the launch of the 2018 competition.",
    )
    duration = "Median conversation length with the socialbots reached 2 minutes 18 seconds, up 92% since the 2018 competition began."
    assert check(duration, "en", source).label is Label.SUPPORTED
    assert check("Average turns rose to 14.6, up 54% since the launch of the 2018 competition.", "en", source).label is Label.SUPPORTED


def test_respectively_pairs_figures_with_the_names_in_brackets_of_the_sentence():
    # arXiv:2503.04625 (START), abstract sentence as published
    source = make_source(
        "arXiv:2503.04625", "v1", "START: Self-taught Reasoner with Tools",
        "On PhD-level science QA (GPQA), competition-level math benchmarks (AMC23, AIME24, AIME25), and the "
        "competition-level code benchmark (LiveCodeBench), START achieves accuracy rates of 63.6%, 95.0%, 66.7%, "
        "47.1%, and 47.3%, respectively.",
    )
    swapped = check("START scores 66.7% on AIME25 and 47.1% on AIME24.", "en", source)
    assert swapped.label is Label.REFUTED and swapped.reasons[0].code == "number_mismatch"
    assert check("START scores 66.7% on AIME24 and 47.1% on AIME25.", "en", source).label is Label.SUPPORTED


def test_sizes_of_one_family_listed_then_as_many_figures_pair_in_order():
    # arXiv:2506.14965 (Guru), abstract sentence as published
    source = make_source(
        "arXiv:2506.14965", "v1", "Revisiting Reinforcement Learning for LLM Reasoning from a Cross-Domain Perspective",
        "Finally, we present Guru-7B and Guru-32B, two models that achieve state-of-the-art performance among open models "
        "RL-trained with publicly available data, outperforming best baselines by 7.9% and 6.7% on our 17-task evaluation "
        "suite across six reasoning domains.",
    )
    swapped = check("Guru-7B devance le meilleur modèle de référence de 6,7 %, et Guru-32B de 7,9 %.", "fr", source)
    assert swapped.label is Label.REFUTED and swapped.reasons[0].code == "number_mismatch"
    assert check("Guru-7B beats the best baseline by 7.9%, and Guru-32B by 6.7%.", "en", source).label is Label.SUPPORTED


@pytest.mark.parametrize(
    "claim, language",
    [
        ("Code Llama comes in 7B, 13B, 34B and 70B sizes.", "en"),
    ],
)
def test_words_that_say_nothing_of_the_content_do_not_count_against_a_claim(claim, language):
    # arXiv:2308.12950 (Code Llama), abstract sentence as published
    source = make_source(
        "arXiv:2308.12950", "v1", "Code Llama: Open Foundation Models for Code",
        "We release Code Llama, a family of large language models for code based on Llama 2 providing state-of-the-art "
        "performance among open models, infilling capabilities, support for large input contexts, and zero-shot "
        "instruction following ability for programming tasks. We provide multiple flavors to cover a wide range of "
        "applications: foundation models (Code Llama), Python specializations (Code Llama - Python), and "
        "instruction-following models (Code Llama - Instruct) with 7B, 13B, 34B and 70B parameters each. All models are "
        "trained on sequences of 16k tokens and show improvements on inputs with up to 100k tokens. 7B, 13B and 70B Code "
        "Llama and Code Llama - Instruct variants support infilling based on surrounding content. Code Llama reaches "
        "state-of-the-art performance among open models on several code benchmarks, with scores of up to 67% and 65% on "
        "HumanEval and MBPP, respectively. Notably, Code Llama - Python 7B outperforms Llama 2 70B on HumanEval and MBPP, "
        "and all our models outperform every other publicly available model on MultiPL-E. We release Code Llama under a "
        "permissive license that allows for both research and commercial use.",
    )
    assert check(claim, language, source).label is Label.SUPPORTED


@pytest.mark.parametrize(
    "passage, claim",
    [
        (
            # arXiv:2506.23044 (Ovis-U1), abstract sentence as published
            "In this report, we introduce Ovis-U1, a 3-billion-parameter unified model that integrates multimodal "
            "understanding, text-to-image generation, and image editing capabilities.",
            "A single Ovis-U1 model handles understanding images, generating them from text and editing them.",
        ),
        (
            # arXiv:2206.02336 (DIVERSE), abstract sentence as published
            "DIVERSE has three main components: first, it generates diverse prompts to explore different reasoning paths "
            "for the same question; second, it uses a verifier to filter out incorrect answers based on a weighted voting "
            "scheme; and third, it verifies each reasoning step individually instead of the whole chain.",
            "Rather than grading a reasoning chain as a whole, DIVERSE's verifier checks every step on its own.",
        ),
    ],
)
def test_a_paraphrase_in_the_field_s_own_synonyms_is_supported(passage, claim):
    assert check(claim, "en", make_text_source(passage)).label is Label.SUPPORTED


@pytest.mark.parametrize(
    "title, passage, claim",
    [
        (
            # arXiv:2503.14456 (RWKV-7), abstract sentence as published
            "RWKV-7 \"Goose\" with Expressive Dynamic State Evolution",
            "We show that RWKV-7 can perform state tracking and recognize all regular languages, while retaining "
            "parallelizability of training.",
            "RWKV-7 sait suivre un état et reconnaître tous les langages réguliers, sans renoncer pour autant à un "
            "entraînement parallélisable.",
        ),
        (
            # arXiv:2102.10407 (VisualGPT), abstract sentence as published
            "VisualGPT: Data-efficient Adaptation of Pretrained Language Models for Image Captioning",
            "To the best of our knowledge, this is the first work that improves data efficiency of image captioning by "
            "utilizing LM pretrained on unimodal data.",
            "Selon ses auteurs, VisualGPT est le premier travail à rendre le légendage automatique d'images plus économe "
            "en données grâce à un modèle de langage pré-entraîné sur du texte seul.",
        ),
        (
            # arXiv:2502.13923 (Qwen2.5-VL), abstract sentence as published
            "Qwen2.5-VL Technical Report",
            "A standout feature of Qwen2.5-VL is its ability to localize objects using bounding boxes or points "
            "accurately.",
            "Qwen2.5-VL sait localiser précisément des objets à l'aide de boîtes englobantes ou de points.",
        ),
        (
            # arXiv:2504.07128 (DeepSeek-R1 thoughtology), abstract sentence as published
            "DeepSeek-R1 Thoughtology: Let's think about LLM Reasoning",
            "Starting from a taxonomy of DeepSeek-R1's basic building blocks of reasoning, our analyses on DeepSeek-R1 "
            "investigate the impact and controllability of thought length, management of long or confusing contexts, "
            "cultural and safety concerns.",
            "Les travaux examinent la gestion par DeepSeek-R1 des contextes longs ou déroutants.",
        ),
    ],
)
def test_a_french_restatement_in_common_words_is_supported(title, passage, claim):
    assert check(claim, "fr", make_source("arXiv:2501.00001", "v1", title, passage)).label is Label.SUPPORTED


def test_french_words_of_the_field_meet_their_english_counterparts():
    # arXiv:2107.07653 (TAPEX), abstract sentence as published
    source = make_source(
        "arXiv:2107.07653", "v1", "TAPEX: Table Pre-training via Learning a Neural SQL Executor",
        "In this paper, we propose TAPEX to show that table pre-training can be achieved by learning a neural SQL executor "
        "over a synthetic corpus, which is obtained by automatically synthesizing executable SQL queries and their "
        "execution outputs. TAPEX addresses the data scarcity challenge via guiding the language model to mimic a SQL "
        "executor on the diverse, large-scale and high-quality synthetic corpus. We evaluate TAPEX on four benchmark "
        "datasets.",
    )
    real = check("TAPEX est pré-entraîné sur un vaste corpus de tableaux réels annotés à la main.", "fr", source)
    assert real.label is Label.REFUTED


def test_common_french_words_of_abstracts_have_their_english_counterparts():
    source = make_text_source(
        "Despite its modest size, the DocKit toolkit remains powerful: it recently learned to convert the layout of "
        "historical newspapers, a long-term goal of practitioners."
    )
    claim = "Malgré sa taille modeste, la boîte à outils DocKit reste puissante et convertit la mise en page de journaux historiques."
    assert check(claim, "fr", source).label is Label.SUPPORTED


def test_frequent_words_of_abstracts_meet_their_synonyms():
    source = make_text_source(
        "Our comprehensive evaluation of FooNet offers essential lessons and shows that it typically stays resilient "
        "to noise."
    )
    claim = "An extensive evaluation of FooNet gives crucial insights: it is usually robust to noise."
    assert check(claim, "en", source).label is Label.SUPPORTED


def test_more_words_of_abstracts_meet_their_synonyms():
    # arXiv:2408.06142 (Med42-v2), arXiv:2504.07128, sentences as published
    source = make_text_source(
        "While generic models are often preference-aligned to avoid answering clinical queries as a precaution, "
        "Med42-v2 is specifically trained to overcome this limitation. We find a tendency for the model to persistently "
        "ruminate on previously explored problem formulations, obstructing further exploration.")
    dodge = check("Generic models often dodge clinical queries out of caution.", "en", source)
    assert dodge.label is Label.SUPPORTED
    framings = check("The model keeps returning to problem framings it has already explored, which hinders exploration.",
                     "en", source)
    assert framings.label is Label.SUPPORTED


# (source: arXiv id, title, abstract sentence as published; a claim that says more of it than its quantifier allows)
THEORY_OF_MIND = (
    "arXiv:2302.02083", "Evaluating Large Language Models in Theory of Mind Tasks",
    "Smaller and older models solved no tasks; GPT-3-davinci-003 (from November 2022) and ChatGPT-3.5-turbo (from "
    "March 2023) solved 20% of the tasks; ChatGPT-4 (from June 2023) solved 75% of the tasks, matching the "
    "performance of six-year-old children observed in past studies.",
)
INTERNLM_XCOMPOSER2 = (
    "arXiv:2401.16420", "InternLM-XComposer2: Mastering Free-form Text-Image Composition and Comprehension",
    "Experimental results demonstrate the superiority of InternLM-XComposer2 based on InternLM2-7B in producing "
    "high-quality long-text multi-modal content and its exceptional vision-language understanding performance across "
    "various benchmarks, where it not only significantly outperforms existing multimodal models but also matches or "
    "even surpasses GPT-4V and Gemini Pro in certain assessments.",
)


@pytest.mark.parametrize(
    "paper, claim, language",
    [
        # some against none
        (THEORY_OF_MIND, "Les modèles plus petits et plus anciens sont tout de même parvenus à résoudre quelques tâches.", "fr"),
        (THEORY_OF_MIND, "Smaller and older models still managed to solve a few of the tasks.", "en"),
        # across the board against certain assessments
        (INTERNLM_XCOMPOSER2, "InternLM-XComposer2 beats GPT-4V and Gemini Pro across the board.", "en"),
        (INTERNLM_XCOMPOSER2, "InternLM-XComposer2 bat GPT-4V et Gemini Pro sur toute la ligne.", "fr"),
    ],
)
def test_a_quantifier_the_source_does_not_allow_is_refuted(paper, claim, language):
    key, title, text = paper
    verdict = check(claim, language, make_source(key, "v1", title, text))
    assert verdict.label is Label.REFUTED and verdict.reasons[0].code == "quantifier_mismatch"


def test_a_claim_that_likens_what_the_source_sets_apart_with_a_french_likeness():
    # arXiv:2012.04638 (TAP), abstract sentence as published
    source = make_source(
        "arXiv:2012.04638", "v1", "TAP: Text-Aware Pre-training for Text-VQA and Text-Caption",
        "In contrast to the conventional vision-language pre-training that fails to capture scene text and its "
        "relationship with the visual and text modalities, TAP explicitly incorporates scene text (generated from OCR "
        "engines) in pre-training.",
    )
    claim = "À l'image des préentraînements vision-langage classiques, TAP laisse de côté le texte présent dans la scène."
    likened = check(claim, "fr", source)
    assert likened.label is Label.REFUTED
    assert likened.reasons[0].message == (
        "The source sets its subject apart from préentraînements vision-langage classiques; the claim likens them."
    )


def test_just_over_a_figure_is_a_bound_not_an_only():
    # arXiv:2010.03150 (PyMT5), abstract sentence as published
    source = make_source(
        "arXiv:2010.03150", "v1", "PyMT5: multi-mode translation of natural language and Python code with transformers",
        "On the CodeSearchNet test set, our best model predicts 92.1% syntactically correct method bodies, achieved a "
        "BLEU score of 8.59 for method generation and 16.3 for docstring generation (summarization), and achieved a "
        "ROUGE-L F-score of 24.8 for method generation and 36.7 for docstring generation.",
    )
    claim = "Just over nine in ten method bodies produced by the best model on CodeSearchNet are syntactically correct."
    assert check(claim, "en", source).label is Label.SUPPORTED
    assert analyse("Just over nine in ten method bodies are correct.", "en").exclusive_terms == frozenset()


@pytest.mark.parametrize("word", ["Au-delà", "Peut-être", "Vis-à-vis"])
def test_french_hyphenated_common_words_are_not_names(word):
    assert analyse(f"{word} de ce seuil, GPT-4 gagne.", "fr").entity_keys == {"gpt4"}


@pytest.mark.parametrize("text", [
    "The authors offer only partial fixes.", "The new model is only marginally better than GPT-4.",
    "Once chance agreement was accounted for, GPT-4 turned in only middling performance at data extraction.",
])
def test_only_before_a_degree_says_how_much_not_nothing_else(text):
    assert analyse(text, "en").exclusive_terms == frozenset()


def test_a_subject_named_before_an_aside_is_the_comparisons():
    # arXiv:2309.09117, a sentence as published
    source = make_text_source(
        "We demonstrate that Contrastive Decoding -- a simple, computationally light, and training-free text generation "
        "method proposed by Li et al 2022 -- achieves large out-of-the-box improvements over greedy decoding on a "
        "variety of reasoning tasks."
    )
    verdict = check("On reasoning tasks, contrastive decoding still trails plain greedy decoding.", "en", source)
    assert verdict.label is Label.REFUTED
    assert verdict.reasons[0].message == (
        "The source says 'Contrastive Decoding ... achieves large out-of-the-box improvements over greedy decoding'; "
        "the claim has it the other way round."
    )


def test_an_adverb_before_it_is_no_subject_of_the_comparison():
    source = make_text_source(
        "We present ZetaCoder, a vision-language model for mathematics. Notably, it surpasses GPT-4o in the geometry "
        "subset of MathVista."
    )
    behind = check("Sur la géométrie de MathVista, ZetaCoder reste derrière GPT-4o.", "fr", source)
    assert behind.label is Label.REFUTED and behind.reasons[0].code == "direction_reversed"
    assert check("ZetaCoder beats GPT-4o on MathVista geometry.", "en", source).label is Label.SUPPORTED


def test_rivals_after_an_adjective_is_a_noun_not_a_comparison():
    comparisons = analyse("Ovis-U1 edges past recent rivals Ristretto-3B and SAIL-VL-1.5-2B.", "en").comparisons
    assert [(c.direction, c.cue) for c in comparisons] == [(">", "edge past")]
    assert analyse("Ovis-U1 rivals Ristretto-3B.", "en").comparisons[0].direction == "="


@pytest.mark.parametrize(
    "claim, language",
    [
        ("En questions-réponses biomédicales, BioMedGPT-10B fait au moins jeu égal avec les humains une fois réglé finement.", "fr"),
        ("Once fine-tuned, BioMedGPT-10B at least matches humans on biomedical question answering.", "en"),
    ],
)
def test_at_least_level_is_met_by_ahead_or_level(claim, language):
    # arXiv:2308.09442 (BioMedGPT), abstract sentence as published
    source = make_source(
        "arXiv:2308.09442", "v1", "BioMedGPT: Open Multimodal Generative Pre-trained Transformer for BioMedicine",
        "Through fine-tuning, BioMedGPT-10B outperforms or is on par with human and significantly larger general-purpose "
        "foundation models on the biomedical QA task.",
    )
    assert check(claim, language, source).label is Label.SUPPORTED


def test_either_side_of_an_amount_opposes_neither():
    # arXiv:2401.17268 (Weaver), abstract sentences as published
    source = make_source(
        "arXiv:2401.17268", "v1", "Weaver: Foundation Models for Creative Writing",
        "This work introduces Weaver, our first family of large language models (LLMs) dedicated to content creation. "
        "The Weaver family consists of models of Weaver Mini (1.8B), Weaver Base (6B), Weaver Pro (14B), and Weaver Ultra "
        "(34B) sizes, suitable for different applications and can be dynamically dispatched by a routing agent according to "
        "query complexity to balance response quality and computation cost. Evaluation on a carefully curated benchmark "
        "for assessing the writing capabilities of LLMs shows Weaver models of all sizes outperform generalist LLMs several "
        "times larger than them. Notably, our most-capable Weaver Ultra model surpasses GPT-4, a state-of-the-art "
        "generalist LLM, on various writing scenarios, demonstrating the advantage of training specialized LLMs for "
        "writing purposes.",
    )
    claim = "A routing agent can hand each request to a larger or smaller Weaver model depending on how hard the query is."
    assert check(claim, "en", source).label is not Label.REFUTED


def test_text_based_models_are_text_only_ones():
    # arXiv:2410.13824 (MultiUI), abstract sentences as published
    source = make_source(
        "arXiv:2410.13824", "v1", "Harnessing Webpage UIs for Text-Rich Visual Understanding",
        "Despite lacking direct visual input, text-based LLMs are able to process structured text representations from "
        "webpage accessibility trees. These instructions are then paired with UI screenshots to train multimodal models.",
    )
    claim = "Text-only language models, which never see a screenshot, write the training instructions from accessibility trees."
    assert check(claim, "en", source).label is not Label.REFUTED


def test_a_need_denied_is_not_a_denial_of_what_it_is_for():
    negated = analyse("Full parse trees are not required to adapt the parser.", "en").negated_terms
    assert "require" in negated or "required" in negated
    assert "adapt" not in negated and "parser" not in negated


def test_the_highest_against_the_lowest_in_french():
    # arXiv:2109.13296 (TuringBench), abstract sentence as published
    source = make_source(
        "arXiv:2109.13296", "v1", "TURINGBENCH: A Benchmark Environment for Turing Test in the Age of Neural Text Generation",
        "Our preliminary experimental results using TuringBench show that FAIR_wmt20 and GPT-3 are the current winners, "
        "among all language models tested, in generating the most human-like indistinguishable texts with the lowest F1 "
        "score by five state-of-the-art TT detection models.",
    )
    claim = "Les textes de FAIR_wmt20 et de GPT-3 sont ceux que les détecteurs repèrent le mieux, avec les scores F1 les plus élevés."
    highest = check(claim, "fr", source)
    assert highest.label is Label.REFUTED and highest.reasons[0].code == "antonym"


@pytest.mark.parametrize(
    "sentence, english",
    [
        ("NovaNet remporte la tâche partagée.", "win"),
        ("Les auteurs espèrent réparer ces erreurs.", "repair"),
        ("Le modèle est bâti sur Llama 2.", "build"),
        ("Les auteurs craignent une dérive.", "fear"),
    ],
)
def test_french_verbs_of_the_tech_press_meet_their_english_counterparts(sentence, english):
    assert any(english in term for term in analyse(sentence, "fr").terms)


def test_a_module_placed_after_what_the_source_puts_it_before():
    # arXiv:2501.02976 (STAR), abstract sentence as published
    source = make_source(
        "arXiv:2501.02976", "v1", "STAR: Spatial-Temporal Augmentation with Text-to-Video Models for Real-World Video Super-Resolution",
        "Specifically, we introduce a Local Information Enhancement Module (LIEM) before the global attention block to "
        "enrich local details and mitigate degradation artifacts.",
    )
    after = check("Le module LIEM est placé après le bloc d'attention globale afin d'enrichir les détails locaux.", "fr", source)
    assert after.label is Label.REFUTED and after.reasons[0].code == "antonym"
    assert check("LIEM sits before the global attention block to enrich local details.", "en", source).label is Label.SUPPORTED


def test_fine_tuning_every_parameter_against_freezing_them():
    # arXiv:2309.09812 (R2GenGPT), abstract sentence as published
    source = make_source(
        "arXiv:2309.09812", "v1", "R2GenGPT: Radiology Report Generation with Frozen LLMs",
        "First, it attains state-of-the-art (SOTA) performance by training only the lightweight visual alignment module "
        "while freezing all the parameters of LLM.",
    )
    tuned = check("R2GenGPT affine l'ensemble des paramètres du LLM.", "fr", source)
    assert tuned.label is Label.REFUTED and tuned.reasons[0].code == "antonym"


@pytest.mark.parametrize(
    "claim, language",
    [
        ("Les auteurs réservent leur jeu de données et leur modèle à un usage interne.", "fr"),
        ("The authors keep their dataset and model for internal use.", "en"),
    ],
)
def test_a_release_of_the_paper_s_own_work_against_a_claim_that_names_nothing(claim, language):
    # arXiv:2404.01197 (SPRIGHT), abstract as published
    source = make_source(
        "arXiv:2404.01197", "v1", "Getting it Right: Improving Spatial Consistency in Text-to-Image Models",
        "One of the key shortcomings in current text-to-image (T2I) models is their inability to consistently "
        "generate images which faithfully follow the spatial relationships specified in the text prompt. In this "
        "paper, we offer a comprehensive investigation of this limitation, while also developing datasets and methods "
        "that achieve state-of-the-art performance. First, we find that current vision-language datasets do not "
        "represent spatial relationships well enough; to alleviate this bottleneck, we create SPRIGHT, the first "
        "spatially-focused, large scale dataset, by re-captioning 6 million images from 4 widely used vision "
        "datasets. Through a 3-fold evaluation and analysis pipeline, we find that SPRIGHT largely improves upon "
        "existing datasets in capturing spatial relationships. To demonstrate its efficacy, we leverage only ~0.25% "
        "of SPRIGHT and achieve a 22% improvement in generating spatially accurate images while also improving the "
        "FID and CMMD scores. Secondly, we find that training on images containing a large number of objects results "
        "in substantial improvements in spatial consistency. Notably, we attain state-of-the-art on T2I-CompBench "
        "with a spatial score of 0.2133, by fine-tuning on <500 images. Finally, through a set of controlled "
        "experiments and ablations, we document multiple findings that we believe will enhance the understanding of "
        "factors that affect spatial consistency in text-to-image models. We publicly release our dataset and model "
        "to foster further research in this area.",
    )
    kept = check(claim, language, source)
    assert kept.label is Label.REFUTED and kept.reasons[0].code == "antonym"



def test_weights_kept_proprietary_against_all_the_models_available():
    # arXiv:2308.09442 (BioMedGPT), abstract as published
    source = make_source(
        "arXiv:2308.09442", "v1", "Biomedgpt: Open Multimodal Generative Pre-trained Transformer For Biomedicine",
        "Foundation models (FMs) have exhibited remarkable performance across a wide range of downstream tasks in "
        "many domains. Nevertheless, general-purpose FMs often face challenges when confronted with domain-specific "
        "problems, due to their limited access to the proprietary training data in a particular domain. In "
        "biomedicine, there are various biological modalities, such as molecules, proteins, and cells, which are "
        "encoded by the language of life and exhibit significant modality gaps with human natural language. In this "
        "paper, we introduce BioMedGPT, an open multimodal generative pre-trained transformer (GPT) for biomedicine, "
        "to bridge the gap between the language of life and human natural language. BioMedGPT allows users to easily "
        "``communicate'' with diverse biological modalities through free text, which is the first of its kind. "
        "BioMedGPT aligns different biological modalities with natural language via a large generative language "
        "model, namely, BioMedGPT-LM. We publish BioMedGPT-10B, which unifies the feature spaces of molecules, "
        "proteins, and natural language via encoding and alignment. Through fine-tuning, BioMedGPT-10B outperforms or "
        "is on par with human and significantly larger general-purpose foundation models on the biomedical QA task. "
        "It also demonstrates promising performance in the molecule QA and protein QA tasks, which could greatly "
        "accelerate the discovery of new drugs and therapeutic targets. In addition, BioMedGPT-LM-7B is the first "
        "large generative language model based on Llama2 in the biomedical domain, therefore is commercial friendly. "
        "Both BioMedGPT-10B and BioMedGPT-LM-7B are open-sourced to the research community. In addition, we publish "
        "the datasets that are meticulously curated for the alignment of multi-modalities, i.e., PubChemQA and "
        "UniProtQA. All the models, codes, and datasets are available at https://github.com/PharMolix/OpenBioMed.",
    )
    kept = check("BioMedGPT's weights stay proprietary, with researchers limited to an API.", "en", source)
    assert kept.label is Label.REFUTED and kept.reasons[0].code == "antonym"


def test_a_phase_the_source_forgoes_is_not_one_it_imposes():
    # arXiv:2502.01456 (PRIME), abstract sentence as published
    source = make_source(
        "arXiv:2502.01456", "v1", "Process Reinforcement through Implicit Rewards",
        "PRIME combines well with various advantage functions and forgoes the dedicated reward model training phrase "
        "that existing approaches require, substantially reducing the development overhead.",
    )
    claim = "Comme les approches existantes, PRIME impose une phase dédiée d'entraînement du modèle de récompense."
    assert check(claim, "fr", source).label is Label.REFUTED
    assert "reward" in analyse("PRIME forgoes the dedicated reward model.", "en").negated_terms


@pytest.mark.parametrize(
    "passage, claim, language",
    [
        ("TeraPipe is a synchronous pipeline scheme that keeps the computation exact.", "TeraPipe is an asynchronous pipeline scheme.", "en"),
        ("We find a negative correlation between SFT gains and the proportion of reasoning samples.",
         "The authors find a positive correlation between SFT gains and the proportion of reasoning samples.", "en"),
        ("The attention weights are symmetric across heads.", "Les poids d'attention sont asymétriques entre les têtes.", "fr"),
        ("A top-down mechanism weights the image features.", "A bottom-up mechanism weights the image features.", "en"),
        ("The encoder processes the images sequentially.", "L'encodeur traite les images en parallèle.", "fr"),
        ("ZetaT5 is a pretrained Transformer-based encoder-decoder model.", "ZetaT5 est un modèle purement encodeur.", "fr"),
        ("For productivity, the models' retrieval success decays as caption complexity increases.",
         "Retrieval success holds steady as the captions grow more complex.", "en"),
        ("For productivity, the models' retrieval success decays as caption complexity increases.",
         "Le succès de la recherche reste stable quand la complexité des légendes augmente.", "fr"),
    ],
)
def test_more_opposite_properties_of_the_field(passage, claim, language):
    opposite = check(claim, language, make_text_source(passage))
    assert opposite.label is Label.REFUTED and opposite.reasons[0].code == "antonym"


def test_consistently_is_every_time_and_occasionally_some_times():
    source = make_text_source("Experiments on four reasoning tasks show that Zeta-7B occasionally outperforms the finetuning baselines.")
    for claim, language in (("Zeta-7B consistently outperforms the finetuning baselines.", "en"),
                            ("Zeta-7B surpasse systématiquement les baselines de finetuning.", "fr")):
        verdict = check(claim, language, source)
        assert verdict.label is Label.REFUTED and verdict.reasons[0].code == "quantifier_mismatch", claim
    consistent = make_text_source("Experiments on four reasoning tasks show that Zeta-7B consistently outperforms the finetuning baselines.")
    assert check("Zeta-7B consistently outperforms the finetuning baselines.", "en", consistent).label is Label.SUPPORTED


def test_lower_perplexity_is_ahead():
    # arXiv:2407.12327 (Spectra, TriLM), abstract sentence as published
    source = make_source(
        "arXiv:2407.12327", "v1", "Spectra: A Comprehensive Study of Ternary, Quantized, and FP16 Language Models",
        "Additionally, TriLM 3.9B lags behind FloatLM in perplexity on validation splits and web-based corpora but "
        "performs better on less noisy datasets like Lambada and PennTreeBank.",
    )
    lower = check("On web-based corpora, TriLM 3.9B achieves lower perplexity than FloatLM.", "en", source)
    assert lower.label is Label.REFUTED and lower.reasons[0].code == "direction_reversed"
    assert analyse("TriLM gets higher latency than FloatLM.", "en").comparisons[0].direction == "<"


def test_the_side_said_of_more_of_the_claim_s_words_decides():
    # arXiv:2212.03533 (E5), abstract sentences as published
    source = make_source(
        "arXiv:2212.03533", "v1", "Text Embeddings by Weakly-Supervised Contrastive Pre-training",
        "For zero-shot settings, E5 is the first model that outperforms the strong BM25 baseline on the BEIR retrieval "
        "benchmark without using any labeled data. When fine-tuned, E5 obtains the best results on the MTEB benchmark, "
        "beating existing embedding models with 40x more parameters.",
    )
    claim = "En zero-shot, E5 obtient les meilleurs résultats sur MTEB, et c'est une fois affiné qu'il bat BM25 sur BEIR."
    crossed = check(claim, "fr", source)
    assert crossed.label is Label.REFUTED and crossed.reasons[0].code == "antonym"


@pytest.mark.parametrize(
    "claim, language",
    [
        ("The JudgeLRM authors find that SFT gains for LLM judges grow as the share of reasoning-heavy samples rises.", "en"),
        ("Selon les auteurs de JudgeLRM, les gains du SFT augmentent à mesure que la part d'échantillons de raisonnement croît.", "fr"),
    ],
)
def test_gains_that_grow_with_a_share_against_a_negative_correlation(claim, language):
    # arXiv:2504.00050 (JudgeLRM), abstract sentence as published
    source = make_source(
        "arXiv:2504.00050", "v1", "JudgeLRM: Large Reasoning Models as a Judge",
        "Through a detailed analysis of reasoning requirements across evaluation tasks, we reveal a negative correlation "
        "between SFT performance gains and the proportion of reasoning-demanding samples - highlighting the limitations of "
        "SFT in such scenarios.",
    )
    grows = check(claim, language, source)
    assert grows.label is Label.REFUTED and grows.reasons[0].code == "antonym"


def test_easier_against_more_effort():
    # arXiv:2202.04173 (detoxifying language models), abstract sentence as published
    source = make_text_source(
        "We find that i) large LMs have similar toxicity levels as smaller ones given the same pre-training corpus, and "
        "ii) large LMs require more endeavor to detoxify."
    )
    easier = check("Bigger language models turn out to be easier to detoxify than small ones.", "en", source)
    assert easier.label is Label.REFUTED and easier.reasons[0].code == "antonym"


def test_a_measure_with_its_setting_written_with_a_sign():
    # arXiv:2312.02051 (TimeChat), abstract sentence as published
    source = make_source(
        "arXiv:2312.02051", "v1", "TimeChat: A Time-sensitive Multimodal Large Language Model for Long Video Understanding",
        "For example, it achieves +9.2 F1 score and +2.8 CIDEr on YouCook2, +5.8 HIT@1 on QVHighlights, and +27.5 R@1 "
        "(IoU=0.5) on Charades-STA, compared to state-of-the-art video large language models, holding the potential to "
        "serve as a versatile video assistant for long-form video comprehension tasks and satisfy realistic user "
        "requirements.",
    )
    claim = "On Charades-STA, TimeChat gains 27.5 points of R@1 at IoU 0.5 over state-of-the-art video LLMs."
    assert check(claim, "en", source).label is Label.SUPPORTED
    assert check(claim.replace("IoU 0.5", "IoU 0.7"), "en", source).label is not Label.SUPPORTED


def test_words_before_a_respectively_list_of_names_are_said_of_every_figure():
    # "video quality and temporal coherence" is no list of the figures: the names before them are
    source = make_text_source(
        "Experiments on Zeta-2B and 5B show that the sampler improves video quality and temporal coherence with only an "
        "8% and 13% increase in inference time, respectively."
    )
    right = check("Le surcoût en temps d'inférence se limite à 8 % sur Zeta-2B et à 13 % sur la version 5B.", "fr", source)
    assert right.label is Label.SUPPORTED
    swapped = check("The inference-time overhead is 13% on Zeta-2B and 8% on Zeta-5B.", "en", source)
    assert swapped.label is Label.REFUTED and swapped.reasons[0].message == "The source gives 13% to Zeta-5B, not to Zeta-2B."


def test_a_figure_measured_on_the_benchmark_the_claim_names_is_that_benchmarks():
    # arXiv:2007.08426, a sentence as published (shortened)
    source = make_text_source(
        "In particular, we report new state-of-the-art BLEU scores of 49.72 on LDC2017T10, 59.70 on WebNLG, and 25.66 "
        "on AGENDA datasets."
    )
    # 49.72 shares the words "BLEU score" with the claim's figure, but the passage measures 59.70 on WebNLG
    assert check("Sur WebNLG, le score BLEU grimpe à 59,70.", "fr", source).label is Label.SUPPORTED
    moved = check("On WebNLG, the BLEU score climbs to 49.72.", "en", source)
    assert moved.label is Label.REFUTED
    assert moved.reasons[0].message == "The source gives 49.72 to LDC2017T10; WebNLG has 59.70."


def test_a_figure_the_source_gives_to_the_next_name_of_a_list_is_not_the_first_names():
    source = make_text_source(
        "Older systems solved none of the puzzles; Alpha-7B (released in 2021) and Gamma-3 (released in 2022) solved "
        "12% of the puzzles; Beta-2 (released in 2023) solved 64% of the puzzles, close to adult players."
    )
    for claim, language in (("Alpha-7B solved 64% of the puzzles.", "en"), ("Alpha-7B a résolu 64 % des énigmes.", "fr")):
        verdict = check(claim, language, source)
        assert verdict.label is Label.REFUTED, claim
        assert verdict.reasons[0].message == "The source gives 64% to Beta-2, not to Alpha-7B."
    assert check("Beta-2 solved 64% of the puzzles.", "en", source).label is Label.SUPPORTED
    assert check("Alpha-7B solved 12% of the puzzles.", "en", source).label is Label.SUPPORTED


def test_a_claim_naming_nothing_meets_the_figure_the_passage_ties_to_no_name():
    # arXiv:1902.10486, two sentences as published: "four" is tied to CL, the gains to no name
    source = make_text_source(
        "Surprisingly, across four rather different supervised learning benchmarks adapted to CL, a very simple "
        "baseline, that jointly trains on both examples from the current task as well as examples stored in the "
        "episodic memory, significantly outperforms specifically designed CL approaches. Interestingly, we find that "
        "repetitive training on even tiny memories of past tasks does not harm generalization, on the contrary, it "
        "improves it, with gains between 7% and 17% when the memory is populated with a single example per class."
    )
    wrong = check("Storing a single example per class in memory yields gains of 17% to 27%.", "en", source)
    assert wrong.label is Label.REFUTED
    assert wrong.reasons[0].message == "The claim says 27%; the source says 7%."
    right = check("Stocker un seul exemple par classe apporte des gains de 7 à 17 %.", "fr", source)
    assert right.label is Label.SUPPORTED


def test_the_number_of_an_item_in_a_list_is_not_a_count():
    # arXiv:2310.06239, two sentences as published: "(1)" numbers an item, it counts nothing
    source = make_text_source(
        "Methods We developed a soft prompt-based LLM model and compared 4 training strategies including (1) "
        "fine-tuning without prompts; (2) hard-prompt with unfrozen LLMs; (3) soft-prompt with unfrozen LLMs; and (4) "
        "soft-prompt with frozen LLMs. We evaluated 7 pretrained LLMs using the 4 training strategies for clinical "
        "concept and relation extraction on two benchmark datasets.",
        "Model Tuning Or Prompt Tuning? A Study Of Large Language Models For Clinical Concept And Relation Extraction",
    )
    claim = "Les chercheurs ont comparé sept grands modèles de langage préentraînés selon quatre stratégies d'entraînement."
    assert check(claim, "fr", source).label is Label.SUPPORTED


def test_a_figure_after_a_contrasting_while_is_the_next_names():
    # arXiv:2505.23359, a sentence as published
    source = make_text_source(
        "Using VideoReasonBench, we comprehensively evaluate 18 state-of-the-art multimodal LLMs (MLLMs), finding that "
        "most perform poorly on complex video reasoning, e.g., GPT-4o achieves only 6.9% accuracy, while the "
        "thinking-enhanced Gemini-2.5-Pro significantly outperforms others with 56.0% accuracy."
    )
    claim = "Sur VideoReasonBench, GPT-4o obtient 56,0 % de précision, loin devant Gemini-2.5-Pro et ses 6,9 %."
    swapped = check(claim, "fr", source)
    assert swapped.label is Label.REFUTED
    assert check("GPT-4o only reaches 6.9% accuracy.", "en", source).label is Label.SUPPORTED


def test_a_figure_after_while_also_is_the_same_names():
    # arXiv:2410.21276, two sentences as published: "while also being ... 50% cheaper" is still GPT-4o's
    source = make_text_source(
        "GPT-4o can respond to audio inputs in as little as 232 milliseconds, with an average of 320 milliseconds, "
        "which is similar to human response time in conversation. It matches GPT-4 Turbo performance on text in "
        "English and code, with significant improvement on text in non-English languages, while also being much "
        "faster and 50% cheaper in the API."
    )
    verdict = check("GPT-4o costs 75% less than GPT-4 Turbo in the API.", "en", source)
    assert verdict.label is Label.REFUTED


def test_two_figures_then_two_things_are_each_things_own():
    # arXiv:2004.14560, a sentence as published: no "respectively", the order pairs them
    source = make_text_source(
        "On the Natural Questions (NQ) dataset, a single RikiNet achieves 74.3 F1 and 57.9 F1 on long-answer and "
        "short-answer tasks."
    )
    claim = "A single RikiNet posts 74.3 F1 on long answers and 57.9 F1 on short answers on Natural Questions."
    right = check(claim, "en", source)
    assert right.label is Label.SUPPORTED
    swapped = check("A single RikiNet posts 57.9 F1 on long answers and 74.3 F1 on short answers.", "en", source)
    assert swapped.label is Label.REFUTED


def test_a_measures_name_holds_no_figure_of_its_own():
    # arXiv:2004.14560, a sentence as published: "F1" is what both figures measure, not whose they are
    source = make_text_source(
        "Furthermore, an ensemble RikiNet obtains 76.1 F1 and 61.3 F1 on long-answer and short-answer tasks, "
        "achieving the best performance on the official NQ leaderboard."
    )
    claim = "Avec 76,1 de F1 sur les réponses longues et 61,3 sur les courtes, l'ensemble RikiNet mène le classement de NQ."
    assert check(claim, "fr", source).label is Label.SUPPORTED


def test_behind_the_state_of_the_art_against_outperforming_it():
    # arXiv:1806.09102, a sentence as published
    source = make_text_source(
        "Experimental results show our model outperforms the state-of-the-art methods on three multi-turn conversation "
        "benchmarks, including a newly introduced e-commerce dialogue corpus."
    )
    for claim, language in (
        ("Selon ses auteurs, ce modèle reste derrière les meilleures méthodes existantes sur les corpus de dialogue.", "fr"),
        ("The model trails the state-of-the-art methods on multi-turn conversation benchmarks.", "en"),
    ):
        verdict = check(claim, language, source)
        assert verdict.label is Label.REFUTED and verdict.reasons[0].code == "direction_reversed", claim
    assert check("The model beats the state-of-the-art methods on three conversation benchmarks.", "en", source).label is Label.SUPPORTED


def test_retraining_against_without_retraining():
    # arXiv:2201.06009, four sentences as published, with the title that names GPT-3
    source = make_text_source(
        "For example, GPT-3 would mistakenly interpret \"What word is similar to good?\" to mean a homophone, while the "
        "user intended a synonym. Our goal is to effectively correct such errors via user interactions with the system "
        "but without retraining, which will be prohibitively costly. We pair GPT-3 with a growing memory of recorded "
        "cases where the model misunderstood the user's intents, along with user feedback for clarification. Such a "
        "memory allows our system to produce enhanced prompts for any new query based on the user feedback for error "
        "correction on similar cases in the past.",
        "Memory-assisted Prompt Editing To Improve GPT-3 After Deployment",
    )
    wrong = check("Pour corriger ces erreurs, le système réentraîne GPT-3 à partir des retours des utilisateurs.", "fr", source)
    assert wrong.label is Label.REFUTED and wrong.reasons[0].message == "The source says the opposite (weight updates)."
    right = check("Le système corrige ces erreurs grâce aux interactions avec les utilisateurs, sans réentraînement.", "fr", source)
    assert right.label is Label.SUPPORTED


def test_the_passage_says_the_claim_of_another_model():
    # arXiv:2303.07142, three sentences as published: the winning classifier is another model than the claim's
    source = make_text_source(
        "Specifically, we evaluate the performance of two commercially available state-of-the-art GPT-3.5-based "
        "language models, text-davinci-003 and gpt-3.5-turbo. We also conduct a detailed analysis of the impact of "
        "different aspects of prompt engineering on the model's performance. Our results show that, with a "
        "well-designed prompt, a zero-shot gpt-3.5-turbo classifier outperforms all other models, achieving a 6% "
        "increase in Precision@95% Recall compared to the best supervised approach."
    )
    wrong = check("The best classifier in the study was a zero-shot text-davinci-003.", "en", source)
    assert wrong.label is Label.REFUTED and wrong.reasons[0].code == "entity_mismatch"
    assert "gpt-3.5-turbo, not text-davinci-003" in wrong.reasons[0].message
    right = check("Le meilleur classifieur de l'étude est un gpt-3.5-turbo en zero-shot.", "fr", source)
    assert right.label is Label.SUPPORTED


def test_nobody_ahead_of_a_model_says_it_leads():
    # arXiv:2409.02060 and arXiv:2402.16819, sentences as published: "none beats X" is X ahead of the others
    olmoe = make_text_source(
        "We pretrain it on 5 trillion tokens and further adapt it to create OLMoE-1B-7B-Instruct. Our models "
        "outperform all available models with similar active parameters, even surpassing larger ones like "
        "Llama2-13B-Chat and DeepSeekMoE-16B."
    )
    claim = "Among models with a comparable number of active parameters, none of those available beats OLMoE."
    assert check(claim, "en", olmoe).label is Label.SUPPORTED
    nemotron = make_text_source(
        "Specifically, Nemotron-4 15B exhibits the best multilingual capabilities of all similarly-sized models, even "
        "outperforming models over four times larger and those explicitly specialized for multilingual tasks."
    )
    claim = "No model of its size is better at multilingual tasks than Nemotron-4 15B."
    assert check(claim, "en", nemotron).label is Label.SUPPORTED
    # a claim that denies the model's lead is still refuted
    denied = check("Nemotron-4 15B is not better at multilingual tasks than models of its size.", "en", nemotron)
    assert denied.label is Label.REFUTED


@pytest.mark.parametrize("sentence, claim", [
    # arXiv:2407.10759 and arXiv:2005.00200, sentences as published
    (
        "Additionally, DPO has optimized the model's performance in terms of factuality and adherence to desired "
        "behavior.",
        "Un passage par DPO a amélioré la factualité du modèle et son respect des comportements attendus.",
    ),
    (
        "In addition to standard Masked Language Modeling (MLM) and Masked Frame Modeling (MFM) objectives, we design "
        "two new pre-training tasks: (i) Video-Subtitle Matching (VSM), where the model predicts both global and local "
        "temporal alignment; and (ii) Frame Order Modeling (FOM), where the model predicts the right order of shuffled "
        "video frames.",
        "L'une des nouvelles tâches consiste à remettre dans le bon ordre des images vidéo mélangées.",
    ),
])
def test_french_words_the_lexicon_carries_over(sentence, claim):
    assert check(claim, "fr", make_text_source(sentence)).label is Label.SUPPORTED


def test_the_error_location_annotated_by_hand():
    # arXiv:2412.06559, the abstract as published, with the title: "la position des erreurs" is the error location
    source = make_text_source(
        "As language models regularly make mistakes when solving math problems, automated identification of errors in "
        "the reasoning process becomes increasingly significant for their scalable oversight. In this paper, we "
        "introduce ProcessBench for measuring the ability to identify erroneous steps in mathematical reasoning. It "
        "consists of 3,400 test cases, primarily focused on competition- and Olympiad-level math problems. Each test "
        "case contains a step-by-step solution with error location annotated by human experts. Models are required to "
        "identify the earliest step that contains an error, or conclude that all steps are correct. We conduct "
        "extensive evaluation on ProcessBench, involving two types of models: process reward models (PRMs) and critic "
        "models, where for the latter we prompt general language models to critique each solution step by step. We "
        "draw two main observations: (1) Existing PRMs typically fail to generalize to more challenging math problems "
        "beyond GSM8K and MATH. They underperform both critic models (i.e., prompted general language models) and our "
        "own trained PRM that is straightforwardly fine-tuned on the PRM800K dataset. (2) The best open-source model, "
        "QwQ-32B-Preview, has demonstrated the critique capability competitive with the proprietary model GPT-4o, "
        "despite that it still lags behind the reasoning-specialized o1-mini. We hope ProcessBench can foster future "
        "research in reasoning process assessment, paving the way toward scalable oversight of language models.",
        "Processbench: Identifying Process Errors In Mathematical Reasoning",
    )
    wrong = check("Dans ProcessBench, la position des erreurs est annotée automatiquement, sans intervention humaine.", "fr", source)
    assert wrong.label is Label.REFUTED and wrong.reasons[0].message == "The source says the opposite (manual automatic)."


def test_a_list_of_figures_with_one_changed():
    # arXiv:2404.09173, two sentences as published
    source = make_text_source(
        "TransformerFAM requires no additional weights, enabling seamless integration with pre-trained models. Our "
        "experiments show that TransformerFAM significantly improves Transformer performance on long-context tasks "
        "across various model sizes (1B, 8B, and 24B)."
    )
    for claim, language in (
        ("Les essais portent sur des modèles de 1, 8 et 70 milliards de paramètres.", "fr"),
        ("The experiments cover models of 1B, 8B and 70B parameters.", "en"),
    ):
        verdict = check(claim, language, source)
        assert verdict.label is Label.REFUTED, claim
        assert verdict.reasons[0].message.endswith("the source lists 24B in its place.")
    assert check("Les essais portent sur des modèles de 1, 8 et 24 milliards de paramètres.", "fr", source).label is Label.SUPPORTED


def test_a_denied_degree_is_the_passages_prefixed_one():
    # arXiv:2207.00112, a sentence as published: "sans perte notable" is "an insignificant impact"
    source = make_text_source(
        "Moreover, the evaluation of compressing an already compact model shows our method can further reduce 9% to "
        "30% parameters with an insignificant impact on task accuracy."
    )
    right = "Sur des modèles déjà compacts, la méthode retire encore de 9 % à 30 % des paramètres sans perte notable."
    assert check(right, "fr", source).label is Label.SUPPORTED
    wrong = check("Sur des modèles déjà compacts, la méthode retire de 9 % à 30 % des paramètres, avec une perte notable "
                  "de précision.", "fr", source)
    assert wrong.label is Label.REFUTED and wrong.reasons[0].code == "negated"


def test_abstaining_carries_over_from_french():
    # arXiv:1806.03822, the abstract as published, with its title
    source = make_text_source(
        "Extractive reading comprehension systems can often locate the correct answer to a question in a context "
        "document, but they also tend to make unreliable guesses on questions for which the correct answer is not "
        "stated in the context. Existing datasets either focus exclusively on answerable questions, or use "
        "automatically generated unanswerable questions that are easy to identify. To address these weaknesses, we "
        "present SQuAD 2.0, the latest version of the Stanford Question Answering Dataset (SQuAD). SQuAD 2.0 combines "
        "existing SQuAD data with over 50,000 unanswerable questions written adversarially by crowdworkers to look "
        "similar to answerable ones. To do well on SQuAD 2.0, systems must not only answer questions when possible, "
        "but also determine when no answer is supported by the paragraph and abstain from answering. SQuAD 2.0 is a "
        "challenging natural language understanding task for existing models: a strong neural system that gets 86% F1 "
        "on SQuAD 1.1 achieves only 66% F1 on SQuAD 2.0.",
        "Know What You Don't Know: Unanswerable Questions For Squad",
    )
    claim = (
        "Pour bien figurer sur SQuAD 2.0, un système doit répondre quand c'est possible, mais aussi savoir s'abstenir "
        "lorsque le paragraphe ne contient pas la réponse."
    )
    assert check(claim, "fr", source).label is Label.SUPPORTED


def test_a_factor_read_as_a_percentage():
    # arXiv:2306.12156, a sentence as published: fifty times is not 50%
    source = make_text_source(
        "With our method, we achieve a comparable performance with the SAM method at 50 times higher run-time speed."
    )
    wrong = check("The method runs about 50% faster than SAM.", "en", source)
    assert wrong.label is Label.REFUTED and wrong.reasons[0].message == "The claim says 50%; the source says 50 times."
    assert check("La méthode tourne 50 fois plus vite que SAM.", "fr", source).label is Label.SUPPORTED


def test_outclassed_by_what_the_source_puts_behind():
    # arXiv:2402.16819, a sentence as published
    source = make_text_source(
        "Specifically, Nemotron-4 15B exhibits the best multilingual capabilities of all similarly-sized models, even "
        "outperforming models over four times larger and those explicitly specialized for multilingual tasks."
    )
    wrong = check("On multilingual tasks, Nemotron-4 15B is outclassed by models four times its size.", "en", source)
    assert wrong.label is Label.REFUTED and wrong.reasons[0].code == "direction_reversed"
    right = check("On multilingual tasks, Nemotron-4 15B outperforms models four times its size.", "en", source)
    assert right.label is Label.SUPPORTED


def test_a_figure_measured_on_the_benchmark_the_claim_names_is_not_crossed():
    # arXiv:2305.12031, a sentence as published: 53.6% is GPT-3.5's on MedQA; its 58.5% is on another benchmark
    source = make_text_source(
        "Leveraging efficient single-GPU training, Clinical Camel surpasses GPT-3.5 in five-shot evaluations on all "
        "assessed benchmarks, including 64.3% on the USMLE Sample Exam (compared to 58.5% for GPT-3.5), 77.9% on "
        "PubMedQA (compared to 60.2%), 60.7% on MedQA (compared to 53.6%), and 54.2% on MedMCQA (compared to 51.0%)."
    )
    right = check("Sur MedQA, Clinical Camel atteint 60,7 %, soit sept points de plus que GPT-3.5 (53,6 %).", "fr", source)
    assert right.label is Label.SUPPORTED
    crossed = check("Sur PubMedQA, Clinical Camel atteint 60,7 %, contre 53,6 % pour GPT-3.5.", "fr", source)
    assert crossed.label is Label.REFUTED


def test_the_authors_result_is_their_systems():
    # arXiv:1901.07291, as published: "we obtain 34.3 BLEU" is XLM's result, the name the abstract introduces
    source = make_text_source(
        "Recent studies have demonstrated the efficiency of generative pretraining for English natural language "
        "understanding. In this work, we extend this approach to multiple languages and show the effectiveness of "
        "cross-lingual pretraining. We propose two methods to learn cross-lingual language models (XLMs): one "
        "unsupervised that only relies on monolingual data, and one supervised that leverages parallel data with a new "
        "cross-lingual language model objective. We obtain state-of-the-art results on cross-lingual classification, "
        "unsupervised and supervised machine translation. On XNLI, our approach pushes the state of the art by an "
        "absolute gain of 4.9% accuracy. On unsupervised machine translation, we obtain 34.3 BLEU on WMT'16 "
        "German-English, improving the previous state of the art by more than 9 BLEU. On supervised machine "
        "translation, we obtain a new state of the art of 38.5 BLEU on WMT'16 Romanian-English, outperforming the "
        "previous best approach by more than 4 BLEU. Our code and pretrained models will be made publicly available.",
        "Cross-lingual Language Model Pretraining",
    )
    claim = (
        "XLM scores 34.3 BLEU on unsupervised WMT'16 German-English translation, beating the previous best by more "
        "than 9 BLEU."
    )
    assert check(claim, "en", source).label is Label.SUPPORTED
    assert check(claim.replace("34.3", "36.3"), "en", source).label is Label.REFUTED


def test_a_figure_kept_with_the_setting_beside_it():
    # arXiv:2004.07437, a sentence as published: 28.0 BLEU goes with 4 generation steps, 27.5 with 2
    source = make_text_source(
        "On the competitive WMT'14 En\\(\\rightarrow\\)De task, our CTC model achieves 25.7 BLEU with a single "
        "generation step, while Imputer achieves 27.5 BLEU with 2 generation steps, and 28.0 BLEU with 4 generation "
        "steps. This compares favourably to the autoregressive Transformer baseline at 27.8 BLEU."
    )
    right = (
        "Sur la tâche WMT'14 anglais-allemand, Imputer atteint 28,0 BLEU en quatre étapes de génération, contre 27,8 "
        "pour le Transformer."
    )
    assert check(right, "fr", source).label is Label.SUPPORTED
    assert check(right.replace("quatre", "deux"), "fr", source).label is Label.REFUTED


def test_a_benchmark_opening_the_sentence_is_said_of_both_figures():
    # arXiv:2211.12561, a sentence as published
    source = make_text_source(
        "We show that RA-CM3 significantly outperforms baseline multimodal models such as DALL-E and CM3 on both image "
        "and caption generation tasks (12 FID and 17 CIDEr improvements on MS-COCO), while requiring much less compute "
        "for training (<30% of DALL-E)."
    )
    right = "Sur MS-COCO, RA-CM3 gagne 12 points de FID et 17 points de CIDEr face aux modèles de référence."
    assert check(right, "fr", source).label is Label.SUPPORTED
    swapped = "Sur MS-COCO, RA-CM3 gagne 17 points de FID et 12 points de CIDEr face aux modèles de référence."
    assert check(swapped, "fr", source).label is Label.REFUTED


def test_what_a_claim_opens_by_setting_aside_is_the_alternatives():
    # arXiv:2101.00190, the first sentences as published: storing a copy per task is what fine-tuning needs
    source = make_text_source(
        "Fine-tuning is the de facto way to leverage large pretrained language models to perform downstream tasks. "
        "However, it modifies all the language model parameters and therefore necessitates storing a full copy for "
        "each task. In this paper, we propose prefix-tuning, a lightweight alternative to fine-tuning for natural "
        "language generation tasks, which keeps language model parameters frozen, but optimizes a small continuous "
        "task-specific vector (called the prefix).",
        "Prefix-Tuning: Optimizing Continuous Prompts for Generation",
    )
    claim = (
        "Instead of storing a full model copy for every task, prefix-tuning learns a small task-specific continuous "
        "vector while the language model itself stays frozen."
    )
    assert check(claim, "en", source).label is Label.SUPPORTED
    # set aside after the verb, it is what the subject does not do
    wrong = check("Prefix-tuning optimizes a small continuous vector rather than keeping the model frozen.", "en", source)
    assert wrong.label is Label.REFUTED


def test_ahead_where_the_source_is_only_level():
    # arXiv:2101.00190, a sentence as published: level in the full data setting, ahead in low-data settings
    source = make_text_source(
        "We find that by learning only 0.1% of the parameters, prefix-tuning obtains comparable performance in the "
        "full data setting, outperforms fine-tuning in low-data settings, and extrapolates better to examples with "
        "topics unseen during training.",
        "Prefix-Tuning: Optimizing Continuous Prompts for Generation",
    )
    wrong = check("With the full training data, prefix-tuning clearly outperforms standard fine-tuning.", "en", source)
    assert wrong.label is Label.REFUTED and wrong.reasons[0].code == "direction_mismatch"
    right = check("With little training data, prefix-tuning outperforms standard fine-tuning.", "en", source)
    assert right.label is Label.SUPPORTED


def test_ahead_of_a_model_the_source_ties_with():
    # arXiv:2308.04592, a sentence as published
    source = make_text_source(
        "In human evaluation, Shepherd strictly outperforms other models and on average closely ties with ChatGPT."
    )
    assert check("En évaluation humaine, Shepherd surclasse nettement ChatGPT.", "fr", source).label is Label.REFUTED
    assert check("In human evaluation, Shepherd roughly ties with ChatGPT.", "en", source).label is Label.SUPPORTED


def test_a_count_whose_head_a_dash_glues_to_its_list():
    # arXiv:2312.03543, a sentence as published ("encoders-Text", with no space around the dash)
    source = make_text_source(
        "Our Context-Aware Visual Grounding (CAVG) model is an advanced system that integrates five core "
        "encoders-Text, Image, Context, and Cross-Modal-with a Multimodal decoder."
    )
    wrong = check("CAVG combines three core encoders with a multimodal decoder.", "en", source)
    assert wrong.label is Label.REFUTED and wrong.reasons[0].message == "The claim says 3; the source says 5."
    assert check("CAVG combines five core encoders with a multimodal decoder.", "en", source).label is Label.SUPPORTED


def test_a_size_the_source_writes_beside_the_name():
    # arXiv:2305.07001, a sentence as published
    source = make_text_source(
        "Instead of using public APIs of LLMs, we instruction tune an open-source LLM (3B Flan-T5-XL), in order to "
        "better adapt LLMs to recommender systems."
    )
    wrong = check("Le modèle affiné est un Flan-T5-XL de 11 milliards de paramètres.", "fr", source)
    assert wrong.label is Label.REFUTED and wrong.reasons[0].message == "The source gives Flan-T5-XL 3B, not 11 milliards."
    right = check("Le modèle affiné est un Flan-T5-XL de 3 milliards de paramètres.", "fr", source)
    assert right.label is Label.SUPPORTED


def test_a_french_claim_that_says_what_is_ignored():
    # arXiv:1911.09983, a sentence as published
    source = make_text_source(
        "TreeGen uses the attention mechanism of Transformers to alleviate the long-dependency problem, and introduces "
        "a novel AST reader (encoder) to incorporate grammar rules and AST structures into the network."
    )
    for claim in (
        "TreeGen fait l'impasse sur les règles de grammaire et ignore la structure de l'arbre syntaxique abstrait.",
        "TreeGen néglige les règles de grammaire.",
    ):
        assert check(claim, "fr", source).label is Label.REFUTED
    assert check("TreeGen intègre les règles de grammaire.", "fr", source).label is Label.SUPPORTED


def test_a_link_where_everything_can_be_found_is_a_release():
    # arXiv:2304.14454, the last sentence as published
    source = make_text_source("All models, codes, datasets can be found in https://github.com/chaoyi-wu/PMC-LLaMA.")
    closed = "PMC-LLaMA est un modèle fermé dont ni le code ni les données ne sont publiés."
    wrong = check(closed, "fr", source)
    assert wrong.label is Label.REFUTED and wrong.reasons[0].message == "The source says the opposite (openness)."


def test_what_the_source_beats_does_without_is_not_denied_of_its_subject():
    # arXiv:2110.15943, sentences as published: "without meta-training" is said of a baseline MetaICL beats
    source = make_text_source(
        "MetaICL outperforms a range of baselines including in-context learning without meta-training and multi-task "
        "learning followed by zero-shot transfer. We also show that MetaICL approaches (and sometimes beats) the "
        "performance of models fully finetuned on the target task, and outperforms much bigger models with nearly 8x "
        "parameters.",
        "MetaICL: Learning to Learn In Context",
    )
    verdict = check("MetaICL's meta-training takes several days on eight GPUs.", "en", source)
    assert verdict.label is Label.NOT_ENOUGH_INFO


def test_a_kind_of_system_written_with_based_is_no_base_model():
    # arXiv:1911.09983, the abstract as published: RNN is never named, so nothing is said of RNN-based generators
    source = make_text_source(
        "A code generation system generates programming language code based on an input natural language description. "
        "State-of-the-art approaches rely on neural networks for code generation. However, these code generators suffer "
        "from two problems. One is the long dependency problem, where a code element often depends on another far-away "
        "code element. A variable reference, for example, depends on its definition, which may appear quite a few lines "
        "before. The other problem is structure modeling, as programs contain rich structural information. In this "
        "paper, we propose a novel tree-based neural architecture, TreeGen, for code generation. TreeGen uses the "
        "attention mechanism of Transformers to alleviate the long-dependency problem, and introduces a novel AST "
        "reader (encoder) to incorporate grammar rules and AST structures into the network. We evaluated TreeGen on a "
        "Python benchmark, HearthStone, and two semantic parsing benchmarks, ATIS and GEO. TreeGen outperformed the "
        "previous state-of-the-art approach by 4.5 percentage points on HearthStone, and achieved the best accuracy "
        "among neural network-based approaches on ATIS (89.1%) and GEO (89.6%). We also conducted an ablation test to "
        "better understand each component of our model.",
        "TreeGen: A Tree-Based Transformer Architecture for Code Generation",
    )
    verdict = check("TreeGen generates code faster at inference time than earlier RNN-based generators.", "en", source)
    assert verdict.label is Label.NOT_ENOUGH_INFO


def test_figures_each_written_before_its_benchmark():
    # arXiv:2312.15685, a sentence as published
    source = make_text_source(
        "When further trained with direct preference optimization (DPO), deita-Mistral-7B + DPO trained with 6K SFT "
        "and 10K DPO samples achieve 7.55 MT-Bench and 90.06% AlpacaEval scores."
    )
    swapped = check("Après DPO, deita-Mistral-7B obtient 90,06 sur MT-Bench et 7,55 % sur AlpacaEval.", "fr", source)
    assert swapped.label is Label.REFUTED and swapped.reasons[0].code == "number_mismatch"
    right = check("Après DPO, deita-Mistral-7B obtient 7,55 sur MT-Bench et 90,06 % sur AlpacaEval.", "fr", source)
    assert right.label is Label.SUPPORTED


def test_likened_to_what_a_whereas_sentence_sets_apart():
    # arXiv:2303.12153, a sentence as published
    source = make_text_source(
        "Whereas previous language-based planners only consider the feasibility of individual skills, Text2Motion "
        "actively resolves geometric dependencies spanning skill sequences by performing geometric feasibility planning "
        "during its search."
    )
    claim = "Like previous language-based planners, Text2Motion only checks whether each skill is feasible on its own."
    wrong = check(claim, "en", source)
    assert wrong.label is Label.REFUTED and wrong.reasons[0].message.startswith("The source sets its subject apart")


def test_a_paraphrase_in_other_words_of_the_field():
    # arXiv:2204.05832, a sentence as published: "cheaply converted" for "efficiently adapted"
    source = make_text_source(
        "Furthermore, we find that pretrained causal decoder models can be efficiently adapted into non-causal decoder "
        "models, ultimately achieving competitive performance after multitask finetuning. Code and checkpoints are "
        "available at https://github.com/bigscience-workshop/architecture-objective.",
        "What Language Model Architecture and Pretraining Objective Work Best for Zero-Shot Generalization?",
    )
    claim = "A pretrained causal decoder can be cheaply converted into a non-causal one that ends up competitive."
    assert check(claim, "en", source).label is Label.SUPPORTED


def test_the_subject_after_a_participle_phrase_is_the_phrases_too():
    # arXiv:2404.00399, a sentence as published
    source = make_text_source(
        "Continually pretrained from StarCoderPlus on 435 billion additional tokens, Aurora-M surpasses 2 trillion "
        "tokens in total training token count."
    )
    right = check("Aurora-M was continually pretrained from StarCoderPlus on an extra 435 billion tokens.", "en", source)
    assert right.label is Label.SUPPORTED
    moved = check("Aurora-M was continually pretrained from StarCoderPlus on an extra 2 trillion tokens.", "en", source)
    assert moved.label is Label.REFUTED

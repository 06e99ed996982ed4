//! Alignment against hand-made gold: `tests/align/*.json` (workspace root) list
//! topics of claims per document set; claims in one gold topic are link pairs,
//! annotated claims in different gold topics are no-link pairs (plus explicit
//! `no_link` pairs). A predicted link is two claims in one engine topic.
//!
//! Run `cargo test -p corroborate-engine --test align -- --nocapture` for the
//! precision / recall table and every missed link and wrong merge.
//!
//! Wrong merges mislead a reader more than missed links, so the headline score
//! is F0.5 (precision weighted twice as much as recall).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use corroborate::claim::{Claim, ClaimKind};
use corroborate::document::Document;
use corroborate::report::{Report, Status, Topic};
use serde::Deserialize;

mod synthetic;

// Bars: about five points under what the engine scored when they were set
// (seed: P 1.000 R 0.865 F0.5 0.970; andes_quake: P 1.000 R 0.870 F0.5 0.971).
// Most missed seed links are events of different precision about one thing
// (a treaty signed "last year" / "in June") and one speaker's claim reported
// under another's name.
const MIN_SEED_PRECISION: f64 = 0.95;
const MIN_SEED_RECALL: f64 = 0.80;
const MIN_ANDES_PRECISION: f64 = 0.95;
const MIN_ANDES_RECALL: f64 = 0.82;

#[derive(Debug, Deserialize)]
struct Gold {
    docs: Vec<String>,
    topics: Vec<GoldTopic>,
    #[serde(default)]
    no_link: Vec<[ClaimRef; 2]>,
}

#[derive(Debug, Deserialize)]
struct GoldTopic {
    label: String,
    #[serde(default)]
    status: Option<Status>,
    claims: Vec<ClaimRef>,
}

/// A claim by document, kind, and substrings of its mention and/or sentence.
#[derive(Debug, Clone, Deserialize)]
struct ClaimRef {
    doc: String,
    kind: ClaimKind,
    #[serde(default)]
    mention: Option<String>,
    #[serde(default)]
    sentence: Option<String>,
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn load(path: &str) -> Document {
    let path = workspace().join(path);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let id = path.file_stem().expect("a file name").to_string_lossy().into_owned();
    Document::from_bytes(id, &bytes).expect("gold documents load")
}

fn gold(name: &str) -> Gold {
    let path = workspace().join("tests/align").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The claim a gold reference names, if the extractor found it.
fn lookup<'r>(report: &'r Report, reference: &ClaimRef) -> Option<&'r Claim> {
    report.claims.iter().find(|c| {
        *c.doc == *reference.doc
            && c.kind == reference.kind
            && reference.mention.as_ref().is_none_or(|m| c.mention.text.contains(m.as_str()))
            && reference.sentence.as_ref().is_none_or(|s| c.text.contains(s.as_str()))
    })
}

fn find<'r>(report: &'r Report, reference: &ClaimRef) -> &'r Claim {
    lookup(report, reference).unwrap_or_else(|| panic!("gold claim not extracted: {reference:?}"))
}

fn topic_of<'r>(report: &'r Report, claim: &Claim) -> &'r Topic {
    report.topics.iter().find(|t| t.id == claim.topic).expect("every claim has a topic")
}

#[derive(Debug, Default)]
struct Score {
    links: usize,
    found: usize,
    no_links: usize,
    wrong_merges: usize,
    problems: Vec<String>,
}

impl Score {
    fn precision(&self) -> f64 {
        let predicted = self.found + self.wrong_merges;
        if predicted == 0 {
            1.0
        } else {
            self.found as f64 / predicted as f64
        }
    }

    fn recall(&self) -> f64 {
        if self.links == 0 {
            1.0
        } else {
            self.found as f64 / self.links as f64
        }
    }

    /// F-beta with beta = 0.5: precision counts twice.
    fn f_half(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            1.25 * p * r / (0.25 * p + r)
        }
    }
}

/// Scores one gold set; also returns the report for further checks.
fn score(name: &str) -> (Score, Report, Gold) {
    let gold = gold(name);
    let docs: Vec<Document> = gold.docs.iter().map(|path| load(path)).collect();
    let report = Report::build(&docs);
    let mut annotated: Vec<(usize, &Claim)> = Vec::new();
    let mut score = Score::default();
    for (t, topic) in gold.topics.iter().enumerate() {
        let mut unextracted = 0;
        for reference in &topic.claims {
            match lookup(&report, reference) {
                Some(claim) => annotated.push((t, claim)),
                None => {
                    score.problems.push(format!("not extracted [{}]: {reference:?}", topic.label));
                    unextracted += 1;
                }
            }
        }
        // A claim the extractor missed cannot be linked: all its links are missed.
        let n = topic.claims.len();
        score.links +=
            unextracted * (n - unextracted) + unextracted * unextracted.saturating_sub(1) / 2;
    }
    let show = |c: &Claim| format!("{} {:?} «{}»", c.id, c.kind, c.mention.text);
    for (n, &(ta, a)) in annotated.iter().enumerate() {
        for &(tb, b) in &annotated[n + 1..] {
            let linked = a.topic == b.topic;
            if ta == tb {
                score.links += 1;
                if linked {
                    score.found += 1;
                } else {
                    score.problems.push(format!(
                        "missed [{}]: {} ~ {}",
                        gold.topics[ta].label,
                        show(a),
                        show(b)
                    ));
                }
            } else if a.kind == b.kind {
                score.no_links += 1;
                if linked {
                    score.wrong_merges += 1;
                    score.problems.push(format!(
                        "WRONG MERGE [{} | {}]: {} ~ {}",
                        gold.topics[ta].label,
                        gold.topics[tb].label,
                        show(a),
                        show(b)
                    ));
                }
            }
        }
    }
    for [a, b] in &gold.no_link {
        let (Some(a), Some(b)) = (lookup(&report, a), lookup(&report, b)) else { continue };
        score.no_links += 1;
        if a.topic == b.topic {
            score.wrong_merges += 1;
            score.problems.push(format!("WRONG MERGE (no_link): {} ~ {}", show(a), show(b)));
        }
    }
    (score, report, gold)
}

fn print(name: &str, score: &Score) {
    println!(
        "{name:<14} links {:>3}/{:<3} no-links {:>4} wrong merges {:>2}  precision {:.3} recall {:.3} F0.5 {:.3}",
        score.found,
        score.links,
        score.no_links,
        score.wrong_merges,
        score.precision(),
        score.recall(),
        score.f_half()
    );
    for problem in &score.problems {
        println!("    {problem}");
    }
}

#[test]
fn seed_corpus_links_meet_the_bars() {
    let (score, _, _) = score("seed.json");
    print("seed", &score);
    assert!(score.precision() >= MIN_SEED_PRECISION, "seed precision {:.3}", score.precision());
    assert!(score.recall() >= MIN_SEED_RECALL, "seed recall {:.3}", score.recall());
}

#[test]
fn disaster_set_links_meet_the_bars() {
    let (score, _, _) = score("andes_quake.json");
    print("andes_quake", &score);
    assert!(score.precision() >= MIN_ANDES_PRECISION, "andes precision {:.3}", score.precision());
    assert!(score.recall() >= MIN_ANDES_RECALL, "andes recall {:.3}", score.recall());
}

/// The gold statuses of fully found topics, checked where the gold gives one.
fn statuses_match(name: &str) {
    let (_, report, gold) = score(name);
    for topic in &gold.topics {
        let Some(expected) = topic.status else { continue };
        let claims: Vec<Option<&Claim>> = topic.claims.iter().map(|r| lookup(&report, r)).collect();
        let Some(Some(first)) = claims.first() else { continue };
        let found = topic_of(&report, first);
        if claims.iter().all(|c| c.is_some_and(|c| c.topic == found.id)) {
            assert_eq!(found.status, expected, "{}: {} ({})", topic.label, found.label, found.why);
        }
    }
}

#[test]
fn seed_statuses_match_the_gold() {
    statuses_match("seed.json");
}

#[test]
fn disaster_statuses_match_the_gold() {
    statuses_match("andes_quake.json");
}

#[test]
fn troop_counts_of_ten_to_twelve_thousand_and_fourteen_thousand_conflict() {
    let (_, report, gold) = score("seed.json");
    let reference = &gold.topics[0].claims[3];
    assert_eq!(reference.mention.as_deref(), Some("10,000 to 12,000"));
    let topic = topic_of(&report, find(&report, reference));
    assert_eq!(topic.status, Status::Conflict, "{}", topic.why);
    assert!(topic.why.contains("10,000–12,000") && topic.why.contains("14,000"), "{}", topic.why);
}

#[test]
fn at_least_ten_thousand_fits_fourteen_thousand() {
    let docs = [
        Document::from_text("a", " date 2025-04-28\n\nOfficials said Freedonia dispatched at least 10,000 troops to Sylvania."),
        Document::from_text("b", " date 2025-04-28\n\nFreedonia sent 14,000 troops to Sylvania, Sylvania officials said."),
    ];
    let report = Report::build(&docs);
    let figure = report.claims.iter().find(|c| c.kind == ClaimKind::Figure).expect("a figure");
    let topic = topic_of(&report, figure);
    assert_eq!(topic.claims.len(), 2, "{topic:?}");
    assert_eq!(topic.status, Status::Agree, "{}", topic.why);
    assert_eq!(topic.why, "at least 10,000 fits 14,000");
    assert_eq!(topic.label, "troops sent to Sylvania");
}

#[test]
fn rising_death_toll_is_evolving_not_a_conflict() {
    let (_, report, gold) = score("andes_quake.json");
    let topic = topic_of(&report, find(&report, &gold.topics[0].claims[0]));
    assert_eq!(topic.status, Status::Evolving, "{}", topic.why);
    assert!(topic.why.starts_with("rose from at least 120 (2026-02-10) to 947"), "{}", topic.why);
    let missing = topic_of(&report, find(&report, &gold.topics[3].claims[0]));
    assert_eq!(missing.status, Status::Evolving, "{}", missing.why);
    assert!(missing.why.starts_with("fell from"), "{}", missing.why);
}

#[test]
fn every_claim_has_a_topic_and_every_topic_all_fields() {
    let (_, report, _) = score("seed.json");
    let json: serde_json::Value = serde_json::from_str(&report.to_json()).expect("valid JSON");
    for claim in json["claims"].as_array().expect("claims") {
        let topic = claim["topic"].as_str().expect("a topic id");
        assert!(report.topics.iter().any(|t| t.id == topic), "{topic}");
    }
    for topic in json["topics"].as_array().expect("topics") {
        for field in ["id", "label", "kind", "claims", "status", "why", "silent"] {
            assert!(!topic[field].is_null(), "{field} missing in {topic}");
        }
        assert!(!topic["label"].as_str().unwrap_or_default().is_empty(), "{topic}");
    }
}

/// Topics as sets of claim ids, with their verdicts: what must not depend on input order.
fn partition(report: &Report) -> BTreeSet<(Vec<String>, String, String, Vec<String>)> {
    report
        .topics
        .iter()
        .map(|t| {
            (
                t.claims.clone(),
                format!("{:?} {}", t.status, t.why),
                t.label.clone(),
                t.silent.iter().map(|doc| doc.to_string()).collect(),
            )
        })
        .collect()
}

#[test]
fn topics_do_not_depend_on_file_order() {
    let gold = gold("seed.json");
    let mut docs: Vec<Document> = gold.docs.iter().map(|p| load(p)).collect();
    docs.extend(gold_docs("andes_quake.json"));
    let forward = Report::build(&docs);
    docs.reverse();
    docs.swap(1, 4);
    let shuffled = Report::build(&docs);
    assert_eq!(partition(&forward), partition(&shuffled));
    assert_eq!(
        forward.topics.iter().map(|t| &t.id).collect::<Vec<_>>(),
        shuffled.topics.iter().map(|t| &t.id).collect::<Vec<_>>()
    );
}

fn gold_docs(name: &str) -> Vec<Document> {
    gold(name).docs.iter().map(|p| load(p)).collect()
}
/// 1,000 articles: the ten gold articles retold as 100 stories with their own
/// names, all published in the same two news cycles.
#[test]
fn thousand_articles_align_story_by_story() {
    let docs = synthetic::retold(&synthetic::gold_articles(), 100);
    assert_eq!(docs.len(), 1000);
    let report = Report::build(&docs);
    let story = |id: &str| id.split('-').next().unwrap_or_default().to_string();
    for topic in &report.topics {
        let stories: BTreeSet<String> = topic.claims.iter().map(|id| story(id)).collect();
        assert_eq!(stories.len(), 1, "a topic mixes stories: {topic:?}");
    }
    // Each story aligns exactly as it does alone.
    let by_story: HashMap<String, Vec<&Topic>> =
        report.topics.iter().fold(HashMap::new(), |mut map, t| {
            map.entry(story(&t.claims[0])).or_default().push(t);
            map
        });
    for n in [0, 37, 99] {
        let alone: Vec<Document> =
            docs.iter().filter(|d| d.id.starts_with(&format!("s{n:03}-"))).cloned().collect();
        let single = Report::build(&alone);
        let expected: BTreeMap<Vec<String>, (Status, String)> =
            single.topics.iter().map(|t| (t.claims.clone(), (t.status, t.why.clone()))).collect();
        let found: BTreeMap<Vec<String>, (Status, String)> = by_story[&format!("s{n:03}")]
            .iter()
            .map(|t| (t.claims.clone(), (t.status, t.why.clone())))
            .collect();
        assert_eq!(found, expected, "story {n}");
    }
}

/// One wire story reprinted word for word by 80 outlets: every word of its
/// statements is in more claims than propose pairs, yet each statement is one
/// topic reported by all 80.
#[test]
fn a_wire_story_reprinted_by_many_outlets_is_one_topic_per_claim() {
    let wire = "LIMA, March 3, 2031 (Andes Wire) — Mayor Lucia Ferreyra said on Monday that the \
        Rimac bridge collapsed after three days of heavy rain. Ferreyra said crews would inspect \
        every crossing on the river before the weekend. Governor Tomas Quispe said the region had \
        asked the government for emergency funds to rebuild the crossing.";
    let outlets = 80;
    let docs: Vec<Document> =
        (0..outlets).map(|n| Document::from_text(format!("outlet{n:02}"), wire)).collect();
    let report = Report::build(&docs);
    let statements: Vec<&Topic> = report
        .topics
        .iter()
        .filter(|t| {
            report.claims.iter().any(|c| c.id == t.claims[0] && c.kind == ClaimKind::Statement)
        })
        .collect();
    assert!(statements.len() >= 3, "{statements:#?}");
    for topic in statements {
        assert_eq!(topic.claims.len(), outlets, "{topic:#?}");
        assert_eq!(topic.status, Status::Agree);
    }
}

/// The topic of the statement whose sentence contains `words`, in `doc`.
fn statement_topic<'r>(report: &'r Report, doc: &str, words: &str) -> &'r Topic {
    let claim = report
        .claims
        .iter()
        .find(|c| &*c.doc == doc && c.kind == ClaimKind::Statement && c.text.contains(words))
        .unwrap_or_else(|| panic!("no statement with {words:?} in {doc}"));
    topic_of(report, claim)
}

/// Wire copy names its sources by description as often as by name: "Peruvian
/// officials", "Chile's foreign ministry". Reprinted, such statements are one
/// topic; the same words from another country's officials are not theirs.
#[test]
fn statements_of_a_described_group_align_across_outlets_but_not_across_groups() {
    let wire = |officials: &str| {
        format!(
            "LIMA, March 3, 2031 (Andes Wire) — The Rimac bridge collapsed on Monday after three days \
             of heavy rain. {officials} officials said the collapse was caused by years of neglected repairs \
             to the bridge. Chile's foreign ministry said it would send engineers to help inspect the \
             remaining crossings on the river."
        )
    };
    let docs = [
        Document::from_text("daily", wire("Peruvian")),
        Document::from_text("radio", wire("Peruvian")),
        Document::from_text("weekly", wire("Bolivian")),
    ];
    let report = Report::build(&docs);
    let neglect = statement_topic(&report, "daily", "neglected repairs");
    assert_eq!(neglect.claims.len(), 2, "{neglect:#?}");
    assert_eq!(neglect.id, statement_topic(&report, "radio", "neglected repairs").id);
    assert_ne!(neglect.id, statement_topic(&report, "weekly", "neglected repairs").id);
    let engineers = statement_topic(&report, "daily", "send engineers");
    assert_eq!(engineers.claims.len(), 3, "{engineers:#?}");
}

/// Two outlets quote one source on one toll in their own words: the
/// statements share little wording but give figures of one topic, so they
/// are one topic; another source's figure in that topic is not theirs.
#[test]
fn statements_of_one_speaker_on_one_figure_align_across_outlets() {
    let docs = [
        Document::from_text(
            "post",
            " date 2031-05-04\n\nAt least 42 people died when a ferry sank off the coast of Varda \
             on Saturday, the Varda Coast Guard said.",
        ),
        Document::from_text(
            "wire",
            " date 2031-05-04\n\nA ferry capsized off Varda on Saturday, killing 39 people, \
             according to the Varda Coast Guard. Local officials said 45 people were killed.",
        ),
    ];
    let report = Report::build(&docs);
    let toll = statement_topic(&report, "post", "42 people died");
    assert_eq!(toll.id, statement_topic(&report, "wire", "killing 39").id, "{toll:#?}");
    assert_ne!(toll.id, statement_topic(&report, "wire", "45 people").id);
}

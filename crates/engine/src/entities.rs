//! Entities across documents: one canonical speaker for the spelling and naming
//! variants different outlets use.
//!
//! Each speaker name is reduced to a *key*: words folded to lowercase ASCII
//! (diacritics dropped, curly apostrophes straightened, a possessive "'s", dots,
//! hyphens and a leading "the" removed) and spelled by a romanization skeleton
//! (y→i, k→g, doubled letters collapsed), so "Dovzhenkyy", "Dovzhenkiy" and
//! "Dovzhenky", or "Ha-gyu" and "Ha-kyu", share a key. Names with equal keys are
//! one entity. Then, and only where exactly one candidate fits (so that two
//! different people are never merged):
//! - a one-word name joins the person name it begins or ends ("Kim");
//! - an acronym joins the name whose initials it spells ("NEOC");
//! - "X spokesperson" joins X; a name behind a short all-caps prefix ("US") or
//!   a possessive ("Ecuador's") joins the same name without it;
//! - a singular description ("Freedonia's top general") joins the one person the
//!   same document names in a sentence holding its head noun and possessor.
//!
//! Other descriptions ("officials", "Peruvian officials", "the commission")
//! stay anonymous: two documents' "officials" are not the same speaker.

use std::borrow::Cow;

use crate::case::{is_lower, is_upper, lower, lowercase};
use crate::claim::Claim;
use crate::sort::{sort_by, sorted_indices};
use crate::wordlist;

/// Canonical speakers of a set of claims.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Speakers {
    /// Per claim (same order as the input): its entity, if it names one.
    pub of_claim: Vec<Option<usize>>,
    /// Display name per entity: the most used full name among its variants.
    pub names: Vec<String>,
}

/// Words that make a capitalized phrase an organisation rather than a person.
const ORGANISATION_WORDS: &str =
    "administration agency army assembly authority bank bureau centre center command commission \
        committee congress council court department force forces government house institute \
        media military ministry navy news office organisation organization parliament party \
        police secretariat senate service staff state survey union university";

/// Role nouns after an organisation's name: its spokesperson speaks for it.
const SPOKESPERSON_WORDS: &str = "spokesman spokesperson spokespeople spokeswoman";

/// Titles that make a description name one person ("the top general").
const PERSON_TITLES: &str =
    "adviser advisor ambassador chief commander diplomat envoy general governor leader mayor \
        minister negotiator official president secretary spokesman spokesperson spokeswoman";

/// Words skipped when spelling an acronym from a name.
const ACRONYM_SKIP: &str = "and for of on the";

/// Groups the speakers of `claims` into entities.
pub fn canonical_speakers(claims: &[&Claim]) -> Speakers {
    // Each distinct speaker is parsed once; sorted, so numbering does not
    // depend on claim order.
    let mut spoken: Vec<&str> = claims.iter().filter_map(|c| c.speaker.as_deref()).collect();
    sort_by(&mut spoken, Ord::cmp);
    spoken.dedup();
    let all: Vec<Name> = spoken.iter().map(|text| Name::parse(text)).collect();
    let resolved = resolve_descriptions(claims, &spoken, &all);
    let mut counts = vec![0; spoken.len()];
    for &speaker in resolved.iter().flatten() {
        counts[speaker] += 1;
    }
    // The names claims end up with: a description resolved to a person is not one.
    let used: Vec<usize> = (0..spoken.len()).filter(|&s| counts[s] > 0).collect();
    let parsed: Vec<&Name> = used.iter().map(|&s| &all[s]).collect();
    let mut sets = DisjointSets::new(parsed.len());
    link_variants(&parsed, &mut sets);

    // A description nobody else is named by is no entity.
    let kept: Vec<usize> = (0..parsed.len())
        .filter(|&i| parsed[i].is_named() || parsed[i].is_qualified_group() || sets.size(i) > 1)
        .collect();
    let members = sets.groups(&kept);
    // Per spoken name: its entity, if it has one.
    let mut entity_of = vec![None; spoken.len()];
    for (entity, group) in members.iter().enumerate() {
        for &i in group {
            entity_of[used[i]] = Some(entity);
        }
    }
    let display: Vec<String> = members
        .iter()
        .map(|group| {
            let best = group
                .iter()
                .max_by(|&&a, &&b| {
                    let rank =
                        |i: usize| (parsed[i].is_named(), counts[used[i]], parsed[i].words.len());
                    rank(a).cmp(&rank(b)).then_with(|| parsed[b].text.cmp(&parsed[a].text))
                })
                .expect("an entity has a member");
            parsed[*best].text.clone()
        })
        .collect();
    let of_claim = resolved.iter().map(|speaker| entity_of[(*speaker)?]).collect();
    Speakers { of_claim, names: display }
}

/// Each claim's speaker (an index into `spoken`, whose parsed names are
/// `names`), with singular descriptions replaced by the person the document
/// names ("Freedonia's top general" → "Ivan Petrov").
fn resolve_descriptions(claims: &[&Claim], spoken: &[&str], names: &[Name]) -> Vec<Option<usize>> {
    let speaker: Vec<Option<usize>> = claims
        .iter()
        .map(|c| {
            Some(spoken.binary_search(&c.speaker.as_deref()?).expect("every speaker is listed"))
        })
        .collect();
    let is_person: Vec<bool> = names.iter().map(Name::is_person).collect();
    let descriptions: Vec<Option<Description>> = names.iter().map(Description::of).collect();
    // Claim positions by document, so a description reads only its document's claims.
    let by_doc = sorted_indices(claims.len(), &|a, b| claims[a].doc.cmp(&claims[b].doc));
    let mut resolved = speaker.clone();
    for document in by_doc.chunk_by(|&a, &b| claims[a].doc == claims[b].doc) {
        // Per description met in the document: the persons named in the
        // sentences it fits, with their sentence's start; read once.
        let mut fitting: Vec<(usize, Vec<(usize, usize)>)> = Vec::new();
        for &c in document {
            let Some(own) = speaker[c] else { continue };
            let Some(description) = &descriptions[own] else { continue };
            let at = fitting.iter().position(|(of, _)| *of == own).unwrap_or_else(|| {
                fitting.push((
                    own,
                    persons_fitting(description, claims, document, &speaker, &is_person),
                ));
                fitting.len() - 1
            });
            // The persons of the document named in another sentence that fits.
            let start = claims[c].start;
            let mut others = fitting[at]
                .1
                .iter()
                .filter(|(sentence, _)| *sentence != start)
                .map(|&(_, person)| person);
            let first = others.next();
            if let Some(found) = first.filter(|&found| others.all(|p| p == found)) {
                resolved[c] = Some(found);
            }
        }
    }
    resolved
}

/// The persons speaking in `document`'s claims whose sentence `description`
/// fits, with that sentence's start. Claims of one sentence follow each
/// other, so each sentence is read once.
fn persons_fitting(
    description: &Description,
    claims: &[&Claim],
    document: &[usize],
    speaker: &[Option<usize>],
    is_person: &[bool],
) -> Vec<(usize, usize)> {
    let mut persons = Vec::new();
    let mut last: Option<(&str, bool)> = None;
    for &o in document {
        let Some(person) = speaker[o].filter(|&s| is_person[s]) else { continue };
        let text: &str = &claims[o].text;
        let fits = match last {
            Some((read, fits)) if read == text => fits,
            _ => description.fits(text),
        };
        last = Some((text, fits));
        if fits {
            persons.push((claims[o].start, person));
        }
    }
    persons
}

/// Unions the names that the module doc lists as one entity.
fn link_variants(names: &[&Name], sets: &mut DisjointSets) {
    let keys: Vec<String> = names.iter().map(|name| name.key()).collect();
    // Names sorted by key: names with one key are a run, first name first.
    let by_key = sorted_indices(names.len(), &|a, b| keys[a].cmp(&keys[b]));
    for group in by_key.chunk_by(|&a, &b| keys[a] == keys[b]) {
        for &other in &group[1..] {
            sets.union(group[0], other);
        }
    }
    for (i, name) in names.iter().enumerate() {
        for variant in name.shorter_variants() {
            let first = by_key.partition_point(|&j| keys[j] < variant);
            if let Some(&target) = by_key.get(first).filter(|&&j| keys[j] == variant) {
                sets.union(i, target);
            }
        }
    }
    // Worked out once per name: every short name is compared with all of them.
    let initials: Vec<String> = names.iter().map(|name| name.initials()).collect();
    let is_person: Vec<bool> = names.iter().map(|name| name.is_person()).collect();
    for (i, name) in names.iter().enumerate() {
        let target = if name.is_acronym() {
            let acronym = lowercase(&name.words[0].raw);
            only_one(&mut (0..names.len()).filter(|&j| initials[j] == acronym))
        } else if name.words.len() == 1 && name.is_named() {
            let key = &name.words[0].key;
            only_one(&mut (0..names.len()).filter(|&j| {
                let words = &names[j].words;
                is_person[j] && (&words[0].key == key || &words[words.len() - 1].key == key)
            }))
        } else {
            None
        };
        if let Some(target) = target {
            sets.union(i, target);
        }
    }
}

/// The candidate, if there is exactly one: where several fit, none is chosen.
pub fn only_one(candidates: &mut dyn Iterator<Item = usize>) -> Option<usize> {
    let first = candidates.next()?;
    candidates.next().is_none().then_some(first)
}

/// One word of a name: as written, and its folded key.
#[derive(Debug, Clone)]
struct Word {
    raw: String,
    key: String,
    capitalized: bool,
    possessive: bool,
}

impl Word {
    /// Whether the word lowercased is one of `words` (lowercase ASCII; see
    /// [`wordlist`]). Comparing ignoring ASCII case is enough: no other
    /// letter lowercases to an ASCII one.
    fn is_one_of(&self, words: &str) -> bool {
        wordlist::has_ignoring_case(words, &self.raw)
    }
}

#[derive(Debug, Clone)]
struct Name {
    text: String,
    words: Vec<Word>,
}

impl Name {
    fn parse(text: &str) -> Name {
        let mut words: Vec<Word> = Vec::new();
        for raw in text.split_whitespace() {
            // Apostrophes straightened; copied only when there is a curly one.
            let straight = if raw.contains('’') {
                Cow::Owned(raw.replace('’', "'"))
            } else {
                Cow::Borrowed(raw)
            };
            let bare = straight.trim_end_matches("'s").trim_matches(|c: char| !c.is_alphanumeric());
            let key = romanization_key(bare);
            // Words with no letters are dropped, and a leading "the".
            if key.is_empty() || (words.is_empty() && key == "the") {
                continue;
            }
            words.push(Word {
                raw: bare.to_string(),
                key,
                capitalized: bare.chars().next().is_some_and(is_upper),
                possessive: straight.ends_with("'s"),
            });
        }
        Name { text: text.to_string(), words }
    }

    fn key(&self) -> String {
        joined_keys(&self.words)
    }

    /// A proper name: every word capitalized (descriptions end in a common noun).
    fn is_named(&self) -> bool {
        !self.words.is_empty() && self.words.iter().all(|w| w.capitalized)
    }

    /// A description that names whose it is: "Ukrainian officials", "South
    /// Korea's spy agency". Reprinted wire copy repeats it word for word, so
    /// its statements align like a named speaker's; a bare "officials" does not.
    fn is_qualified_group(&self) -> bool {
        self.words.len() >= 2 && self.words.iter().any(|w| w.capitalized)
    }

    /// A person's name: two to four capitalized words, none naming an organisation.
    fn is_person(&self) -> bool {
        (2..=4).contains(&self.words.len())
            && self.is_named()
            && !self.is_acronym()
            && self.words.iter().all(|w| {
                !w.is_one_of(ORGANISATION_WORDS) && !w.possessive && w.raw.chars().any(is_lower)
            })
    }

    /// "NEOC", "USGS": one all-caps word of three letters or more.
    fn is_acronym(&self) -> bool {
        self.words.len() == 1
            && self.words[0].raw.chars().filter(char::is_ascii_alphabetic).count() >= 3
            && self.words[0].raw.chars().all(|c| c.is_ascii_uppercase())
    }

    fn initials(&self) -> String {
        if self.words.len() < 2 {
            return String::new();
        }
        let mut initials = String::new();
        for word in self.words.iter().filter(|w| !w.is_one_of(ACRONYM_SKIP)) {
            if let Some(first) = word.raw.chars().next() {
                initials.push(lower(first));
            }
        }
        initials
    }

    /// Keys of the same entity written with less: without a spokesperson noun,
    /// a short all-caps prefix ("US") or a possessive prefix ("Ecuador's").
    fn shorter_variants(&self) -> Vec<String> {
        let mut variants = Vec::new();
        let n = self.words.len();
        if n >= 2 && self.words[n - 1].is_one_of(SPOKESPERSON_WORDS) {
            variants.push(joined_keys(&self.words[..n - 1]));
        }
        let first = &self.words.first();
        let short_caps = first
            .is_some_and(|w| w.raw.len() <= 3 && w.raw.chars().all(|c| c.is_ascii_uppercase()));
        if n >= 3
            && (short_caps || first.is_some_and(|w| w.possessive))
            && self.words[1..].iter().all(|w| w.capitalized)
        {
            variants.push(joined_keys(&self.words[1..]));
        }
        variants
    }
}

/// The words' keys separated by spaces, built in one string.
fn joined_keys(words: &[Word]) -> String {
    let mut joined = String::with_capacity(words.iter().map(|w| w.key.len() + 1).sum());
    for (n, word) in words.iter().enumerate() {
        if n > 0 {
            joined.push(' ');
        }
        joined.push_str(&word.key);
    }
    joined
}

/// A singular description of one person by title: "Freedonia's top general".
struct Description {
    head: String,
    possessor: Option<String>,
}

impl Description {
    fn of(name: &Name) -> Option<Description> {
        let last = name.words.last()?;
        if last.capitalized || name.words.len() < 2 {
            return None;
        }
        let head =
            wordlist::words(PERSON_TITLES).find(|title| is_lowercase_of(&last.raw, title))?;
        let possessor = name.words.first().filter(|w| w.possessive).map(|w| stem(&w.raw));
        Some(Description { head: head.to_string(), possessor })
    }

    /// Whether `sentence` mentions the head noun and the possessor ("Freedonian").
    fn fits(&self, sentence: &str) -> bool {
        let words = sentence.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
        words.clone().any(|w| is_lowercase_of(w, &self.head))
            && self.possessor.as_ref().is_none_or(|p| words.clone().any(|w| has_stem(w, p)))
    }
}

/// Whether `word` lowercased is `lower`, allocating only for non-ASCII words.
fn is_lowercase_of(word: &str, lower: &str) -> bool {
    if word.is_ascii() {
        word.eq_ignore_ascii_case(lower)
    } else {
        lowercase(word) == lower
    }
}

/// Whether `word`'s [`stem`] is `stem`, allocating only for non-ASCII words.
fn has_stem(word: &str, stem: &str) -> bool {
    if word.is_ascii() {
        is_lowercase_of(&word[..word.len().min(5)], stem)
    } else {
        self::stem(word) == stem
    }
}

/// The first five letters, enough to tie "Ecuador" to "Ecuadorian".
fn stem(word: &str) -> String {
    lowercase(word).chars().take(5).collect()
}

/// Lowercase ASCII spelling skeleton of one word: diacritics dropped, only
/// letters and digits kept, y→i and k→g, doubled letters collapsed.
pub fn romanization_key(word: &str) -> String {
    let mut key = String::with_capacity(word.len());
    for c in word.chars().map(lower) {
        let c = match fold_diacritic(c) {
            'y' => 'i',
            'k' => 'g',
            other => other,
        };
        if c.is_ascii_alphanumeric() && !key.ends_with(c) {
            key.push(c);
        }
    }
    key
}

/// Latin letters with diacritics → their base letter ("é" → "e").
pub fn fold_diacritic(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ś' | 'š' | 'ş' => 's',
        'ť' | 'ţ' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        'ł' => 'l',
        other => other,
    }
}

/// Union-find with path halving; the smaller index is kept as root so results
/// do not depend on the order unions are made in.
#[derive(Debug, Clone)]
pub struct DisjointSets {
    parent: Vec<usize>,
    size: Vec<usize>,
}

impl DisjointSets {
    pub fn new(n: usize) -> DisjointSets {
        DisjointSets { parent: (0..n).collect(), size: vec![1; n] }
    }

    pub fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    pub fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            let (root, child) = (a.min(b), a.max(b));
            self.parent[child] = root;
            self.size[root] += self.size[child];
        }
    }

    /// The sets of `items`, each in `items` order, in order of their first item.
    pub fn groups(&mut self, items: &[usize]) -> Vec<Vec<usize>> {
        let mut group_of_root = vec![usize::MAX; self.parent.len()];
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for &i in items {
            let root = self.find(i);
            if group_of_root[root] == usize::MAX {
                group_of_root[root] = groups.len();
                groups.push(Vec::new());
            }
            groups[group_of_root[root]].push(i);
        }
        groups
    }

    pub fn size(&mut self, i: usize) -> usize {
        let root = self.find(i);
        self.size[root]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::{ClaimKind, Mention};

    fn statement(doc: &str, start: usize, speaker: &str, text: &str) -> Claim {
        Claim {
            id: format!("{doc}#{start}").into(),
            doc: doc.into(),
            kind: ClaimKind::Statement,
            text: text.into(),
            start,
            end: start + text.len(),
            mention: Mention { start, end: start, text: "".into() },
            quantity: None,
            when: None,
            speaker: Some(speaker.into()),
            cue: Some("said".into()),
            topic: String::new(),
        }
    }

    fn canonical_speakers(claims: &[Claim]) -> Speakers {
        super::canonical_speakers(&claims.iter().collect::<Vec<_>>())
    }

    fn same(speakers: &Speakers, a: usize, b: usize) -> bool {
        speakers.of_claim[a].is_some() && speakers.of_claim[a] == speakers.of_claim[b]
    }

    #[test]
    fn transliteration_variants_are_one_person() {
        let claims = [
            statement("a", 0, "Oleksandr Dovzhenkyy", "x"),
            statement("b", 0, "Oleksandr Dovzhenkiy", "x"),
            statement("c", 0, "Park Ji-gyu", "x"),
            statement("d", 0, "Park Ji-kyu", "x"),
            statement("e", 0, "José Peña", "x"),
            statement("f", 0, "Jose Pena", "x"),
        ];
        let speakers = canonical_speakers(&claims);
        assert!(same(&speakers, 0, 1) && same(&speakers, 2, 3) && same(&speakers, 4, 5));
        assert!(!same(&speakers, 0, 2));
    }

    #[test]
    fn surname_joins_the_only_full_name_it_fits() {
        let claims = [statement("a", 0, "Ri Song Chol", "x"), statement("b", 0, "Ri", "x")];
        assert!(same(&canonical_speakers(&claims), 0, 1));
    }

    #[test]
    fn ambiguous_surname_joins_nobody() {
        let claims = [
            statement("a", 0, "Luis Vega", "x"),
            statement("b", 0, "Carlos Vega", "x"),
            statement("c", 0, "Vega", "x"),
        ];
        let speakers = canonical_speakers(&claims);
        assert!(!same(&speakers, 0, 1) && !same(&speakers, 2, 0) && !same(&speakers, 2, 1));
    }

    #[test]
    fn acronym_joins_its_long_form() {
        let claims = [
            statement("a", 0, "Northern Central News Agency", "x"),
            statement("b", 0, "NCNA", "x"),
        ];
        assert!(same(&canonical_speakers(&claims), 0, 1));
    }

    #[test]
    fn spokesperson_and_country_prefix_join_the_organisation() {
        let claims = [
            statement("a", 0, "State Department", "x"),
            statement("b", 0, "State Department spokesperson", "x"),
            statement("c", 0, "US State Department", "x"),
        ];
        let speakers = canonical_speakers(&claims);
        assert!(same(&speakers, 0, 1) && same(&speakers, 0, 2));
    }

    #[test]
    fn description_joins_the_person_the_document_names() {
        let claims = [
            statement(
                "a",
                0,
                "Freedonia’s top general",
                "Freedonia’s top general said the region was retaken.",
            ),
            statement(
                "a",
                60,
                "Ivan Petrov",
                "Ivan Petrov, chief of the General Staff of Freedonia’s army, told reporters.",
            ),
            statement(
                "a",
                140,
                "Olga Sidorova",
                "Olga Sidorova, a Freedonian diplomat, said talks went well.",
            ),
        ];
        let speakers = canonical_speakers(&claims);
        assert!(same(&speakers, 0, 1) && !same(&speakers, 0, 2));
        assert_eq!(speakers.names[speakers.of_claim[0].unwrap()], "Ivan Petrov");
    }

    #[test]
    fn generic_descriptions_are_not_entities() {
        let claims = [statement("a", 0, "officials", "x"), statement("b", 0, "officials", "x")];
        assert_eq!(canonical_speakers(&claims).of_claim, vec![None, None]);
    }
}

//! The app's state as plain types with methods: the corpus the reader compares
//! and what they are looking at. Components read these and call their methods;
//! no logic lives in the view code, so all of it is tested natively.

pub mod adding;
pub mod article;
pub mod chart;
pub mod corpus;
pub mod export;
pub mod filters;
pub mod html;
pub mod import;
pub mod labels;
pub mod paging;
pub mod table;
pub mod timeline;
pub mod url;
pub mod view;

use corroborate::claim::ClaimKind;
use corroborate::date::{Date, DateRange};
use corroborate::report::Status;

use adding::{Adding, Progress};
use article::Segment;
use corpus::{Corpus, Origin, StoredCorpus};
use filters::Filters;
use paging::{List, Pages};
use table::{Column, Entry, Row};
use view::{Tab, View};

/// A message for the reader about the last thing they did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub error: bool,
}

impl Notice {
    fn error(text: impl Into<String>) -> Notice {
        Notice { text: text.into(), error: true }
    }
}

/// The colour scheme; `Auto` follows the system.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn name(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn parse(name: &str) -> Theme {
        [Theme::Light, Theme::Dark]
            .into_iter()
            .find(|theme| theme.name() == name)
            .unwrap_or_default()
    }

    /// The theme the toggle switches to.
    pub fn next(self) -> Theme {
        match self {
            Theme::Auto => Theme::Light,
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::Auto,
        }
    }
}

/// One end of a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edge {
    Start,
    End,
}

/// The open article, ready to render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenArticle {
    pub id: String,
    pub name: String,
    pub title: String,
    pub published: String,
    pub credit: Option<String>,
    pub warnings: Vec<String>,
    pub segments: Vec<Segment>,
}

/// A line of the sources list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceSummary {
    pub id: String,
    pub name: String,
    pub title: String,
    pub published: String,
    pub credit: Option<String>,
    pub words: usize,
    pub claims: usize,
    /// The reader's own article, not a bundled one.
    pub added: bool,
}

/// The selected topic, ready to render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicDetail {
    pub id: String,
    pub label: String,
    pub kind: ClaimKind,
    pub status: Status,
    pub why: String,
    /// (source name, claim) for every claim on the topic.
    pub claims: Vec<(String, Entry)>,
    /// Names of the sources that say nothing about it.
    pub silent: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub corpus: Corpus,
    pub view: View,
    /// The page shown of each long list.
    pub pages: Pages,
    /// Articles are being read: the add controls wait.
    pub adding: bool,
    pub notice: Option<Notice>,
    pub theme: Theme,
}

impl AppState {
    pub fn new(corpus: Corpus, view: View) -> AppState {
        let mut state = AppState::loading(corpus, view);
        state.settle();
        state
    }

    /// The state while the reader's stored articles are still being read:
    /// the view, which may point into them, is settled once they are in
    /// (see [`AppState::finish_restoring`]).
    pub fn loading(corpus: Corpus, view: View) -> AppState {
        AppState {
            corpus,
            view,
            pages: Pages::default(),
            adding: false,
            notice: None,
            theme: Theme::Auto,
        }
    }

    /// Makes the view consistent with the corpus: selections that point at
    /// nothing are dropped, a selected claim opens its article and topic, and
    /// some article is always open.
    fn settle(&mut self) {
        let corpus = &self.corpus;
        let view = &mut self.view;
        match view.claim.as_deref().and_then(|id| corpus.claim(id)) {
            Some(claim) => {
                view.article = Some(claim.doc.to_string());
                if view.topic.is_none() {
                    view.topic = corpus.topic_of(&claim.id).map(|topic| topic.id.clone());
                }
            }
            None => view.claim = None,
        }
        if view.topic.as_deref().is_some_and(|id| corpus.topic(id).is_none()) {
            view.topic = None;
        }
        if view.article.as_deref().is_none_or(|id| corpus.source(id).is_none()) {
            view.article = corpus.sources().first().map(|source| source.id().to_string());
        }
        if let Some(doc) = view.filters.source.clone() {
            if corpus.source(&doc).is_none() {
                view.filters.forget_source(&doc);
            }
        }
    }

    /// Shows a claim's sentence in its article and selects its topic.
    pub fn open_claim(&mut self, id: &str) {
        let Some(claim) = self.corpus.claim(id) else { return };
        self.view.article = Some(claim.doc.to_string());
        self.view.topic = self.corpus.topic_of(id).map(|topic| topic.id.clone());
        self.view.claim = Some(id.to_string());
    }

    /// Selects a topic and shows its first claim.
    pub fn open_topic(&mut self, id: &str) {
        let Some(first) = self.corpus.topic(id).and_then(|topic| topic.claims.first()).cloned()
        else {
            return;
        };
        self.open_claim(&first);
        self.view.topic = Some(id.to_string());
    }

    /// Opens an article; the highlight stays only if it is in that article.
    pub fn open_article(&mut self, doc: &str) {
        if self.corpus.source(doc).is_none() {
            return;
        }
        if self
            .view
            .claim
            .as_deref()
            .and_then(|id| self.corpus.claim(id))
            .is_some_and(|claim| &*claim.doc != doc)
        {
            self.view.claim = None;
        }
        self.view.article = Some(doc.to_string());
    }

    pub fn set_tab(&mut self, tab: Tab) {
        self.view.tab = tab;
    }

    /// Shows `zoom` on the timeline (`None`: everything).
    pub fn zoom(&mut self, zoom: Option<DateRange>) {
        self.view.zoom = zoom;
    }

    /// Moves one end of the timeline's period to `value` (YYYY-MM-DD, from a
    /// date input); ends given the wrong way round are swapped.
    pub fn zoom_edge(&mut self, edge: Edge, value: &str) {
        let (Some(date), Some(period)) = (Date::parse_iso(value), self.timeline().period) else {
            return;
        };
        let (start, end) = match edge {
            Edge::Start => (date, period.end),
            Edge::End => (period.start, date),
        };
        self.view.zoom = Some(DateRange { start: start.min(end), end: start.max(end) });
    }

    /// Ids already in use, which a new article's id must avoid.
    pub fn taken_ids(&self) -> Vec<String> {
        self.corpus.ids().into_iter().map(str::to_string).collect()
    }

    /// Says how far the articles being added have got.
    pub fn show_progress(&mut self, progress: Progress) {
        self.adding = true;
        self.notice = Some(Notice { text: progress.label(), error: false });
    }

    /// The read articles join the comparison (aligned once) and the last of
    /// them opens; the notice says what was added and what could not be.
    pub fn finish_adding(&mut self, adding: Adding) {
        let (sources, message) = adding.finish();
        let last = sources.last().map(|source| source.id().to_string());
        if !sources.is_empty() {
            self.corpus.add_sources(sources);
        }
        if let Some(id) = last {
            self.open_article(&id);
        }
        self.notice = message.map(|(text, error)| Notice { text, error });
        self.adding = false;
        self.settle();
    }

    /// The stored articles join the comparison as they were; the view is settled.
    pub fn finish_restoring(&mut self, adding: Adding) {
        let (sources, _) = adding.finish();
        self.corpus.add_sources(sources);
        self.adding = false;
        self.notice = None;
        self.settle();
    }

    /// Changes the table's filters or sort and goes back to its first page.
    pub fn filter(&mut self, change: impl FnOnce(&mut Filters)) {
        change(&mut self.view.filters);
        self.pages.rows.first();
    }

    /// Turns a list's page (`total` items) one page on or back; false when
    /// there is no page that way.
    pub fn turn(&mut self, list: List, forward: bool, total: usize) -> bool {
        self.pages.get_mut(list).turn(forward, total)
    }

    pub fn remove(&mut self, doc: &str) {
        let name = self.corpus.source(doc).map(|source| source.name());
        if self.corpus.remove(doc) {
            self.notice =
                name.map(|name| Notice { text: format!("Removed “{name}”."), error: false });
            self.settle();
        }
    }

    /// Back to the bundled articles; the reader's own are forgotten.
    pub fn reset(&mut self) {
        self.corpus = Corpus::bundled();
        self.notice = Some(Notice { text: "Back to the bundled articles.".into(), error: false });
        self.settle();
    }

    /// What local storage should hold for the current corpus.
    pub fn stored(&self) -> StoredCorpus {
        self.corpus.stored()
    }

    /// Writing to local storage failed: nothing stored is lost, but the
    /// latest change lives only in this page until storage has room.
    pub fn storage_failed(&mut self, reason: &str) {
        self.notice = Some(Notice::error(format!(
            "Your articles could not be saved in this browser ({reason}). They stay on this page, and \
             articles saved earlier are kept, but this change will be lost on reload. Remove an article \
             to free space."
        )));
    }

    /// Stored articles could not be read back: start from the bundle and say so.
    pub fn storage_unreadable(&mut self) {
        self.notice = Some(Notice::error(
            "Your saved articles could not be read, so the bundled articles are shown. They are left \
             untouched in storage until you add or remove an article.",
        ));
    }

    pub fn dismiss_notice(&mut self) {
        self.notice = None;
    }

    /// The sources panel's page of articles.
    pub fn source_summaries(&self) -> Vec<SourceSummary> {
        let sources = self.corpus.sources();
        sources[self.pages.sources.range(sources.len())]
            .iter()
            .map(|source| SourceSummary {
                id: source.id().to_string(),
                name: source.name(),
                title: source.title(),
                published: source.published_label(),
                credit: source.credit(),
                words: source.word_count(),
                claims: source.extraction.claims.len(),
                added: source.origin == Origin::Added,
            })
            .collect()
    }

    pub fn columns(&self) -> Vec<Column> {
        table::columns(&self.corpus)
    }

    /// The table rows the filters keep, in the chosen order.
    pub fn rows(&self) -> Vec<Row> {
        self.view.filters.apply(table::rows(&self.corpus))
    }

    pub fn csv(&self) -> String {
        export::csv(&self.columns(), &self.rows())
    }

    /// The whole analysis in the CLI's JSON format.
    pub fn json(&self) -> String {
        self.corpus.report().to_json()
    }

    pub fn article(&self) -> Option<OpenArticle> {
        let source = self.corpus.source(self.view.article.as_deref()?)?;
        let claims: Vec<_> = self.corpus.claims_of(source.id()).collect();
        let selected = self.view.claim.as_deref().and_then(|id| self.corpus.claim(id));
        Some(OpenArticle {
            id: source.id().to_string(),
            name: source.name(),
            title: source.title(),
            published: source.published_label(),
            credit: source.credit(),
            warnings: source.doc.warnings.clone(),
            segments: article::segments(source, &claims, selected),
        })
    }

    pub fn topic(&self) -> Option<TopicDetail> {
        let topic = self.corpus.topic(self.view.topic.as_deref()?)?;
        let name = |doc: &str| {
            self.corpus.source(doc).map_or_else(|| doc.to_string(), |source| source.name())
        };
        Some(TopicDetail {
            id: topic.id.clone(),
            label: topic.label.clone(),
            kind: topic.kind,
            status: topic.status,
            why: topic.why.clone(),
            claims: topic
                .claims
                .iter()
                .filter_map(|id| self.corpus.claim(id))
                .map(|claim| (name(&claim.doc), Entry::new(claim)))
                .collect(),
            silent: topic.silent.iter().map(|doc| name(doc)).collect(),
        })
    }

    /// The timeline with its page of lanes.
    pub fn timeline(&self) -> timeline::Timeline {
        timeline::layout(
            &self.corpus,
            self.view.zoom,
            self.pages.lanes.range(self.corpus.sources().len()),
        )
    }

    pub fn figure_chart(&self) -> Option<chart::FigureChart> {
        chart::figure_chart(&self.corpus, self.view.topic.as_deref()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::BUNDLED;

    fn bundled() -> AppState {
        AppState::new(Corpus::bundled(), View::default())
    }

    fn pasted(state: &AppState, text: &str, outlet: &str) -> adding::Import {
        let taken = state.taken_ids();
        let taken: Vec<&str> = taken.iter().map(String::as_str).collect();
        ("the pasted text".into(), import::pasted(text, outlet, "2025-04-29", &taken))
    }

    /// Adds as the page does, all chunks at once.
    fn add(state: &mut AppState, imports: Vec<adding::Import>) {
        let mut adding = Adding::new(imports);
        while !adding.is_read() {
            state.show_progress(adding.progress());
            assert!(state.notice.as_ref().is_some_and(|notice| notice.text.starts_with("Reading")));
            adding.read_chunk();
        }
        state.finish_adding(adding);
        assert!(!state.adding);
    }

    #[test]
    fn first_load_opens_the_first_article_with_nothing_selected() {
        let state = bundled();
        assert_eq!(state.view.article.as_deref(), Some(BUNDLED[0].0));
        assert_eq!(state.view.claim, None);
        assert_eq!(state.rows().len(), state.corpus.report().topics.len());
        assert_eq!(state.columns().len(), BUNDLED.len());
        assert_eq!(
            state.article().unwrap().segments.iter().map(|s| s.text.as_str()).collect::<String>(),
            BUNDLED[0].1
        );
    }

    #[test]
    fn opening_a_claim_selects_its_article_topic_and_sentence() {
        let mut state = bundled();
        let claim = state.corpus.claims_of(BUNDLED[2].0).next().unwrap().clone();
        state.open_claim(&claim.id);
        assert_eq!(state.view.article.as_deref(), Some(BUNDLED[2].0));
        assert_eq!(
            state.topic().unwrap().claims.iter().filter(|(_, e)| e.claim == claim.id).count(),
            1
        );
        let highlighted: String = state
            .article()
            .unwrap()
            .segments
            .iter()
            .filter(|s| s.selected)
            .map(|s| s.text.clone())
            .collect();
        assert_eq!(highlighted, *claim.text);
        state.open_article(BUNDLED[0].0);
        assert_eq!(state.view.claim, None, "the highlight belongs to another article");
        state.open_claim("no such claim");
        assert_eq!(state.view.article.as_deref(), Some(BUNDLED[0].0));
    }

    #[test]
    fn a_shared_view_is_settled_against_the_corpus() {
        let claim = Corpus::bundled().claims_of(BUNDLED[1].0).next().unwrap().id.clone();
        let view = url::from_query(&format!(
            "?claim={}&topic=gone&source=gone",
            claim.replace('#', "%23")
        ));
        let state = AppState::new(Corpus::bundled(), view);
        assert_eq!(state.view.article.as_deref(), Some(BUNDLED[1].0));
        assert_eq!(state.view.claim.as_deref(), Some(claim.as_str()));
        assert_eq!(state.view.topic, None);
        assert_eq!(state.view.filters.source, None);
    }

    #[test]
    fn adding_an_article_adds_a_column_and_opens_it() {
        let mut state = bundled();
        let import = pasted(&state, "Officials said 12,000 troops left on Monday.", "Daily Planet");
        add(&mut state, vec![import]);
        assert_eq!(state.columns().len(), BUNDLED.len() + 1);
        assert_eq!(state.view.article.as_deref(), Some("Daily Planet"));
        let notice = state.notice.clone().unwrap();
        assert!(!notice.error && notice.text.contains("Daily Planet"), "{notice:?}");
        assert_eq!(state.stored().added.len(), 1);
        assert!(state
            .source_summaries()
            .iter()
            .any(|s| s.added && s.name == "Daily Planet" && s.claims > 0));
    }

    #[test]
    fn a_failed_import_keeps_the_corpus_and_says_why() {
        let mut state = bundled();
        let good = pasted(&state, "Officials said 12,000 troops left.", "Good");
        add(&mut state, vec![("“x.png”".into(), import::file("x.png", b"\x89PNG", &[])), good]);
        assert_eq!(state.columns().len(), BUNDLED.len() + 1);
        let notice = state.notice.clone().unwrap();
        assert!(
            notice.error && notice.text.contains("x.png") && notice.text.contains("Added “Good”"),
            "{notice:?}"
        );
    }

    #[test]
    fn stored_articles_read_in_chunks_give_the_restored_state() {
        let mut stored =
            StoredCorpus { removed: vec![BUNDLED[0].0.to_string()], added: Vec::new() };
        for n in 0..3 {
            let text =
                format!(" date 2025-04-29\nOfficials said on Monday that {n}00 troops left.");
            stored.added.push(corpus::StoredArticle { id: format!("Mine {n}"), text });
        }
        let claim = Corpus::restore(&stored).claims_of("Mine 2").next().unwrap().id.clone();
        let view = url::from_query(&format!("?claim={}", claim.replace('#', "%23")));
        let restored = AppState::new(Corpus::restore(&stored), view.clone());

        let mut adding = Adding::stored(stored.added.clone());
        let mut loading =
            AppState::loading(Corpus::restore(&StoredCorpus { added: Vec::new(), ..stored }), view);
        while !adding.is_read() {
            loading.show_progress(adding.progress());
            adding.read_chunk();
        }
        loading.finish_restoring(adding);
        assert_eq!(loading.corpus, restored.corpus);
        assert_eq!(
            loading.view, restored.view,
            "the selection in an own article survives the reload"
        );
        assert_eq!((loading.notice, loading.adding), (None, false));
    }

    #[test]
    fn a_filter_change_returns_to_the_first_page() {
        let mut state = bundled();
        state.turn(List::Rows, true, 500);
        assert_eq!(state.pages.rows.index(500), 1);
        state.filter(|filters| filters.text = "troops".into());
        assert_eq!(state.pages.rows.index(500), 0);
        assert!(state.rows().len() < state.corpus.report().topics.len());
    }

    #[test]
    fn many_articles_are_paged_in_the_sources_list_and_the_timeline() {
        let mut state = bundled();
        let imports = (0..60)
            .map(|n| {
                let text = format!(
                    " date 2025-04-{:02}\nOfficials said on Monday that {n} troops left.",
                    n % 28 + 1
                );
                (format!("“{n}.txt”"), import::file(&format!("{n}.txt"), text.as_bytes(), &[]))
            })
            .collect();
        add(&mut state, imports);
        let total = BUNDLED.len() + 60;
        assert_eq!(state.columns().len(), total);
        assert!(state.notice.clone().unwrap().text.starts_with("Added 60 articles"));
        assert_eq!(state.view.article.as_deref(), Some("59"), "the last one opens");
        assert_eq!(state.source_summaries().len(), 50);
        assert_eq!(state.timeline().lanes.len(), 25);
        state.turn(List::Sources, true, total);
        state.turn(List::Lanes, true, total);
        state.turn(List::Lanes, true, total);
        assert_eq!(state.source_summaries().len(), total - 50);
        assert_eq!(state.timeline().lanes.len(), total - 50);
        assert_eq!(state.source_summaries()[0].id, state.corpus.sources()[50].id());
    }

    #[test]
    fn removing_and_resetting() {
        let mut state = bundled();
        state.open_article(BUNDLED[0].0);
        state.view.filters.source = Some(BUNDLED[0].0.to_string());
        state.remove(BUNDLED[0].0);
        assert_eq!(state.columns().len(), BUNDLED.len() - 1);
        assert_eq!(state.view.article.as_deref(), Some(BUNDLED[1].0));
        assert_eq!(state.view.filters.source, None);
        assert_eq!(state.stored().removed, vec![BUNDLED[0].0.to_string()]);
        state.reset();
        assert_eq!(state.columns().len(), BUNDLED.len());
        assert_eq!(state.stored(), StoredCorpus::default());
    }

    #[test]
    fn storage_failure_keeps_the_article_and_explains() {
        let mut state = bundled();
        let import = pasted(&state, "Officials said 12,000 troops left.", "Kept");
        add(&mut state, vec![import]);
        state.storage_failed("QuotaExceededError");
        assert!(state.corpus.source("Kept").is_some());
        let notice = state.notice.clone().unwrap();
        assert!(notice.error && notice.text.contains("QuotaExceededError"));
    }

    #[test]
    fn exports_are_parseable() {
        let state = bundled();
        let records = export::parse(&state.csv()).unwrap();
        assert_eq!(records.len(), state.rows().len() + 1);
        let json: serde_json::Value = serde_json::from_str(&state.json()).unwrap();
        assert_eq!(json["documents"].as_array().unwrap().len(), BUNDLED.len());
    }

    #[test]
    fn zoom_edges_move_one_end_and_stay_ordered() {
        let mut state = bundled();
        state.zoom_edge(Edge::Start, "2025-01-01");
        let zoom = state.view.zoom.unwrap();
        assert_eq!(zoom.start, Date::new(2025, 1, 1).unwrap());
        state.zoom_edge(Edge::End, "2024-12-01");
        let zoom = state.view.zoom.unwrap();
        assert_eq!(
            (zoom.start, zoom.end),
            (Date::new(2024, 12, 1).unwrap(), Date::new(2025, 1, 1).unwrap())
        );
        state.zoom_edge(Edge::End, "not a date");
        assert_eq!(state.view.zoom, Some(zoom));
        state.zoom(None);
        assert_eq!(state.view.zoom, None);
    }

    #[test]
    fn themes_cycle_and_parse() {
        let mut theme = Theme::default();
        for _ in 0..3 {
            assert_eq!(Theme::parse(theme.name()), theme);
            theme = theme.next();
        }
        assert_eq!(theme, Theme::Auto);
    }
}

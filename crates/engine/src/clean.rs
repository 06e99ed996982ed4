//! Cleaning: splits an article into blocks and says what each one is.
//!
//! News text copied from the web carries more than the story: a header with the
//! date and byline, a dateline ("SEOUL:"), related-article links ("ALSO READ: …"),
//! donation prompts, photo captions (often twice) and editing credits. This
//! module finds them with layout and wording cues that hold across outlets, and
//! *marks* them: every byte of the article stays addressable so a reader can see
//! what was set aside and why. Only [`BlockKind::Body`] blocks yield claims.

use serde::{Deserialize, Serialize};

use crate::bytescan::{ascii_spaces, find_any, is_alphabetic, trim, trimmed_span};
use crate::case::is_upper;
use crate::date::{month_from_name, Date, Weekday};
use crate::dates;
use crate::textmap::TextMap;

/// What the article says about itself.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Metadata {
    pub published: Option<Date>,
    pub byline: Option<String>,
    /// The place (and date, if given) the story was filed from: "SEOUL", "TAIPEI, Taiwan".
    pub dateline: Option<String>,
    pub title: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// Date, byline or dateline.
    Header,
    Title,
    /// The story itself: the only text claims are drawn from.
    Body,
    Boilerplate(Boilerplate),
}

/// Why a block was set aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Boilerplate {
    /// "ALSO READ: …", "Read more", an unpunctuated headline between
    /// paragraphs, or a section label above the title.
    RelatedLink,
    /// "Support us on Patreon", "Subscribe to our newsletter".
    Prompt,
    /// A photo caption, or any line repeated word for word.
    Caption,
    /// "Edited by …", "Updated to include …", "X writes for the Associated Press."
    Credits,
}

impl Boilerplate {
    pub fn label(self) -> &'static str {
        match self {
            Boilerplate::RelatedLink => "related link",
            Boilerplate::Prompt => "prompt",
            Boilerplate::Caption => "caption",
            Boilerplate::Credits => "credits",
        }
    }
}

/// A byte range of the article and what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    pub start: usize,
    pub end: usize,
    pub kind: BlockKind,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cleaned {
    pub metadata: Metadata,
    /// Non-overlapping, in text order; whitespace between blocks is not covered.
    pub blocks: Vec<Block>,
}

impl Cleaned {
    pub fn body(&self) -> impl Iterator<Item = &Block> {
        self.blocks.iter().filter(|block| block.kind == BlockKind::Body)
    }
}

/// An unlabelled header timestamp starts with its date (after a weekday at
/// most) and is short.
const MAX_TIMESTAMP_LEAD: usize = 12;
const MAX_TIMESTAMP_WORDS: usize = 14;

/// Opening lines in which a publication date is still looked for after the
/// first sentence, if they are short like a date line.
const HEADER_LINES: usize = 4;
const MAX_HEADER_LINE: usize = 120;

/// The last word of a line under the byline that says what the author does.
const ROLES: [&str; 6] = ["correspondent", "reporter", "editor", "writer", "columnist", "producer"];
/// Longer lines ending in a role word are sentences.
const MAX_ROLE_LINE_WORDS: usize = 6;

/// Bylines longer than this are sentences that happen to start with "By".
const MAX_BYLINE_WORDS: usize = 8;

/// Splits `text` into header, title, body and boilerplate blocks, and reads its metadata.
pub fn clean(text: &str) -> Cleaned {
    let lines = lines(text);
    // About a block per line: grown from empty, the list was copied several times per article.
    let blocks = Vec::with_capacity(lines.len() + 1);
    let mut cleaner = Cleaner { text, cleaned: Cleaned { blocks, ..Cleaned::default() } };
    let repeated = repeated_lines(text, &lines);
    let mut seen_content = false;
    for (n, &(start, end)) in lines.iter().enumerate() {
        // Header fields may sit above or below the title ("Title / By … / date"),
        // and the date below a standfirst sentence ("Title / Standfirst. / Published …").
        let dateless_opening = n < HEADER_LINES
            && end - start <= MAX_HEADER_LINE
            && cleaner.cleaned.metadata.published.is_none();
        let start =
            if seen_content && !dateless_opening { start } else { cleaner.header(start, end) };
        if trim(&text[start..end]).is_empty() {
            continue;
        }
        let start = if seen_content { start } else { cleaner.dateline(start, end) };
        if start < end {
            cleaner.classify_line(start, end, &repeated, &mut seen_content);
        }
    }
    cleaner.cleaned
}

struct Cleaner<'t> {
    text: &'t str,
    cleaned: Cleaned,
}

impl Cleaner<'_> {
    fn push(&mut self, start: usize, end: usize, kind: BlockKind) {
        let (start, end) = trim_span(self.text, start, end);
        if start < end {
            self.cleaned.blocks.push(Block { start, end, kind });
        }
    }

    /// Reads header fields at the start of a line of the article's opening
    /// ("date 2025-04-28", "UPDATED 28 April, 2025, 03:00 a.m. ET", "By Jane Doe")
    /// and returns where the rest of the line begins.
    fn header(&mut self, start: usize, end: usize) -> usize {
        let mut cursor = start;
        loop {
            let rest = &self.text[cursor..end];
            let skipped = rest.len() - rest.trim_start().len();
            let field_start = cursor + skipped;
            let consumed = self
                .date_field(field_start, end)
                .or_else(|| self.byline_field(field_start, end))
                .or_else(|| self.role_line(field_start, end));
            match consumed {
                Some(field_end) => {
                    self.push(field_start, field_end, BlockKind::Header);
                    cursor = field_end;
                }
                None => return cursor,
            }
        }
    }

    /// `date YYYY-MM-DD`, or a whole line such as "UPDATED 28 April, 2025, 03:00 a.m. ET".
    /// Once the date is known, another timestamp line ("Updated on …", the
    /// date again) is still header, not content.
    fn date_field(&mut self, start: usize, end: usize) -> Option<usize> {
        let rest = &self.text[start..end];
        // Once the date is known only a short line can be another timestamp;
        // every date field has a digit, and most header lines (titles) none.
        let known = self.cleaned.metadata.published.is_some();
        if known && rest.len() > MAX_HEADER_LINE || !rest.bytes().any(|b| b.is_ascii_digit()) {
            return None;
        }
        let unqualified = strip_prefix_ignore_case(rest, "last ")
            .or_else(|| strip_prefix_ignore_case(rest, "first "));
        let (label, after_label) = split_word(unqualified.unwrap_or(rest));
        let label = label.trim_end_matches(':').to_ascii_lowercase();
        let labelled = matches!(
            label.as_str(),
            "date" | "published" | "updated" | "posted" | "issued" | "modified"
        );
        // "Issued on: 17/10/2026", "Published on 3 May 2026".
        let after_label = after_label.trim_start();
        let after_label = strip_prefix_ignore_case(after_label, "on:")
            .or_else(|| strip_prefix_ignore_case(after_label, "on "))
            .unwrap_or(after_label);
        let value = if labelled { after_label.trim_start() } else { rest };
        let value_start = end - value.len();
        let (first, _) = split_word(value);
        if let Some(date) = iso_date_prefix(first) {
            self.published(date);
            return Some(value_start + first.len());
        }
        if let Some(date) = numeric_date(first) {
            self.published(date);
            return Some(end);
        }
        // A written-out date: the header takes the whole line. Unlabelled, the
        // line must look like a timestamp ("Wednesday 05 June 2024 14:32 BST"):
        // short and unpunctuated (told before reading its dates: most lines
        // asked are paragraphs), the date at its start.
        let short = count_words(value, MAX_TIMESTAMP_WORDS + 1) <= MAX_TIMESTAMP_WORDS
            && !value.trim_end().ends_with('.');
        if !labelled && !short {
            return None;
        }
        let date = dates::find_dates(value, None)
            .into_iter()
            .find(|mention| mention.precision == dates::Precision::Day)?;
        if !labelled && date.start > MAX_TIMESTAMP_LEAD {
            return None;
        }
        self.published(date.range.start);
        Some(end)
    }

    /// Notes the publication date read in the header. The first date read is
    /// the one; an author named on a line of its own just above it, below the
    /// title ("Lena Kramer" over "03/11/2026", maybe with a "+ FOLLOW" button
    /// between), is the byline, read until now as a stray headline.
    fn published(&mut self, date: Date) {
        if self.cleaned.metadata.published.is_some() {
            return;
        }
        self.cleaned.metadata.published = Some(date);
        if self.cleaned.metadata.byline.is_some() {
            return;
        }
        let text = self.text;
        let above = self.cleaned.blocks.iter_mut().rev().take(NAME_ABOVE_DATE).find(|b| {
            b.kind == BlockKind::Boilerplate(Boilerplate::RelatedLink)
                && is_name(&text[b.start..b.end])
        });
        if let Some(block) = above {
            block.kind = BlockKind::Header;
            self.cleaned.metadata.byline = Some(text[block.start..block.end].to_string());
        }
    }

    /// "By Jane Doe", "By Jane Doe and John Roe", "By Jane Doe, Reuters": a short
    /// line after "By" whose first word is a capitalised name, not a date.
    fn byline_field(&mut self, start: usize, end: usize) -> Option<usize> {
        let rest = &self.text[start..end];
        // "Text by: Marine DUVAL", "By: Jane Doe".
        let rest = strip_prefix_ignore_case(rest, "text ").unwrap_or(rest);
        let after_by = rest.strip_prefix("By ").or_else(|| rest.strip_prefix("BY "));
        let after_by = after_by.or_else(|| strip_prefix_ignore_case(rest, "by: "))?;
        let mut words = after_by.split_whitespace();
        let first = words.next()?;
        let starts_with_name = first.chars().next().is_some_and(is_upper)
            && Weekday::from_name(first.trim_end_matches(',')).is_none()
            && month_from_name(first.trim_end_matches(',')).is_none();
        if !starts_with_name || words.count() >= MAX_BYLINE_WORDS {
            return None;
        }
        let name = without_affiliation(after_by.trim().trim_end_matches(['.', ',']));
        self.cleaned.metadata.byline = Some(name.to_string());
        Some(end)
    }

    /// A line ending in a newsroom role: "Helen Marsh Europe correspondent"
    /// names its author; "Health Correspondent" alone names none, unless the
    /// line above is a bare name ("Sofia Marín"), read as the title until now.
    fn role_line(&mut self, start: usize, end: usize) -> Option<usize> {
        let line = self.text[start..end].trim_end();
        if line.len() > MAX_HEADER_LINE {
            return None;
        }
        let (before, role) = line.rsplit_once(' ')?;
        let is_role = ROLES.iter().any(|r| role.eq_ignore_ascii_case(r));
        if !is_role || count_words(line, MAX_ROLE_LINE_WORDS + 1) > MAX_ROLE_LINE_WORDS {
            return None;
        }
        if !before.split_whitespace().all(|w| w.starts_with(is_upper)) {
            return None;
        }
        if self.cleaned.metadata.byline.is_none() {
            let mut words = before.splitn(3, ' ');
            let byline = match (words.next(), words.next(), words.next()) {
                // A name, then where or what the author covers.
                (Some(first), Some(second), Some(_)) => {
                    Some(before[..first.len() + 1 + second.len()].to_string())
                }
                _ => self.title_that_is_a_name(),
            };
            self.cleaned.metadata.byline = byline;
        }
        Some(end)
    }

    /// The title read so far, if it [`is_name`]; it then becomes header, and
    /// the next line may be the title.
    fn title_that_is_a_name(&mut self) -> Option<String> {
        if !is_name(self.cleaned.metadata.title.as_deref()?) {
            return None;
        }
        let block = self.cleaned.blocks.iter_mut().rev().find(|b| b.kind == BlockKind::Title)?;
        block.kind = BlockKind::Header;
        self.cleaned.metadata.title.take()
    }

    /// "Hong Kong Economy" over "Hong Kong to let first-time buyers borrow
    /// …": a title of a few capitalized words before a longer headline was
    /// the section the story is filed under, navigation rather than title.
    fn section_label_read_as_title(&mut self) {
        if !self.cleaned.metadata.title.as_deref().is_some_and(is_section_label) {
            return;
        }
        if let Some(block) =
            self.cleaned.blocks.iter_mut().rev().find(|b| b.kind == BlockKind::Title)
        {
            block.kind = BlockKind::Boilerplate(Boilerplate::RelatedLink);
            self.cleaned.metadata.title = None;
        }
    }

    /// A dateline opening the first paragraph: "SEOUL:", "TAIPEI, Taiwan –",
    /// "BANGKOK, March 29 (AP) —". Returns where the story text begins.
    fn dateline(&mut self, start: usize, end: usize) -> usize {
        let (start, end) = trim_span(self.text, start, end);
        let line = &self.text[start..end];
        let Some(marker) = dateline_end(line) else {
            return start;
        };
        let place = line[..marker.place_end].trim().trim_end_matches(',');
        self.cleaned.metadata.dateline = Some(place.to_string());
        if self.cleaned.metadata.published.is_none() {
            self.cleaned.metadata.published = dates::find_dates(&line[..marker.place_end], None)
                .into_iter()
                .find(|mention| mention.precision == dates::Precision::Day)
                .map(|mention| mention.range.start);
        }
        self.push(start, start + marker.body_start, BlockKind::Header);
        start + marker.body_start
    }

    fn classify_line(
        &mut self,
        start: usize,
        end: usize,
        repeated: &[&str],
        seen_content: &mut bool,
    ) {
        let line = trim(&self.text[start..end]);
        if let Some(kind) = whole_line_boilerplate(line).or_else(|| self.about_the_author(line)) {
            self.note_credit_byline(line, kind);
            self.push(start, end, BlockKind::Boilerplate(kind));
            return;
        }
        if repeated.contains(&line) {
            self.push(start, end, BlockKind::Boilerplate(Boilerplate::Caption));
            return;
        }
        if let Some(headline_end) = related_link_end(line) {
            let line_start =
                start + (self.text[start..end].len() - self.text[start..end].trim_start().len());
            self.push(
                line_start,
                line_start + headline_end,
                BlockKind::Boilerplate(Boilerplate::RelatedLink),
            );
            self.push(line_start + headline_end, end, BlockKind::Body);
            *seen_content = true;
            return;
        }
        if !ends_like_prose(line) || is_headline_question(line) {
            if !*seen_content && count_words(line, MIN_HEADLINE_WORDS) >= MIN_HEADLINE_WORDS {
                self.section_label_read_as_title();
            }
            let kind = if *seen_content || self.cleaned.metadata.title.is_some() {
                BlockKind::Boilerplate(Boilerplate::RelatedLink)
            } else {
                self.cleaned.metadata.title = Some(line.to_string());
                BlockKind::Title
            };
            self.push(start, end, kind);
            return;
        }
        *seen_content = true;
        self.push(start, end, BlockKind::Body);
    }

    /// "Mandy Kwok is a reporter covering housing …": a note on the author
    /// the byline names.
    fn about_the_author(&self, line: &str) -> Option<Boilerplate> {
        let author = self.cleaned.metadata.byline.as_deref()?;
        let about = line.strip_prefix(author)?;
        let note = [" is ", " covers ", " has covered ", " joined "]
            .iter()
            .any(|verb| about.starts_with(verb));
        (note && count_words(line, MAX_AUTHOR_NOTE_WORDS + 1) <= MAX_AUTHOR_NOTE_WORDS)
            .then_some(Boilerplate::Credits)
    }

    /// "Jane Doe writes for the Associated Press." names the author when the header did not.
    fn note_credit_byline(&mut self, line: &str, kind: Boilerplate) {
        if kind != Boilerplate::Credits || self.cleaned.metadata.byline.is_some() {
            return;
        }
        if let Some(at) = line.find(" writes for ") {
            self.cleaned.metadata.byline = Some(line[..at].trim().to_string());
        }
    }
}

/// An author note is a sentence or two about the author.
const MAX_AUTHOR_NOTE_WORDS: usize = 40;

/// How many header lines above the publication date may hold the author's name.
const NAME_ABOVE_DATE: usize = 2;

/// A line that is only a name: two or three capitalized words of letters
/// and hyphens ("Sofia Marín", "Linda Chow Wai-man").
fn is_name(line: &str) -> bool {
    let words = || line.split_whitespace();
    (2..=3).contains(&words().count())
        && words()
            .all(|w| w.starts_with(is_upper) && w.chars().all(|c| is_alphabetic(c) || c == '-'))
}

/// The fewest words of a headline that shows the line before it was a
/// section label.
const MIN_HEADLINE_WORDS: usize = 5;

/// A section label: one to three capitalized words of letters ("World",
/// "Hong Kong Economy").
fn is_section_label(line: &str) -> bool {
    let words = || line.split_whitespace();
    (1..=3).contains(&words().count())
        && words().all(|w| w.starts_with(is_upper) && w.chars().all(is_alphabetic))
}

/// "Jane Doe, Reuters" and "Jane Doe, Health Reporter" name Jane Doe: what
/// follows the last comma is her outlet or role unless it names another
/// author ("Jane Doe, John Roe and Ann Poe").
fn without_affiliation(byline: &str) -> &str {
    match byline.rsplit_once(',') {
        Some((name, after))
            if !after.contains(" and ") && after.split_whitespace().count() <= 3 =>
        {
            name.trim_end()
        }
        _ => byline,
    }
}

/// Paragraph spans: one per line, or, for hard-wrapped text (most long lines
/// stop mid-sentence), one per run of lines between blank lines.
fn lines(text: &str) -> Vec<(usize, usize)> {
    // Most lines are longer than this: one allocation for most articles.
    let mut spans = Vec::with_capacity(text.len() / 64 + 1);
    let mut start = 0;
    while let Some(length) = find_any(&text.as_bytes()[start..], [b'\n']) {
        spans.push((start, start + length));
        start += length + 1;
    }
    spans.push((start, text.len()));
    if is_hard_wrapped(text, &spans) {
        merge_wrapped_lines(text, spans)
    } else {
        spans
    }
}

fn is_hard_wrapped(text: &str, lines: &[(usize, usize)]) -> bool {
    let long =
        lines.iter().map(|&(start, end)| trim(&text[start..end])).filter(|line| line.len() >= 40);
    let (count, unfinished) = long.fold((0, 0), |(count, unfinished), line| {
        (count + 1, unfinished + usize::from(!ends_like_prose(line)))
    });
    count >= 4 && unfinished * 2 > count
}

fn merge_wrapped_lines(text: &str, lines: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let mut paragraphs: Vec<(usize, usize)> = Vec::new();
    let mut open = false;
    for (start, end) in lines {
        if trim(&text[start..end]).is_empty() {
            open = false;
        } else if open {
            paragraphs.last_mut().expect("open paragraph").1 = end;
        } else {
            paragraphs.push((start, end));
            open = true;
        }
    }
    paragraphs
}

/// The trimmed lines of four or more words that occur more than once: a line
/// printed twice is a caption or a widget, never the story.
fn repeated_lines<'t>(text: &'t str, lines: &[(usize, usize)]) -> Vec<&'t str> {
    let mut seen = TextMap::with_capacity_and_hasher(lines.len(), Default::default());
    let mut repeated = Vec::new();
    for &(start, end) in lines {
        let line = trim(&text[start..end]);
        if count_words(line, 4) < 4 {
            continue;
        }
        let count = seen.entry(line).or_insert(0);
        *count += 1;
        if *count == 2 {
            repeated.push(line);
        }
    }
    repeated
}

/// The number of whitespace-separated words in `text`, counting no further
/// than `limit` (so a long paragraph costs no more than a short one).
fn count_words(text: &str, limit: usize) -> usize {
    let bytes = text.as_bytes();
    let (mut words, mut in_word, mut at) = (0, false, 0);
    while at < bytes.len() && words < limit {
        // Eight ASCII bytes at a time (nearly all text): a word starts at
        // each byte that is not a space and follows one.
        let eight =
            bytes.get(at..).and_then(<[u8]>::first_chunk).map(|chunk| u64::from_le_bytes(*chunk));
        if let Some(spaces) = eight.and_then(ascii_spaces) {
            let ink = !spaces;
            words += (ink & !(ink << 1 | u8::from(in_word))).count_ones() as usize;
            in_word = ink & 0x80 != 0;
            at += 8;
            continue;
        }
        let (space, width) = match bytes[at] {
            byte if byte.is_ascii() => (matches!(byte, b' ' | b'\t'..=b'\r'), 1),
            _ => {
                text[at..].chars().next().map_or((false, 1), |c| (c.is_whitespace(), c.len_utf8()))
            }
        };
        words += usize::from(!space && !in_word);
        in_word = !space;
        at += width;
    }
    // Eight bytes at a time may count past the limit.
    words.min(limit)
}

/// Whether `text` starts with `prefix` (lowercase), ignoring ASCII case.
fn starts_with_ignoring_case(text: &str, prefix: &str) -> bool {
    bytes_start_with_ignoring_case(text.as_bytes(), prefix.as_bytes())
}

/// Byte-wise [`starts_with_ignoring_case`]; gives up at the first difference,
/// which is mostly the first byte.
fn bytes_start_with_ignoring_case(text: &[u8], prefix: &[u8]) -> bool {
    text.len() >= prefix.len() && text.iter().zip(prefix).all(|(t, p)| t.to_ascii_lowercase() == *p)
}

/// What a phrase found anywhere in a line says about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    /// "Support us on Patreon", "Subscribe to our newsletter".
    Prompt,
    /// "Jane Doe writes for the Associated Press."
    WritesFor,
    /// "John Roe contributed to this report."
    Contributed,
    /// "(AP Photo/…)", "Getty Images".
    Caption,
}

/// Phrases that mark a line wherever they occur in it, lowercase (matched
/// ignoring ASCII case).
const CUES: &[(&str, Cue)] = &[
    ("support us on", Cue::Prompt),
    ("donate", Cue::Prompt),
    ("subscribe to", Cue::Prompt),
    ("sign up", Cue::Prompt),
    ("to your inbox", Cue::Prompt),
    ("become a patron", Cue::Prompt),
    ("click here", Cue::Prompt),
    ("follow us on", Cue::Prompt),
    ("download our app", Cue::Prompt),
    ("share this article", Cue::Prompt),
    ("before you move on", Cue::Prompt),
    ("only takes a minute", Cue::Prompt),
    ("support our journalism", Cue::Prompt),
    ("make a contribution", Cue::Prompt),
    (" writes for ", Cue::WritesFor),
    ("contributed to this report", Cue::Contributed),
    ("contributed reporting", Cue::Contributed),
    (", left,", Cue::Caption),
    (", right,", Cue::Caption),
    (", center,", Cue::Caption),
    ("(ap photo", Cue::Caption),
    ("photo:", Cue::Caption),
    ("screenshot from", Cue::Caption),
    ("getty images", Cue::Caption),
];

/// The cues found in `line`, as a bit per [`Cue`]. A window as long as the
/// shortest cue slides along the line by [`CUE_SKIPS`] of its last two bytes
/// (Wu–Manber): most steps pass over several bytes, and cues are compared
/// only where the window may end the opening of one.
fn cues_in(line: &str) -> u8 {
    let mut rest = line.as_bytes();
    let mut found = 0;
    // The window as an array at the front of what is left: reading its last
    // two bytes and moving on need no bounds checks, which were a third of the loop.
    while let Some(window) = rest.first_chunk::<SHORTEST_CUE>() {
        let skip = match CUE_SKIPS[pair_index(window[SHORTEST_CUE - 2], window[SHORTEST_CUE - 1])] {
            0 => {
                found |= cues_at(rest);
                1
            }
            skip => skip,
        };
        rest = &rest[usize::from(skip)..];
    }
    found
}

/// The cues that `text` (at least [`SHORTEST_CUE`] bytes) starts with; only
/// those whose first three bytes match are compared in full.
fn cues_at(text: &[u8]) -> u8 {
    let opening = trigram(text[0], text[1], text[2]);
    if !CUE_OPENINGS.may_contain(opening) {
        return 0;
    }
    let mut found = 0;
    for (&(cue, kind), &trigram) in CUES.iter().zip(&CUE_TRIGRAMS) {
        if trigram == opening && bytes_start_with_ignoring_case(text, cue.as_bytes()) {
            found |= 1 << kind as u8;
        }
    }
    found
}

/// The [`trigram`] of each cue's first three bytes.
const CUE_TRIGRAMS: [u32; CUES.len()] = {
    let mut trigrams = [0; CUES.len()];
    let mut i = 0;
    while i < CUES.len() {
        let cue = CUES[i].0.as_bytes();
        trigrams[i] = trigram(cue[0], cue[1], cue[2]);
        i += 1;
    }
    trigrams
};

/// The [`CUE_TRIGRAMS`], to turn most other openings away with one bit test.
const CUE_OPENINGS: TrigramFilter = {
    let mut filter = TrigramFilter([0; 64]);
    let mut i = 0;
    while i < CUE_TRIGRAMS.len() {
        filter.insert(CUE_TRIGRAMS[i]);
        i += 1;
    }
    filter
};

/// A 4096-bit Bloom filter over trigrams: never false for one inserted, rarely
/// true for others.
struct TrigramFilter([u64; 64]);

impl TrigramFilter {
    const fn insert(&mut self, trigram: u32) {
        let bucket = TrigramFilter::bucket(trigram);
        self.0[bucket / 64] |= 1 << (bucket % 64);
    }

    /// One of 4096 buckets, by multiplicative hashing.
    const fn bucket(trigram: u32) -> usize {
        (trigram.wrapping_mul(0x9E37_79B1) >> 20) as usize
    }

    fn may_contain(&self, trigram: u32) -> bool {
        let bucket = TrigramFilter::bucket(trigram);
        self.0[bucket / 64] >> (bucket % 64) & 1 == 1
    }
}

/// Three bytes packed so that bytes equal but for ASCII case pack alike
/// (other bytes may collide, which only costs a comparison).
const fn trigram(first: u8, second: u8, third: u8) -> u32 {
    ((first | 0x20) as u32) << 16 | ((second | 0x20) as u32) << 8 | (third | 0x20) as u32
}

const SHORTEST_CUE: usize = {
    let (mut shortest, mut i) = (usize::MAX, 0);
    while i < CUES.len() {
        if CUES[i].0.len() < shortest {
            shortest = CUES[i].0.len();
        }
        i += 1;
    }
    shortest
};

/// How far the window may move on, by the [`pair_index`] of its last two
/// bytes, without passing over the opening [`SHORTEST_CUE`] bytes of any cue:
/// 0 where those two bytes may end such an opening.
const CUE_SKIPS: [u8; 1024] = {
    let mut skips = [SHORTEST_CUE as u8 - 1; 1024];
    let mut i = 0;
    while i < CUES.len() {
        let cue = CUES[i].0.as_bytes();
        let mut second = 1;
        while second < SHORTEST_CUE {
            let pair = pair_index(cue[second - 1], cue[second]);
            let skip = (SHORTEST_CUE - 1 - second) as u8;
            if skip < skips[pair] {
                skips[pair] = skip;
            }
            second += 1;
        }
        i += 1;
    }
    skips
};

/// Two bytes folded into 10 bits so that bytes equal but for ASCII case fold
/// alike (other bytes may collide, which only shortens a skip).
const fn pair_index(first: u8, second: u8) -> usize {
    ((first & 0x1F) as usize) << 5 | (second & 0x1F) as usize
}

/// Lines that are boilerplate in their entirety, recognised by how they open
/// or by what they ask of the reader.
fn whole_line_boilerplate(line: &str) -> Option<Boilerplate> {
    let cues = cues_in(line);
    let has = |cue: Cue| cues & 1 << cue as u8 != 0;
    // Counted only for the few lines that need it: most lines are paragraphs.
    let at_most = |words: usize| count_words(line, words + 1) <= words;
    const LINK_MARKERS: [&str; 6] =
        ["also read", "read more", "related", "see also", "recommended", "more on this"];
    let link = line.trim_end_matches([':', '.']);
    if LINK_MARKERS.iter().any(|m| link.eq_ignore_ascii_case(m)) && at_most(4) {
        return Some(Boilerplate::RelatedLink);
    }
    // "Sign up for our newsletter …": a line that opens with the prompt may
    // go on for longer.
    let opens_prompt =
        || starts_with_ignoring_case(line, "sign up") && at_most(MAX_OPENING_PROMPT_WORDS);
    if has(Cue::Prompt) && (at_most(MAX_PROMPT_WORDS) || opens_prompt()) {
        return Some(Boilerplate::Prompt);
    }
    let author_note =
        (has(Cue::WritesFor) && at_most(15)) || (has(Cue::Contributed) && at_most(40));
    let may_open_credit = line
        .bytes()
        .next()
        .is_some_and(|first| CREDIT_OPENINGS[usize::from(first.to_ascii_lowercase())]);
    if may_open_credit && CREDITS.iter().any(|c| starts_with_ignoring_case(line, c))
        || author_note
        || editors_initials(line)
        || agency_credit(line) && at_most(6)
    {
        return Some(Boilerplate::Credits);
    }
    if has(Cue::Caption) || ends_with_photo_credit(line) {
        return Some(Boilerplate::Caption);
    }
    None
}

/// "(FRANCE 24 with AFP)": a line that is only a parenthesis crediting an
/// agency.
fn agency_credit(line: &str) -> bool {
    line.starts_with('(') && line.ends_with(')') && line.contains(" with ")
}

/// "… at City Hall. (Marcus Bell/The Washington Post)": a caption ends with
/// its photographer and agency, a slash between them.
fn ends_with_photo_credit(line: &str) -> bool {
    let Some(inside) = line.strip_suffix(')').and_then(|l| l.rsplit_once('(')).map(|(_, c)| c)
    else {
        return false;
    };
    inside.split_once('/').is_some_and(|(who, outlet)| {
        [who, outlet].iter().all(|part| part.trim().starts_with(|c: char| c.is_ascii_uppercase()))
    })
}

/// A prompt is a sentence or two: "Every evening, our editors send out a
/// selection of the day's news. You can sign up to receive it here."
const MAX_PROMPT_WORDS: usize = 30;
const MAX_OPENING_PROMPT_WORDS: usize = 50;

/// "lk/ab (dpa, AFP, Reuters)": the initials of a story's writer and editor,
/// then maybe its agencies, the last line of a Deutsche Welle story.
fn editors_initials(line: &str) -> bool {
    // The first group's "/" is among the first five bytes: most lines are
    // turned away before the search for their first space.
    if !line.bytes().take(5).any(|b| b == b'/') {
        return false;
    }
    let (initials, rest) = line.split_once(' ').unwrap_or((line, ""));
    let groups = initials.split('/');
    let letters = |group: &str| {
        (1..=4).contains(&group.len()) && group.bytes().all(|b| b.is_ascii_lowercase())
    };
    initials.contains('/')
        && groups.clone().all(letters)
        && (rest.is_empty() || rest.starts_with('(') && rest.ends_with(')'))
}

/// How credit lines open, lowercase (matched ignoring ASCII case).
const CREDITS: [&str; 16] = [
    "our standards",
    "with assistance from",
    "—with assistance from",
    "(updates with",
    "(adds ",
    "(recasts",
    "edited by",
    "reporting by",
    "writing by",
    "additional reporting",
    "updated to include",
    "this story has been updated",
    "correction:",
    "copyright",
    "all rights reserved",
    "©",
];

/// The first bytes of [`CREDITS`]: most lines open with none of them, and
/// comparing every credit with every line was 5% of cleaning.
const CREDIT_OPENINGS: [bool; 256] = {
    let mut openings = [false; 256];
    let mut i = 0;
    while i < CREDITS.len() {
        openings[CREDITS[i].as_bytes()[0] as usize] = true;
        i += 1;
    }
    openings
};

/// Byte length of a leading related-article marker and the headline after it
/// ("ALSO READ: Russia launches nearly 150 drones …"), when the line has one.
///
/// Copied pages often run the headline into the next sentence with no
/// punctuation: "…as Ukraine's situation difficult It said the decision…". The
/// headline ends where a sentence plainly starts: a capitalised function word
/// ("It", "The", "While") after an unpunctuated word; failing that, a
/// capitalised possessive ("Moscow’s claim"); failing that, the first sentence end.
/// A line that does not end like prose is all headline.
fn related_link_end(line: &str) -> Option<usize> {
    const MARKERS: [&str; 4] = ["also read", "read more", "related:", "see also"];
    let marker = MARKERS.iter().find(|m| starts_with_ignoring_case(line, m))?;
    let headline = &line[marker.len()..];
    let headline_start =
        marker.len() + (headline.len() - headline.trim_start_matches([':', ' ', '-', '–']).len());
    if !ends_like_prose(line) {
        return Some(line.len());
    }
    let words: Vec<(usize, &str)> = word_spans(&line[headline_start..]).collect();
    let boundary_after = |test: &dyn Fn(&str) -> bool| {
        words.windows(2).skip(1).find_map(|pair| {
            let (_, previous) = pair[0];
            let (offset, word) = pair[1];
            (!previous.ends_with(['.', ',', ':', ';']) && test(word))
                .then_some(headline_start + offset)
        })
    };
    boundary_after(&|word| SENTENCE_OPENERS.contains(&word))
        .or_else(|| {
            boundary_after(&|word| word.chars().next().is_some_and(is_upper) && is_possessive(word))
        })
        .or_else(|| line[headline_start..].find(". ").map(|at| headline_start + at + 1))
        .or(Some(line.len()))
}

/// Capitalised words that open sentences but rarely sit inside a headline.
const SENTENCE_OPENERS: [&str; 24] = [
    "It",
    "The",
    "This",
    "That",
    "These",
    "Those",
    "While",
    "However",
    "But",
    "He",
    "She",
    "They",
    "We",
    "In",
    "On",
    "At",
    "After",
    "As",
    "When",
    "Meanwhile",
    "A",
    "An",
    "There",
    "If",
];

fn is_possessive(word: &str) -> bool {
    word.ends_with("’s") || word.ends_with("'s")
}

/// Whether a line ends the way paragraphs of prose do (a full stop, question
/// mark, closing quote…); headlines, link lists and captions usually do not.
fn ends_like_prose(line: &str) -> bool {
    trim(line).chars().next_back().is_some_and(|c| {
        matches!(c, '.' | '!' | '?' | '"' | '”' | '’' | '\'' | ':' | ';' | ')' | '…')
    })
}

/// "What is cholera and how is it treated?": a short unquoted question
/// alone on its line is a headline (a link, a crosshead), not a paragraph.
fn is_headline_question(line: &str) -> bool {
    line.ends_with('?')
        && !line.contains(['"', '“', '”'])
        && count_words(line, MAX_HEADLINE_QUESTION_WORDS + 1) <= MAX_HEADLINE_QUESTION_WORDS
}

const MAX_HEADLINE_QUESTION_WORDS: usize = 12;

struct DatelineMarker {
    /// End of the place (and date) part.
    place_end: usize,
    /// Where the story starts after the separator.
    body_start: usize,
}

/// Finds "PLACE:" / "PLACE, Region –" / "Place, Month Day (AGENCY) —" at the start of a line.
fn dateline_end(line: &str) -> Option<DatelineMarker> {
    let window = &line[..floor_char_boundary(line, 80)];
    let (separator_at, separator_len) = first_separator(window.as_bytes())?;
    let place = &line[..separator_at];
    let first_word = place.split([',', ' ']).next().unwrap_or("");
    let shouts =
        first_word.len() >= 3 && first_word.chars().all(|c| is_upper(c) || c == '.' || c == '-');
    let has_agency = place.trim_end().ends_with(')');
    let words = place.split_whitespace().count();
    if words == 0 || words > 8 || !(shouts || has_agency) {
        return None;
    }
    let body_start = separator_at + separator_len;
    Some(DatelineMarker { place_end: separator_at, body_start })
}

/// Where the first of " – ", " — ", " - ", ": " or " -- " in `window` starts,
/// and its length. One pass: a `find` per separator cost 7% of cleaning.
fn first_separator(window: &[u8]) -> Option<(usize, usize)> {
    const SEPARATORS: [&str; 5] = [" – ", " — ", " - ", ": ", " -- "];
    (0..window.len()).filter(|&at| matches!(window[at], b' ' | b':')).find_map(|at| {
        SEPARATORS
            .iter()
            .find(|sep| window[at..].starts_with(sep.as_bytes()))
            .map(|sep| (at, sep.len()))
    })
}

fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// "2025-04-28", "2025-04-28," or "2025-04-28T08:14:00Z".
/// "17/10/2026", "10/17/2026", "17.10.2026": a date written in numbers,
/// read only where day and month cannot be swapped (one of them is over 12);
/// "03/11/2026" may be either.
fn numeric_date(word: &str) -> Option<Date> {
    let mut parts = word.split(['/', '.']).map(|part| part.parse::<u16>().ok());
    let (first, second, year) = (parts.next()??, parts.next()??, parts.next()??);
    if parts.next().is_some() || !(1000..=2999).contains(&year) {
        return None;
    }
    let (day, month) = match (first > 12, second > 12) {
        (true, false) => (first, second),
        (false, true) => (second, first),
        _ => return None,
    };
    Date::new(i32::from(year), u8::try_from(month).ok()?, u8::try_from(day).ok()?)
}

fn iso_date_prefix(word: &str) -> Option<Date> {
    let date = word.get(..10)?;
    let rest = &word[10..];
    (rest.is_empty() || rest.starts_with(['T', ','])).then(|| Date::parse_iso(date)).flatten()
}

fn strip_prefix_ignore_case<'t>(text: &'t str, prefix: &str) -> Option<&'t str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix).then(|| &text[prefix.len()..])
}

/// Splits off the first whitespace-delimited word.
fn split_word(text: &str) -> (&str, &str) {
    let text = text.trim_start();
    let end = text.find(char::is_whitespace).unwrap_or(text.len());
    (&text[..end], &text[end..])
}

/// Whitespace-separated words with their byte offsets.
fn word_spans(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace().map(move |word| (word.as_ptr() as usize - text.as_ptr() as usize, word))
}

fn trim_span(text: &str, start: usize, end: usize) -> (usize, usize) {
    let (trimmed_start, trimmed_end) = trimmed_span(&text[start..end]);
    (start + trimmed_start, start + trimmed_end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set_aside(cleaned: &Cleaned) -> usize {
        cleaned.blocks.iter().filter(|b| matches!(b.kind, BlockKind::Boilerplate(_))).count()
    }

    fn kinds<'t>(text: &'t str, cleaned: &Cleaned) -> Vec<(&'t str, BlockKind)> {
        cleaned.blocks.iter().map(|b| (&text[b.start..b.end], b.kind)).collect()
    }

    #[test]
    fn words_are_counted_up_to_the_limit_across_any_spaces() {
        let text = "Officials  said\tat least\u{a0}1,600 people\u{2009}died \r\n in\u{3000}Myanmar’s  quake, aid groups said\x0Bon Saturday ";
        for start in 0..text.len() {
            let Some(text) = text.get(start..) else { continue };
            let all = text.split_whitespace().count();
            for limit in [0, 1, 4, 5, 26, 100] {
                assert_eq!(count_words(text, limit), all.min(limit), "{text:?} up to {limit}");
            }
        }
    }

    #[test]
    fn every_cue_is_found_in_any_case_anywhere_in_a_line() {
        for &(cue, kind) in CUES {
            let bit = 1 << kind as u8;
            for line in [format!("Now {cue} it."), cue.to_ascii_uppercase(), format!("{cue}!")] {
                assert_eq!(cues_in(&line) & bit, bit, "{line}");
            }
        }
        assert_eq!(cues_in("A plain sentence, with commas, and some words: none."), 0);
    }

    #[test]
    fn skipping_finds_what_comparing_at_every_byte_finds() {
        let every_byte = |line: &str| {
            let starts = line.len().saturating_sub(SHORTEST_CUE - 1);
            (0..starts).fold(0, |found, at| found | cues_at(&line.as_bytes()[at..]))
        };
        let cues: Vec<&str> = CUES.iter().map(|&(cue, _)| cue).collect();
        for (n, cue) in cues.iter().enumerate() {
            for pad in 0..8 {
                let line = format!(
                    "{}{}{} tail",
                    "x".repeat(pad),
                    cue.to_ascii_uppercase(),
                    cues[(n + 1) % cues.len()]
                );
                assert_eq!(cues_in(&line), every_byte(&line), "{line}");
                assert_eq!(cues_in(&line[pad..]), every_byte(&line[pad..]), "{line}");
            }
        }
    }

    #[test]
    fn header_line_gives_date_and_byline_and_keeps_the_rest_as_body() {
        let text = " date 2025-04-28 By Jane Doe\n\nThe storm hit on Monday.";
        let cleaned = clean(text);
        assert_eq!(cleaned.metadata.published.unwrap().to_string(), "2025-04-28");
        assert_eq!(cleaned.metadata.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(cleaned.body().count(), 1);
    }

    #[test]
    fn shouted_dateline_is_header_not_story() {
        let text = " date 2025-04-28 SEOUL: North Korea confirmed it on Monday.";
        let cleaned = clean(text);
        assert_eq!(cleaned.metadata.dateline.as_deref(), Some("SEOUL"));
        let body: Vec<&str> = cleaned.body().map(|b| &text[b.start..b.end]).collect();
        assert_eq!(body, ["North Korea confirmed it on Monday."]);
    }

    #[test]
    fn dateline_with_region_and_dash() {
        let text = "TAIPEI, Taiwan – The island held drills on Monday.";
        let cleaned = clean(text);
        assert_eq!(cleaned.metadata.dateline.as_deref(), Some("TAIPEI, Taiwan"));
    }

    #[test]
    fn header_fields_may_span_several_opening_lines() {
        let text = "By Jane Doe, Reuters\nPublished November 6, 2026 9:12 PM UTC\n\nLIMA, Nov 6 (Reuters) - Rates fell.";
        let cleaned = clean(text);
        assert_eq!(cleaned.metadata.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(cleaned.metadata.published, Date::new(2026, 11, 6));
        assert_eq!(cleaned.body().count(), 1);
    }

    #[test]
    fn photo_credits_corrections_and_agency_lines_are_boilerplate() {
        let text = "Dam bursts in Kivara\n\nThe dam burst on Friday.\n\nRescuers search the valley on Friday. (Ana Ruiz/The Kivara Post)\n\nCorrection: An earlier version misstated the toll. Two died, not three.\n\n(KIVARA 24 with AFP)";
        let cleaned = clean(text);
        let kinds = kinds(text, &cleaned);
        assert_eq!(cleaned.body().count(), 1, "{kinds:?}");
        assert_eq!(kinds[2].1, BlockKind::Boilerplate(Boilerplate::Caption));
        assert_eq!(kinds[3].1, BlockKind::Boilerplate(Boilerplate::Credits));
        assert_eq!(kinds[4].1, BlockKind::Boilerplate(Boilerplate::Credits));
        // A sentence that ends in a parenthesis is still prose.
        assert_eq!(
            clean("Dam bursts\n\nThe toll rose to 12 (officials/police).").body().count(),
            1
        );
    }

    #[test]
    fn issued_on_lines_and_numeric_dates_give_the_publication_date() {
        let text = "Dam bursts in Kivara\nIssued on: 17/10/2026 - 14:32\nModified: 17/10/2026 - 18:05\nText by: Ana PEREZ\n\nThe dam burst on Friday.";
        let cleaned = clean(text);
        assert_eq!(cleaned.metadata.published, Date::new(2026, 10, 17));
        assert_eq!(cleaned.metadata.byline.as_deref(), Some("Ana PEREZ"));
        assert_eq!(cleaned.body().count(), 1);
        // Month first, and a day that could be a month: only the first is read.
        assert_eq!(
            clean("Dam bursts\nPublished 10/17/2026\n\nIt burst.").metadata.published,
            Date::new(2026, 10, 17)
        );
        assert_eq!(clean("Dam bursts\nPublished 03/11/2026\n\nIt burst.").metadata.published, None);
    }

    #[test]
    fn unlabelled_timestamp_lines_give_the_publication_date() {
        for (header, expected) in [
            ("Tuesday 14 October 2025 09:10 CEST", Date::new(2025, 10, 14)),
            ("January 3, 2026 6:02 PM GMT+1 Updated 2 hours ago", Date::new(2026, 1, 3)),
            ("Mon 5 Jan 2026 14.32 GMT", Date::new(2026, 1, 5)),
            ("Last updated on: June 5, 2024", Date::new(2024, 6, 5)),
            ("First published: 12:01, 7 May 2023", Date::new(2023, 5, 7)),
        ] {
            let text = format!("{header}\nThe vote was held on Monday.");
            let cleaned = clean(&text);
            assert_eq!(cleaned.metadata.published, expected, "{header}");
            assert_eq!(cleaned.body().count(), 1);
        }
    }

    #[test]
    fn the_date_below_a_standfirst_is_read() {
        let text = "Strike kills 23\nRescuers dig through the rubble of the market.\nPublished On 15 May 2026\n\nAt least 23 people were killed on Thursday.";
        let cleaned = clean(text);
        assert_eq!(cleaned.metadata.published, Date::new(2026, 5, 15));
        assert_eq!(cleaned.body().count(), 2);
    }

    #[test]
    fn a_second_timestamp_line_is_header_and_keeps_the_first_date() {
        let text = "Published On 15 May 2026\n15 May 2026\nUpdated on May 21, 2026 at 9:47 AM GMT+2\n\nAt least 23 people were killed on Thursday.";
        let cleaned = clean(text);
        assert_eq!(cleaned.metadata.published, Date::new(2026, 5, 15));
        assert_eq!(set_aside(&cleaned), 0);
        assert_eq!(cleaned.body().count(), 1);
    }

    #[test]
    fn a_name_with_a_newsroom_role_is_the_byline() {
        let same_line = "First published on Thu 19 Feb 2026 16.40 GMT\nHelen Marsh Europe correspondent\nCourt strikes down decree\n\nThe court ruled on Tuesday.";
        let cleaned = clean(same_line);
        assert_eq!(cleaned.metadata.byline.as_deref(), Some("Helen Marsh"));
        assert_eq!(cleaned.metadata.title.as_deref(), Some("Court strikes down decree"));
        let line_above = "Published 14 March 2026\n\nSofia Marín\nCentral America correspondent\n\nRow over fishermen grows\n\nThe men were held on Tuesday.";
        let cleaned = clean(line_above);
        assert_eq!(cleaned.metadata.byline.as_deref(), Some("Sofia Marín"));
        assert_eq!(cleaned.metadata.title.as_deref(), Some("Row over fishermen grows"));
        let no_name = "Published 14 March 2026\nHealth Correspondent\n\nCases rose on Tuesday.";
        assert_eq!(clean(no_name).metadata.byline, None);
        assert_eq!(clean(no_name).body().count(), 1);
    }

    #[test]
    fn a_name_just_above_the_date_line_is_the_byline() {
        let text = "Ferry sinks off Crete\nAll 40 passengers were rescued by the coast guard.\nNadia Petrou\n03/11/2026 March 11, 2026\n\nThe ferry sank on Tuesday.";
        let cleaned = clean(text);
        assert_eq!(cleaned.metadata.byline.as_deref(), Some("Nadia Petrou"));
        assert_eq!(cleaned.metadata.published, Date::new(2026, 3, 11));
        let button_between = "Ports\nPort expansion approved\nWhy you can trust us\nKen Lau\n+ FOLLOW\nPublished: 11:48pm, 23 Sep 2026\n\nThe plan was approved on Wednesday.";
        assert_eq!(clean(button_between).metadata.byline.as_deref(), Some("Ken Lau"));
        // A title of two or three words above the date names no one.
        let title = "Market Update\n23 Sep 2026\n\nShares rose on Wednesday.";
        assert_eq!(clean(title).metadata.byline, None);
    }

    #[test]
    fn newsletter_prompts_editor_initials_and_author_notes_are_boilerplate() {
        let text = "By Ken Lau\n\nThe plan was approved on Wednesday.\n\
                    Every evening, our editors send out a selection of the day's hard news and feature journalism. You can sign up to receive it directly here.\n\
                    Sign up now for our City newsletter and get the top stories delivered to your inbox.\n\
                    Sign up for our Science newsletter to get the month's biggest discoveries and the stories behind them, straight to your inbox every Friday. Outside Europe? Sign up to our world edition here.\n\
                    Ken Lau is a reporter covering transport in Hong Kong. He joined the paper in 2019.\n\
                    kl/ab (dpa, Reuters)";
        let cleaned = clean(text);
        assert_eq!(set_aside(&cleaned), 5);
        assert_eq!(cleaned.body().count(), 1);
        // Slashed words that open a sentence are not initials.
        assert!(!editors_initials("km/h limits were lifted (on most roads) on Monday."));
        assert!(editors_initials("abcd/ef"));
        assert!(!editors_initials("abcde/f"));
        assert!(!editors_initials("The plan was approved."));
    }

    #[test]
    fn a_short_question_alone_on_its_line_is_a_headline() {
        let text = "Ferry fares to rise\n\nFares will rise by 5% in May.\n\nMore on this story\nWhy are ferry fares rising?\nPorts brace for strike";
        let cleaned = clean(text);
        assert_eq!(cleaned.body().count(), 1);
        // A question in quotes, or a long one, is prose.
        let quoted = "Ferry fares to rise\n\n“Who will pay for this?”\n\nIs it fair that commuters pay for a decade of delays while the operator keeps its profits and bonuses?";
        assert_eq!(clean(quoted).body().count(), 2);
    }

    #[test]
    fn a_section_label_above_the_headline_is_not_the_title() {
        let text = "Harbour Business\nPort of Lessa to double its cranes as freight volumes recover\n\nThe port will buy 12 cranes.";
        let cleaned = clean(text);
        let title = "Port of Lessa to double its cranes as freight volumes recover";
        assert_eq!(cleaned.metadata.title.as_deref(), Some(title));
        assert_eq!(
            kinds(text, &cleaned)[0],
            ("Harbour Business", BlockKind::Boilerplate(Boilerplate::RelatedLink))
        );
        // A short title over prose stays the title.
        let short = "Cranes Arrive\n\nThe port took delivery of 12 cranes on Monday.";
        assert_eq!(clean(short).metadata.title.as_deref(), Some("Cranes Arrive"));
    }

    #[test]
    fn a_byline_names_authors_not_their_outlet_or_role() {
        for (header, expected) in [
            ("By Dana Whitfield, CNN", "Dana Whitfield"),
            ("By Dana Whitfield, Health Reporter", "Dana Whitfield"),
            ("By Jane Doe, John Roe and Ann Poe", "Jane Doe, John Roe and Ann Poe"),
        ] {
            let cleaned = clean(&format!("{header}\n\nThe vote was held on Monday."));
            assert_eq!(cleaned.metadata.byline.as_deref(), Some(expected), "{header}");
        }
    }

    #[test]
    fn header_fields_below_the_title_are_still_read() {
        let text = "Storm leaves thousands without power\nBy Jane Doe and John Roe\nOctober 23, 2025 8:14 AM GMT+2\n\nThe storm hit on Tuesday.";
        let cleaned = clean(text);
        assert_eq!(cleaned.metadata.title.as_deref(), Some("Storm leaves thousands without power"));
        assert_eq!(cleaned.metadata.byline.as_deref(), Some("Jane Doe and John Roe"));
        assert_eq!(cleaned.metadata.published, Date::new(2025, 10, 23));
        assert_eq!(cleaned.body().count(), 1);
    }

    #[test]
    fn iso_timestamp_header_gives_the_day() {
        let cleaned = clean("Published: 2025-10-23T08:14:00Z\nThe storm hit on Tuesday.");
        assert_eq!(cleaned.metadata.published, Date::new(2025, 10, 23));
    }

    #[test]
    fn a_story_sentence_starting_with_a_date_is_not_a_header() {
        let text = "March 3, 2026 was the day the river rose above its banks in the town.";
        let cleaned = clean(text);
        assert_eq!(cleaned.metadata.published, None);
        assert_eq!(cleaned.body().count(), 1);
    }

    #[test]
    fn sentence_opening_with_by_is_not_a_byline() {
        for text in [
            "By Monday, the river had burst its banks.",
            "By the time help came, the town had flooded entirely and more.",
        ] {
            let cleaned = clean(text);
            assert_eq!(cleaned.metadata.byline, None, "{text}");
            assert_eq!(cleaned.body().count(), 1);
        }
    }

    #[test]
    fn related_headline_alone_on_its_line_is_all_link() {
        let text = "Story.\nRead more: Why the region’s fault lines worry seismologists\nMore.";
        let blocks = kinds(text, &clean(text));
        assert_eq!(
            blocks[1],
            (
                "Read more: Why the region’s fault lines worry seismologists",
                BlockKind::Boilerplate(Boilerplate::RelatedLink)
            )
        );
    }

    #[test]
    fn ordinary_sentence_with_colon_is_not_a_dateline() {
        let text = "The minister said: we will rebuild.";
        let cleaned = clean(text);
        assert_eq!(cleaned.metadata.dateline, None);
        assert_eq!(cleaned.body().count(), 1);
    }

    #[test]
    fn also_read_headline_is_split_from_the_sentence_it_runs_into() {
        let text =
            "Intro sentence here.\nALSO READ: Floods worsen as rivers rise It said the dam held.";
        let cleaned = clean(text);
        let blocks = kinds(text, &cleaned);
        assert!(blocks.contains(&(
            "ALSO READ: Floods worsen as rivers rise",
            BlockKind::Boilerplate(Boilerplate::RelatedLink)
        )));
        assert!(blocks.contains(&("It said the dam held.", BlockKind::Body)));
    }

    #[test]
    fn also_read_headline_before_a_possessive_subject() {
        let text = "Intro.\nALSO READ: Talks need to happen soon, says Jane Doe Moscow’s claim could not be verified.";
        let blocks = kinds(text, &clean(text));
        assert!(blocks.contains(&("Moscow’s claim could not be verified.", BlockKind::Body)));
    }

    #[test]
    fn donation_prompt_after_header_date_is_boilerplate() {
        let text =
            " date 2025-04-28 Support us on Patreon\nA headline without a stop\n\nStory text here.";
        let cleaned = clean(text);
        let blocks = kinds(text, &cleaned);
        assert!(blocks
            .contains(&("Support us on Patreon", BlockKind::Boilerplate(Boilerplate::Prompt))));
        assert_eq!(cleaned.metadata.title.as_deref(), Some("A headline without a stop"));
    }

    #[test]
    fn repeated_caption_is_marked_both_times() {
        let text = "Story.\nTroops at the border in 2024. Photo by a reader\nTroops at the border in 2024. Photo by a reader\nMore story.";
        let cleaned = clean(text);
        assert_eq!(set_aside(&cleaned), 2);
        assert_eq!(cleaned.body().count(), 2);
    }

    #[test]
    fn unpunctuated_line_between_paragraphs_is_a_related_link() {
        let text =
            "First paragraph.\nAir force says 86 drones were launched overnight\nSecond paragraph.";
        let blocks = kinds(text, &clean(text));
        assert_eq!(blocks[1].1, BlockKind::Boilerplate(Boilerplate::RelatedLink));
    }

    #[test]
    fn written_out_updated_line_gives_publication_date() {
        let text = "UPDATED 28 April, 2025, 03:00 a.m. ET\nStory starts here.";
        let cleaned = clean(text);
        assert_eq!(cleaned.metadata.published, Date::new(2025, 4, 28));
    }

    #[test]
    fn credits_and_author_note_are_boilerplate_and_give_byline() {
        let text = "Story.\nEdited by Jane Roe.\nJohn Doe writes for the Associated Press.";
        let cleaned = clean(text);
        assert_eq!(set_aside(&cleaned), 2);
        assert_eq!(cleaned.metadata.byline.as_deref(), Some("John Doe"));
    }

    #[test]
    fn wire_update_notes_and_reader_appeals_are_boilerplate() {
        let text = "Rates fell on Monday, the bank said.\n\
                    Before you move on, we hope you will consider supporting our reporting.\n\
                    Support us from as little as $1 – it only takes a minute.\n\
                    —With assistance from Lena Hoffmann.\n\
                    (Updates with analyst comment in fourth paragraph.)";
        let cleaned = clean(text);
        assert_eq!(set_aside(&cleaned), 4);
        assert_eq!(cleaned.body().count(), 1);
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined() {
        let text = "The river rose overnight and flooded the lower\ntown, officials said on Monday, adding that the\nrescue teams were still searching for the people\nwho were missing.\n\nA second paragraph starts here and it goes on to\nsay more about the rescue teams and the river and\nit also continues on the next line.";
        let cleaned = clean(text);
        assert_eq!(cleaned.body().count(), 2);
    }

    #[test]
    fn photo_caption_with_left_marker_is_boilerplate() {
        let text = "Jane Doe, left, and John Roe at a meeting in Paris.\nStory.";
        let cleaned = clean(text);
        assert_eq!(set_aside(&cleaned), 1);
    }

    #[test]
    fn every_block_is_a_valid_slice_for_odd_input() {
        for text in ["", "\n\n", "By", " date ", "ALSO READ", "ÉCLAIR: – —", "A – b", "x\r\ny\r\n"]
        {
            let cleaned = clean(text);
            for block in &cleaned.blocks {
                assert!(text.get(block.start..block.end).is_some(), "{text:?}");
            }
        }
    }
}

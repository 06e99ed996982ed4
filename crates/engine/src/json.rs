//! The report as JSON, written out by hand in serde_json's pretty layout
//! (two-space indent, `"key": value`, `[]` and `{}` when empty). The types
//! still derive `Serialize` and `serde_json::to_string_pretty` stays the
//! reference the tests hold this writer to: in the browser, serde_json's
//! serializer instantiated for each of the report's types cost 1.4 KB more of
//! the gzipped .wasm than this writer.

use crate::align::Topic;
use crate::claim::{Claim, Mention, When};
use crate::date::Date;
use crate::quantity::{Qualifier, Quantity};
use crate::report::{kind_name, status_name, DocumentSummary, Report};

/// The report as `serde_json::to_string_pretty` writes it.
pub(crate) fn report(report: &Report) -> String {
    let mut json = Json::default();
    json.open('{');
    json.key("documents");
    json.list(&report.documents, document);
    json.key("claims");
    json.list(&report.claims, claim);
    json.key("topics");
    json.list(&report.topics, topic);
    json.close('}');
    json.out
}

fn document(json: &mut Json, doc: &DocumentSummary) {
    json.open('{');
    json.key("id");
    json.string(&doc.id);
    json.key("published");
    json.date(doc.published);
    json.key("byline");
    json.optional_string(doc.byline.as_deref());
    json.key("title");
    json.optional_string(doc.title.as_deref());
    json.key("dateline");
    json.optional_string(doc.dateline.as_deref());
    json.key("words");
    json.number(doc.words);
    json.key("warnings");
    json.strings(&mut doc.warnings.iter().map(String::as_str));
    json.close('}');
}

fn claim(json: &mut Json, claim: &Claim) {
    json.open('{');
    json.key("id");
    json.string(&claim.id);
    json.key("doc");
    json.string(&claim.doc);
    json.key("kind");
    json.string(kind_name(claim.kind));
    json.key("text");
    json.string(&claim.text);
    json.key("start");
    json.number(claim.start);
    json.key("end");
    json.number(claim.end);
    json.key("mention");
    mention(json, &claim.mention);
    json.key("quantity");
    json.optional(claim.quantity.as_ref(), quantity);
    json.key("when");
    json.optional(claim.when.as_ref(), when);
    json.key("speaker");
    json.optional_string(claim.speaker.as_deref());
    json.key("cue");
    json.optional_string(claim.cue.as_deref());
    json.key("topic");
    json.string(&claim.topic);
    json.close('}');
}

fn mention(json: &mut Json, mention: &Mention) {
    json.open('{');
    json.key("start");
    json.number(mention.start);
    json.key("end");
    json.number(mention.end);
    json.key("text");
    json.string(&mention.text);
    json.close('}');
}

fn quantity(json: &mut Json, quantity: &Quantity) {
    json.open('{');
    json.key("low");
    json.float(quantity.low);
    json.key("high");
    json.optional(quantity.high.as_ref(), |json, &high| json.float(high));
    json.key("qualifier");
    json.string(qualifier_name(quantity.qualifier));
    json.key("unit");
    json.string(&quantity.unit);
    json.key("subject");
    json.string(&quantity.subject);
    json.close('}');
}

fn when(json: &mut Json, when: &When) {
    json.open('{');
    json.key("start");
    json.date(Some(when.start));
    json.key("end");
    json.date(Some(when.end));
    json.key("text");
    json.string(&when.text);
    json.close('}');
}

fn topic(json: &mut Json, topic: &Topic) {
    json.open('{');
    json.key("id");
    json.string(&topic.id);
    json.key("label");
    json.string(&topic.label);
    json.key("kind");
    json.string(kind_name(topic.kind));
    json.key("claims");
    json.strings(&mut topic.claims.iter().map(String::as_str));
    json.key("status");
    json.string(status_name(topic.status));
    json.key("why");
    json.string(&topic.why);
    json.key("silent");
    json.strings(&mut topic.silent.iter().map(|doc| &**doc));
    json.close('}');
}

/// The name serde gives the hedge (`rename_all = "snake_case"`).
fn qualifier_name(qualifier: Qualifier) -> &'static str {
    match qualifier {
        Qualifier::Exact => "exact",
        Qualifier::About => "about",
        Qualifier::Nearly => "nearly",
        Qualifier::AtLeast => "at_least",
        Qualifier::MoreThan => "more_than",
        Qualifier::UpTo => "up_to",
        Qualifier::FewerThan => "fewer_than",
    }
}

/// JSON text being written: objects and lists open and close, and each
/// value inside them goes on its own line, indented by its depth.
#[derive(Default)]
struct Json {
    out: String,
    depth: usize,
    /// Whether the innermost open object or list has no item yet.
    empty: bool,
}

impl Json {
    fn open(&mut self, bracket: char) {
        self.out.push(bracket);
        self.depth += 1;
        self.empty = true;
    }

    /// Closes the innermost object (`'}'`) or list (`']'`).
    fn close(&mut self, bracket: char) {
        self.depth -= 1;
        if !self.empty {
            self.new_line();
        }
        self.out.push(bracket);
        self.empty = false;
    }

    /// Starts an item of the innermost object or list on a line of its own.
    fn item(&mut self) {
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        self.new_line();
    }

    fn new_line(&mut self) {
        self.out.push('\n');
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
    }

    fn key(&mut self, name: &str) {
        self.item();
        self.string(name);
        self.out.push_str(": ");
    }

    fn list<T>(&mut self, items: &[T], write: fn(&mut Json, &T)) {
        self.open('[');
        for item in items {
            self.item();
            write(self, item);
        }
        self.close(']');
    }

    fn strings(&mut self, items: &mut dyn Iterator<Item = &str>) {
        self.open('[');
        for item in items {
            self.item();
            self.string(item);
        }
        self.close(']');
    }

    fn optional<T: ?Sized>(&mut self, value: Option<&T>, write: fn(&mut Json, &T)) {
        match value {
            Some(value) => write(self, value),
            None => self.out.push_str("null"),
        }
    }

    fn optional_string(&mut self, text: Option<&str>) {
        self.optional(text, Json::string);
    }

    /// A date as serde writes it: "2025-04-28".
    fn date(&mut self, date: Option<Date>) {
        self.optional(date.map(|date| date.to_string()).as_deref(), Json::string);
    }

    fn number(&mut self, value: usize) {
        self.out.push_str(&value.to_string());
    }

    /// As serde_json writes it: the shortest text that reads back the same
    /// (zmij's, which serde_json uses), `null` if not finite.
    fn float(&mut self, value: f64) {
        if value.is_finite() {
            self.out.push_str(zmij::Buffer::new().format_finite(value));
        } else {
            self.out.push_str("null");
        }
    }

    /// Quoted, with serde_json's escapes: `\"`, `\\`, the short forms of
    /// five control characters and `\u00XX` for the others.
    fn string(&mut self, text: &str) {
        self.out.push('"');
        for c in text.chars() {
            match c {
                '"' => self.out.push_str("\\\""),
                '\\' => self.out.push_str("\\\\"),
                '\u{8}' => self.out.push_str("\\b"),
                '\t' => self.out.push_str("\\t"),
                '\n' => self.out.push_str("\\n"),
                '\u{c}' => self.out.push_str("\\f"),
                '\r' => self.out.push_str("\\r"),
                c if c < ' ' => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    self.out.push_str("\\u00");
                    self.out.push(char::from(HEX[c as usize >> 4]));
                    self.out.push(char::from(HEX[c as usize & 0xf]));
                }
                c => self.out.push(c),
            }
        }
        self.out.push('"');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    fn serde_reference(report: &Report) -> String {
        serde_json::to_string_pretty(report).unwrap()
    }

    #[test]
    fn writes_what_serde_json_writes() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut docs = Vec::new();
        for dir in ["corpus", "tests/gold/articles"] {
            for path in
                std::fs::read_dir(root.join(dir)).unwrap().map(|entry| entry.unwrap().path())
            {
                let id = path.file_stem().unwrap().to_string_lossy().into_owned();
                docs.push(Document::from_bytes(id, &std::fs::read(&path).unwrap()).unwrap());
            }
        }
        let report = Report::build(&docs);
        assert!(report.claims.iter().any(|claim| claim.quantity.is_some()));
        assert_eq!(report.to_json(), serde_reference(&report));
    }

    #[test]
    fn escapes_empties_and_odd_numbers_as_serde_json_does() {
        let mut report = Report::build(&[
            Document::from_text(
                "a \"quoted\" \\ id",
                "date 2025-01-02\nAbout 1,500 troops were sent.",
            ),
            Document::from_text("b", ""),
        ]);
        report.documents[0].warnings =
            vec!["tab\tline\nbreak\r\u{8}\u{c}\u{1}\u{1f}\u{7f} é —".into(), String::new()];
        let figure = report.claims.iter().find(|claim| claim.quantity.is_some()).unwrap().clone();
        for (low, high) in [(f64::NAN, Some(f64::INFINITY)), (1.5e21, None), (0.1, Some(-0.0))] {
            let mut claim = figure.clone();
            let quantity = claim.quantity.as_mut().unwrap();
            (quantity.low, quantity.high) = (low, high);
            report.claims.push(claim);
        }
        assert_eq!(report.to_json(), serde_reference(&report));
        let empty = Report::build(&[]);
        assert_eq!(empty.to_json(), serde_reference(&empty));
    }
}

//! The view as a query string (`?view=timeline&topic=…`) and back, so a link
//! reopens what the reader saw. Defaults are left out; unknown or malformed
//! parameters are ignored.

use corroborate::date::{Date, DateRange};

use super::filters::{Filters, Sort};
use super::labels::{kind_name, parse_kind, parse_status, status_name};
use super::view::{Tab, View};

pub fn to_query(view: &View) -> String {
    let Filters { kind, status, source, text, sort } = &view.filters;
    let (from, to) =
        (view.zoom.map(|zoom| zoom.start.to_string()), view.zoom.map(|zoom| zoom.end.to_string()));
    let pairs = [
        ("view", (view.tab != Tab::Table).then(|| view.tab.name())),
        ("topic", view.topic.as_deref()),
        ("claim", view.claim.as_deref()),
        ("article", view.article.as_deref()),
        ("kind", kind.map(kind_name)),
        ("status", status.map(status_name)),
        ("source", source.as_deref()),
        ("q", (!text.is_empty()).then_some(text.as_str())),
        ("sort", (*sort != Sort::Document).then(|| sort.name())),
        ("from", from.as_deref()),
        ("to", to.as_deref()),
    ];
    let mut query = String::new();
    for (key, value) in pairs {
        let Some(value) = value else { continue };
        query.push(if query.is_empty() { '?' } else { '&' });
        query.push_str(key);
        query.push('=');
        encode(&mut query, value);
    }
    query
}

pub fn from_query(query: &str) -> View {
    let mut view = View::default();
    let (mut from, mut to) = (None, None);
    for pair in query.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let Some(value) = decode(value).filter(|value| !value.is_empty()) else {
            continue;
        };
        match key {
            "view" => view.tab = Tab::parse(&value).unwrap_or_default(),
            "topic" => view.topic = Some(value),
            "claim" => view.claim = Some(value),
            "article" => view.article = Some(value),
            "kind" => view.filters.kind = parse_kind(&value),
            "status" => view.filters.status = parse_status(&value),
            "source" => view.filters.source = Some(value),
            "q" => view.filters.text = value,
            "sort" => view.filters.sort = Sort::parse(&value).unwrap_or_default(),
            "from" => from = Date::parse_iso(&value),
            "to" => to = Date::parse_iso(&value),
            _ => {}
        }
    }
    if let (Some(start), Some(end)) = (from, to) {
        view.zoom = (start <= end).then_some(DateRange { start, end });
    }
    view
}

/// Percent-encodes all but the unreserved characters of RFC 3986 onto `out`.
fn encode(out: &mut String, value: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            out.extend([
                '%',
                HEX[usize::from(byte >> 4)] as char,
                HEX[usize::from(byte & 15)] as char,
            ]);
        }
    }
}

/// `+` as space and `%XX` escapes; `None` when the bytes are not UTF-8.
fn decode(value: &str) -> Option<String> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|hex| std::str::from_utf8(hex).ok());
        match (bytes[i], hex.and_then(|hex| u8::from_str_radix(hex, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (b'+', _) => {
                out.push(b' ');
                i += 1;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use corroborate::claim::ClaimKind;
    use corroborate::report::Status;

    #[test]
    fn the_default_view_is_an_empty_query() {
        assert_eq!(to_query(&View::default()), "");
        assert_eq!(from_query(""), View::default());
    }

    #[test]
    fn every_field_round_trips() {
        let view = View {
            tab: Tab::Timeline,
            filters: Filters {
                kind: Some(ClaimKind::Figure),
                status: Some(Status::Conflict),
                source: Some("Daily Planet (2)".into()),
                text: "troops & river=100%".into(),
                sort: Sort::Status,
            },
            topic: Some("doc#3".into()),
            claim: Some("doc#4".into()),
            article: Some("日本".into()),
            zoom: Some(DateRange {
                start: Date::new(2024, 9, 1).unwrap(),
                end: Date::new(2025, 4, 30).unwrap(),
            }),
        };
        let query = to_query(&view);
        assert!(query.starts_with("?view=timeline&topic=doc%233"), "{query}");
        assert_eq!(from_query(&query), view);
    }

    #[test]
    fn junk_is_ignored() {
        let view =
            from_query("?view=nope&kind=x&from=2025-01-01&q=%ZZ%&claim=&topic=a+b&to=bad&zz");
        assert_eq!(view.tab, Tab::Table);
        assert_eq!(view.filters.kind, None);
        assert_eq!(view.zoom, None);
        assert_eq!(view.filters.text, "%ZZ%");
        assert_eq!(view.claim, None);
        assert_eq!(view.topic.as_deref(), Some("a b"));
        assert_eq!(from_query("?from=2025-02-01&to=2025-01-01").zoom, None);
        assert_eq!(decode("%FF"), None);
    }
}

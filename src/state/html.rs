//! HTML → plain text, for articles saved from a browser. The engine reads text,
//! and markup from a file must never reach the page as markup. One forgiving
//! pass with no recursion (nesting depth cannot overflow anything): tags are
//! dropped, script/style contents dropped, block tags become line breaks and
//! common entities are decoded. Malformed input degrades to text, never panics.

use corroborate::wordlist;

/// Elements whose content is not article text.
const SKIPPED: &str = "script style noscript template svg iframe object";

/// Elements that end a paragraph.
const BLOCKS: &str =
    "address article aside blockquote dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 \
        h6 header hr li main nav ol p pre section table title tr ul";

pub fn to_text(html: &str) -> String {
    let lower = html.to_ascii_lowercase(); // same byte offsets as `html`
    let mut out = String::with_capacity(html.len() / 2);
    let mut pos = 0;
    let mut in_pre = 0usize;
    while let Some(found) = html[pos..].find('<') {
        let lt = pos + found;
        push_text(&mut out, &html[pos..lt], in_pre > 0);
        pos = match Tag::read(&lower, lt) {
            Scan::Literal => {
                out.push('<');
                lt + 1
            }
            Scan::Skip(end) => end,
            Scan::Tag(tag) => {
                if tag.name == "pre" {
                    in_pre = if tag.closing { in_pre.saturating_sub(1) } else { in_pre + 1 };
                }
                if tag.name == "br" {
                    out.push('\n');
                } else if tag.name == "td" || tag.name == "th" {
                    out.push(' ');
                } else if wordlist::has(BLOCKS, tag.name) {
                    out.push_str("\n\n");
                }
                if !tag.closing && wordlist::has(SKIPPED, tag.name) {
                    skip_element(&lower, tag.end, tag.name)
                } else {
                    tag.end
                }
            }
        };
    }
    push_text(&mut out, &html[pos..], in_pre > 0);
    tidy(&out)
}

enum Scan<'a> {
    /// A `<` that opens nothing: keep it as text ("a < b").
    Literal,
    /// A comment, doctype or unterminated tag: continue at this offset.
    Skip(usize),
    Tag(Tag<'a>),
}

struct Tag<'a> {
    name: &'a str,
    closing: bool,
    /// Just past the `>`.
    end: usize,
}

impl Tag<'_> {
    /// Reads the markup at `lower[lt..]`, which starts with `<`.
    fn read(lower: &str, lt: usize) -> Scan<'_> {
        let rest = &lower[lt..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            return Scan::Skip(comment.find("-->").map_or(lower.len(), |i| lt + 4 + i + 3));
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            return Scan::Skip(rest.find('>').map_or(lower.len(), |i| lt + i + 1));
        }
        let closing = rest[1..].starts_with('/');
        let name_start = lt + 1 + usize::from(closing);
        let name_len = lower[name_start..].bytes().take_while(u8::is_ascii_alphanumeric).count();
        if name_len == 0 || !lower.as_bytes()[name_start].is_ascii_alphabetic() {
            return Scan::Literal;
        }
        let name = &lower[name_start..name_start + name_len];
        match tag_end(lower, name_start + name_len) {
            Some(end) => Scan::Tag(Tag { name, closing, end }),
            None => Scan::Skip(lower.len()),
        }
    }
}

/// Offset just past the `>` closing a tag, skipping quoted attribute values.
fn tag_end(lower: &str, from: usize) -> Option<usize> {
    let mut quote = None;
    for (i, byte) in lower.bytes().enumerate().skip(from) {
        match (quote, byte) {
            (None, b'"' | b'\'') => quote = Some(byte),
            (Some(q), _) if q == byte => quote = None,
            (None, b'>') => return Some(i + 1),
            _ => {}
        }
    }
    None
}

/// Offset just past `</name…>`, or the end when the element never closes.
fn skip_element(lower: &str, from: usize, name: &str) -> usize {
    let closing = format!("</{name}");
    match lower[from..].find(&closing) {
        Some(i) => {
            let after = from + i + closing.len();
            lower[after..].find('>').map_or(lower.len(), |j| after + j + 1)
        }
        None => lower.len(),
    }
}

/// Text between tags: whitespace collapsed (outside `<pre>`), entities decoded.
fn push_text(out: &mut String, raw: &str, keep_spacing: bool) {
    if raw.is_empty() {
        return;
    }
    if keep_spacing {
        decode_entities(out, raw);
        return;
    }
    let mut collapsed = String::with_capacity(raw.len());
    let mut in_space = false;
    for c in raw.chars() {
        if c.is_whitespace() {
            if !in_space {
                collapsed.push(' ');
            }
            in_space = true;
        } else {
            collapsed.push(c);
            in_space = false;
        }
    }
    decode_entities(out, &collapsed);
}

fn decode_entities(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let entity = rest[1..].find(';').filter(|&len| len <= 10).and_then(|len| {
            let decoded = entity(&rest[1..1 + len])?;
            Some((decoded, len + 2))
        });
        match entity {
            Some((decoded, consumed)) => {
                out.push(decoded);
                rest = &rest[consumed..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

/// The character an entity name (between `&` and `;`) stands for.
fn entity(name: &str) -> Option<char> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return Some(char::from_u32(code).filter(|&c| c != '\0').unwrap_or('\u{FFFD}'));
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "mdash" => '—',
        "ndash" => '–',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "hellip" => '…',
        _ => return None,
    })
}

/// Trims every line and keeps at most one blank line between paragraphs.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank { "\n\n" } else { "\n" });
        }
        out.push_str(line);
        blank = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_go_and_blocks_become_paragraphs() {
        let html = "<html><head><title>Quake</title><style>p{color:red}</style></head>\
                    <body><h1>Big  quake</h1><p>At least <b>1,600</b>\n died.</p><p>Line<br>two</p></body></html>";
        assert_eq!(to_text(html), "Quake\n\nBig quake\n\nAt least 1,600 died.\n\nLine\ntwo");
    }

    #[test]
    fn scripts_and_comments_are_dropped_case_insensitively() {
        let html =
            "<p>a</p><SCRIPT type=\"x\">alert('<p>no</p>')</Script ><!-- <p>hidden</p> --><p>b</p>";
        assert_eq!(to_text(html), "a\n\nb");
    }

    #[test]
    fn entities_are_decoded_once() {
        let html = "<p>Tom &amp; Jerry &lt;3 &quot;hi&quot; &#39;x&#39; a&nbsp;b &#8212; &#x2014; &amp;lt; &bogus; &#0; &</p>";
        assert_eq!(to_text(html), "Tom & Jerry <3 \"hi\" 'x' a b — — &lt; &bogus; \u{FFFD} &");
    }

    #[test]
    fn quoted_attributes_may_contain_angle_brackets() {
        assert_eq!(to_text("<a title=\"x > y\" href='z'>link</a> text"), "link text");
    }

    #[test]
    fn malformed_markup_degrades_to_text() {
        assert_eq!(to_text("a < b and c > d"), "a < b and c > d");
        assert_eq!(to_text("<p>unclosed <b"), "unclosed");
        assert_eq!(to_text("<script>never closed"), "");
        assert_eq!(to_text("<!-- never closed"), "");
        assert_eq!(to_text("<p>x</p></div></div></p>y"), "x\n\ny");
        assert_eq!(to_text("<"), "<");
        assert_eq!(to_text("<>é<3ü</"), "<>é<3ü</");
        assert_eq!(to_text(""), "");
    }

    #[test]
    fn preformatted_text_keeps_its_spacing() {
        assert_eq!(to_text("<pre>a  b\n  c</pre>"), "a  b\nc");
    }

    #[test]
    fn deep_nesting_is_linear_and_safe() {
        let depth = 50_000;
        let html = format!("{}deep{}", "<div><span>".repeat(depth), "</span></div>".repeat(depth));
        assert_eq!(to_text(&html), "deep");
    }

    #[test]
    fn multibyte_text_around_tags_is_kept() {
        assert_eq!(to_text("<p>Kyiv — “quoted”</p><p>日本</p>"), "Kyiv — “quoted”\n\n日本");
    }
}

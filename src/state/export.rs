//! The table as CSV (RFC 4180), for a spreadsheet. The JSON export is the
//! engine's own report format, so it lives there (`Report::to_json`).

use super::labels::{kind_name, status_name};
use super::table::{Column, Entry, Row};

/// One line per row shown, one column per source; a silent source says so.
pub fn csv(columns: &[Column], rows: &[Row]) -> String {
    let mut out = String::from("topic,kind,status,why");
    for column in columns {
        out.push(',');
        push_field(&mut out, &format!("{} ({})", column.name, column.doc));
    }
    out.push_str("\r\n");
    for row in rows {
        push_record(
            &mut out,
            &[&row.label, kind_name(row.kind), status_name(row.status), &row.why],
        );
        for column in columns {
            out.push(',');
            let summaries = match row.cell(&column.doc) {
                Some(cell) if !cell.is_empty() => {
                    cell.entries.iter().map(Entry::summary).collect::<Vec<_>>().join(" | ")
                }
                Some(cell) if cell.silent => "(silent)".to_string(),
                _ => String::new(),
            };
            push_field(&mut out, &summaries);
        }
        out.push_str("\r\n");
    }
    out
}

/// Fields separated by commas, without the line's end.
fn push_record(out: &mut String, fields: &[&str]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_field(out, field);
    }
}

/// Quoted when needed; a leading `=`, `+`, `-` or `@` is defused with `'` so a
/// spreadsheet never runs article text as a formula.
fn push_field(out: &mut String, field: &str) {
    let defused;
    let field = if field.starts_with(['=', '+', '-', '@']) {
        defused = format!("'{field}");
        defused.as_str()
    } else {
        field
    };
    if field.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

/// Reads CSV back into records; used by tests to prove the export parses.
pub fn parse(text: &str) -> Option<Vec<Vec<String>>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, '"') => return None,
            (false, c) => field.push(c),
        }
    }
    if quoted {
        return None;
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    Some(records)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::corpus::Corpus;
    use crate::state::table::{columns, rows};

    #[test]
    fn bundled_table_exports_and_parses_back() {
        let corpus = Corpus::bundled();
        let (columns, rows) = (columns(&corpus), rows(&corpus));
        let records = parse(&csv(&columns, &rows)).expect("valid CSV");
        assert_eq!(records.len(), rows.len() + 1);
        assert!(records.iter().all(|record| record.len() == 4 + columns.len()));
        assert_eq!(records[0][..4], ["topic", "kind", "status", "why"]);
        assert!(records[1..].iter().any(|record| record.iter().any(|field| field == "(silent)")));
    }

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        let mut out = String::new();
        push_record(&mut out, &["a,b", "say \"hi\"", "=SUM(A1)", "two\nlines"]);
        out.push_str("\r\n");
        assert_eq!(out, "\"a,b\",\"say \"\"hi\"\"\",'=SUM(A1),\"two\nlines\"\r\n");
        assert_eq!(
            parse(&out).unwrap(),
            vec![vec![
                "a,b".to_string(),
                "say \"hi\"".into(),
                "'=SUM(A1)".into(),
                "two\nlines".into()
            ]]
        );
        assert_eq!(parse("a\"b"), None);
    }
}

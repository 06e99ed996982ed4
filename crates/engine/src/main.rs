//! `corroborate extract [--format json|table] FILE...`: claims of news articles
//! as one JSON report (or a readable table). Files that cannot be read are
//! named on stderr and make the exit status non-zero; the others still count.

use std::path::Path;
use std::process::ExitCode;

use corroborate::document::Document;
use corroborate::report::Report;

const USAGE: &str = "usage: corroborate extract [--format json|table] FILE...";

enum Format {
    Json,
    Table,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.split_first() {
        Some((command, rest)) if command == "extract" => extract(rest),
        Some((flag, _)) if flag == "--help" || flag == "-h" => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn extract(args: &[String]) -> ExitCode {
    let mut format = Format::Json;
    let mut files = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--format" => match args.next().map(String::as_str) {
                Some("json") => format = Format::Json,
                Some("table") => format = Format::Table,
                other => {
                    eprintln!("corroborate: unknown format {other:?}; expected json or table");
                    return ExitCode::from(2);
                }
            },
            _ => files.push(arg),
        }
    }
    if files.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }

    let mut failed = false;
    let mut docs = Vec::with_capacity(files.len());
    for file in files {
        match load(Path::new(file)) {
            Ok(doc) => {
                for warning in &doc.warnings {
                    eprintln!("corroborate: {file}: warning: {warning}");
                }
                docs.push(doc);
            }
            Err(message) => {
                eprintln!("corroborate: {file}: {message}");
                failed = true;
            }
        }
    }
    let report = Report::build(&docs);
    match format {
        Format::Json => println!("{}", report.to_json()),
        Format::Table => print!("{}", report.to_table()),
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn load(path: &Path) -> Result<Document, String> {
    let bytes = std::fs::read(path).map_err(|error| format!("cannot read: {error}"))?;
    let id = path
        .file_stem()
        .map_or_else(|| path.display().to_string(), |stem| stem.to_string_lossy().into_owned());
    Document::from_bytes(id, &bytes).map_err(|error| error.to_string())
}

//! Bundles every `corpus/*.txt` into the app at build time, so the page needs
//! no request beyond its own files to show the seed articles.

use std::fmt::Write as _;
use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=corpus");
    let mut files: Vec<_> = fs::read_dir("corpus")
        .expect("corpus/ directory next to Cargo.toml")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    files.sort();
    let mut code = String::from("/// (file stem, text) of each bundled article, sorted by file name.\npub const BUNDLED: &[(&str, &str)] = &[\n");
    for path in &files {
        let stem = path.file_stem().unwrap().to_string_lossy();
        let absolute = fs::canonicalize(path).unwrap();
        writeln!(code, "    ({stem:?}, include_str!({:?})),", absolute.display().to_string())
            .unwrap();
    }
    code.push_str("];\n");
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("bundled.rs");
    fs::write(out, code).unwrap();
}

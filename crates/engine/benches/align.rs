//! Timing of alignment at scale: 1,000 articles (the ten gold articles retold
//! as 100 stories in the same news cycles). Extraction is timed separately;
//! the alignment figure is `align::align` alone, best of several runs, as wall
//! time and (on Linux) as this thread's CPU time, which a busy machine does
//! not inflate.
//!
//! Run with `cargo bench -p corroborate-engine --bench align`.

use std::time::{Duration, Instant};

use corroborate::align;
use corroborate::report::Report;

#[path = "../tests/synthetic/mod.rs"]
mod synthetic;

const STORIES: usize = 100;
const RUNS: usize = 5;

fn main() {
    let docs = synthetic::retold(&synthetic::gold_articles(), STORIES);
    let started = Instant::now();
    let report = Report::build(&docs);
    let build = started.elapsed();

    let mut best = Duration::MAX;
    let mut best_cpu: Option<Duration> = None;
    let mut topics = 0;
    for _ in 0..RUNS {
        let mut claims = report.claims.clone();
        let (started, cpu_started) = (Instant::now(), thread_cpu_time());
        topics = align::align(&report.documents, &mut claims).len();
        best = best.min(started.elapsed());
        if let (Some(before), Some(after)) = (cpu_started, thread_cpu_time()) {
            best_cpu = Some(best_cpu.map_or(after - before, |b| b.min(after - before)));
        }
    }
    let per_second = |elapsed: Duration| docs.len() as f64 / elapsed.as_secs_f64();
    println!("{} articles, {} claims, {topics} topics", docs.len(), report.claims.len());
    println!(
        "align:            {:>8.1} ms  {:>9.0} articles/s  (best of {RUNS})",
        best.as_secs_f64() * 1e3,
        per_second(best)
    );
    if let Some(cpu) = best_cpu {
        println!(
            "align (CPU time): {:>8.1} ms  {:>9.0} articles/s",
            cpu.as_secs_f64() * 1e3,
            per_second(cpu)
        );
    }
    println!(
        "extract + align:  {:>8.1} ms  {:>9.0} articles/s",
        build.as_secs_f64() * 1e3,
        per_second(build)
    );
}

/// CPU time of this thread so far, from Linux's schedstat (first field, ns).
fn thread_cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos: u64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(nanos))
}

//! The words the page, the URL and the CSV use for the engine's enums, in one
//! place so a status is spelled the same everywhere (and parsed back).

use corroborate::claim::ClaimKind;
use corroborate::report::Status;

pub const KINDS: [ClaimKind; 3] = [ClaimKind::Figure, ClaimKind::Event, ClaimKind::Statement];

/// Conflicts first: the order "sort by status" uses and the filter lists.
pub const STATUSES: [Status; 4] =
    [Status::Conflict, Status::Evolving, Status::Agree, Status::Single];

pub fn kind_name(kind: ClaimKind) -> &'static str {
    match kind {
        ClaimKind::Figure => "figure",
        ClaimKind::Event => "event",
        ClaimKind::Statement => "statement",
    }
}

pub fn parse_kind(name: &str) -> Option<ClaimKind> {
    KINDS.into_iter().find(|&kind| kind_name(kind) == name)
}

pub fn status_name(status: Status) -> &'static str {
    match status {
        Status::Agree => "agree",
        Status::Conflict => "conflict",
        Status::Single => "single",
        Status::Evolving => "evolving",
    }
}

pub fn parse_status(name: &str) -> Option<Status> {
    STATUSES.into_iter().find(|&status| status_name(status) == name)
}

/// Position in [`STATUSES`], for sorting.
pub fn status_rank(status: Status) -> usize {
    STATUSES.iter().position(|&s| s == status).unwrap_or(STATUSES.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_parse_back() {
        for kind in KINDS {
            assert_eq!(parse_kind(kind_name(kind)), Some(kind));
        }
        for status in STATUSES {
            assert_eq!(parse_status(status_name(status)), Some(status));
        }
        assert_eq!(parse_status("nonsense"), None);
        assert!(status_rank(Status::Conflict) < status_rank(Status::Single));
    }
}

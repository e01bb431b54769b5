//! Editing the dispatches themselves: replacing a dispatch's text, splitting
//! one at the editor's caret, joining one with the next. Pure functions on
//! the dispatch list and the corrections, so they are tested natively and run
//! inside one [`Atlas::change`](crate::state::atlas::Atlas::change) (one undo
//! step each). Corrections that point into a text by byte offset
//! ([`SpanKey`]) follow the text they point at: a span before or after an
//! edit keeps its text, a span in the second part of a split moves to the new
//! dispatch, a span of a joined dispatch moves into the one it joined; a span
//! whose own text was edited no longer matches and is reported stale.

use crate::state::atlas::{truncate, Dispatch, MAX_DISPATCH_BYTES};
use crate::state::corrections::{Op, SpanKey};

/// Why an edit was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditError {
    /// The new text is empty or only whitespace.
    Empty,
    /// The dispatch is gone.
    NotFound,
}

impl EditError {
    /// The message shown to the user.
    pub fn message(self) -> &'static str {
        match self {
            EditError::Empty => "The edited text is empty: nothing was changed. To delete the dispatch, use “Remove”.",
            EditError::NotFound => "That dispatch is no longer in the list: nothing was changed.",
        }
    }
}

/// Why a split was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SplitError {
    /// The caret is at the very start or end of the text.
    AtEdge,
    /// One of the two parts would hold only whitespace.
    BlankPart,
    /// The dispatch is gone.
    NotFound,
}

impl SplitError {
    /// The message shown to the user.
    pub fn message(self) -> &'static str {
        match self {
            SplitError::AtEdge => "Put the cursor where the second dispatch should begin: at the very start or end of the text there is nothing to split.",
            SplitError::BlankPart => "Splitting there would leave a blank dispatch: put the cursor between two texts.",
            SplitError::NotFound => "That dispatch is no longer in the list: nothing was changed.",
        }
    }
}

/// The byte offset in `text` of a caret given in UTF-16 code units (what
/// `selectionStart` counts). A caret inside a surrogate pair (not a place a
/// browser puts it, but a script may) falls back to the start of that
/// character; a caret past the end is the end.
pub fn utf16_to_byte(text: &str, utf16: usize) -> usize {
    let mut units = 0;
    for (i, c) in text.char_indices() {
        let next = units + c.len_utf16();
        if next > utf16 {
            return i;
        }
        units = next;
    }
    text.len()
}

/// Where splitting `text` at the caret `utf16` cuts it: the end of the first
/// part and the start of the second, in bytes. The whitespace around the cut
/// belongs to neither part, so a split undone by "Join with next" (which
/// joins with a newline) gives back a text split at a line break.
pub fn split_point(text: &str, utf16: usize) -> Result<(usize, usize), SplitError> {
    let at = utf16_to_byte(text, utf16);
    if at == 0 || at >= text.len() {
        return Err(SplitError::AtEdge);
    }
    let first = text[..at].trim_end();
    let second = text[at..].trim_start();
    if first.trim().is_empty() || second.trim().is_empty() {
        return Err(SplitError::BlankPart);
    }
    Ok((first.len(), text.len() - second.len()))
}

/// Moves every span of `ops` in dispatch `id` by `f(start, end)`, which
/// returns the span's new dispatch and start, or `None` to leave it as it is
/// (it then no longer matches and is reported stale).
fn move_spans(ops: &mut [Op], id: u64, f: impl Fn(usize, usize) -> Option<(u64, usize)>) {
    let fix = |k: &mut SpanKey, end: Option<&mut usize>| {
        if k.dispatch != id {
            return;
        }
        let span_end = k.start + k.text.len();
        let old_end = end.as_ref().map_or(span_end, |e| (**e).max(span_end));
        if let Some((d, start)) = f(k.start, old_end) {
            if let Some(e) = end {
                *e = *e - k.start + start;
            }
            k.dispatch = d;
            k.start = start;
        }
    };
    for op in ops {
        match op {
            Op::SetTime { time, .. } => fix(time, None),
            Op::SetEventType { event, .. }
            | Op::SetEventDate { event, .. }
            | Op::SetEventPlace { event, .. }
            | Op::SetEventActors { event, .. }
            | Op::DeleteEvent { event } => fix(&mut event.evidence, None),
            Op::AddEvent { evidence, end, .. } => fix(evidence, Some(end)),
            _ => {}
        }
    }
}

/// The bytes `old` and `new` share at their start and at their end (not
/// overlapping, on char boundaries of both).
fn common_ends(old: &str, new: &str) -> (usize, usize) {
    let prefix: usize = old
        .chars()
        .zip(new.chars())
        .take_while(|(a, b)| a == b)
        .map(|(a, _)| a.len_utf8())
        .sum();
    let room = old.len().min(new.len()) - prefix;
    let mut suffix = 0;
    for (a, b) in old[prefix..].chars().rev().zip(new[prefix..].chars().rev()) {
        if a != b || suffix + a.len_utf8() > room {
            break;
        }
        suffix += a.len_utf8();
    }
    (prefix, suffix)
}

/// Replaces the text of dispatch `id` with `new` (cut at
/// [`MAX_DISPATCH_BYTES`]), keeping its id, position, user-set date and
/// language. Spans of corrections in the unchanged start or end of the text
/// follow it. Returns whether the text was cut.
pub fn edit_text(
    ds: &mut [Dispatch],
    ops: &mut [Op],
    id: u64,
    new: &str,
) -> Result<bool, EditError> {
    if new.trim().is_empty() {
        return Err(EditError::Empty);
    }
    let d = ds
        .iter_mut()
        .find(|d| d.id == id)
        .ok_or(EditError::NotFound)?;
    let mut new = new.to_string();
    let cut = truncate(&mut new, MAX_DISPATCH_BYTES);
    if new == d.text {
        return Ok(cut);
    }
    let (prefix, suffix) = common_ends(&d.text, &new);
    let (old_len, new_len) = (d.text.len(), new.len());
    move_spans(ops, id, |start, end| {
        if end <= prefix {
            None // before the edit: unchanged
        } else if start >= old_len - suffix {
            Some((id, start + new_len - old_len))
        } else {
            None // the edit touched it
        }
    });
    d.text = new;
    Ok(cut)
}

/// Splits dispatch `id` at the caret `utf16` of `text` (the editor's text,
/// which replaces the dispatch's first, see [`edit_text`]) into two
/// dispatches in place: the first keeps the id, date and language the user
/// set; the second comes right after it with a new id, its date and language
/// detected afresh, and `dated` (the whole's date) as its date when it has
/// no dated dateline of its own. Nothing changes when the split is refused.
/// Returns the new dispatch's id.
pub fn split_dispatch(
    ds: &mut Vec<Dispatch>,
    ops: &mut [Op],
    id: u64,
    text: &str,
    utf16: usize,
    dated: Option<String>,
) -> Result<u64, SplitError> {
    let i = ds
        .iter()
        .position(|d| d.id == id)
        .ok_or(SplitError::NotFound)?;
    let mut text = text.to_string();
    truncate(&mut text, MAX_DISPATCH_BYTES);
    let (end, start) = split_point(&text, utf16)?;
    edit_text(ds, ops, id, &text).map_err(|_| SplitError::BlankPart)?;
    let new_id = ds.iter().map(|d| d.id).max().unwrap_or(0) + 1;
    move_spans(ops, id, |s, _| (s >= start).then(|| (new_id, s - start)));
    let second = text[start..].to_string();
    text.truncate(end);
    ds[i].text = text;
    ds.insert(
        i + 1,
        Dispatch {
            id: new_id,
            text: second,
            dct: None,
            lang: None,
            dct_from: dated,
        },
    );
    Ok(new_id)
}

/// Joins dispatch `id` with the one after it (a newline between their
/// texts); the joined one's corrections follow its text. False when there is
/// no next dispatch.
pub fn join_next(ds: &mut Vec<Dispatch>, ops: &mut [Op], id: u64) -> bool {
    let Some(i) = ds.iter().position(|d| d.id == id) else {
        return false;
    };
    if i + 1 >= ds.len() {
        return false;
    }
    let next = ds.remove(i + 1);
    let shift = ds[i].text.len() + 1;
    move_spans(ops, next.id, |s, _| Some((id, s + shift)));
    ds[i].text = format!("{}\n{}", ds[i].text, next.text);
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::state::fixture::dispatch as d;

    fn time(dispatch: u64, start: usize, text: &str) -> Op {
        Op::SetTime {
            time: SpanKey {
                dispatch,
                start,
                text: text.into(),
            },
            value: "2024-12-03".into(),
        }
    }

    fn span(op: &Op) -> (u64, usize) {
        match op {
            Op::SetTime { time, .. } => (time.dispatch, time.start),
            Op::AddEvent { evidence, .. } => (evidence.dispatch, evidence.start),
            _ => unreachable!(),
        }
    }

    #[test]
    fn utf16_caret_to_byte_offset() {
        // "é" is 2 bytes / 1 unit, "😀" is 4 bytes / 2 units.
        let t = "aé😀b";
        assert_eq!(utf16_to_byte(t, 0), 0);
        assert_eq!(utf16_to_byte(t, 1), 1);
        assert_eq!(utf16_to_byte(t, 2), 3);
        assert_eq!(
            utf16_to_byte(t, 3),
            3,
            "inside the surrogate pair: before the emoji"
        );
        assert_eq!(utf16_to_byte(t, 4), 7);
        assert_eq!(utf16_to_byte(t, 5), 8);
        assert_eq!(utf16_to_byte(t, 99), 8);
        assert!(t.is_char_boundary(utf16_to_byte(t, 3)));
    }

    #[test]
    fn split_points_and_refusals() {
        let t = "BEIRUT (Reuters) - One.\n\nKYIV (AP) - Two.";
        let caret = t.find("KYIV").unwrap(); // ASCII: bytes = UTF-16 units
        let (end, start) = split_point(t, caret).unwrap();
        assert_eq!(&t[..end], "BEIRUT (Reuters) - One.");
        assert_eq!(&t[start..], "KYIV (AP) - Two.");
        assert_eq!(split_point(t, 0), Err(SplitError::AtEdge));
        assert_eq!(split_point(t, t.len()), Err(SplitError::AtEdge));
        assert_eq!(split_point(t, 10_000), Err(SplitError::AtEdge));
        assert_eq!(split_point("  \nText", 2), Err(SplitError::BlankPart));
        assert_eq!(split_point("Text\n  ", 5), Err(SplitError::BlankPart));
        // Multi-byte text before the caret: the UTF-16 offset is converted.
        let u = "Genf 😀 Ä.\nZürich: zwei.";
        let caret16 = u[..u.find("Zürich").unwrap()].encode_utf16().count();
        let (end, start) = split_point(u, caret16).unwrap();
        assert_eq!((&u[..end], &u[start..]), ("Genf 😀 Ä.", "Zürich: zwei."));
    }

    #[test]
    fn editing_keeps_identity_date_language_and_moves_corrections() {
        let mut ds = vec![
            d(1, "A."),
            d(2, "PARIS, 3 déc (AFP) - Hier, Macron a parlé."),
            d(3, "C."),
        ];
        ds[1].dct = Some("2024-12-03".into());
        ds[1].lang = Some("fr".into());
        let old = ds[1].text.clone();
        let hier = old.find("Hier").unwrap();
        let pre = old.find("PARIS").unwrap();
        let dec = old.find("3 déc").unwrap();
        let mut ops = vec![
            time(2, hier, "Hier"),
            time(2, pre, "PARIS"),
            time(2, dec, "3 déc"),
            time(1, 0, "A"),
        ];
        let new = "PARIS, 4 déc (AFP) - Hier, Macron a parlé.";
        assert_eq!(edit_text(&mut ds, &mut ops, 2, new), Ok(false));
        assert_eq!(ds.iter().map(|d| d.id).collect::<Vec<_>>(), [1, 2, 3]);
        assert_eq!(ds[1].text, new);
        assert_eq!(ds[1].dct.as_deref(), Some("2024-12-03"));
        assert_eq!(ds[1].lang.as_deref(), Some("fr"));
        // Same length here: spans after the edit stay; now one that shifts.
        assert_eq!(span(&ops[0]), (2, hier));
        assert_eq!(
            span(&ops[2]),
            (2, dec),
            "the edited span stays (and is stale)"
        );
        let longer = "PARIS, 14 déc (AFP) - Hier, Macron a parlé.";
        edit_text(&mut ds, &mut ops, 2, longer).unwrap();
        assert_eq!(span(&ops[0]), (2, longer.find("Hier").unwrap()));
        assert_eq!(&longer[span(&ops[0]).1..][..4], "Hier");
        assert_eq!(span(&ops[1]), (2, 0), "before the edit");
        let (_, at) = span(&ops[2]);
        assert_ne!(
            longer.get(at..at + "3 déc".len()),
            Some("3 déc"),
            "still stale"
        );
        assert_eq!(span(&ops[3]), (1, 0), "other dispatches untouched");
        // Empty text: refused, nothing lost.
        let before = (ds.clone(), ops.clone());
        assert_eq!(
            edit_text(&mut ds, &mut ops, 2, "  \n\t"),
            Err(EditError::Empty)
        );
        assert_eq!(
            edit_text(&mut ds, &mut ops, 9, "x"),
            Err(EditError::NotFound)
        );
        assert_eq!((ds, ops), before);
    }

    #[test]
    fn common_ends_do_not_overlap() {
        assert_eq!(common_ends("aaa", "aa"), (2, 0));
        assert_eq!(common_ends("abc", "abXc"), (2, 1));
        assert_eq!(common_ends("éé", "é"), (2, 0));
        assert_eq!(common_ends("xé", "yé"), (0, 2));
    }

    #[test]
    fn split_then_join_round_trip() {
        let text =
            "BEIRUT (Reuters) - Jets struck on Tuesday.\nKYIV (AP) - Drones hit Kyiv on Wednesday.";
        let mut ds = vec![d(1, text), d(5, "Other.")];
        ds[0].lang = Some("en".into());
        let wed = text.find("Wednesday").unwrap();
        let tue = text.find("Tuesday").unwrap();
        let mut ops = vec![time(1, wed, "Wednesday"), time(1, tue, "Tuesday")];
        let caret = text.find("KYIV").unwrap();
        let new =
            split_dispatch(&mut ds, &mut ops, 1, text, caret, Some("2024-12-03".into())).unwrap();
        assert_eq!(new, 6);
        assert_eq!(ds.iter().map(|d| d.id).collect::<Vec<_>>(), [1, 6, 5]);
        assert_eq!(ds[0].text, "BEIRUT (Reuters) - Jets struck on Tuesday.");
        assert_eq!(ds[1].text, "KYIV (AP) - Drones hit Kyiv on Wednesday.");
        assert_eq!(ds[0].lang.as_deref(), Some("en"));
        assert_eq!(ds[1].lang, None);
        // the second part keeps the whole's date, for when it has no dated dateline
        assert_eq!(ds[1].dct_from.as_deref(), Some("2024-12-03"));
        assert_eq!((ds[0].dct.as_deref(), ds[1].dct.as_deref()), (None, None));
        let (d2, s2) = span(&ops[0]);
        assert_eq!((d2, &ds[1].text[s2..s2 + 9]), (6, "Wednesday"));
        assert_eq!(span(&ops[1]), (1, tue));
        // Refused splits change nothing.
        let before = (ds.clone(), ops.clone());
        let t0 = ds[0].text.clone();
        assert_eq!(
            split_dispatch(&mut ds, &mut ops, 1, &t0, 0, None),
            Err(SplitError::AtEdge)
        );
        assert_eq!(
            split_dispatch(&mut ds, &mut ops, 42, "a b", 1, None),
            Err(SplitError::NotFound)
        );
        assert_eq!((ds.clone(), ops.clone()), before);
        // Join undoes it: the same text, the same spans.
        assert!(join_next(&mut ds, &mut ops, 1));
        assert_eq!(ds.iter().map(|d| d.id).collect::<Vec<_>>(), [1, 5]);
        assert_eq!(ds[0].text, text);
        assert_eq!(span(&ops[0]), (1, wed));
        assert!(!join_next(&mut ds, &mut ops, 5), "nothing after the last");
    }

    #[test]
    fn split_uses_the_editors_text_and_moves_added_events() {
        let mut ds = vec![d(1, "Old text.")];
        let text = "Erste Meldung.\nZweite: Rebellen griffen an.";
        let mut ops = vec![Op::AddEvent {
            evidence: SpanKey {
                dispatch: 1,
                start: 0,
                text: "Old".into(),
            },
            end: 3,
            kind: "attack".into(),
            label: "x".into(),
            date: None,
            actors: vec![],
            place: None,
        }];
        let caret = text.find("Zweite").unwrap();
        split_dispatch(&mut ds, &mut ops, 1, text, caret, None).unwrap();
        assert_eq!(ds[0].text, "Erste Meldung.");
        assert_eq!(ds[1].text, "Zweite: Rebellen griffen an.");
        // A span the edit touched stays where it was.
        assert_eq!(span(&ops[0]), (1, 0));
        // A span in the second part moves, its end with it.
        let mut ds = vec![d(1, text)];
        let z = text.find("Rebellen").unwrap();
        let mut ops = vec![Op::AddEvent {
            evidence: SpanKey {
                dispatch: 1,
                start: z,
                text: "Rebellen griffen an.".into(),
            },
            end: text.len(),
            kind: "attack".into(),
            label: "x".into(),
            date: None,
            actors: vec![],
            place: None,
        }];
        split_dispatch(&mut ds, &mut ops, 1, text, caret, None).unwrap();
        let Op::AddEvent { evidence, end, .. } = &ops[0] else {
            unreachable!()
        };
        assert_eq!(evidence.dispatch, 2);
        assert_eq!(&ds[1].text[evidence.start..*end], "Rebellen griffen an.");
    }
}

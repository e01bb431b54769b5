//! Source-view segments: a document's text cut into plain runs and
//! highlighted mentions (actors, places, times), never overlapping.

use atlas_engine::Analysis;

/// What a highlighted run refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MentionKind {
    /// An actor.
    Actor,
    /// A place.
    Place,
    /// A time expression.
    Time,
}

impl MentionKind {
    /// The `data-kind` value.
    pub fn key(self) -> &'static str {
        match self {
            MentionKind::Actor => "actor",
            MentionKind::Place => "place",
            MentionKind::Time => "time",
        }
    }
}

/// A run of the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    /// Byte offset.
    pub start: usize,
    /// Byte offset (exclusive).
    pub end: usize,
    /// `None` for plain text; the mention's kind and entity id otherwise
    /// (times use `doc:start` as their id).
    pub mention: Option<(MentionKind, String)>,
}

/// Cuts document `doc` of the analysis into segments. Overlapping mentions
/// keep the longer one (earlier on a tie); spans out of bounds or off char
/// boundaries are dropped, so a damaged analysis cannot break the view.
pub fn segments(a: &Analysis, doc: &str) -> Vec<Segment> {
    let Some(d) = a.documents.iter().find(|d| d.id == doc) else {
        return Vec::new();
    };
    let text = &d.text;
    let mut spans: Vec<(usize, usize, MentionKind, String)> = Vec::new();
    for x in &a.actors {
        for m in x.mentions.iter().filter(|m| m.doc == doc) {
            spans.push((m.start, m.end, MentionKind::Actor, x.id.to_string()));
        }
    }
    for p in &a.places {
        for m in p.mentions.iter().filter(|m| m.doc == doc) {
            spans.push((m.start, m.end, MentionKind::Place, p.id.to_string()));
        }
    }
    for t in a.times.iter().filter(|t| t.doc == doc) {
        spans.push((
            t.start,
            t.end,
            MentionKind::Time,
            format!("{}:{}", t.doc, t.start),
        ));
    }
    spans.retain(|s| {
        s.0 < s.1 && s.1 <= text.len() && text.is_char_boundary(s.0) && text.is_char_boundary(s.1)
    });
    // Longest first, then earliest: greedy keeps the best non-overlapping set.
    spans.sort_by(|x, y| (y.1 - y.0).cmp(&(x.1 - x.0)).then(x.0.cmp(&y.0)));
    let mut kept: Vec<(usize, usize, MentionKind, String)> = Vec::new();
    for s in spans {
        if kept.iter().all(|k| s.1 <= k.0 || s.0 >= k.1) {
            kept.push(s);
        }
    }
    kept.sort_by_key(|k| k.0);
    let mut out = Vec::with_capacity(kept.len() * 2 + 1);
    let mut pos = 0;
    for (s, e, kind, id) in kept {
        if s > pos {
            out.push(Segment {
                start: pos,
                end: s,
                mention: None,
            });
        }
        out.push(Segment {
            start: s,
            end: e,
            mention: Some((kind, id)),
        });
        pos = e;
    }
    if pos < text.len() {
        out.push(Segment {
            start: pos,
            end: text.len(),
            mention: None,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_engine::model::{Actor, Document, Mention, Place, Time};

    fn doc(text: &str) -> Analysis {
        let mut a = Analysis::default();
        a.documents.push(Document {
            id: "d1".into(),
            title: String::new(),
            lang: "de".into(),
            dct: None,
            dateline: None,
            text: text.into(),
        });
        a
    }

    fn m(start: usize, end: usize, text: &str) -> Mention {
        Mention {
            doc: "d1".into(),
            start,
            end,
            text: text[start..end].into(),
        }
    }

    #[test]
    fn cuts_text_into_runs_that_rejoin() {
        let text = "Russland und Iran trafen sich in Moskau am Mittwoch.";
        let mut a = doc(text);
        a.actors.push(Actor {
            id: "a1".into(),
            name: "Russia".into(),
            kind: "state".into(),
            country: Some("RU".into()),
            aliases: vec![],
            roles: vec![],
            mentions: vec![m(0, 8, text)],
        });
        a.places.push(Place {
            id: "p1".into(),
            name: "Moscow".into(),
            kind: "city".into(),
            country: None,
            lat: None,
            lon: None,
            aliases: vec![],
            mentions: vec![m(33, 39, text)],
            reporting: false,
            near: None,
        });
        a.times.push(Time {
            doc: "d1".into(),
            start: 43,
            end: 51,
            text: "Mittwoch".into(),
            value: "2024-12-04".into(),
            kind: "date".into(),
            anchor: "dct".into(),
            explanation: None,
        });
        let segs = segments(&a, "d1");
        let rejoined: String = segs.iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(rejoined, text);
        let kinds: Vec<_> = segs
            .iter()
            .filter_map(|s| s.mention.as_ref().map(|m| m.0))
            .collect();
        assert_eq!(
            kinds,
            vec![MentionKind::Actor, MentionKind::Place, MentionKind::Time]
        );
    }

    #[test]
    fn overlaps_keep_the_longer_and_bad_spans_are_dropped() {
        let text = "Hayat Tahrir al-Sham (HTS) rückt vor.";
        let mut a = doc(text);
        a.actors.push(Actor {
            id: "a1".into(),
            name: "HTS".into(),
            kind: "armed_group".into(),
            country: None,
            aliases: vec![],
            roles: vec![],
            mentions: vec![
                m(0, 20, text),
                Mention {
                    doc: "d1".into(),
                    start: 6,
                    end: 12,
                    text: "Tahrir".into(),
                },
                Mention {
                    doc: "d1".into(),
                    start: 30,
                    end: 999,
                    text: "bad".into(),
                },
            ],
        });
        let segs = segments(&a, "d1");
        let marked: Vec<_> = segs
            .iter()
            .filter(|s| s.mention.is_some())
            .map(|s| (s.start, s.end))
            .collect();
        assert_eq!(marked, vec![(0, 20)]);
        assert!(segments(&a, "d9").is_empty());
    }
}

/// Splits plain segments at `cut` offsets (e.g. an evidence sentence's
/// bounds) so a range can be styled without breaking mentions.
pub fn split_plain_at(segs: Vec<Segment>, cuts: &[usize]) -> Vec<Segment> {
    let mut out = Vec::with_capacity(segs.len() + cuts.len());
    for s in segs {
        if s.mention.is_some() {
            out.push(s);
            continue;
        }
        let mut start = s.start;
        let mut inner: Vec<usize> = cuts
            .iter()
            .copied()
            .filter(|&c| c > s.start && c < s.end)
            .collect();
        inner.sort_unstable();
        inner.dedup();
        for c in inner {
            out.push(Segment {
                start,
                end: c,
                mention: None,
            });
            start = c;
        }
        out.push(Segment {
            start,
            end: s.end,
            mention: None,
        });
    }
    out
}

#[cfg(test)]
mod split_tests {
    use super::*;

    #[test]
    fn plain_segments_split_mentions_kept() {
        let segs = vec![
            Segment {
                start: 0,
                end: 10,
                mention: None,
            },
            Segment {
                start: 10,
                end: 15,
                mention: Some((MentionKind::Actor, "a1".into())),
            },
            Segment {
                start: 15,
                end: 30,
                mention: None,
            },
        ];
        let out = split_plain_at(segs, &[5, 12, 20]);
        let bounds: Vec<(usize, usize)> = out.iter().map(|s| (s.start, s.end)).collect();
        assert_eq!(bounds, vec![(0, 5), (5, 10), (10, 15), (15, 20), (20, 30)]);
    }
}

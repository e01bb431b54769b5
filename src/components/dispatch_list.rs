//! The left pane: adding dispatches and the list of those added.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::split::split_bundle;
use crate::state::atlas::{use_atlas, Dispatch, MAX_PASTE_BYTES};
use crate::state::edit;
use crate::state::selection::{use_selection, Sel};
use crate::summary;

/// The list shows this many dispatches at first, and this many more on each "Show more".
const PAGE: usize = 60;

/// The dispatch pane.
#[component]
pub fn DispatchList() -> impl IntoView {
    let atlas = use_atlas();
    let selection = use_selection();
    // Position of each dispatch (its document is `d{position + 1}`), computed once per change.
    let index = Memo::new(move |_| {
        atlas.dispatches.with(|ds| {
            ds.iter()
                .enumerate()
                .map(|(i, d)| (d.id, i))
                .collect::<HashMap<u64, usize>>()
        })
    });
    // Hundreds of dispatches are listed a page at a time: the page stays light.
    let shown = RwSignal::new(PAGE);
    Effect::new(move |_| {
        // A dispatch selected elsewhere (a view, the source) is always listed.
        let wanted = selection.0.with(|s| match s {
            Some(Sel::Doc(d)) => d.strip_prefix('d').and_then(|n| n.parse::<usize>().ok()),
            _ => None,
        });
        if let Some(n) = wanted {
            if n > shown.get_untracked() {
                shown.set(n.div_ceil(PAGE) * PAGE);
            }
        }
    });
    let total = move || atlas.dispatches.with(Vec::len);
    let more = move || total().saturating_sub(shown.get());
    // The box is read when Analyze is clicked, not copied into a signal on
    // each input: a pasted bundle of megabytes would cross into Wasm and be
    // written back into the box at every keystroke.
    let input = NodeRef::<leptos::html::Textarea>::new();
    let add = move |_| {
        let Some(el) = input.get_untracked() else {
            return;
        };
        let mut text = el.value();
        if text.trim().is_empty() {
            atlas.notice.set(Some(
                "Paste or type a dispatch first: the box is empty.".into(),
            ));
            return;
        }
        let mut notes = Vec::new();
        if crate::state::atlas::truncate(&mut text, MAX_PASTE_BYTES) {
            notes.push(
                "The paste was larger than 12 MB; only its first 12 MB were added.".to_string(),
            );
        }
        // markup pasted from a page's source: its text, never its tags
        if crate::split::looks_like_html(&text) {
            text = crate::split::html_to_text(&text);
            notes.push(
                "The paste held HTML markup: its tags were removed and its text kept.".to_string(),
            );
        }
        let parts = split_bundle(&text);
        let n = parts.len();
        let wordless = parts.iter().filter(|p| !crate::split::has_words(p)).count();
        if wordless > 0 {
            notes.push(if n == 1 {
                "The dispatch has no words (only numbers, symbols or emoji): there is nothing in it to analyse.".to_string()
            } else {
                format!("{wordless} of the {n} dispatches have no words (only numbers, symbols or emoji): there is nothing in them to analyse.")
            });
        }
        let before = atlas.dispatches.with_untracked(Vec::len);
        if let Some(n) = atlas.add(parts) {
            notes.push(n);
        }
        if n > 1 {
            notes.push(format!("The paste was split into {n} dispatches at datelines, rule lines or headlines; use “Join with next” to undo a split, or “Edit text” then “Split at cursor” to split further."));
        }
        atlas
            .notice
            .set((!notes.is_empty()).then(|| notes.join(" ")));
        // Emptying a box that holds megabytes costs the browser a while:
        // a task of its own, after this one, which leaves the box alone if
        // something new was typed or pasted into it meanwhile.
        let pasted = el.text_length();
        if pasted < 100_000 {
            el.set_value("");
        } else {
            leptos::task::spawn_local(async move {
                gloo::timers::future::TimeoutFuture::new(0).await;
                if el.text_length() == pasted {
                    el.set_value("");
                }
            });
        }
        // Select the first new dispatch so its source shows.
        let count = atlas.dispatches.with_untracked(Vec::len);
        if count > before {
            selection.set(Sel::Doc(format!("d{}", before + 1)));
        }
    };
    let clear_all = move |_| {
        let ok = web_sys::window()
            .and_then(|w| {
                w.confirm_with_message("Remove all dispatches? You can undo this right after.")
                    .ok()
            })
            .unwrap_or(false);
        if ok {
            atlas.change(|ds, ops| {
                ds.clear();
                ops.clear();
            });
            selection.clear();
            atlas.notice.set(Some(
                "All dispatches removed. Undo (Ctrl+Z) brings them back.".into(),
            ));
        }
    };
    let undo_clear = move |_| {
        atlas.undo();
        atlas.notice.set(None);
    };
    let can_undo_clear = move || atlas.dispatches.with(Vec::is_empty) && atlas.steps.get().0 > 0;
    let on_files = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(files) = input.files() {
            read_files(files, atlas);
        }
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(files) = ev.data_transfer().and_then(|d| d.files()) {
            read_files(files, atlas);
        }
    };
    view! {
        <section class="add-dispatch" on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=on_drop>
            <label for="article-input" class="pane-title">"Add dispatches"</label>
            <textarea
                id="article-input"
                data-testid="article-input"
                placeholder="Paste one or more wire dispatches here (AFP, Reuters, AP, dpa, EFE; de, en, fr, es), or drop .txt / .md / .html files."
                node_ref=input
            ></textarea>
            <div class="row">
                <button class="primary" data-testid="analyze-button" on:click=add>"Analyze"</button>
                <label class="file-pick">
                    "Open files…"
                    <input type="file" multiple accept=".txt,.md,.html,.htm,text/plain,text/html,text/markdown" data-testid="file-input" on:change=on_files />
                </label>
            </div>
            <p class="summary" data-testid="analysis-summary">{move || summary(&atlas.analysis.get())}</p>
        </section>
        <section class="dispatches">
            <div class="pane-head">
                <span class="pane-title">"Dispatches"</span>
                <Show when=move || !atlas.dispatches.with(Vec::is_empty)>
                    <button class="ghost small" data-testid="clear-all" on:click=clear_all>"Clear all"</button>
                </Show>
                <Show when=can_undo_clear>
                    <button class="ghost small" data-testid="undo-clear" on:click=undo_clear>"Undo clear"</button>
                </Show>
            </div>
            <ol class="article-list" data-testid="article-list">
                // Keyed by id alone: an item follows its dispatch's changes
                // (text, date, language) and keeps an open editor through them.
                <For each=move || atlas.dispatches.with(|ds| ds.iter().take(shown.get()).map(|d| d.id).collect::<Vec<_>>())
                    key=|id| *id let:id>
                    <DispatchItem id=id index=index />
                </For>
            </ol>
            <Show when=move || { more() > 0 }>
                <button class="ghost small show-more" data-testid="article-list-more" on:click=move |_| shown.update(|n| *n += PAGE)>
                    {move || format!("Show {} more ({} of {} listed)", more().min(PAGE), shown.get().min(total()), total())}
                </button>
            </Show>
            <Show when=move || atlas.dispatches.with(Vec::is_empty)>
                <p class="empty">"No dispatches yet. Paste some above, or "<em>"Try an example"</em>"."</p>
            </Show>
        </section>
    }
}

/// Reads picked or dropped files as text (HTML reduced to its text) and adds them.
fn read_files(files: web_sys::FileList, atlas: crate::state::atlas::Atlas) {
    for i in 0..files.length() {
        let Some(file) = files.get(i) else { continue };
        let name = file.name();
        let is_html =
            name.ends_with(".html") || name.ends_with(".htm") || file.type_() == "text/html";
        let gf = gloo::file::File::from(file);
        leptos::task::spawn_local(async move {
            match gloo::file::futures::read_as_text(&gf).await {
                Ok(text) => {
                    let text = if is_html {
                        crate::split::html_to_text(&text)
                    } else {
                        text
                    };
                    let parts = split_bundle(&text);
                    if parts.is_empty() {
                        atlas.notice.set(Some(format!("“{name}” holds no text.")));
                    } else if let Some(n) = atlas.add(parts) {
                        atlas.notice.set(Some(n));
                    }
                }
                Err(e) => atlas
                    .notice
                    .set(Some(format!("“{name}” could not be read: {e}"))),
            }
        });
    }
}

/// One dispatch in the list.
#[component]
fn DispatchItem(id: u64, index: Memo<HashMap<u64, usize>>) -> impl IntoView {
    let atlas = use_atlas();
    let selection = use_selection();
    let position = move || index.with(|m| m.get(&id).copied());
    // A field of this dispatch as it is now.
    let field = move |f: fn(&Dispatch) -> Option<String>| {
        position()
            .and_then(|i| {
                atlas
                    .dispatches
                    .with(|ds| ds.get(i).filter(|d| d.id == id).and_then(f))
            })
            .unwrap_or_default()
    };
    let doc_id = move || {
        position()
            .map(|i| format!("d{}", i + 1))
            .unwrap_or_default()
    };
    let doc = Memo::new(move |_| {
        let (i, did) = (position(), doc_id());
        atlas.analysis.with(|a| {
            i.and_then(|i| a.documents.get(i))
                .filter(|d| d.id == did)
                .cloned()
        })
    });
    let lang = move || doc.with(|d| d.as_ref().map(|d| d.lang.clone()).unwrap_or_default());
    // a text in a script the engine does not read (Arabic, Cyrillic …)
    let script = Memo::new(move |_| {
        atlas.dispatches.with(|ds| {
            ds.iter()
                .find(|d| d.id == id)
                .and_then(|d| crate::state::atlas::foreign_script(&d.text))
        })
    });
    let dct = move || doc.with(|d| d.as_ref().and_then(|d| d.dct.clone()).unwrap_or_default());
    let title = move || {
        doc.with(|d| d.as_ref().map(|d| d.title.clone()))
            .unwrap_or_else(|| {
                // Before the engine answers: from the text (not copied).
                position()
                    .and_then(|i| {
                        atlas.dispatches.with(|ds| {
                            ds.get(i)
                                .filter(|d| d.id == id)
                                .map(|d| crate::state::atlas::title_of(&d.text))
                        })
                    })
                    .unwrap_or_default()
            })
    };
    let dateline = move || {
        doc.with(|d| {
            d.as_ref()
                .and_then(|d| d.dateline.as_ref())
                .map(|dl| dl.text.clone())
                .unwrap_or_default()
        })
    };
    // A year the dateline does not give: say so on the card, with why.
    let year_guess = Memo::new(move |_| {
        let user_dct = atlas.dispatches.with(|ds| {
            ds.iter()
                .find(|d| d.id == id)
                .is_some_and(|d| d.dct.is_some())
        });
        doc.with(|d| {
            d.as_ref()
                .and_then(|d| atlas.analysis.with(|a| guessed_year(d, &a.times, user_dct)))
        })
    });
    // No date at all (an AP dateline never gives one): its "Monday" and
    // "yesterday" cannot be placed until the reader sets it.
    let undated = Memo::new(move |_| {
        doc.with(|d| {
            d.as_ref()
                .is_some_and(|d| d.dct.as_deref().is_none_or(str::is_empty))
        }) && script.get().is_none()
    });
    let selected = move || {
        selection
            .0
            .with(|s| matches!(s, Some(Sel::Doc(d)) if *d == doc_id()))
    };
    let set_dct = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        atlas.change(|ds, _| {
            if let Some(d) = ds.iter_mut().find(|d| d.id == id) {
                d.dct = atlas_engine::parse_date(&v).map(|x| x.to_string());
            }
        });
    };
    let set_lang = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        atlas.change(|ds, _| {
            if let Some(d) = ds.iter_mut().find(|d| d.id == id) {
                d.lang = (!v.is_empty()).then_some(v);
            }
        });
    };
    let remove = move |_| atlas.change(|ds, _| ds.retain(|d| d.id != id));
    let join_next = move |_| {
        atlas.change(|ds, ops| {
            edit::join_next(ds, ops, id);
        })
    };
    let user_lang = move || field(|d| d.lang.clone());

    // The text editor: open until saved or cancelled, also when another
    // dispatch is selected meanwhile, so a draft is never dropped unasked.
    let editing = RwSignal::new(false);
    let editor = NodeRef::<leptos::html::Textarea>::new();
    let edit_button = NodeRef::<leptos::html::Button>::new();
    let open_editor = move |_| editing.set(true);
    // Focus the box once it is there (whenever it is drawn), at the start
    // of the text (the dateline), scrolled to the top.
    Effect::new(move |was_open: Option<bool>| {
        let open = editing.get();
        if open && was_open != Some(true) {
            if editor.get().is_some() {
                // a task later: its text is in by then
                leptos::task::spawn_local(async move {
                    gloo::timers::future::TimeoutFuture::new(0).await;
                    if let Some(el) = editor.get_untracked() {
                        // not when the user is in the box already: moving
                        // the caret then would put what they type (or paste
                        // over a selection) at the start, next to the old text
                        let focused = web_sys::window()
                            .and_then(|w| w.document())
                            .and_then(|d| d.active_element())
                            .is_some_and(|a| {
                                let el: &web_sys::Element = el.as_ref();
                                a == *el
                            });
                        if !focused {
                            let _ = el.focus();
                            let _ = el.set_selection_range(0, 0);
                            el.set_scroll_top(0);
                        }
                    }
                });
                return true;
            }
            return false;
        }
        open
    });
    // Closing the editor gives the focus back to its button (keyboard users
    // stay where they were).
    let close_editor = move || {
        editing.set(false);
        leptos::task::spawn_local(async move {
            gloo::timers::future::TimeoutFuture::new(0).await;
            if let Some(b) = edit_button.get_untracked() {
                let _ = b.focus();
            }
        });
    };
    let save = move || {
        let Some(el) = editor.get_untracked() else {
            return;
        };
        let text = el.value();
        let mut result = Err(edit::EditError::NotFound);
        atlas.change(|ds, ops| result = edit::edit_text(ds, ops, id, &text));
        match result {
            Ok(cut) => {
                close_editor();
                atlas.notice.set(cut.then(|| {
                    "The edited text was longer than 2 MB and was cut at 2 MB.".to_string()
                }));
            }
            Err(e) => atlas.notice.set(Some(e.message().to_string())),
        }
    };
    let split = move |_| {
        let Some(el) = editor.get_untracked() else {
            return;
        };
        let text = el.value();
        // selectionStart counts UTF-16 code units; the split converts it.
        let caret = el.selection_start().ok().flatten().unwrap_or(0) as usize;
        // the whole's date: the one the user set, else the one the analysis
        // found (its dateline's, or the one it inherited), else the inherited
        let (user, inherited) = atlas.dispatches.with_untracked(|ds| {
            ds.iter()
                .find(|d| d.id == id)
                .map(|d| (d.dct.clone(), d.dct_from.clone()))
                .unwrap_or_default()
        });
        let found = atlas.raw.with_untracked(|r| {
            let i = r.ids.iter().position(|&x| x == id)?;
            r.analysis.documents.get(i)?.dct.clone()
        });
        let dated = user.or(found).or(inherited);
        let mut result = Err(edit::SplitError::NotFound);
        atlas.change(|ds, ops| result = edit::split_dispatch(ds, ops, id, &text, caret, dated));
        match result {
            Ok(_) => {
                close_editor();
                atlas.notice.set(Some(
                    "Split in two: the second part follows this dispatch. “Join with next” or Undo (Ctrl+Z) puts them back together.".into(),
                ));
            }
            Err(e) => atlas.notice.set(Some(e.message().to_string())),
        }
    };
    let on_editor_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            // Not the page's Escape (which clears the selection): the draft stays.
            ev.stop_propagation();
        } else if ev.key() == "Enter" && (ev.ctrl_key() || ev.meta_key()) {
            ev.prevent_default();
            save();
        }
    };
    let editor_view = move || {
        editing.get().then(|| {
            // The text as it is when the editor opens; the box is the draft.
            let text = field(|d| Some(d.text.clone()));
            view! {
                <div class="dispatch-editor">
                    <textarea data-testid="dispatch-editor" node_ref=editor aria-label="Text of this dispatch"
                        prop:value=text spellcheck="false" on:keydown=on_editor_key></textarea>
                    <div class="editor-actions">
                        <button class="primary small" data-testid="save-dispatch" on:click=move |_| save()
                            title="Replace the text and re-analyse this dispatch (Ctrl+Enter)">"Save"</button>
                        <button class="ghost small" data-testid="split-dispatch" on:click=split
                            title="Cut this dispatch in two at the cursor: the text after it becomes a new dispatch">"Split at cursor"</button>
                        <button class="ghost small" data-testid="cancel-edit" on:click=move |_| close_editor()>"Cancel"</button>
                    </div>
                </div>
            }
        })
    };
    view! {
        <li class="article-item" class:selected=selected data-testid="article-item" data-lang=lang data-dct=dct
            data-doc=doc_id>
            <button class="article-title" on:click=move |_| selection.set(Sel::Doc(doc_id()))>
                <span class="lang-badge">{move || if script.get().is_some() { "?".to_string() } else { lang().to_uppercase() }}</span>
                <span class="title-text" dir="auto">{title}</span>
            </button>
            <div class="article-meta">
                <span class="dateline" title="Dateline found in the text">{dateline}
                    {move || year_guess.get().map(|(year, why)| view! {
                        <span class="guess-badge" data-testid="year-guessed"
                            title=format!("The dateline gives no year. {why} Set the date below if it is wrong.")>
                            {format!("year {year}?")}
                        </span>
                    })}
                    {move || undated.get().then(|| view! {
                        <span class="guess-badge" data-testid="undated"
                            title="The dispatch gives no date: its “Monday”, “yesterday” cannot be placed on the timeline. Select it and set its date.">
                            "no date"
                        </span>
                    })}
                </span>
            </div>
            {move || script.get().map(|s| view! {
                <p class="warn small" data-testid="script-warning">{format!("{s} script: Dispatch Atlas reads German, English, French and Spanish, and finds nothing in this text.")}</p>
            })}
            // The controls of the selected dispatch only: a long list stays light.
            <Show when=selected>
                <div class="article-meta">
                    <label class="meta-field">"Date "
                        <input type="date" data-testid="dct-input" prop:value=dct on:change=set_dct
                            title="The dispatch's date: relative dates (yesterday, Tuesday) are resolved from it" />
                    </label>
                    <label class="meta-field">"Lang "
                        <select data-testid="lang-select" on:change=set_lang prop:value=user_lang>
                            <option value="">"auto"</option>
                            <option value="de">"de"</option>
                            <option value="en">"en"</option>
                            <option value="fr">"fr"</option>
                            <option value="es">"es"</option>
                        </select>
                    </label>
                    <button class="ghost small" data-testid="edit-dispatch" on:click=open_editor node_ref=edit_button
                        disabled=move || editing.get() title="Edit this dispatch's text (fix a dateline, a typo, a wrong split)">"Edit text"</button>
                    <button class="ghost small" data-testid="join-next" on:click=join_next title="Join this dispatch with the next one (fixes a wrong split)">"Join with next"</button>
                    <button class="ghost small danger" on:click=remove data-testid="remove-dispatch">"Remove"</button>
                </div>
            </Show>
            {editor_view}
        </li>
    }
}

/// The year of a dispatch whose dateline gives a day and month but no year,
/// and which the user gave no date: (year, how the engine chose it).
pub(crate) fn guessed_year(
    d: &atlas_engine::model::Document,
    times: &[atlas_engine::model::Time],
    user_dct: bool,
) -> Option<(String, String)> {
    let dl = d.dateline.as_ref()?;
    if user_dct {
        return None;
    }
    // the dateline's date, completed (not written) when its anchor is not absolute
    let t = times
        .iter()
        .find(|t| t.doc == d.id.as_str() && t.start >= dl.start && t.end <= dl.end)?;
    if t.anchor == "absolute" {
        return None;
    }
    let year = d.dct.as_deref()?.get(..4)?.to_string();
    let why = t
        .explanation
        .as_deref()
        .and_then(|e| e.split_once(": ").map(|(_, why)| why.to_string()))
        .map(|w| {
            let mut w = w;
            if let Some(c) = w.get(..1) {
                w = c.to_uppercase() + &w[1..];
            }
            if !w.ends_with('.') {
                w.push('.');
            }
            w
        })
        .unwrap_or_default();
    Some((year, why))
}

#[cfg(test)]
mod tests {
    use super::guessed_year;
    use atlas_engine::{analyze, Input};

    fn first(text: &str) -> atlas_engine::Analysis {
        analyze(&[Input::new(text.to_string())])
    }

    #[test]
    fn a_year_less_dateline_is_a_guess_a_full_one_is_not() {
        // two dispatches: the second's year comes from the first
        let a = analyze(&[
            Input::new(
                "DAMASCUS, Dec 7, 2024 (Reuters) - Rebels advanced on Saturday.".to_string(),
            ),
            Input::new(
                "DAMASCUS, Dec 8 (Reuters) - Rebels entered the capital on Sunday.".to_string(),
            ),
        ]);
        let (year, why) = guessed_year(&a.documents[1], &a.times, false).expect("a guess");
        assert_eq!(year, "2024");
        assert!(why.contains("other dispatches"), "{why}");
        assert!(
            why.ends_with('.') && why.starts_with(char::is_uppercase),
            "{why}"
        );
        assert_eq!(
            guessed_year(&a.documents[0], &a.times, false),
            None,
            "written year"
        );
        assert_eq!(
            guessed_year(&a.documents[1], &a.times, true),
            None,
            "the user's own date is no guess"
        );
        let b = first("No dateline here. Rebels advanced on Saturday.");
        assert_eq!(guessed_year(&b.documents[0], &b.times, false), None);
    }
}

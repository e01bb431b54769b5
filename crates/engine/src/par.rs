//! Independent jobs spread over the machine's cores.
//!
//! Natively, jobs that read nothing but their own dispatch (its dates, the
//! lexicon's names in it) run on as many threads as the machine has cores
//! ([`map`]), or on the calling thread and one helper beside a sequential
//! step that takes their results in order ([`stream`], [`feed`]), when
//! there is enough text to be worth starting them. In WebAssembly, which
//! has no threads in the app, and for small inputs they run one after
//! another on the calling thread. Results come back in job order and each
//! job is pure, so the output is the same either way.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

/// Bytes of text below which one thread is faster than starting others: a
/// thread costs some tens of microseconds to start and join, the engine's
/// per-dispatch layers about a millisecond per 16 KB.
pub const MIN_BYTES: usize = 16 * 1024;

/// `f` of every job, in job order. `bytes` is the text the jobs read
/// together; below [`MIN_BYTES`] they run on the calling thread.
pub fn map<J: Sync, R: Send>(jobs: &[J], bytes: usize, f: impl Fn(&J) -> R + Sync) -> Vec<R> {
    let n = threads(jobs.len(), bytes);
    if n <= 1 {
        return jobs.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let done: Vec<(usize, R)> = std::thread::scope(|s| {
        let others: Vec<_> = (1..n).map(|_| s.spawn(|| work(&next, jobs, &f))).collect();
        let mut done = work(&next, jobs, &f);
        for o in others {
            match o.join() {
                Ok(d) => done.extend(d),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        done
    });
    in_job_order(done)
}

/// `then` with `make` of every job, in job order, as an iterator.
/// `bytes_of` tells the text a job reads. When the work is spread, a
/// helper thread makes them while the calling thread runs `then`, at most
/// [`AHEAD_BYTES`] of text ahead of it; else each is made when `then` asks
/// for it.
pub fn stream<J: Sync, B: Send, R>(
    jobs: &[J],
    bytes_of: impl Fn(&J) -> usize + Sync,
    make: impl Fn(&J) -> B + Sync,
    then: impl FnOnce(&mut dyn Iterator<Item = B>) -> R,
) -> R {
    if threads(jobs.len(), jobs.iter().map(&bytes_of).sum()) <= 1 {
        return then(&mut jobs.iter().map(make));
    }
    let line = Line::new();
    std::thread::scope(|s| {
        let (line, make, bytes_of) = (&line, &make, &bytes_of);
        let helper = s.spawn(move || {
            // (done even when `make` panics, so that the taker stops waiting)
            let _done = Done(line);
            for j in jobs {
                let (b, n) = (make(j), bytes_of(j));
                let mut st = line.lock();
                if st.closed {
                    return;
                }
                st.made.push_back((b, n));
                st.bytes += n;
                if st.taker_waits {
                    line.turn.notify_one();
                }
                while st.bytes > AHEAD_BYTES && !st.closed {
                    st.maker_waits = true;
                    st = line.wait(st);
                    st.maker_waits = false;
                }
            }
        });
        let mut taker = Taker { line };
        let r = then(&mut taker);
        // (a `then` that stops early ends the helper's work)
        drop(taker);
        if let Err(panic) = helper.join() {
            std::panic::resume_unwind(panic);
        }
        r
    })
}

/// `work` of `make(0)`, `make(1)` … `make(n - 1)`, in that order. `make`
/// runs on the calling thread, one item after another (it may hold state
/// of its own: a memo); `bytes_of(k)` tells the text item `k` holds. When
/// the work is spread, a helper thread works on the items made while the
/// calling thread makes the next ones; the calling thread works on some
/// too when it is [`AHEAD_BYTES`] ahead, and on those left once all are
/// made. Else each item is worked on as soon as it is made.
pub fn feed<I: Send, R: Send>(
    n: usize,
    bytes_of: impl Fn(usize) -> usize,
    mut make: impl FnMut(usize) -> I,
    work: impl Fn(I) -> R + Sync,
) -> Vec<R> {
    if threads(n, (0..n).map(&bytes_of).sum()) <= 1 {
        return (0..n).map(|k| work(make(k))).collect();
    }
    let line = Line::new();
    let done: Vec<(usize, R)> = std::thread::scope(|s| {
        let (line, work) = (&line, &work);
        let helper = s.spawn(move || {
            Taker { line }
                .map(|(k, item)| (k, work(item)))
                .collect::<Vec<_>>()
        });
        let mut done = Vec::new();
        {
            // (marks the end of the items even when `make` or `work` panics)
            let _end = Done(line);
            for k in 0..n {
                let (item, n) = (make(k), bytes_of(k));
                let mut st = line.lock();
                st.made.push_back(((k, item), n));
                st.bytes += n;
                if st.taker_waits {
                    line.turn.notify_one();
                }
                let own = if st.bytes > AHEAD_BYTES {
                    st.take()
                } else {
                    None
                };
                drop(st);
                if let Some((k, item)) = own {
                    done.push((k, work(item)));
                }
            }
        }
        loop {
            // (the lock is let go before the work)
            let Some((k, item)) = line.lock().take() else {
                break;
            };
            done.push((k, work(item)));
        }
        match helper.join() {
            Ok(theirs) => done.extend(theirs),
            Err(panic) => std::panic::resume_unwind(panic),
        }
        done
    });
    in_job_order(done)
}

/// Text [`stream`] makes jobs for ahead of their use at most (the helper
/// goes on once half of it has been taken), and [`feed`]'s calling thread
/// makes items ahead of the helper's work.
pub const AHEAD_BYTES: usize = 1 << 20;

/// What the two threads of [`stream`] and [`feed`] share: the results
/// made and not yet taken, and a condition each waits on only when the
/// other has to act (so that a maker well ahead costs the taker no
/// wake-ups).
struct Line<B> {
    state: Mutex<LineState<B>>,
    turn: Condvar,
}

struct LineState<B> {
    /// Results made, with the bytes of their jobs.
    made: VecDeque<(B, usize)>,
    /// Bytes of the jobs in `made`.
    bytes: usize,
    /// The maker has ended (all made, or it panicked).
    done: bool,
    /// The taker has ended.
    closed: bool,
    maker_waits: bool,
    taker_waits: bool,
}

impl<B> Line<B> {
    fn new() -> Line<B> {
        Line {
            state: Mutex::new(LineState {
                made: VecDeque::new(),
                bytes: 0,
                done: false,
                closed: false,
                maker_waits: false,
                taker_waits: false,
            }),
            turn: Condvar::new(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, LineState<B>> {
        // (a panic while locked leaves the state whole: go on)
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn wait<'g>(&self, g: MutexGuard<'g, LineState<B>>) -> MutexGuard<'g, LineState<B>> {
        self.turn.wait(g).unwrap_or_else(PoisonError::into_inner)
    }
}

impl<B> LineState<B> {
    /// The first result not yet taken, if any.
    fn take(&mut self) -> Option<B> {
        let (b, n) = self.made.pop_front()?;
        self.bytes -= n;
        Some(b)
    }
}

/// Marks the maker's end when dropped.
struct Done<'l, B>(&'l Line<B>);

impl<B> Drop for Done<'_, B> {
    fn drop(&mut self) {
        let mut st = self.0.lock();
        st.done = true;
        if st.taker_waits {
            self.0.turn.notify_one();
        }
    }
}

/// The taking end of the line: an iterator of the results.
struct Taker<'l, B> {
    line: &'l Line<B>,
}

impl<B> Iterator for Taker<'_, B> {
    type Item = B;

    fn next(&mut self) -> Option<B> {
        let mut st = self.line.lock();
        loop {
            if let Some(b) = st.take() {
                if st.maker_waits && st.bytes <= AHEAD_BYTES / 2 {
                    self.line.turn.notify_one();
                }
                return Some(b);
            }
            if st.done {
                return None;
            }
            st.taker_waits = true;
            st = self.line.wait(st);
            st.taker_waits = false;
        }
    }
}

impl<B> Drop for Taker<'_, B> {
    fn drop(&mut self) {
        let left = {
            let mut st = self.line.lock();
            st.closed = true;
            if st.maker_waits {
                self.line.turn.notify_one();
            }
            std::mem::take(&mut st.made)
        };
        drop(left);
    }
}

/// The results of jobs, by job number, in job order.
fn in_job_order<R>(mut done: Vec<(usize, R)>) -> Vec<R> {
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

/// Takes the next job not yet taken until none is left.
fn work<J, R>(next: &AtomicUsize, jobs: &[J], f: &impl Fn(&J) -> R) -> Vec<(usize, R)> {
    let mut done = Vec::new();
    loop {
        let i = next.fetch_add(1, Ordering::Relaxed);
        let Some(job) = jobs.get(i) else { break };
        done.push((i, f(job)));
    }
    done
}

/// `f`, with every job it starts on the calling thread: to check that
/// the output is the same either way, and to measure one core's speed.
pub fn on_one_thread<R>(f: impl FnOnce() -> R) -> R {
    struct Reset(bool);
    impl Drop for Reset {
        fn drop(&mut self) {
            ONE.with(|one| one.set(self.0));
        }
    }
    let _reset = Reset(ONE.with(|one| one.replace(true)));
    f()
}

thread_local! {
    /// Set by [`on_one_thread`].
    static ONE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Threads for `jobs` jobs over `bytes` bytes of text.
#[cfg(not(target_arch = "wasm32"))]
fn threads(jobs: usize, bytes: usize) -> usize {
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    if jobs < 2 || bytes < MIN_BYTES || ONE.with(|one| one.get()) {
        return 1;
    }
    let cores = *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    cores.min(jobs)
}

/// Threads for jobs in WebAssembly: one.
#[cfg(target_arch = "wasm32")]
fn threads(_jobs: usize, _bytes: usize) -> usize {
    1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_job_order_with_and_without_threads() {
        let jobs: Vec<u64> = (0..200).collect();
        let square = |j: &u64| j * j;
        let want: Vec<u64> = jobs.iter().map(square).collect();
        assert_eq!(map(&jobs, 0, square), want, "one thread");
        assert_eq!(
            map(&jobs, MIN_BYTES * 4, square),
            want,
            "as many as the cores"
        );
    }

    #[test]
    fn small_work_stays_on_the_calling_thread() {
        let me = std::thread::current().id();
        let ids = map(&[1, 2, 3], MIN_BYTES - 1, |_| std::thread::current().id());
        assert!(ids.iter().all(|&id| id == me));
    }

    #[test]
    fn streamed_results_come_in_job_order_with_and_without_threads() {
        let jobs: Vec<u64> = (0..100).collect();
        for bytes in [0, MIN_BYTES * 4] {
            let cubes = stream(
                &jobs,
                |_| bytes / 100,
                |j| j * j * j,
                |b| b.collect::<Vec<_>>(),
            );
            assert_eq!(cubes, jobs.iter().map(|j| j * j * j).collect::<Vec<_>>());
        }
    }

    #[test]
    fn a_stream_taken_in_part_ends_the_helper() {
        let jobs: Vec<u64> = (0..1000).collect();
        let firsts = stream(
            &jobs,
            |_| MIN_BYTES,
            |j| *j,
            |b| b.take(3).collect::<Vec<_>>(),
        );
        assert_eq!(firsts, vec![0, 1, 2]);
    }

    #[test]
    fn on_one_thread_keeps_every_job_on_the_calling_thread() {
        let me = std::thread::current().id();
        let jobs = [1, 2, 3, 4];
        let ids = on_one_thread(|| map(&jobs, MIN_BYTES * 4, |_| std::thread::current().id()));
        assert!(ids.iter().all(|&id| id == me));
        let ids = on_one_thread(|| {
            stream(
                &jobs,
                |_| MIN_BYTES,
                |_| std::thread::current().id(),
                |b| b.collect::<Vec<_>>(),
            )
        });
        assert!(ids.iter().all(|&id| id == me));
        // and afterwards the cores are shared again (on a machine with more than one)
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let ids = map(&[1; 64], MIN_BYTES * 4, |_| {
            std::thread::sleep(std::time::Duration::from_millis(1));
            std::thread::current().id()
        });
        assert_eq!(ids.iter().any(|&id| id != me), cores > 1);
    }

    #[test]
    fn fed_items_are_worked_on_in_order_with_and_without_threads() {
        for (n, bytes) in [(50, 0), (50, MIN_BYTES), (3000, AHEAD_BYTES / 1000)] {
            // `make` keeps state of its own, as the word memo
            let mut made = 0u64;
            let got = feed(
                n,
                |_| bytes,
                |k| {
                    made += 1;
                    (k as u64, made)
                },
                |(k, m)| k * 1000 + m,
            );
            let want: Vec<u64> = (0..n as u64).map(|k| k * 1000 + k + 1).collect();
            assert_eq!(got, want, "{n} items of {bytes} bytes");
        }
        assert!(feed(0, |_| MIN_BYTES, |k| k, |k| k).is_empty());
    }

    #[test]
    fn no_jobs_no_results() {
        let none: Vec<u8> = Vec::new();
        assert!(map(&none, MIN_BYTES * 4, |&b| b).is_empty());
    }
}

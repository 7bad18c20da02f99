//! Background work for the editor: one small type serves every job that would
//! otherwise stall a frame (reading and writing files, running git, planning
//! export pages, decoding photos). A job runs on its own thread; the frame
//! thread polls it once per frame and never waits. Dropping a job cancels it:
//! its result is thrown away, and a job that checks [`Cancel`] stops early.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use eframe::egui;

/// Tells a running job that nobody wants its result any more.
#[derive(Clone, Debug, Default)]
pub struct Cancel(Arc<AtomicBool>);

impl Cancel {
    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

/// What [`Job::poll`] found.
#[derive(Debug, PartialEq)]
pub enum Poll<T> {
    /// Still running.
    Pending,
    /// Finished with this result (given once).
    Done(T),
    /// The job's thread ended without a result (it panicked): a bug, reported
    /// to the user instead of waiting for ever.
    Lost,
}

/// A piece of work running off the frame thread.
pub struct Job<T> {
    receiver: Receiver<T>,
    cancel: Cancel,
    finished: bool,
}

impl<T: Send + 'static> Job<T> {
    /// Starts `work` on a new thread. When it finishes, `ctx` (if any) is asked
    /// for a repaint so the result is taken in without waiting for input.
    pub fn spawn(
        ctx: Option<&egui::Context>,
        work: impl FnOnce(&Cancel) -> T + Send + 'static,
    ) -> Job<T> {
        let (send, receiver) = channel();
        let cancel = Cancel::default();
        let flag = cancel.clone();
        let ctx = ctx.cloned();
        // Messages the job words speak the window's language.
        let language = super::i18n::language();
        let spawned = std::thread::Builder::new()
            .name("wayline-job".into())
            .spawn(move || {
                super::i18n::set_language(language);
                let result = work(&flag);
                if !flag.is_cancelled() {
                    // The receiver is gone only when the job was dropped.
                    let _ignored = send.send(result);
                }
                if let Some(ctx) = ctx {
                    ctx.request_repaint();
                }
            });
        // A thread that cannot start drops `send` with the closure, so the
        // first poll reports the job lost.
        drop(spawned);
        Job {
            receiver,
            cancel,
            finished: false,
        }
    }
}

impl<T> Job<T> {
    /// Takes the result if the job has finished; call once per frame.
    pub fn poll(&mut self) -> Poll<T> {
        if self.finished {
            return Poll::Lost;
        }
        match self.receiver.try_recv() {
            Ok(result) => {
                self.finished = true;
                Poll::Done(result)
            }
            Err(TryRecvError::Empty) => Poll::Pending,
            Err(TryRecvError::Disconnected) => {
                self.finished = true;
                Poll::Lost
            }
        }
    }

    /// Waits for the result: only for tests and for quitting, never in a frame.
    pub fn wait(self) -> Option<T> {
        self.receiver.recv().ok()
    }
}

impl<T> Drop for Job<T> {
    fn drop(&mut self) {
        self.cancel.0.store(true, Ordering::Relaxed);
    }
}

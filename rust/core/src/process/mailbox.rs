//! A process's message queue with OTP's selective-receive cursor.
//!
//! `loop_rec` reads the message at the save position; `loop_rec_end` steps past it;
//! `remove_message` takes it out (its fragment then belongs to the process heap) and resets
//! the position to the oldest message. Receive markers (OTP 24+) remember where the queue
//! ended when a reference was made, so that a receive matching that reference starts there
//! instead of rescanning older messages.

use alloc::collections::VecDeque;
use alloc::vec::Vec;

use crate::heap::Fragment;
use crate::term::{Term, Word};

/// A message: its root term and the fragment holding the rest (none for an immediate).
pub struct Message {
    pub term: Term,
    pub frag: Fragment,
}

#[derive(Default)]
pub struct Mailbox {
    queue: VecDeque<Message>,
    save: usize,
    /// (reference id, queue position) of bound receive markers.
    markers: Vec<(u64, usize)>,
    /// How many queued messages live on the process heap (see `heap_terms_mut`).
    on_heap: usize,
}

impl Message {
    /// Copied onto the receiver's heap (no fragment of its own) and not an immediate: its
    /// words are the heap's, so the collector must see it.
    fn on_heap(&self) -> bool {
        self.frag.is_empty() && !self.term.is_immediate()
    }
}

impl core::fmt::Debug for Message {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "Message({:#x}, {} words)", self.term.0, self.frag.len())
    }
}

impl Mailbox {
    pub fn len(&self) -> usize {
        self.queue.len()
    }
    pub fn is_empty(&self) -> bool {
        self.queue.is_empty()
    }
    pub fn push(&mut self, m: Message) {
        self.on_heap += m.on_heap() as usize;
        self.queue.push_back(m);
    }
    /// The message at the save position, if any.
    pub fn current(&self) -> Option<Term> {
        self.queue.get(self.save).map(|m| m.term)
    }
    /// Steps past the current message.
    pub fn advance(&mut self) {
        if self.save < self.queue.len() {
            self.save += 1;
        }
    }
    /// Takes the current message out and rewinds to the oldest.
    pub fn remove_current(&mut self) -> Option<Message> {
        let at = self.save;
        let m = self.queue.remove(at)?;
        self.on_heap -= m.on_heap() as usize;
        for mk in self.markers.iter_mut() {
            if mk.1 > at {
                mk.1 -= 1;
            }
        }
        self.save = 0;
        Some(m)
    }
    /// Rewinds to the oldest message (after a timeout).
    pub fn rewind(&mut self) {
        self.save = 0;
    }
    /// Binds reference `id` to queue position `at` (the queue's length when the marker was
    /// reserved).
    pub fn bind_marker(&mut self, id: u64, at: usize) {
        let at = at.min(self.queue.len());
        match self.markers.iter_mut().find(|m| m.0 == id) {
            Some(m) => m.1 = at,
            None => {
                // Markers live only for the receive that follows; keep the list short.
                if self.markers.len() >= 8 {
                    self.markers.remove(0);
                }
                self.markers.push((id, at));
            }
        }
    }
    /// Starts the scan at marker `id`'s position, if it is bound and ahead of the cursor.
    pub fn use_marker(&mut self, id: u64) {
        if let Some(m) = self.markers.iter().find(|m| m.0 == id) {
            if m.1 > self.save {
                self.save = m.1.min(self.queue.len());
            }
        }
    }
    pub fn clear_marker(&mut self, id: u64) {
        self.markers.retain(|m| m.0 != id);
    }
    /// The message terms that may refer into the process's heap, for the collector: those
    /// copied onto the heap (no fragment of their own). A message in its own fragment is
    /// self-contained and not a root, so a long queue of them does not make every
    /// collection pay for its length in root visits.
    pub fn heap_terms_mut(&mut self) -> impl Iterator<Item = &mut Term> + '_ {
        // `take` ends the scan once all are found (at once when there are none).
        self.queue.iter_mut().filter(|m| m.on_heap()).take(self.on_heap).map(|m| &mut m.term)
    }
    /// The messages, oldest first.
    pub fn iter(&self) -> impl Iterator<Item = Term> + '_ {
        self.queue.iter().map(|m| m.term)
    }
    /// True if `p` points into a queued message.
    pub fn owns(&self, p: *const Word) -> bool {
        self.queue.iter().any(|m| m.frag.contains(p))
    }
    /// Removes every message for which `f` holds; true if any was removed. Markers and
    /// the cursor are reset (used by `demonitor(R, [flush])`, outside any receive).
    pub fn remove_where(&mut self, f: impl Fn(Term) -> bool) -> bool {
        let before = self.queue.len();
        self.queue.retain(|m| !f(m.term));
        self.on_heap = self.queue.iter().filter(|m| m.on_heap()).count();
        self.save = 0;
        self.markers.clear();
        self.queue.len() != before
    }
    /// Drops every message.
    pub fn clear(&mut self) {
        self.queue.clear();
        self.on_heap = 0;
        self.markers.clear();
        self.save = 0;
    }
}

//! Timers: receive timeouts, `send_after` and `start_timer`. A binary heap ordered by
//! deadline plus a map from timer id to entry: starting, cancelling and firing are
//! O(log n), so 100,000 pending timers stay cheap. Cancelled entries leave a stale heap
//! slot that is skipped when it surfaces (and compacted when they dominate).

use alloc::collections::{BTreeMap, BinaryHeap};
use core::cmp::Reverse;

use crate::process::mailbox::Message;
use crate::term::Term;

/// What happens when a timer fires.
pub enum TimerAction {
    /// Process `pid`'s `receive ... after` ran out.
    Receive { pid: u32 },
    /// Deliver `msg` to `dest` (a pid or a registered name).
    Send { dest: Term, msg: Message },
}

pub struct Timer {
    pub deadline: u64,
    pub action: TimerAction,
}

#[derive(Default)]
pub struct Timers {
    order: BinaryHeap<Reverse<(u64, u64)>>,
    entries: BTreeMap<u64, Timer>,
}

impl Timers {
    pub fn len(&self) -> usize {
        self.entries.len()
    }
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Starts timer `id` (ids are unique: reference ids).
    pub fn start(&mut self, id: u64, deadline: u64, action: TimerAction) {
        self.order.push(Reverse((deadline, id)));
        self.entries.insert(id, Timer { deadline, action });
    }

    /// Cancels timer `id`; returns it if it was pending.
    pub fn cancel(&mut self, id: u64) -> Option<Timer> {
        let t = self.entries.remove(&id)?;
        if self.order.len() > 64 && self.order.len() > 2 * self.entries.len() {
            let entries = &self.entries;
            self.order.retain(|Reverse((_, id))| entries.contains_key(id));
        }
        Some(t)
    }

    /// The deadline of timer `id`, if pending.
    pub fn deadline(&self, id: u64) -> Option<u64> {
        self.entries.get(&id).map(|t| t.deadline)
    }

    /// The earliest pending deadline.
    pub fn next_deadline(&mut self) -> Option<u64> {
        while let Some(Reverse((d, id))) = self.order.peek().copied() {
            if self.entries.contains_key(&id) {
                return Some(d);
            }
            self.order.pop();
        }
        None
    }

    /// Takes one timer due at `now`, if any.
    pub fn pop_due(&mut self, now: u64) -> Option<(u64, Timer)> {
        loop {
            let Reverse((d, id)) = *self.order.peek()?;
            if d > now {
                return None;
            }
            self.order.pop();
            if let Some(t) = self.entries.remove(&id) {
                return Some((id, t));
            }
        }
    }
}

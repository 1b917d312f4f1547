//! The process table: a slab of processes indexed by the low bits of their pid, with a
//! serial number in the high bits so that a dead pid is never mistaken for a new process
//! that reuses its slot. Lookup is O(1).

use alloc::boxed::Box;
use alloc::vec::Vec;

use super::Process;

/// Bits of a pid that index the slab: the most processes that can exist at once is
/// 2^INDEX_BITS. Pids are immediates of 28 bits on 32-bit words, so 32-bit builds keep
/// 13 bits of serial number.
pub const INDEX_BITS: u32 = if usize::BITS == 64 { 20 } else { 15 };
const INDEX_MASK: u32 = (1 << INDEX_BITS) - 1;
/// Largest pid number plus one.
const PID_LIMIT: u64 = if usize::BITS == 64 { 1 << 32 } else { 1 << 28 };
const SERIAL_LIMIT: u32 = (PID_LIMIT >> INDEX_BITS) as u32;

enum Slot {
    /// Free; the next process here gets this serial.
    Free(u32),
    /// Taken out to run (the pid is still alive).
    Running(u32),
    Present(Box<Process>),
}

#[derive(Default)]
pub struct ProcTable {
    slots: Vec<Slot>,
    free: Vec<u32>,
    count: usize,
}

/// Why a process could not be created.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableFull;

impl ProcTable {
    /// Number of live processes (running one included).
    pub fn len(&self) -> usize {
        self.count
    }
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Reserves a pid for a new process.
    pub fn reserve(&mut self) -> Result<u32, TableFull> {
        let index = match self.free.pop() {
            Some(i) => i,
            None => {
                if self.slots.len() as u32 > INDEX_MASK {
                    return Err(TableFull);
                }
                self.slots.push(Slot::Free(0));
                self.slots.len() as u32 - 1
            }
        };
        let serial = match self.slots[index as usize] {
            Slot::Free(s) => s,
            _ => 0,
        };
        self.slots[index as usize] = Slot::Running(serial);
        self.count += 1;
        Ok(serial << INDEX_BITS | index)
    }

    fn slot(&self, pid: u32) -> Option<&Slot> {
        let s = self.slots.get((pid & INDEX_MASK) as usize)?;
        let serial = pid >> INDEX_BITS;
        match s {
            Slot::Running(x) if *x == serial => Some(s),
            Slot::Present(p) if p.pid == pid => Some(s),
            _ => None,
        }
    }

    /// True if `pid` names a live process.
    pub fn is_alive(&self, pid: u32) -> bool {
        self.slot(pid).is_some()
    }

    /// The process `pid` unless it is dead or running.
    pub fn get(&self, pid: u32) -> Option<&Process> {
        match self.slot(pid)? {
            Slot::Present(p) => Some(p),
            _ => None,
        }
    }
    pub fn get_mut(&mut self, pid: u32) -> Option<&mut Process> {
        let s = self.slots.get_mut((pid & INDEX_MASK) as usize)?;
        match s {
            Slot::Present(p) if p.pid == pid => Some(p),
            _ => None,
        }
    }

    /// Takes a process out to run it; its pid stays alive.
    pub fn take(&mut self, pid: u32) -> Option<Box<Process>> {
        let i = (pid & INDEX_MASK) as usize;
        match self.slots.get(i)? {
            Slot::Present(p) if p.pid == pid => {}
            _ => return None,
        }
        let serial = pid >> INDEX_BITS;
        match core::mem::replace(&mut self.slots[i], Slot::Running(serial)) {
            Slot::Present(p) => Some(p),
            _ => None,
        }
    }

    /// Puts a process (back) in its reserved slot.
    pub fn put(&mut self, p: Box<Process>) {
        let i = (p.pid & INDEX_MASK) as usize;
        self.slots[i] = Slot::Present(p);
    }

    /// Frees the slot of a process that has ended (taken out or not); returns it if present.
    pub fn remove(&mut self, pid: u32) -> Option<Box<Process>> {
        self.slot(pid)?;
        let i = (pid & INDEX_MASK) as usize;
        let next = ((pid >> INDEX_BITS) + 1) % SERIAL_LIMIT;
        self.count -= 1;
        self.free.push(i as u32);
        match core::mem::replace(&mut self.slots[i], Slot::Free(next)) {
            Slot::Present(p) => Some(p),
            _ => None,
        }
    }

    /// Pids of all live processes, in slot order.
    pub fn pids(&self) -> Vec<u32> {
        let mut v = Vec::with_capacity(self.count);
        for (i, s) in self.slots.iter().enumerate() {
            match s {
                Slot::Running(serial) => v.push(serial << INDEX_BITS | i as u32),
                Slot::Present(p) => v.push(p.pid),
                Slot::Free(_) => {}
            }
        }
        v
    }
}

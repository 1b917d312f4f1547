//! The host's non-volatile storage: entries in memory, saved to the file named by
//! `ATOMVM_NVS_FILE` after every change (and read from it at start) when that is set,
//! so that a program can see what an earlier run stored, as on a device.
//!
//! File format: records of `[u8 ns_len][ns][u8 key_len][key][u32 LE value_len][value]`.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Mutex;

use avm_core::periph::nvs::Nvs;
use avm_core::periph::Error;

type Store = BTreeMap<(String, String), Vec<u8>>;

pub struct HostNvs {
    entries: Mutex<Store>,
    file: Option<PathBuf>,
}

impl HostNvs {
    pub fn new() -> Self {
        let file = std::env::var_os("ATOMVM_NVS_FILE").map(PathBuf::from);
        let entries = file.as_ref().and_then(|f| std::fs::read(f).ok()).map(|b| parse(&b)).unwrap_or_default();
        HostNvs { entries: Mutex::new(entries), file }
    }

    fn change(&self, f: impl FnOnce(&mut Store)) -> Result<(), Error> {
        let mut e = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        f(&mut e);
        if let Some(path) = &self.file {
            let mut out = Vec::new();
            for ((ns, key), v) in e.iter() {
                out.push(ns.len() as u8);
                out.extend_from_slice(ns.as_bytes());
                out.push(key.len() as u8);
                out.extend_from_slice(key.as_bytes());
                out.extend_from_slice(&(v.len() as u32).to_le_bytes());
                out.extend_from_slice(v);
            }
            std::fs::write(path, out).map_err(|e| Error::Driver(-e.raw_os_error().unwrap_or(5)))?;
        }
        Ok(())
    }
}

impl Default for HostNvs {
    fn default() -> Self {
        Self::new()
    }
}

/// The records of a file; a damaged tail is ignored.
fn parse(b: &[u8]) -> Store {
    let mut s = Store::new();
    let mut i = 0;
    let take = |i: &mut usize, n: usize| -> Option<&[u8]> {
        let r = b.get(*i..*i + n)?;
        *i += n;
        Some(r)
    };
    while let Some(&[nl]) = take(&mut i, 1) {
        let Some(ns) = take(&mut i, nl as usize) else { break };
        let ns = String::from_utf8_lossy(ns).into_owned();
        let Some(&[kl]) = take(&mut i, 1) else { break };
        let Some(key) = take(&mut i, kl as usize) else { break };
        let key = String::from_utf8_lossy(key).into_owned();
        let Some(vl) = take(&mut i, 4) else { break };
        let vl = u32::from_le_bytes([vl[0], vl[1], vl[2], vl[3]]) as usize;
        let Some(v) = take(&mut i, vl) else { break };
        s.insert((ns, key), v.to_vec());
    }
    s
}

impl Nvs for HostNvs {
    fn get(&self, ns: &str, key: &str, out: &mut Vec<u8>) -> Result<bool, Error> {
        out.clear();
        let e = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        match e.get(&(ns.to_string(), key.to_string())) {
            Some(v) => {
                out.extend_from_slice(v);
                Ok(true)
            }
            None => Ok(false),
        }
    }
    fn set(&self, ns: &str, key: &str, value: &[u8]) -> Result<(), Error> {
        self.change(|e| {
            e.insert((ns.to_string(), key.to_string()), value.to_vec());
        })
    }
    fn erase(&self, ns: &str, key: &str) -> Result<(), Error> {
        self.change(|e| {
            e.remove(&(ns.to_string(), key.to_string()));
        })
    }
    fn erase_all(&self, ns: &str) -> Result<(), Error> {
        self.change(|e| e.retain(|(n, _), _| n != ns))
    }
    fn reformat(&self) -> Result<(), Error> {
        self.change(|e| e.clear())
    }
}

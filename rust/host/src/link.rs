//! The host's "network link" for AtomVM's `network` module: the host is already on its
//! network, so starting a station reports `connected` and `got_ip` at once, with the
//! address of the first IPv4 interface that is up (the loopback when there is none),
//! its netmask and the default gateway. There is no Wi-Fi: access point mode and
//! `sta_rssi` answer `{error, unsupported}`.

use std::collections::VecDeque;
use std::sync::Mutex;

use avm_core::net::link::{ApConfig, Link, LinkEvent, StaConfig};
use avm_core::periph::Error;

#[derive(Default)]
pub struct HostLink {
    events: Mutex<VecDeque<LinkEvent>>,
}

impl HostLink {
    pub fn next_event(&self) -> Option<LinkEvent> {
        self.events.lock().unwrap_or_else(|e| e.into_inner()).pop_front()
    }
}

/// Address and netmask of the first IPv4 interface that is up and not the loopback.
fn interface_v4() -> Option<([u8; 4], [u8; 4])> {
    let mut ifa: *mut libc::ifaddrs = std::ptr::null_mut();
    // SAFETY: getifaddrs fills a list we free below.
    if unsafe { libc::getifaddrs(&mut ifa) } != 0 {
        return None;
    }
    let mut found = None;
    let mut p = ifa;
    while !p.is_null() {
        // SAFETY: p walks the list getifaddrs returned.
        let i = unsafe { &*p };
        p = i.ifa_next;
        let up = i.ifa_flags & libc::IFF_UP as u32 != 0;
        let lo = i.ifa_flags & libc::IFF_LOOPBACK as u32 != 0;
        if !up || lo || i.ifa_addr.is_null() || i.ifa_netmask.is_null() {
            continue;
        }
        // SAFETY: ifa_addr points at a sockaddr; its family says which kind.
        if unsafe { (*i.ifa_addr).sa_family } as i32 != libc::AF_INET {
            continue;
        }
        // SAFETY: both are AF_INET sockaddrs (a netmask has the address's family).
        let (a, m) = unsafe {
            (
                (*(i.ifa_addr as *const libc::sockaddr_in)).sin_addr.s_addr,
                (*(i.ifa_netmask as *const libc::sockaddr_in)).sin_addr.s_addr,
            )
        };
        found = Some((a.to_ne_bytes(), m.to_ne_bytes()));
        break;
    }
    // SAFETY: ifa came from getifaddrs.
    unsafe { libc::freeifaddrs(ifa) };
    found
}

/// The default route's gateway, from /proc/net/route (Linux).
fn default_gateway() -> Option<[u8; 4]> {
    let table = std::fs::read_to_string("/proc/net/route").ok()?;
    table.lines().skip(1).find_map(|l| {
        let f: Vec<&str> = l.split_whitespace().collect();
        if f.len() > 2 && f[1] == "00000000" {
            u32::from_str_radix(f[2], 16).ok().map(|g| g.to_ne_bytes())
        } else {
            None
        }
    })
}

impl Link for HostLink {
    fn start(&self, sta: Option<&StaConfig<'_>>, ap: Option<&ApConfig<'_>>) -> Result<(), Error> {
        if ap.is_some() {
            return Err(Error::Unsupported);
        }
        if sta.is_some() {
            let (ip, mask) = interface_v4().unwrap_or(([127, 0, 0, 1], [255, 0, 0, 0]));
            let gw = default_gateway().unwrap_or([0; 4]);
            let mut q = self.events.lock().unwrap_or_else(|e| e.into_inner());
            q.push_back(LinkEvent::Connected);
            q.push_back(LinkEvent::GotIp(ip, mask, gw));
        }
        Ok(())
    }
    fn stop(&self) {
        self.events.lock().unwrap_or_else(|e| e.into_inner()).clear();
    }
    fn rssi(&self) -> Result<i32, Error> {
        Err(Error::Unsupported)
    }
}

//! AtomVM's `network` module: bringing up the device's network link (Wi-Fi station or
//! access point, or a wired interface) and the events it reports, delivered as
//! `{network_event, Event}` messages to the process that started it
//! (`libs/eavmlib/src/network.erl` turns them into the configuration's callbacks).

use crate::atom;
use crate::bif::BifEntry;
use crate::heap::Fragment;
use crate::periph::{result, Error};
use crate::process::mailbox::Message;
use crate::process::{oom, Exception, Process};
use crate::term::{self, Term};
use crate::vm::Vm;

/// Something the network link reports.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum LinkEvent {
    /// The station joined its network (or the wired interface came up).
    Connected,
    Disconnected,
    /// An IPv4 address: address, netmask, gateway.
    GotIp([u8; 4], [u8; 4], [u8; 4]),
    /// The access point runs.
    ApStarted,
    /// A station joined or left the access point (its MAC address).
    ApStaConnected([u8; 6]),
    ApStaDisconnected([u8; 6]),
    /// The access point gave a station this address.
    ApStaIpAssigned([u8; 4]),
}

/// Station settings (`{sta, [...]}`); empty fields were not given.
pub struct StaConfig<'a> {
    pub ssid: &'a [u8],
    pub psk: &'a [u8],
    pub hostname: &'a [u8],
}

/// Access point settings (`{ap, [...]}`).
pub struct ApConfig<'a> {
    pub ssid: &'a [u8],
    pub psk: &'a [u8],
    pub hidden: bool,
    pub max_connections: u32,
}

/// The platform's network link. Events come back through
/// [`crate::platform::Platform::poll_event`] as [`crate::periph::Event::Link`].
pub trait Link: Send + Sync {
    fn start(&self, sta: Option<&StaConfig<'_>>, ap: Option<&ApConfig<'_>>) -> Result<(), Error>;
    fn stop(&self);
    /// Signal strength of the station's access point, in dBm.
    fn rssi(&self) -> Result<i32, Error>;
}

type R = Result<Term, Exception>;

pub static BIFS: &[BifEntry] =
    &[("network", "$start", 2, start), ("network", "$stop", 0, stop), ("network", "$rssi", 0, rssi)];

fn with_link<T>(vm: &Vm, f: impl FnOnce(&dyn Link) -> Result<T, Error>) -> Result<T, Error> {
    match vm.platform.link() {
        Some(l) => f(l),
        None => Err(Error::Unsupported),
    }
}

/// The bytes of a binary field of a configuration tuple, or badarg.
fn bytes<'a>(t: Term) -> Result<alloc::borrow::Cow<'a, [u8]>, Exception> {
    crate::binary::binary_bytes(t).ok_or(Exception::error(atom::BADARG))
}

/// `network:'$start'(Sta, Ap)`: Sta is `undefined` or `{Ssid, Psk, Hostname}` (binaries),
/// Ap `undefined` or `{Ssid, Psk, Hidden, MaxConnections}`. The caller receives the events.
fn start(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let bad = || Exception::error(atom::BADARG);
    let sta_t = (a[0] != atom::UNDEFINED).then_some(a[0]);
    let ap_t = (a[1] != atom::UNDEFINED).then_some(a[1]);
    let sta_f = match sta_t {
        Some(t) if t.is_tuple() && t.tuple_arity() == 3 => {
            Some((bytes(t.tuple_get(0))?, bytes(t.tuple_get(1))?, bytes(t.tuple_get(2))?))
        }
        Some(_) => return Err(bad()),
        None => None,
    };
    let ap_f = match ap_t {
        Some(t) if t.is_tuple() && t.tuple_arity() == 4 => {
            let hidden = t.tuple_get(2) == atom::TRUE;
            let max = crate::periph::u32_arg(t.tuple_get(3))?;
            Some((bytes(t.tuple_get(0))?, bytes(t.tuple_get(1))?, hidden, max))
        }
        Some(_) => return Err(bad()),
        None => None,
    };
    let sta = sta_f.as_ref().map(|(s, k, h)| StaConfig { ssid: s, psk: k, hostname: h });
    let ap =
        ap_f.as_ref().map(|(s, k, hidden, max)| ApConfig { ssid: s, psk: k, hidden: *hidden, max_connections: *max });
    vm.link_listener = Some(p.pid);
    let r = with_link(vm, |l| l.start(sta.as_ref(), ap.as_ref())).map(|_| atom::OK);
    if r.is_err() {
        vm.link_listener = None;
    }
    result(vm, p, r)
}

fn stop(vm: &mut Vm, p: &mut Process, _a: &[Term]) -> R {
    vm.link_listener = None;
    let r = with_link(vm, |l| {
        l.stop();
        Ok(atom::OK)
    });
    result(vm, p, r)
}

fn rssi(vm: &mut Vm, p: &mut Process, _a: &[Term]) -> R {
    match with_link(vm, |l| l.rssi()) {
        Ok(v) => term::tuple(&mut p.heap, &[atom::OK, Term::small(v as isize)]).map_err(oom),
        Err(e) => result(vm, p, Err(e)),
    }
}

fn ip4(f: &mut Fragment, b: &[u8; 4]) -> Result<Term, term::AllocError> {
    term::tuple(f, &b.map(|x| Term::small(x as isize)))
}

impl Vm {
    /// `{network_event, Event}` to the process that started the network.
    pub(crate) fn deliver_link_event(&mut self, e: LinkEvent) {
        let Some(pid) = self.link_listener else { return };
        let names = [
            "network_event",
            "connected",
            "disconnected",
            "got_ip",
            "ap_started",
            "sta_connected",
            "sta_disconnected",
            "sta_ip_assigned",
        ];
        let mut atoms = [Term::NIL; 8];
        for (a, n) in atoms.iter_mut().zip(names) {
            match self.atoms.intern(n) {
                Ok(t) => *a = t,
                Err(_) => return,
            }
        }
        let Some(mut f) = Fragment::with_capacity(32) else { return };
        let built = (|| {
            let ev = match e {
                LinkEvent::Connected => atoms[1],
                LinkEvent::Disconnected => atoms[2],
                LinkEvent::GotIp(ip, mask, gw) => {
                    let info = [ip4(&mut f, &ip)?, ip4(&mut f, &mask)?, ip4(&mut f, &gw)?];
                    let info = term::tuple(&mut f, &info)?;
                    term::tuple(&mut f, &[atoms[3], info])?
                }
                LinkEvent::ApStarted => atoms[4],
                LinkEvent::ApStaConnected(mac) | LinkEvent::ApStaDisconnected(mac) => {
                    let tag = if matches!(e, LinkEvent::ApStaConnected(_)) { atoms[5] } else { atoms[6] };
                    let m = crate::binary::new_binary(&mut f, &mac)?;
                    term::tuple(&mut f, &[tag, m])?
                }
                LinkEvent::ApStaIpAssigned(ip) => {
                    let t = ip4(&mut f, &ip)?;
                    term::tuple(&mut f, &[atoms[7], t])?
                }
            };
            term::tuple(&mut f, &[atoms[0], ev])
        })();
        if let Ok(t) = built {
            self.deliver(pid, Message { term: t, frag: f });
        }
    }
}

//! The native half of OTP's `socket` module (`libs/estdlib/src/socket.erl` is the other):
//! one non-blocking call each. A call that would block answers `select` after
//! registering the caller, with the reference it passed, as the socket's reader or
//! writer; [`Vm::poll_sockets`] sends `{'$socket', Socket, select, Ref}` when the socket
//! is ready.
//!
//! A socket is `{'$socket', Ref}` (OTP's shape); the reference's id keys
//! [`super::Sockets`]. Addresses cross as `{Ip, Port}` with `Ip` a 4- or 8-tuple.

use super::{Family, How, Ip, Kind, Net, NetError, NetResult, Opt, SockAddr, Socket, Waiter, READ, WRITE};
use crate::atom;
use crate::bif::BifEntry;
use crate::binary;
use crate::heap::Fragment;
use crate::periph::{enum_arg, intern};
use crate::process::mailbox::Message;
use crate::process::{oom, Exception, Process};
use crate::term::{self, Term};
use crate::vm::Vm;
use alloc::vec::Vec;

type R = Result<Term, Exception>;

/// Most bytes one `recv` returns when asked for "whatever is there" (length 0).
const RECV_CHUNK: usize = 8192;
/// Most bytes of one datagram.
const DGRAM_MAX: usize = 65_535;

pub static BIFS: &[BifEntry] = &[
    ("socket", "$open", 2, open),
    ("socket", "$close", 1, close),
    ("socket", "$bind", 3, bind),
    ("socket", "$listen", 2, listen),
    ("socket", "$accept", 2, accept),
    ("socket", "$connect", 4, connect),
    ("socket", "$connect_result", 1, connect_result),
    ("socket", "$send", 3, send),
    ("socket", "$recv", 3, recv),
    ("socket", "$sendto", 5, sendto),
    ("socket", "$recvfrom", 3, recvfrom),
    ("socket", "$shutdown", 2, shutdown),
    ("socket", "$sockname", 1, sockname),
    ("socket", "$peername", 1, peername),
    ("socket", "$setopt", 3, setopt),
    ("socket", "$getopt", 2, getopt),
    ("socket", "$controlling_process", 2, controlling_process),
    ("socket", "$cancel", 2, cancel),
    ("socket", "$info", 1, info),
    ("socket", "$resolve", 2, resolve),
    ("socket", "$hostname", 0, hostname),
];

const FAMILIES: &[(&str, Family)] = &[("inet", Family::Inet), ("inet6", Family::Inet6)];
const KINDS: &[(&str, Kind)] = &[("stream", Kind::Stream), ("dgram", Kind::Dgram)];
const OPTS: &[(&str, Opt)] = &[
    ("reuseaddr", Opt::ReuseAddr),
    ("keepalive", Opt::KeepAlive),
    ("broadcast", Opt::Broadcast),
    ("rcvbuf", Opt::RcvBuf),
    ("sndbuf", Opt::SndBuf),
    ("linger", Opt::Linger),
    ("nodelay", Opt::NoDelay),
    ("v6only", Opt::V6Only),
];
const HOWS: &[(&str, How)] = &[("read", How::Read), ("write", How::Write), ("read_write", How::ReadWrite)];

/// The platform's sockets; only `open` can find none (there is no socket to name then).
fn net(vm: &Vm) -> Result<&dyn Net, Exception> {
    vm.platform.net().ok_or(Exception::error(atom::BADARG))
}

/// `{error, Reason}`.
fn error(vm: &mut Vm, p: &mut Process, reason: &str) -> R {
    let r = intern(vm, reason)?;
    term::tuple(&mut p.heap, &[atom::ERROR, r]).map_err(oom)
}

fn ok_tuple(p: &mut Process, v: Term) -> R {
    term::tuple(&mut p.heap, &[atom::OK, v]).map_err(oom)
}

/// The answer for a failed call: `select` after registering the caller, or `{error, Posix}`.
fn failed(vm: &mut Vm, p: &mut Process, id: u64, e: NetError, dir: u8, r: Term) -> R {
    match e {
        NetError::WouldBlock => {
            let waiter = Waiter { pid: p.pid, ref_id: term::reference_id(r) };
            let s = vm.sockets.by_id.get_mut(&id).ok_or(Exception::error(atom::BADARG))?;
            if dir == READ {
                s.reader = Some(waiter);
            } else {
                s.writer = Some(waiter);
            }
            let mask = (if s.reader.is_some() { READ } else { 0 }) | (if s.writer.is_some() { WRITE } else { 0 });
            let h = s.handle;
            net(vm)?.watch(h, mask);
            intern(vm, "select")
        }
        NetError::Posix(name) => error(vm, p, name),
    }
}

/// The id of a `{'$socket', Ref}` term, or badarg.
fn socket_id(vm: &Vm, t: Term) -> Result<u64, Exception> {
    if t.is_tuple() && t.tuple_arity() == 2 {
        let (tag, r) = (t.tuple_get(0), t.tuple_get(1));
        if tag.is_atom() && vm.atoms.name(tag) == "$socket" && r.is_reference() {
            return Ok(term::reference_id(r));
        }
    }
    Err(Exception::error(atom::BADARG))
}

/// The open socket `t` names: `Ok(None)` if it was closed.
fn socket_arg(vm: &Vm, t: Term) -> Result<Option<(u64, i32)>, Exception> {
    let id = socket_id(vm, t)?;
    Ok(vm.sockets.by_id.get(&id).map(|s| (id, s.handle)))
}

/// Runs `f` on the open socket `a[0]`, or answers `{error, closed}`.
fn with_socket(vm: &mut Vm, p: &mut Process, t: Term, f: impl FnOnce(&mut Vm, &mut Process, u64, i32) -> R) -> R {
    match socket_arg(vm, t)? {
        Some((id, h)) => f(vm, p, id, h),
        None => error(vm, p, "closed"),
    }
}

fn ref_arg(t: Term) -> Result<Term, Exception> {
    if t.is_reference() {
        Ok(t)
    } else {
        Err(Exception::error(atom::BADARG))
    }
}

fn ip_arg(t: Term) -> Result<Ip, Exception> {
    let bad = Exception::error(atom::BADARG);
    if !t.is_tuple() {
        return Err(bad);
    }
    let e = t.tuple_elements();
    let field = |t: &Term, max: isize| -> Result<isize, Exception> {
        if t.is_small() && (0..=max).contains(&t.small_value()) {
            Ok(t.small_value())
        } else {
            Err(Exception::error(atom::BADARG))
        }
    };
    match e.len() {
        4 => {
            let mut b = [0u8; 4];
            for (o, t) in b.iter_mut().zip(e) {
                *o = field(t, 255)? as u8;
            }
            Ok(Ip::V4(b))
        }
        8 => {
            let mut g = [0u16; 8];
            for (o, t) in g.iter_mut().zip(e) {
                *o = field(t, 65535)? as u16;
            }
            Ok(Ip::V6(g))
        }
        _ => Err(bad),
    }
}

fn port_arg(t: Term) -> Result<u16, Exception> {
    if t.is_small() {
        if let Ok(v) = u16::try_from(t.small_value()) {
            return Ok(v);
        }
    }
    Err(Exception::error(atom::BADARG))
}

pub(crate) fn ip_term(h: &mut impl term::Alloc, ip: &Ip) -> Result<Term, term::AllocError> {
    match ip {
        Ip::V4(b) => term::tuple(h, &b.map(|x| Term::small(x as isize))),
        Ip::V6(g) => term::tuple(h, &g.map(|x| Term::small(x as isize))),
    }
}

fn addr_term(p: &mut Process, a: &SockAddr) -> R {
    let ip = ip_term(&mut p.heap, &a.ip).map_err(oom)?;
    term::tuple(&mut p.heap, &[ip, Term::small(a.port as isize)]).map_err(oom)
}

fn bytes_arg<'a>(t: Term) -> Result<alloc::borrow::Cow<'a, [u8]>, Exception> {
    binary::binary_bytes(t).ok_or(Exception::error(atom::BADARG))
}

fn new_socket_term(vm: &mut Vm, p: &mut Process, id: u64) -> R {
    let tag = intern(vm, "$socket")?;
    let r = term::reference(&mut p.heap, id).map_err(oom)?;
    term::tuple(&mut p.heap, &[tag, r]).map_err(oom)
}

/// Enters a new platform socket into the table, owned by `p`; `{ok, Socket}`.
fn register(vm: &mut Vm, p: &mut Process, h: i32, family: Family, kind: Kind) -> R {
    let id = vm.new_ref();
    let s = Socket { handle: h, owner: p.pid, family, kind, reader: None, writer: None, connecting: false };
    vm.sockets.insert(id, s);
    let t = new_socket_term(vm, p, id)?;
    ok_tuple(p, t)
}

/// `socket:'$open'(Domain, Type)`.
fn open(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let family = enum_arg(vm, a[0], FAMILIES)?;
    let kind = enum_arg(vm, a[1], KINDS)?;
    // Without networking: `{error, enotsup}`, not `undef`, so that programs can test for it.
    let Some(n) = vm.platform.net() else { return error(vm, p, "enotsup") };
    match n.open(family, kind) {
        Ok(h) => register(vm, p, h, family, kind),
        Err(NetError::Posix(e)) => error(vm, p, e),
        Err(NetError::WouldBlock) => error(vm, p, "eagain"),
    }
}

fn close(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let id = socket_id(vm, a[0])?;
    match vm.sockets.remove(id) {
        Some(s) => {
            vm.close_socket(id, &s);
            Ok(atom::OK)
        }
        None => error(vm, p, "closed"),
    }
}

/// `ok`, or `{error, Posix}` for a call that cannot block.
fn unit(vm: &mut Vm, p: &mut Process, r: NetResult<()>) -> R {
    match r {
        Ok(()) => Ok(atom::OK),
        Err(NetError::Posix(e)) => error(vm, p, e),
        Err(NetError::WouldBlock) => error(vm, p, "eagain"),
    }
}

fn bind(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let addr = SockAddr { ip: ip_arg(a[1])?, port: port_arg(a[2])? };
    with_socket(vm, p, a[0], |vm, p, _, h| {
        let r = net(vm)?.bind(h, &addr);
        unit(vm, p, r)
    })
}

fn listen(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let backlog = crate::periph::u32_arg(a[1])?;
    with_socket(vm, p, a[0], |vm, p, _, h| {
        let r = net(vm)?.listen(h, backlog);
        unit(vm, p, r)
    })
}

/// `socket:'$accept'(ListenSocket, Ref)`: `{ok, Socket}` or `select`.
fn accept(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let r = ref_arg(a[1])?;
    with_socket(vm, p, a[0], |vm, p, id, h| match net(vm)?.accept(h) {
        Ok((nh, _peer)) => {
            let s = &vm.sockets.by_id[&id];
            let (family, kind) = (s.family, s.kind);
            register(vm, p, nh, family, kind)
        }
        Err(e) => failed(vm, p, id, e, READ, r),
    })
}

/// `socket:'$connect'(Socket, Ip, Port, Ref)`: `ok`, or `select` (then
/// `'$connect_result'/1` once the socket is writable).
fn connect(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let addr = SockAddr { ip: ip_arg(a[1])?, port: port_arg(a[2])? };
    let r = ref_arg(a[3])?;
    with_socket(vm, p, a[0], |vm, p, id, h| match net(vm)?.connect(h, &addr) {
        Ok(()) => Ok(atom::OK),
        Err(e) => {
            if e == NetError::WouldBlock {
                if let Some(s) = vm.sockets.by_id.get_mut(&id) {
                    s.connecting = true;
                }
            }
            failed(vm, p, id, e, WRITE, r)
        }
    })
}

fn connect_result(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    with_socket(vm, p, a[0], |vm, p, id, h| {
        if let Some(s) = vm.sockets.by_id.get_mut(&id) {
            s.connecting = false;
        }
        let r = net(vm)?.connect_result(h);
        unit(vm, p, r)
    })
}

/// `socket:'$send'(Socket, Binary, Ref)`: `{ok, BytesWritten}` or `select`.
fn send(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let data = bytes_arg(a[1])?;
    let r = ref_arg(a[2])?;
    with_socket(vm, p, a[0], |vm, p, id, h| match net(vm)?.send(h, &data) {
        Ok(n) => ok_tuple(p, Term::small(n as isize)),
        Err(e) => failed(vm, p, id, e, WRITE, r),
    })
}

/// A receive buffer of `len` bytes (0: a chunk), on the heap: Zephyr threads have a
/// few KB of stack.
fn recv_buffer(len: Term, default: usize) -> Result<Vec<u8>, Exception> {
    let n = crate::periph::u32_arg(len)? as usize;
    let n = if n == 0 { default } else { n.min(DGRAM_MAX) };
    let mut buf = Vec::new();
    crate::mem::try_reserve(&mut buf, n).map_err(oom)?;
    buf.resize(n, 0);
    Ok(buf)
}

/// `socket:'$recv'(Socket, Length, Ref)`: `{ok, Binary}` with at most `Length` bytes (0:
/// what has arrived), `{error, closed}` at the end of the stream, or `select`.
fn recv(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let mut buf = recv_buffer(a[1], RECV_CHUNK)?;
    let r = ref_arg(a[2])?;
    with_socket(vm, p, a[0], |vm, p, id, h| match net(vm)?.recv(h, &mut buf) {
        Ok(0) if !buf.is_empty() && vm.sockets.by_id[&id].kind == Kind::Stream => error(vm, p, "closed"),
        Ok(n) => {
            let bin = binary::new_binary(&mut p.heap, &buf[..n]).map_err(oom)?;
            ok_tuple(p, bin)
        }
        Err(e) => failed(vm, p, id, e, READ, r),
    })
}

/// `socket:'$sendto'(Socket, Binary, Ip, Port, Ref)`.
fn sendto(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let data = bytes_arg(a[1])?;
    let to = SockAddr { ip: ip_arg(a[2])?, port: port_arg(a[3])? };
    let r = ref_arg(a[4])?;
    with_socket(vm, p, a[0], |vm, p, id, h| match net(vm)?.send_to(h, &data, &to) {
        Ok(n) => ok_tuple(p, Term::small(n as isize)),
        Err(e) => failed(vm, p, id, e, WRITE, r),
    })
}

/// `socket:'$recvfrom'(Socket, Length, Ref)`: `{ok, {{Ip, Port}, Binary}}` or `select`.
fn recvfrom(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let mut buf = recv_buffer(a[1], DGRAM_MAX)?;
    let r = ref_arg(a[2])?;
    with_socket(vm, p, a[0], |vm, p, id, h| match net(vm)?.recv_from(h, &mut buf) {
        Ok((n, from)) => {
            let bin = binary::new_binary(&mut p.heap, &buf[..n.min(buf.len())]).map_err(oom)?;
            let addr = addr_term(p, &from)?;
            let pair = term::tuple(&mut p.heap, &[addr, bin]).map_err(oom)?;
            ok_tuple(p, pair)
        }
        Err(e) => failed(vm, p, id, e, READ, r),
    })
}

fn shutdown(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let how = enum_arg(vm, a[1], HOWS)?;
    with_socket(vm, p, a[0], |vm, p, _, h| {
        let r = net(vm)?.shutdown(h, how);
        unit(vm, p, r)
    })
}

fn name_result(vm: &mut Vm, p: &mut Process, r: NetResult<SockAddr>) -> R {
    match r {
        Ok(addr) => {
            let t = addr_term(p, &addr)?;
            ok_tuple(p, t)
        }
        Err(NetError::Posix(e)) => error(vm, p, e),
        Err(NetError::WouldBlock) => error(vm, p, "eagain"),
    }
}

fn sockname(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    with_socket(vm, p, a[0], |vm, p, _, h| {
        let r = net(vm)?.sockname(h);
        name_result(vm, p, r)
    })
}

fn peername(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    with_socket(vm, p, a[0], |vm, p, _, h| {
        let r = net(vm)?.peername(h);
        name_result(vm, p, r)
    })
}

/// `socket:'$setopt'(Socket, Name, Integer)`.
fn setopt(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let opt = enum_arg(vm, a[1], OPTS)?;
    if !a[2].is_small() {
        return Err(Exception::error(atom::BADARG));
    }
    let v = i32::try_from(a[2].small_value()).map_err(|_| Exception::error(atom::BADARG))?;
    with_socket(vm, p, a[0], |vm, p, _, h| {
        let r = net(vm)?.set_opt(h, opt, v);
        unit(vm, p, r)
    })
}

/// `socket:'$getopt'(Socket, Name)`: `{ok, Integer}`.
fn getopt(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let opt = enum_arg(vm, a[1], OPTS)?;
    with_socket(vm, p, a[0], |vm, p, _, h| match net(vm)?.get_opt(h, opt) {
        Ok(v) => ok_tuple(p, Term::small(v as isize)),
        Err(NetError::Posix(e)) => error(vm, p, e),
        Err(NetError::WouldBlock) => error(vm, p, "eagain"),
    })
}

/// `socket:'$controlling_process'(Socket, Pid)`: only the owner may give a socket away.
fn controlling_process(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    if !a[1].is_pid() {
        return Err(Exception::error(atom::BADARG));
    }
    let to = a[1].pid_index();
    with_socket(vm, p, a[0], |vm, p, id, _| {
        let owner = vm.sockets.by_id[&id].owner;
        if owner != p.pid {
            return error(vm, p, "not_owner");
        }
        if to != p.pid && !vm.procs.is_alive(to) {
            return error(vm, p, "badarg");
        }
        if let Some(s) = vm.sockets.by_id.get_mut(&id) {
            s.owner = to;
        }
        Ok(atom::OK)
    })
}

/// `socket:'$cancel'(Socket, Ref)`: forgets the waiter that registered with `Ref`.
fn cancel(vm: &mut Vm, _p: &mut Process, a: &[Term]) -> R {
    let r = ref_arg(a[1])?;
    let rid = term::reference_id(r);
    let id = socket_id(vm, a[0])?;
    let Some(s) = vm.sockets.by_id.get_mut(&id) else { return Ok(atom::OK) };
    if s.reader.is_some_and(|w| w.ref_id == rid) {
        s.reader = None;
    }
    if s.writer.is_some_and(|w| w.ref_id == rid) {
        s.writer = None;
    }
    let mask = (if s.reader.is_some() { READ } else { 0 }) | (if s.writer.is_some() { WRITE } else { 0 });
    let h = s.handle;
    net(vm)?.watch(h, mask);
    Ok(atom::OK)
}

/// `socket:'$info'(Socket)`: `{Domain, Type, OwnerPid}`, or `closed`.
fn info(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let id = socket_id(vm, a[0])?;
    let Some(s) = vm.sockets.by_id.get(&id) else { return intern(vm, "closed") };
    let (family, kind, owner) = (s.family, s.kind, s.owner);
    let f = intern(vm, if family == Family::Inet { "inet" } else { "inet6" })?;
    let k = intern(vm, if kind == Kind::Stream { "stream" } else { "dgram" })?;
    term::tuple(&mut p.heap, &[f, k, Term::pid(owner)]).map_err(oom)
}

/// `socket:'$resolve'(NameBinary, Family)`: `{ok, [Ip]}` (may block the VM while the
/// platform resolves the name).
fn resolve(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let name = crate::periph::name_arg(a[0])?;
    let family = enum_arg(vm, a[1], FAMILIES)?;
    match net(vm)?.resolve(&name, family) {
        Ok(ips) => {
            let mut list = Term::NIL;
            for ip in ips.iter().rev() {
                let t = ip_term(&mut p.heap, ip).map_err(oom)?;
                list = term::cons(&mut p.heap, t, list).map_err(oom)?;
            }
            ok_tuple(p, list)
        }
        Err(NetError::Posix(e)) => error(vm, p, e),
        Err(NetError::WouldBlock) => error(vm, p, "eagain"),
    }
}

fn hostname(vm: &mut Vm, p: &mut Process, _a: &[Term]) -> R {
    let name = vm.platform.net().and_then(|n| n.hostname()).unwrap_or_else(|| "nohost".into());
    let s = term::bytes_to_list(&mut p.heap, name.as_bytes(), Term::NIL).map_err(oom)?;
    ok_tuple(p, s)
}

impl Vm {
    /// Closes a socket already removed from the table. Processes waiting for it are
    /// woken: their retry finds it closed (`{error, closed}`, as OTP answers).
    pub(crate) fn close_socket(&mut self, id: u64, s: &Socket) {
        if let Some(n) = self.platform.net() {
            if s.reader.is_some() || s.writer.is_some() {
                n.watch(s.handle, 0);
            }
            n.close(s.handle);
        }
        for w in [s.reader, s.writer].into_iter().flatten() {
            self.send_select(id, w);
        }
    }

    /// Closes the sockets a process owned when it ends.
    pub(crate) fn sockets_owner_ended(&mut self, pid: u32) {
        if self.sockets.by_id.is_empty() {
            return;
        }
        for (id, s) in self.sockets.take_owned_by(pid) {
            self.close_socket(id, &s);
        }
    }

    /// Tells the processes waiting for sockets that are now ready (called by the
    /// scheduler before each time slice, like [`Vm::poll_events`]).
    pub fn poll_sockets(&mut self) {
        if !self.sockets.waiting() {
            return;
        }
        let Some(n) = self.platform.net() else { return };
        let mut ready: Vec<(i32, u8)> = Vec::new();
        n.take_ready(&mut |h, mask| ready.push((h, mask)));
        for (h, mask) in ready {
            let Some(&id) = self.sockets.by_handle.get(&h) else { continue };
            let Some(s) = self.sockets.by_id.get_mut(&id) else { continue };
            let mut woken = [None, None];
            if mask & READ != 0 {
                woken[0] = s.reader.take();
            }
            if mask & WRITE != 0 {
                woken[1] = s.writer.take();
            }
            for w in woken.into_iter().flatten() {
                self.send_select(id, w);
            }
        }
    }

    /// `{'$socket', {'$socket', SockRef}, select, Ref}` to a waiter.
    fn send_select(&mut self, id: u64, w: Waiter) {
        let (Ok(tag), Ok(sel)) = (self.atoms.intern("$socket"), self.atoms.intern("select")) else { return };
        let Some(mut f) = Fragment::with_capacity_for_signal(24) else { return };
        let built = (|| {
            let sr = term::reference(&mut f, id)?;
            let s = term::tuple(&mut f, &[tag, sr])?;
            let r = term::reference(&mut f, w.ref_id)?;
            term::tuple(&mut f, &[tag, s, sel, r])
        })();
        if let Ok(t) = built {
            self.deliver(w.pid, Message { term: t, frag: f });
        }
    }
}

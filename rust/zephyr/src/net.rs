//! The `Net` service on Zephyr's BSD sockets, through the module's C shim
//! (`src/atomvm_net.c`). Built with the crate's `net` feature, which the module's CMake
//! turns on with `CONFIG_ATOMVM_NET`.

use alloc::vec::Vec;

use core::cell::RefCell;

use avm_core::net::{Family, How, Ip, Kind, Net, NetError, NetResult, Opt, SockAddr, READ, WRITE};
use critical_section::Mutex;

extern "C" {
    fn avm_zephyr_net_open(family: i32, stream: i32) -> i32;
    fn avm_zephyr_net_close(fd: i32);
    fn avm_zephyr_net_bind(fd: i32, family: i32, ip: *const u8, port: u16) -> i32;
    fn avm_zephyr_net_listen(fd: i32, backlog: i32) -> i32;
    fn avm_zephyr_net_accept(fd: i32) -> i32;
    fn avm_zephyr_net_connect(fd: i32, family: i32, ip: *const u8, port: u16) -> i32;
    fn avm_zephyr_net_connect_result(fd: i32) -> i32;
    fn avm_zephyr_net_send(fd: i32, data: *const u8, len: usize) -> i32;
    fn avm_zephyr_net_recv(fd: i32, buf: *mut u8, len: usize) -> i32;
    fn avm_zephyr_net_sendto(fd: i32, data: *const u8, len: usize, family: i32, ip: *const u8, port: u16) -> i32;
    fn avm_zephyr_net_recvfrom(fd: i32, buf: *mut u8, len: usize, family: *mut i32, ip: *mut u8, port: *mut u16)
        -> i32;
    fn avm_zephyr_net_shutdown(fd: i32, how: i32) -> i32;
    fn avm_zephyr_net_name(fd: i32, peer: i32, ip: *mut u8, port: *mut u16) -> i32;
    fn avm_zephyr_net_setopt(fd: i32, opt: i32, value: i32) -> i32;
    fn avm_zephyr_net_getopt(fd: i32, opt: i32, value: *mut i32) -> i32;
    fn avm_zephyr_net_poll(fds: *const i32, masks: *const u8, ready: *mut u8, n: i32, timeout_ms: i32) -> i32;
    fn avm_zephyr_net_wait(fds: *const i32, masks: *const u8, n: i32, deadline_ns: i64);
    fn avm_zephyr_net_resolve(name: *const u8, family: i32, out: *mut u8, fam: *mut i32, max: i32) -> i32;
    fn avm_zephyr_net_hostname() -> *const u8;
}

/// The shim's error codes: -1 - index (the table in `src/atomvm_net.c`); the first two
/// mean "wait".
const NAMES: &[&str] = &[
    "eagain",
    "einprogress",
    "eacces",
    "eaddrinuse",
    "eaddrnotavail",
    "eafnosupport",
    "ealready",
    "ebadf",
    "econnaborted",
    "econnrefused",
    "econnreset",
    "edestaddrreq",
    "ehostdown",
    "ehostunreach",
    "eintr",
    "einval",
    "eisconn",
    "emfile",
    "emsgsize",
    "enetdown",
    "enetunreach",
    "enfile",
    "enobufs",
    "enomem",
    "enoprotoopt",
    "enotconn",
    "enotsock",
    "eopnotsupp",
    "eperm",
    "epipe",
    "eprotonosupport",
    "etimedout",
];

fn check(r: i32) -> NetResult<usize> {
    if r >= 0 {
        return Ok(r as usize);
    }
    match (-1 - r) as usize {
        0 | 1 => Err(NetError::WouldBlock),
        i => Err(NetError::Posix(NAMES.get(i).copied().unwrap_or("eio"))),
    }
}

/// Most sockets watched at once (CONFIG_ATOMVM_NET_MAX_SOCKETS may not be larger).
const MAX_WATCHED: usize = 16;

/// The sockets the VM waits for: descriptors and directions, the first `n` in use.
#[derive(Clone, Copy)]
struct Watched {
    fds: [i32; MAX_WATCHED],
    masks: [u8; MAX_WATCHED],
    n: usize,
}

pub struct ZephyrNet {
    watched: Mutex<RefCell<Watched>>,
}

impl ZephyrNet {
    pub const fn new() -> Self {
        ZephyrNet {
            watched: Mutex::new(RefCell::new(Watched { fds: [0; MAX_WATCHED], masks: [0; MAX_WATCHED], n: 0 })),
        }
    }

    fn snapshot(&self) -> Watched {
        critical_section::with(|cs| *self.watched.borrow_ref(cs))
    }

    /// The scheduler's idle wait while sockets are watched; false if none are.
    pub fn wait(&self, deadline_ns: i64) -> bool {
        let w = self.snapshot();
        if w.n == 0 {
            return false;
        }
        // SAFETY: both arrays hold at least w.n elements.
        unsafe { avm_zephyr_net_wait(w.fds.as_ptr(), w.masks.as_ptr(), w.n as i32, deadline_ns) };
        true
    }
}

impl Default for ZephyrNet {
    fn default() -> Self {
        Self::new()
    }
}

fn family_code(ip: &Ip) -> i32 {
    match ip {
        Ip::V4(_) => 4,
        Ip::V6(_) => 6,
    }
}

/// The address bytes in network order (4 or 16 of the 16).
fn ip_bytes(ip: &Ip) -> [u8; 16] {
    let mut b = [0u8; 16];
    match ip {
        Ip::V4(v) => b[..4].copy_from_slice(v),
        Ip::V6(g) => {
            for (i, x) in g.iter().enumerate() {
                b[2 * i..2 * i + 2].copy_from_slice(&x.to_be_bytes());
            }
        }
    }
    b
}

fn ip_from(family: i32, b: &[u8]) -> NetResult<Ip> {
    match family {
        4 => Ok(Ip::V4([b[0], b[1], b[2], b[3]])),
        6 => Ok(Ip::V6(core::array::from_fn(|i| u16::from_be_bytes([b[2 * i], b[2 * i + 1]])))),
        _ => Err(NetError::Posix("eafnosupport")),
    }
}

impl Net for ZephyrNet {
    fn open(&self, family: Family, kind: Kind) -> NetResult<i32> {
        let f = if family == Family::Inet { 4 } else { 6 };
        // SAFETY: plain call.
        check(unsafe { avm_zephyr_net_open(f, (kind == Kind::Stream) as i32) }).map(|fd| fd as i32)
    }
    fn close(&self, h: i32) {
        self.watch(h, 0);
        // SAFETY: plain call.
        unsafe { avm_zephyr_net_close(h) }
    }
    fn bind(&self, h: i32, a: &SockAddr) -> NetResult<()> {
        let b = ip_bytes(&a.ip);
        // SAFETY: b holds 16 bytes.
        check(unsafe { avm_zephyr_net_bind(h, family_code(&a.ip), b.as_ptr(), a.port) }).map(drop)
    }
    fn listen(&self, h: i32, backlog: u32) -> NetResult<()> {
        // SAFETY: plain call.
        check(unsafe { avm_zephyr_net_listen(h, backlog.min(64) as i32) }).map(drop)
    }
    fn accept(&self, h: i32) -> NetResult<(i32, SockAddr)> {
        // SAFETY: plain call.
        let fd = check(unsafe { avm_zephyr_net_accept(h) })? as i32;
        let peer = self.peername(fd).unwrap_or(SockAddr { ip: Ip::V4([0; 4]), port: 0 });
        Ok((fd, peer))
    }
    fn connect(&self, h: i32, a: &SockAddr) -> NetResult<()> {
        let b = ip_bytes(&a.ip);
        // SAFETY: b holds 16 bytes.
        check(unsafe { avm_zephyr_net_connect(h, family_code(&a.ip), b.as_ptr(), a.port) }).map(drop)
    }
    fn connect_result(&self, h: i32) -> NetResult<()> {
        // SAFETY: plain call.
        match check(unsafe { avm_zephyr_net_connect_result(h) }) {
            // Still in progress is not a result: report it as the timeout it will become.
            Err(NetError::WouldBlock) => Err(NetError::Posix("etimedout")),
            r => r.map(drop),
        }
    }
    fn send(&self, h: i32, data: &[u8]) -> NetResult<usize> {
        // SAFETY: the shim reads data.len() bytes.
        check(unsafe { avm_zephyr_net_send(h, data.as_ptr(), data.len()) })
    }
    fn recv(&self, h: i32, buf: &mut [u8]) -> NetResult<usize> {
        // SAFETY: the shim writes at most buf.len() bytes.
        check(unsafe { avm_zephyr_net_recv(h, buf.as_mut_ptr(), buf.len()) })
    }
    fn send_to(&self, h: i32, data: &[u8], to: &SockAddr) -> NetResult<usize> {
        let b = ip_bytes(&to.ip);
        // SAFETY: the shim reads data.len() bytes and 16 of b.
        check(unsafe { avm_zephyr_net_sendto(h, data.as_ptr(), data.len(), family_code(&to.ip), b.as_ptr(), to.port) })
    }
    fn recv_from(&self, h: i32, buf: &mut [u8]) -> NetResult<(usize, SockAddr)> {
        let (mut family, mut ip, mut port) = (0i32, [0u8; 16], 0u16);
        // SAFETY: the shim writes at most buf.len() bytes, 16 bytes of ip, one family and port.
        let n = check(unsafe {
            avm_zephyr_net_recvfrom(h, buf.as_mut_ptr(), buf.len(), &mut family, ip.as_mut_ptr(), &mut port)
        })?;
        Ok((n, SockAddr { ip: ip_from(family, &ip)?, port }))
    }
    fn shutdown(&self, h: i32, how: How) -> NetResult<()> {
        let how = match how {
            How::Read => 0,
            How::Write => 1,
            How::ReadWrite => 2,
        };
        // SAFETY: plain call.
        check(unsafe { avm_zephyr_net_shutdown(h, how) }).map(drop)
    }
    fn sockname(&self, h: i32) -> NetResult<SockAddr> {
        name(h, 0)
    }
    fn peername(&self, h: i32) -> NetResult<SockAddr> {
        name(h, 1)
    }
    fn set_opt(&self, h: i32, opt: Opt, value: i32) -> NetResult<()> {
        // SAFETY: plain call.
        check(unsafe { avm_zephyr_net_setopt(h, opt as i32, value) }).map(drop)
    }
    fn get_opt(&self, h: i32, opt: Opt) -> NetResult<i32> {
        let mut v = 0;
        // SAFETY: the shim writes one int.
        check(unsafe { avm_zephyr_net_getopt(h, opt as i32, &mut v) })?;
        Ok(v)
    }
    fn watch(&self, h: i32, mask: u8) {
        critical_section::with(|cs| {
            let w = &mut *self.watched.borrow_ref_mut(cs);
            match w.fds[..w.n].iter().position(|&fd| fd == h) {
                Some(i) if mask == 0 => {
                    w.n -= 1;
                    w.fds[i] = w.fds[w.n];
                    w.masks[i] = w.masks[w.n];
                }
                Some(i) => w.masks[i] = mask,
                // Past MAX_WATCHED a socket is not watched and its waiter waits until it
                // gives up: the limit is documented (CONFIG_ATOMVM_NET_MAX_SOCKETS).
                None if mask != 0 && w.n < MAX_WATCHED => {
                    w.fds[w.n] = h;
                    w.masks[w.n] = mask;
                    w.n += 1;
                }
                None => {}
            }
        })
    }
    fn take_ready(&self, f: &mut dyn FnMut(i32, u8)) {
        let w = self.snapshot();
        if w.n == 0 {
            return;
        }
        let mut ready = [0u8; MAX_WATCHED];
        // SAFETY: the arrays hold at least w.n elements, ready as many.
        let n = unsafe { avm_zephyr_net_poll(w.fds.as_ptr(), w.masks.as_ptr(), ready.as_mut_ptr(), w.n as i32, 0) };
        if n <= 0 {
            return;
        }
        for (i, &r) in ready.iter().enumerate().take(w.n) {
            if r != 0 {
                self.watch(w.fds[i], w.masks[i] & !r);
                f(w.fds[i], r & (READ | WRITE));
            }
        }
    }
    fn resolve(&self, name: &str, family: Family) -> NetResult<Vec<Ip>> {
        let mut cname: Vec<u8> = Vec::with_capacity(name.len() + 1);
        cname.extend_from_slice(name.as_bytes());
        cname.push(0);
        let f = if family == Family::Inet { 4 } else { 6 };
        let mut out = [0u8; 16 * 4];
        let mut fams = [0i32; 4];
        // SAFETY: cname is NUL-terminated; out holds 4 addresses and fams 4 families.
        let n = unsafe { avm_zephyr_net_resolve(cname.as_ptr(), f, out.as_mut_ptr(), fams.as_mut_ptr(), 4) };
        if n <= 0 {
            return Err(NetError::Posix("nxdomain"));
        }
        Ok((0..n as usize).filter_map(|i| ip_from(fams[i], &out[16 * i..16 * i + 16]).ok()).collect())
    }
    fn hostname(&self) -> Option<alloc::string::String> {
        // SAFETY: the shim returns NULL or a NUL-terminated string that lives for ever.
        let p = unsafe { avm_zephyr_net_hostname() };
        if p.is_null() {
            return None;
        }
        let mut len = 0;
        // SAFETY: reads up to the terminating NUL.
        while unsafe { *p.add(len) } != 0 {
            len += 1;
        }
        // SAFETY: len bytes before the NUL.
        let bytes = unsafe { core::slice::from_raw_parts(p, len) };
        Some(alloc::string::String::from_utf8_lossy(bytes).into_owned())
    }
}

fn name(h: i32, peer: i32) -> NetResult<SockAddr> {
    let (mut ip, mut port) = ([0u8; 16], 0u16);
    // SAFETY: the shim writes 16 bytes of ip and one port.
    let f = check(unsafe { avm_zephyr_net_name(h, peer, ip.as_mut_ptr(), &mut port) })?;
    Ok(SockAddr { ip: ip_from(f as i32, &ip)?, port })
}

//! The host's sockets: non-blocking BSD sockets through libc, and `poll(2)` for the
//! readiness the VM waits for (also inside the scheduler's idle wait).

use std::collections::BTreeMap;
use std::sync::Mutex;

use avm_core::net::{Family, How, Ip, Kind, Net, NetError, NetResult, Opt, SockAddr, READ, WRITE};

#[derive(Default)]
pub struct HostNet {
    /// Sockets watched, with the directions (READ | WRITE).
    watched: Mutex<BTreeMap<i32, u8>>,
}

/// The POSIX name OTP gives an errno value.
fn posix_name(e: i32) -> &'static str {
    match e {
        libc::EACCES => "eacces",
        libc::EADDRINUSE => "eaddrinuse",
        libc::EADDRNOTAVAIL => "eaddrnotavail",
        libc::EAFNOSUPPORT => "eafnosupport",
        libc::EAGAIN => "eagain",
        libc::EALREADY => "ealready",
        libc::EBADF => "ebadf",
        libc::ECONNABORTED => "econnaborted",
        libc::ECONNREFUSED => "econnrefused",
        libc::ECONNRESET => "econnreset",
        libc::EDESTADDRREQ => "edestaddrreq",
        libc::EHOSTDOWN => "ehostdown",
        libc::EHOSTUNREACH => "ehostunreach",
        libc::EINPROGRESS => "einprogress",
        libc::EINTR => "eintr",
        libc::EINVAL => "einval",
        libc::EISCONN => "eisconn",
        libc::EMFILE => "emfile",
        libc::EMSGSIZE => "emsgsize",
        libc::ENETDOWN => "enetdown",
        libc::ENETUNREACH => "enetunreach",
        libc::ENFILE => "enfile",
        libc::ENOBUFS => "enobufs",
        libc::ENOMEM => "enomem",
        libc::ENOPROTOOPT => "enoprotoopt",
        libc::ENOTCONN => "enotconn",
        libc::ENOTSOCK => "enotsock",
        libc::EOPNOTSUPP => "eopnotsupp",
        libc::EPERM => "eperm",
        libc::EPIPE => "epipe",
        libc::EPROTONOSUPPORT => "eprotonosupport",
        libc::ETIMEDOUT => "etimedout",
        _ => "eio",
    }
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO)
}

/// The last error as a [`NetError`]: "would block" and "in progress" mean wait.
fn last_error() -> NetError {
    match errno() {
        libc::EAGAIN | libc::EINPROGRESS => NetError::WouldBlock,
        #[allow(unreachable_patterns)] // EWOULDBLOCK == EAGAIN on Linux
        libc::EWOULDBLOCK => NetError::WouldBlock,
        e => NetError::Posix(posix_name(e)),
    }
}

/// `Ok(r)` for a non-negative libc result, the errno otherwise.
fn check(r: isize) -> NetResult<usize> {
    if r < 0 {
        Err(last_error())
    } else {
        Ok(r as usize)
    }
}

/// A sockaddr big enough for IPv6, and its length.
fn to_raw(a: &SockAddr) -> (libc::sockaddr_storage, libc::socklen_t) {
    // SAFETY: sockaddr_storage is plain old data; all zeroes is a valid value.
    let mut ss: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let len = match a.ip {
        Ip::V4(b) => {
            let sin = libc::sockaddr_in {
                sin_family: libc::AF_INET as libc::sa_family_t,
                sin_port: a.port.to_be(),
                sin_addr: libc::in_addr { s_addr: u32::from_ne_bytes(b) },
                sin_zero: [0; 8],
            };
            // SAFETY: sockaddr_storage is larger than and aligned for sockaddr_in.
            unsafe { std::ptr::write(std::ptr::addr_of_mut!(ss).cast(), sin) };
            std::mem::size_of::<libc::sockaddr_in>()
        }
        Ip::V6(g) => {
            let mut bytes = [0u8; 16];
            for (i, x) in g.iter().enumerate() {
                bytes[2 * i..2 * i + 2].copy_from_slice(&x.to_be_bytes());
            }
            let sin6 = libc::sockaddr_in6 {
                sin6_family: libc::AF_INET6 as libc::sa_family_t,
                sin6_port: a.port.to_be(),
                sin6_flowinfo: 0,
                sin6_addr: libc::in6_addr { s6_addr: bytes },
                sin6_scope_id: 0,
            };
            // SAFETY: sockaddr_storage is larger than and aligned for sockaddr_in6.
            unsafe { std::ptr::write(std::ptr::addr_of_mut!(ss).cast(), sin6) };
            std::mem::size_of::<libc::sockaddr_in6>()
        }
    };
    (ss, len as libc::socklen_t)
}

fn from_raw(ss: &libc::sockaddr_storage) -> NetResult<SockAddr> {
    match ss.ss_family as i32 {
        libc::AF_INET => {
            // SAFETY: the family says the storage holds a sockaddr_in.
            let sin: &libc::sockaddr_in = unsafe { &*(ss as *const libc::sockaddr_storage).cast() };
            Ok(SockAddr { ip: Ip::V4(sin.sin_addr.s_addr.to_ne_bytes()), port: u16::from_be(sin.sin_port) })
        }
        libc::AF_INET6 => {
            // SAFETY: the family says the storage holds a sockaddr_in6.
            let sin6: &libc::sockaddr_in6 = unsafe { &*(ss as *const libc::sockaddr_storage).cast() };
            let b = sin6.sin6_addr.s6_addr;
            let g = std::array::from_fn(|i| u16::from_be_bytes([b[2 * i], b[2 * i + 1]]));
            Ok(SockAddr { ip: Ip::V6(g), port: u16::from_be(sin6.sin6_port) })
        }
        _ => Err(NetError::Posix("eafnosupport")),
    }
}

/// Calls `f` with an empty sockaddr buffer and its length, as getsockname and friends want.
fn get_addr(f: impl FnOnce(*mut libc::sockaddr, *mut libc::socklen_t) -> libc::c_int) -> NetResult<SockAddr> {
    // SAFETY: plain old data.
    let mut ss: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    check(f(std::ptr::addr_of_mut!(ss).cast(), &mut len) as isize)?;
    from_raw(&ss)
}

fn opt_level(opt: Opt) -> (libc::c_int, libc::c_int) {
    match opt {
        Opt::ReuseAddr => (libc::SOL_SOCKET, libc::SO_REUSEADDR),
        Opt::KeepAlive => (libc::SOL_SOCKET, libc::SO_KEEPALIVE),
        Opt::Broadcast => (libc::SOL_SOCKET, libc::SO_BROADCAST),
        Opt::RcvBuf => (libc::SOL_SOCKET, libc::SO_RCVBUF),
        Opt::SndBuf => (libc::SOL_SOCKET, libc::SO_SNDBUF),
        Opt::Linger => (libc::SOL_SOCKET, libc::SO_LINGER),
        Opt::NoDelay => (libc::IPPROTO_TCP, libc::TCP_NODELAY),
        Opt::V6Only => (libc::IPPROTO_IPV6, libc::IPV6_V6ONLY),
    }
}

impl HostNet {
    /// Polls the watched sockets for up to `timeout_ms` (-1: no limit), calling `f` for
    /// the ready ones and dropping the directions reported from the watch set.
    fn poll(&self, timeout_ms: i32, f: &mut dyn FnMut(i32, u8)) {
        let mut fds: Vec<libc::pollfd> = {
            let w = self.watched.lock().unwrap_or_else(|e| e.into_inner());
            w.iter().map(|(&fd, &m)| libc::pollfd { fd, events: poll_events(m), revents: 0 }).collect()
        };
        if fds.is_empty() {
            return;
        }
        // SAFETY: fds is a valid array of fds.len() pollfd structures.
        let n = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, timeout_ms) };
        if n <= 0 {
            return;
        }
        let mut w = self.watched.lock().unwrap_or_else(|e| e.into_inner());
        for p in fds.iter().filter(|p| p.revents != 0) {
            let Some(m) = w.get_mut(&p.fd) else { continue };
            let bad = p.revents & (libc::POLLERR | libc::POLLHUP | libc::POLLNVAL) != 0;
            let mut ready = 0;
            if bad || p.revents & libc::POLLIN != 0 {
                ready |= READ;
            }
            if bad || p.revents & libc::POLLOUT != 0 {
                ready |= WRITE;
            }
            ready &= *m;
            *m &= !ready;
            if *m == 0 {
                w.remove(&p.fd);
            }
            if ready != 0 {
                f(p.fd, ready);
            }
        }
    }

    pub fn has_watches(&self) -> bool {
        !self.watched.lock().unwrap_or_else(|e| e.into_inner()).is_empty()
    }

    /// Sleeps until a watched socket is ready or `timeout_ms` passes (-1: no limit),
    /// leaving the readiness for the next `take_ready`.
    pub fn wait(&self, timeout_ms: i32) {
        let mut fds: Vec<libc::pollfd> = {
            let w = self.watched.lock().unwrap_or_else(|e| e.into_inner());
            w.iter().map(|(&fd, &m)| libc::pollfd { fd, events: poll_events(m), revents: 0 }).collect()
        };
        // SAFETY: fds is a valid array of fds.len() pollfd structures.
        unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, timeout_ms) };
    }
}

fn poll_events(m: u8) -> libc::c_short {
    (if m & READ != 0 { libc::POLLIN } else { 0 }) | (if m & WRITE != 0 { libc::POLLOUT } else { 0 })
}

impl Net for HostNet {
    fn open(&self, family: Family, kind: Kind) -> NetResult<i32> {
        let domain = if family == Family::Inet { libc::AF_INET } else { libc::AF_INET6 };
        let ty = if kind == Kind::Stream { libc::SOCK_STREAM } else { libc::SOCK_DGRAM };
        // SAFETY: plain system call.
        let fd = unsafe { libc::socket(domain, ty | libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC, 0) };
        check(fd as isize).map(|_| fd)
    }
    fn close(&self, h: i32) {
        self.watched.lock().unwrap_or_else(|e| e.into_inner()).remove(&h);
        // SAFETY: h is a socket the VM opened and no longer uses.
        unsafe { libc::close(h) };
    }
    fn bind(&self, h: i32, addr: &SockAddr) -> NetResult<()> {
        let (ss, len) = to_raw(addr);
        // SAFETY: ss holds len valid bytes of a sockaddr.
        check(unsafe { libc::bind(h, std::ptr::addr_of!(ss).cast(), len) } as isize).map(drop)
    }
    fn listen(&self, h: i32, backlog: u32) -> NetResult<()> {
        // SAFETY: plain system call.
        check(unsafe { libc::listen(h, backlog.min(i32::MAX as u32) as i32) } as isize).map(drop)
    }
    fn accept(&self, h: i32) -> NetResult<(i32, SockAddr)> {
        // SAFETY: plain old data.
        let mut ss: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
        let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
        // SAFETY: ss and len describe a writable sockaddr buffer.
        let fd = unsafe {
            libc::accept4(h, std::ptr::addr_of_mut!(ss).cast(), &mut len, libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC)
        };
        check(fd as isize)?;
        Ok((fd, from_raw(&ss).unwrap_or(SockAddr { ip: Ip::V4([0; 4]), port: 0 })))
    }
    fn connect(&self, h: i32, addr: &SockAddr) -> NetResult<()> {
        let (ss, len) = to_raw(addr);
        // SAFETY: ss holds len valid bytes of a sockaddr.
        check(unsafe { libc::connect(h, std::ptr::addr_of!(ss).cast(), len) } as isize).map(drop)
    }
    fn connect_result(&self, h: i32) -> NetResult<()> {
        match self.get_opt_raw(h, libc::SOL_SOCKET, libc::SO_ERROR)? {
            0 => Ok(()),
            e => Err(NetError::Posix(posix_name(e))),
        }
    }
    fn send(&self, h: i32, data: &[u8]) -> NetResult<usize> {
        // SAFETY: data is a valid buffer; MSG_NOSIGNAL: a closed peer is EPIPE, not SIGPIPE.
        check(unsafe { libc::send(h, data.as_ptr().cast(), data.len(), libc::MSG_NOSIGNAL) })
    }
    fn recv(&self, h: i32, buf: &mut [u8]) -> NetResult<usize> {
        // SAFETY: buf is a valid writable buffer.
        check(unsafe { libc::recv(h, buf.as_mut_ptr().cast(), buf.len(), 0) })
    }
    fn send_to(&self, h: i32, data: &[u8], to: &SockAddr) -> NetResult<usize> {
        let (ss, len) = to_raw(to);
        // SAFETY: data is a valid buffer and ss holds len bytes of a sockaddr.
        check(unsafe {
            libc::sendto(h, data.as_ptr().cast(), data.len(), libc::MSG_NOSIGNAL, std::ptr::addr_of!(ss).cast(), len)
        })
    }
    fn recv_from(&self, h: i32, buf: &mut [u8]) -> NetResult<(usize, SockAddr)> {
        // SAFETY: plain old data.
        let mut ss: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
        let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
        // SAFETY: buf, ss and len are valid writable buffers.
        let n = check(unsafe {
            libc::recvfrom(h, buf.as_mut_ptr().cast(), buf.len(), 0, std::ptr::addr_of_mut!(ss).cast(), &mut len)
        })?;
        Ok((n, from_raw(&ss)?))
    }
    fn shutdown(&self, h: i32, how: How) -> NetResult<()> {
        let how = match how {
            How::Read => libc::SHUT_RD,
            How::Write => libc::SHUT_WR,
            How::ReadWrite => libc::SHUT_RDWR,
        };
        // SAFETY: plain system call.
        check(unsafe { libc::shutdown(h, how) } as isize).map(drop)
    }
    fn sockname(&self, h: i32) -> NetResult<SockAddr> {
        // SAFETY: get_addr passes a valid buffer and length.
        get_addr(|a, l| unsafe { libc::getsockname(h, a, l) })
    }
    fn peername(&self, h: i32) -> NetResult<SockAddr> {
        // SAFETY: get_addr passes a valid buffer and length.
        get_addr(|a, l| unsafe { libc::getpeername(h, a, l) })
    }
    fn set_opt(&self, h: i32, opt: Opt, value: i32) -> NetResult<()> {
        let (level, name) = opt_level(opt);
        if opt == Opt::Linger {
            let l = libc::linger { l_onoff: (value >= 0) as i32, l_linger: value.max(0) };
            // SAFETY: l is a valid linger structure of the size given.
            let r = unsafe {
                libc::setsockopt(
                    h,
                    level,
                    name,
                    std::ptr::addr_of!(l).cast(),
                    std::mem::size_of::<libc::linger>() as u32,
                )
            };
            return check(r as isize).map(drop);
        }
        // SAFETY: value is a valid int of the size given.
        let r = unsafe { libc::setsockopt(h, level, name, std::ptr::addr_of!(value).cast(), 4) };
        check(r as isize).map(drop)
    }
    fn get_opt(&self, h: i32, opt: Opt) -> NetResult<i32> {
        let (level, name) = opt_level(opt);
        if opt == Opt::Linger {
            let mut l = libc::linger { l_onoff: 0, l_linger: 0 };
            let mut len = std::mem::size_of::<libc::linger>() as libc::socklen_t;
            // SAFETY: l and len describe a writable linger structure.
            let r = unsafe { libc::getsockopt(h, level, name, std::ptr::addr_of_mut!(l).cast(), &mut len) };
            check(r as isize)?;
            return Ok(if l.l_onoff != 0 { l.l_linger } else { -1 });
        }
        self.get_opt_raw(h, level, name)
    }
    fn watch(&self, h: i32, mask: u8) {
        let mut w = self.watched.lock().unwrap_or_else(|e| e.into_inner());
        if mask == 0 {
            w.remove(&h);
        } else {
            w.insert(h, mask);
        }
    }
    fn take_ready(&self, f: &mut dyn FnMut(i32, u8)) {
        self.poll(0, f);
    }
    fn resolve(&self, name: &str, family: Family) -> NetResult<Vec<Ip>> {
        let host = std::ffi::CString::new(name).map_err(|_| NetError::Posix("einval"))?;
        // SAFETY: plain old data.
        let mut hints: libc::addrinfo = unsafe { std::mem::zeroed() };
        hints.ai_family = if family == Family::Inet { libc::AF_INET } else { libc::AF_INET6 };
        hints.ai_socktype = libc::SOCK_STREAM;
        let mut res: *mut libc::addrinfo = std::ptr::null_mut();
        // SAFETY: host is NUL-terminated, hints valid, res receives a list we free below.
        if unsafe { libc::getaddrinfo(host.as_ptr(), std::ptr::null(), &hints, &mut res) } != 0 {
            return Err(NetError::Posix("nxdomain"));
        }
        let mut out = Vec::new();
        let mut p = res;
        while !p.is_null() {
            // SAFETY: p walks the list getaddrinfo returned.
            let ai = unsafe { &*p };
            if !ai.ai_addr.is_null() {
                // SAFETY: plain old data; ai_addrlen bytes are copied from a valid sockaddr.
                let mut ss: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
                let n = (ai.ai_addrlen as usize).min(std::mem::size_of::<libc::sockaddr_storage>());
                // SAFETY: both buffers hold at least n bytes.
                unsafe { std::ptr::copy_nonoverlapping(ai.ai_addr.cast::<u8>(), std::ptr::addr_of_mut!(ss).cast(), n) };
                if let Ok(a) = from_raw(&ss) {
                    if !out.contains(&a.ip) {
                        out.push(a.ip);
                    }
                }
            }
            p = ai.ai_next;
        }
        // SAFETY: res came from getaddrinfo.
        unsafe { libc::freeaddrinfo(res) };
        Ok(out)
    }
    fn hostname(&self) -> Option<String> {
        let mut buf = [0u8; 256];
        // SAFETY: buf is writable for its length.
        if unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) } != 0 {
            return None;
        }
        let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
        Some(String::from_utf8_lossy(&buf[..end]).into_owned())
    }
}

impl HostNet {
    fn get_opt_raw(&self, h: i32, level: libc::c_int, name: libc::c_int) -> NetResult<i32> {
        let mut v: libc::c_int = 0;
        let mut len = 4 as libc::socklen_t;
        // SAFETY: v and len describe a writable int.
        let r = unsafe { libc::getsockopt(h, level, name, std::ptr::addr_of_mut!(v).cast(), &mut len) };
        check(r as isize)?;
        Ok(v)
    }
}

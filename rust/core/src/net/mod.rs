//! Networking: OTP's `socket` module as native functions over BSD-style sockets the
//! platform provides, with `gen_tcp`, `gen_udp` and `inet` written in Erlang on top
//! (`libs/estdlib/src/`).
//!
//! Every native call is non-blocking. An operation that would block registers the
//! caller's interest with the platform and answers `{select, {select_info, Tag, Ref}}`;
//! when the socket becomes ready the scheduler sends the caller
//! `{'$socket', Socket, select, Ref}` (OTP's protocol), and `socket.erl` retries. So the
//! VM's one thread never waits on the network, and waiting processes cost nothing.
//! A socket belongs to the process that opened it (or was given it with
//! `controlling_process`) and is closed when that process ends.

pub mod link;
pub mod socket;

use alloc::collections::BTreeMap;
use alloc::vec::Vec;

/// An IP address: IPv4 as 4 bytes, IPv6 as 8 16-bit groups.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Ip {
    V4([u8; 4]),
    V6([u16; 8]),
}

/// An address and port.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct SockAddr {
    pub ip: Ip,
    pub port: u16,
}

/// Address family of a socket.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Family {
    Inet,
    Inet6,
}

/// Stream (TCP) or datagram (UDP).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Stream,
    Dgram,
}

/// Socket options the natives can set and read (`socket:setopt/3`, `getopt/2`); values
/// are integers (booleans as 0/1).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Opt {
    ReuseAddr,
    KeepAlive,
    Broadcast,
    RcvBuf,
    SndBuf,
    /// `SO_LINGER`: seconds, or -1 for off.
    Linger,
    NoDelay,
    V6Only,
}

/// Which directions `shutdown` closes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum How {
    Read,
    Write,
    ReadWrite,
}

/// Why a socket operation did not complete: it would block (the caller waits for
/// readiness), or the POSIX error, by its lower-case name as OTP reports it
/// (`"econnrefused"`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NetError {
    WouldBlock,
    Posix(&'static str),
}

pub type NetResult<T> = Result<T, NetError>;

/// Readiness a socket is waited for.
pub const READ: u8 = 1;
pub const WRITE: u8 = 2;

/// The platform's sockets. Handles are the platform's (file descriptors); every call
/// comes from the VM's thread and must not block, except `resolve`.
pub trait Net: Send + Sync {
    fn open(&self, family: Family, kind: Kind) -> NetResult<i32>;
    fn close(&self, h: i32);
    fn bind(&self, h: i32, addr: &SockAddr) -> NetResult<()>;
    fn listen(&self, h: i32, backlog: u32) -> NetResult<()>;
    /// A new non-blocking socket for a waiting connection, and its peer.
    fn accept(&self, h: i32) -> NetResult<(i32, SockAddr)>;
    /// Starts connecting; `WouldBlock` means in progress: wait for WRITE, then ask
    /// [`Net::connect_result`].
    fn connect(&self, h: i32, addr: &SockAddr) -> NetResult<()>;
    /// The outcome of a connection that was in progress (`SO_ERROR`).
    fn connect_result(&self, h: i32) -> NetResult<()>;
    fn send(&self, h: i32, data: &[u8]) -> NetResult<usize>;
    /// Bytes received; 0 means the peer closed (stream sockets).
    fn recv(&self, h: i32, buf: &mut [u8]) -> NetResult<usize>;
    fn send_to(&self, h: i32, data: &[u8], to: &SockAddr) -> NetResult<usize>;
    fn recv_from(&self, h: i32, buf: &mut [u8]) -> NetResult<(usize, SockAddr)>;
    fn shutdown(&self, h: i32, how: How) -> NetResult<()>;
    fn sockname(&self, h: i32) -> NetResult<SockAddr>;
    fn peername(&self, h: i32) -> NetResult<SockAddr>;
    fn set_opt(&self, h: i32, opt: Opt, value: i32) -> NetResult<()>;
    fn get_opt(&self, h: i32, opt: Opt) -> NetResult<i32>;
    /// Watches `h` for the readiness in `mask` ([`READ`], [`WRITE`]) once: the platform
    /// reports it through [`Net::take_ready`] and wakes a waiting scheduler
    /// ([`crate::platform::Platform::wait`] must also return when a watched socket is
    /// ready). A mask of 0 stops watching.
    fn watch(&self, h: i32, mask: u8);
    /// Calls `f(handle, mask)` for each watched socket that is ready now (errors and
    /// hang-ups count as both), and stops watching it for those directions.
    fn take_ready(&self, f: &mut dyn FnMut(i32, u8));
    /// The addresses of a host name (may block: name resolution).
    fn resolve(&self, name: &str, family: Family) -> NetResult<Vec<Ip>>;
    /// The host's name (`inet:gethostname/0`).
    fn hostname(&self) -> Option<alloc::string::String> {
        None
    }
}

/// A process waiting for a socket's readiness: it gets `{'$socket', S, select, Ref}`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Waiter {
    pub pid: u32,
    pub ref_id: u64,
}

/// One open socket.
#[derive(Debug)]
pub(crate) struct Socket {
    pub handle: i32,
    pub owner: u32,
    pub family: Family,
    pub kind: Kind,
    /// Waiting to read (`recv`, `recvfrom`, `accept`).
    pub reader: Option<Waiter>,
    /// Waiting to write (`send`, `sendto`, `connect`).
    pub writer: Option<Waiter>,
    /// A non-blocking connect is in progress.
    pub connecting: bool,
}

/// The VM's open sockets, by the id of the reference that names them.
#[derive(Default)]
pub struct Sockets {
    pub(crate) by_id: BTreeMap<u64, Socket>,
    pub(crate) by_handle: BTreeMap<i32, u64>,
}

impl Sockets {
    /// Whether some process waits for a socket (then an idle scheduler must wait for the
    /// network instead of concluding that nothing can happen).
    pub fn waiting(&self) -> bool {
        self.by_id.values().any(|s| s.reader.is_some() || s.writer.is_some())
    }

    pub(crate) fn insert(&mut self, id: u64, s: Socket) {
        self.by_handle.insert(s.handle, id);
        self.by_id.insert(id, s);
    }

    pub(crate) fn remove(&mut self, id: u64) -> Option<Socket> {
        let s = self.by_id.remove(&id)?;
        self.by_handle.remove(&s.handle);
        Some(s)
    }

    /// The sockets `pid` owns, removed from the table (the caller closes them).
    pub(crate) fn take_owned_by(&mut self, pid: u32) -> Vec<(u64, Socket)> {
        let ids: Vec<u64> = self.by_id.iter().filter(|(_, s)| s.owner == pid).map(|(&id, _)| id).collect();
        ids.into_iter().filter_map(|id| Some((id, self.remove(id)?))).collect()
    }
}

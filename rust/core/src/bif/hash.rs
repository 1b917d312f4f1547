//! Hash and checksum BIFs of `erlang`: `phash/2`, `phash2/1,2`, `md5/1`, `md5_init/0`,
//! `md5_update/2`, `md5_final/1`, `crc32/1,2`, `crc32_combine/3`, `adler32/1,2` and
//! `adler32_combine/3`.
//!
//! Checksum arguments and results are unsigned 32-bit integers (bignums on a 32-bit VM when
//! large); data arguments are iodata. An MD5 context is an 88-byte binary, the size OTP's
//! has (its contents are this VM's own).

use super::BifEntry;
use crate::binary::{bit_slice, new_binary};
use crate::hash::{adler32, crc32, iodata, md5::Md5, phash, phash2};
use crate::process::{badarg, oom, Exception, Process};
use crate::term::{self, bignum_limbs, Term};
use crate::vm::Vm;

type R = Result<Term, Exception>;

pub static BIFS: &[BifEntry] = &[
    ("erlang", "phash", 2, phash_2),
    ("erlang", "phash2", 1, phash2_1),
    ("erlang", "phash2", 2, phash2_2),
    ("erlang", "md5", 1, md5_1),
    ("erlang", "md5_init", 0, md5_init),
    ("erlang", "md5_update", 2, md5_update),
    ("erlang", "md5_final", 1, md5_final),
    ("erlang", "crc32", 1, crc32_1),
    ("erlang", "crc32", 2, crc32_2),
    ("erlang", "crc32_combine", 3, crc32_combine),
    ("erlang", "adler32", 1, adler32_1),
    ("erlang", "adler32", 2, adler32_2),
    ("erlang", "adler32_combine", 3, adler32_combine),
];

/// A non-negative integer up to `u64::MAX`.
fn to_u64(t: Term) -> Option<u64> {
    if t.is_small() {
        return u64::try_from(t.small_value()).ok();
    }
    if !t.is_bignum() {
        return None;
    }
    let (neg, limbs) = bignum_limbs(t);
    if neg || limbs.len() > 2 {
        return None;
    }
    Some(limbs.iter().rev().fold(0u64, |a, &l| (a << 32) | l as u64))
}

fn u32_arg(t: Term) -> Result<u32, Exception> {
    to_u64(t).and_then(|v| u32::try_from(v).ok()).map_or_else(badarg, Ok)
}

/// A hash range: 1..2^32, where 2^32 means "the whole 32-bit hash" (returned as 0).
fn range_arg(t: Term) -> Result<u32, Exception> {
    match to_u64(t) {
        Some(v) if v == 1 << 32 => Ok(0),
        Some(v) if (1..1 << 32).contains(&v) => Ok(v as u32),
        _ => badarg(),
    }
}

fn uint(p: &mut Process, v: u64) -> R {
    term::uint(&mut p.heap, v).map_err(oom)
}

fn phash_2(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let range = range_arg(a[1])?;
    let h = phash(a[0], &vm.atoms);
    let v = if range == 0 { h as u64 + 1 } else { (h % range) as u64 + 1 };
    uint(p, v)
}

fn phash2_1(vm: &mut Vm, _: &mut Process, a: &[Term]) -> R {
    Ok(Term::small((phash2(a[0], &vm.atoms) & ((1 << 27) - 1)) as isize))
}

fn phash2_2(vm: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let range = range_arg(a[1])?;
    let h = phash2(a[0], &vm.atoms);
    uint(p, if range == 0 { h as u64 } else { (h % range) as u64 })
}

fn md5_of(ctx: &mut Md5, data: Term) -> Result<(), Exception> {
    iodata::for_each_chunk(data, &mut |b| ctx.update(b)).map_or_else(|_| badarg(), Ok)
}

fn md5_1(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let mut ctx = Md5::new();
    md5_of(&mut ctx, a[0])?;
    new_binary(&mut p.heap, &ctx.finish()).map_err(oom)
}

fn md5_init(_: &mut Vm, p: &mut Process, _: &[Term]) -> R {
    new_binary(&mut p.heap, &Md5::new().to_bytes()).map_err(oom)
}

fn md5_context(t: Term) -> Result<Md5, Exception> {
    if !t.is_binary() {
        return badarg();
    }
    Md5::from_bytes(&bit_slice(t).to_vec()).map_or_else(badarg, Ok)
}

fn md5_update(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let mut ctx = md5_context(a[0])?;
    md5_of(&mut ctx, a[1])?;
    new_binary(&mut p.heap, &ctx.to_bytes()).map_err(oom)
}

fn md5_final(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let ctx = md5_context(a[0])?;
    new_binary(&mut p.heap, &ctx.finish()).map_err(oom)
}

fn crc32_of(p: &mut Process, start: u32, data: Term) -> R {
    let mut c = start;
    iodata::for_each_chunk(data, &mut |b| c = crc32::update(c, b)).map_or_else(|_| badarg(), Ok)?;
    uint(p, c as u64)
}

fn crc32_1(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    crc32_of(p, 0, a[0])
}

fn crc32_2(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let start = u32_arg(a[0])?;
    crc32_of(p, start, a[1])
}

fn crc32_combine(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let (c1, c2, len) = (u32_arg(a[0])?, u32_arg(a[1])?, u32_arg(a[2])?);
    uint(p, crc32::combine(c1, c2, len as u64) as u64)
}

fn adler32_of(p: &mut Process, start: u32, data: Term) -> R {
    let mut c = start;
    iodata::for_each_chunk(data, &mut |b| c = adler32::update(c, b)).map_or_else(|_| badarg(), Ok)?;
    uint(p, c as u64)
}

fn adler32_1(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    adler32_of(p, 1, a[0])
}

fn adler32_2(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let start = u32_arg(a[0])?;
    adler32_of(p, start, a[1])
}

fn adler32_combine(_: &mut Vm, p: &mut Process, a: &[Term]) -> R {
    let (a1, a2, len) = (u32_arg(a[0])?, u32_arg(a[1])?, u32_arg(a[2])?);
    // OTP returns the first checksum for an empty second part (a workaround for zlib).
    let v = if len == 0 { a1 } else { adler32::combine(a1, a2, len as u64) };
    uint(p, v as u64)
}

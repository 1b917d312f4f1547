//! Malformed input must give a clear error, never a panic, a hang or a crash: real `.beam`
//! files, `.avm` packages and external terms are truncated, bit-flipped, overwritten, have
//! their chunks shuffled and their operands replaced by extreme encodings. Every mutant is
//! loaded (or decoded); a module that still loads runs its `start/0` for a few time slices.
//!
//! Deterministic (seeded); `AVM_FUZZ_SCALE=N` multiplies the random mutant counts. An
//! input that panics is saved under `target/tmp/malformed-failures/`.

mod common;

use avm_core::loader::compact::Reader;
use avm_core::loader::opcodes::{Opcode, ALL};
use common::harness::{decode_etf, load_avm, load_beam};
use common::{build, chunk_offset, chunks, etf_corpus, scale, Checker, ChunkList, Rng, BEAMS};

/// Time slices a loaded mutant runs for.
const STEPS: usize = 20;

fn beam_check(c: &mut Checker, what: &dyn Fn() -> String, bytes: &[u8]) {
    c.check(what, bytes, &|b| load_beam(b, STEPS));
}

#[test]
fn fixtures_load_and_run() {
    for (name, b) in BEAMS {
        assert!(load_beam(b, 1000), "{name} does not load");
    }
}

#[test]
fn beam_truncated_at_every_length() {
    let mut c = Checker::new("beam_truncated");
    for (name, b) in BEAMS {
        for n in 0..b.len() {
            beam_check(&mut c, &|| format!("{name} truncated to {n} bytes"), &b[..n]);
        }
    }
    c.finish();
}

#[test]
fn beam_bit_flips() {
    let mut c = Checker::new("beam_bit_flips");
    for (name, b) in BEAMS {
        // Every third byte (every byte from AVM_FUZZ_SCALE=3 up), cycling through its
        // bits, then random positions.
        let mut rng = Rng::new(0xb17f + b.len() as u64);
        let stride = (3 / scale()).max(1);
        let every: Vec<usize> = (0..b.len()).step_by(stride).collect();
        for k in 0..every.len() + 300 * scale() {
            let (pos, bit) = match every.get(k) {
                Some(&p) => (p, p % 8),
                None => (rng.below(b.len()), rng.below(8)),
            };
            let mut m = b.to_vec();
            m[pos] ^= 1 << bit;
            beam_check(&mut c, &|| format!("{name} bit {bit} of byte {pos} flipped"), &m);
        }
    }
    c.finish();
}

#[test]
fn beam_random_overwrites() {
    let mut c = Checker::new("beam_overwrites");
    for (name, b) in BEAMS {
        let mut rng = Rng::new(0x0e3e + b.len() as u64);
        for k in 0..1000 * scale() {
            let mut m = b.to_vec();
            let n = 1 + rng.below(8);
            let mut at = Vec::new();
            for _ in 0..n {
                let pos = rng.below(m.len());
                // Half of the time into the Code chunk, where most structure is.
                let pos = match (k % 2, chunk_offset(b, b"Code")) {
                    (0, Some((s, l))) => s + rng.below(l),
                    _ => pos,
                };
                m[pos] = match rng.below(4) {
                    0 => 0,
                    1 => 0xff,
                    _ => rng.byte(),
                };
                at.push(pos);
            }
            beam_check(&mut c, &|| format!("{name} mutant {k}: bytes {at:?} overwritten"), &m);
        }
    }
    c.finish();
}

#[test]
fn beam_chunk_surgery() {
    let mut c = Checker::new("beam_chunks");
    for (name, b) in BEAMS {
        let ch = chunks(b);
        assert_eq!(build(&ch), *b, "{name}: chunk round trip");
        let ids: Vec<String> = ch.iter().map(|(id, _)| String::from_utf8_lossy(id).into_owned()).collect();
        for i in 0..ch.len() {
            let id = &ids[i];
            let mut v = ch.clone();
            v.remove(i);
            beam_check(&mut c, &|| format!("{name} without {id}"), &build(&v));
            let mut v = ch.clone();
            v.insert(i, ch[i].clone());
            beam_check(&mut c, &|| format!("{name} with {id} twice"), &build(&v));
            if i + 1 < ch.len() {
                let mut v = ch.clone();
                v.swap(i, i + 1);
                beam_check(&mut c, &|| format!("{name} with {id} swapped with the next"), &build(&v));
            }
            for cut in [0, 1, 3, 4, 5, 8, 12, 16, 20, 24, 28, ch[i].1.len() / 2, ch[i].1.len().saturating_sub(1)] {
                if cut >= ch[i].1.len() {
                    continue;
                }
                let mut v = ch.clone();
                v[i].1.truncate(cut);
                beam_check(&mut c, &|| format!("{name} with {id} cut to {cut} bytes"), &build(&v));
            }
            let mut rng = Rng::new(i as u64 + 77);
            let mut v = ch.clone();
            let len = v[i].1.len();
            v[i].1 = rng.bytes(len);
            beam_check(&mut c, &|| format!("{name} with {id} replaced by random bytes"), &build(&v));
            let mut v = ch.clone();
            v[i].1.extend_from_slice(&[0xff; 13]);
            beam_check(&mut c, &|| format!("{name} with {id} followed by junk"), &build(&v));
            // The chunk's size field, with the bytes left as they are.
            let good = build(&ch);
            let off = header_offset(&good, i);
            let len = ch[i].1.len() as u32;
            for s in [0, 1, len.wrapping_sub(1), len + 1, len + 4, 0x7fff_ffff, 0x8000_0000, 0xffff_fff0, u32::MAX] {
                let mut m = good.clone();
                m[off + 4..off + 8].copy_from_slice(&s.to_be_bytes());
                beam_check(&mut c, &|| format!("{name} with {id} size field {s:#x}"), &m);
            }
            // Every 32-bit field of the chunk, set to extreme values.
            for f in (0..ch[i].1.len().min(32)).step_by(4) {
                for val in [0u32, 1, 2, 0xff, 0x7fff_ffff, 0x8000_0000, 0xffff_fffe, u32::MAX] {
                    let mut v = ch.clone();
                    let end = (f + 4).min(v[i].1.len());
                    let bytes = val.to_be_bytes();
                    v[i].1[f..end].copy_from_slice(&bytes[..end - f]);
                    beam_check(&mut c, &|| format!("{name} with {id} word {f} = {val:#x}"), &build(&v));
                }
            }
        }
        let good = build(&ch);
        for s in [0u32, 4, 8, good.len() as u32 - 9, good.len() as u32, u32::MAX] {
            let mut m = good.clone();
            m[4..8].copy_from_slice(&s.to_be_bytes());
            beam_check(&mut c, &|| format!("{name} with form size {s:#x}"), &m);
        }
        let mut rng = Rng::new(0x5417);
        for k in 0..50 * scale() {
            let mut v = ch.clone();
            for j in (1..v.len()).rev() {
                let r = rng.below(j + 1);
                v.swap(j, r);
            }
            if rng.chance(2) {
                let r = rng.below(v.len());
                v.remove(r);
            }
            if rng.chance(2) {
                let r = rng.below(v.len());
                let d = v[r].clone();
                v.push(d);
            }
            beam_check(&mut c, &|| format!("{name} chunk shuffle {k}"), &build(&v));
        }
    }
    c.finish();
}

/// Offset of the header of chunk `i` in a file made by `build`.
fn header_offset(beam: &[u8], i: usize) -> usize {
    let mut pos = 12;
    for _ in 0..i {
        let len = u32::from_be_bytes([beam[pos + 4], beam[pos + 5], beam[pos + 6], beam[pos + 7]]) as usize;
        pos += 8 + len.div_ceil(4) * 4;
    }
    pos
}

// ---- the Code chunk, instruction by instruction ----

/// One decoded instruction: the offset of its opcode and the byte ranges of its operands,
/// relative to the start of the instruction stream.
struct Op {
    at: usize,
    opcode: Opcode,
    operands: Vec<(usize, usize)>,
}

/// The Code chunk split into (header, instruction stream).
fn code_parts(beam: &[u8]) -> (ChunkList, usize, Vec<u8>, Vec<u8>) {
    let ch = chunks(beam);
    let ci = ch.iter().position(|(id, _)| id == b"Code").expect("Code chunk");
    let code = &ch[ci].1;
    let info = u32::from_be_bytes([code[0], code[1], code[2], code[3]]) as usize;
    (ch.clone(), ci, code[..4 + info].to_vec(), code[4 + info..].to_vec())
}

fn decode_ops(body: &[u8]) -> Vec<Op> {
    let mut r = Reader::new(body);
    let mut ops = Vec::new();
    while !r.at_end() {
        let at = r.pos;
        let op = Opcode::from_u8(r.byte().unwrap()).expect("opcode");
        let mut operands = Vec::new();
        for _ in 0..op.arity() {
            let s = r.pos;
            r.operand().expect("operand");
            operands.push((s, r.pos));
        }
        ops.push(Op { at, opcode: op, operands });
        if op == Opcode::IntCodeEnd {
            break;
        }
    }
    ops
}

/// The compact encoding of `v` with tag `tag` (0 u, 1 i, 2 a, 3 x, 4 y, 5 f, 6 h).
fn enc(tag: u8, v: u64) -> Vec<u8> {
    if v < 16 {
        return vec![((v as u8) << 4) | tag];
    }
    if v < 2048 {
        return vec![(((v >> 8) as u8) << 5) | 0x08 | tag, v as u8];
    }
    let mut bytes: Vec<u8> = v.to_be_bytes().iter().copied().skip_while(|&b| b == 0).collect();
    if tag == 1 && bytes[0] & 0x80 != 0 {
        bytes.insert(0, 0);
    }
    enc_bytes(tag, &bytes)
}

/// The compact encoding of a number given as big-endian bytes (at least 2).
fn enc_bytes(tag: u8, bytes: &[u8]) -> Vec<u8> {
    let n = bytes.len();
    let mut out = if n <= 8 {
        vec![(((n - 2) as u8) << 5) | 0x18 | tag]
    } else {
        let mut o = vec![0xf8 | tag];
        o.extend(enc(0, n as u64 - 9));
        o
    };
    out.extend_from_slice(bytes);
    out
}

/// Extreme operand encodings: huge numbers for every tag, over-long and nested length
/// prefixes, and extended forms with absurd contents.
fn extreme_operands() -> Vec<(String, Vec<u8>)> {
    let mut v = Vec::new();
    for tag in 0..7u8 {
        for val in [
            0u64,
            1,
            255,
            1023,
            1024,
            65535,
            0x7fff_ffff,
            0x8000_0000,
            0xffff_ffff,
            1 << 32,
            1 << 62,
            1 << 63,
            u64::MAX,
        ] {
            v.push((format!("tag {tag} value {val:#x}"), enc(tag, val)));
        }
        let mut nine = vec![1u8];
        nine.extend([0u8; 8]);
        v.push((format!("tag {tag} 9-byte value"), enc_bytes(tag, &nine)));
        v.push((format!("tag {tag} 512-byte value"), enc_bytes(tag, &[0x7f; 512])));
        v.push((format!("tag {tag} 513-byte value"), enc_bytes(tag, &[0x11; 513])));
        let mut huge_len = vec![0xf8 | tag];
        huge_len.extend(enc(0, u64::MAX));
        v.push((format!("tag {tag} length u64::MAX"), huge_len));
        let mut huge_len = vec![0xf8 | tag];
        huge_len.extend(enc(0, (1 << 32) - 9));
        v.push((format!("tag {tag} length 2^32"), huge_len));
        // A length whose own length is long, and so on.
        let mut nested = vec![0xf8 | tag; 1000];
        nested.push(0);
        v.push((format!("tag {tag} nested lengths"), nested));
    }
    // Extended forms (tag 7).
    let ext = |k: u8| (k << 4) | 7;
    v.push(("float, truncated".into(), vec![ext(0), 1, 2]));
    let mut l = vec![ext(1)];
    l.extend(enc(0, u64::MAX));
    v.push(("list of u64::MAX".into(), l));
    let mut l = vec![ext(1)];
    l.extend(enc(0, 0x7fff_ffff));
    v.push(("list of 2^31".into(), l));
    v.push((
        "list of lists".into(),
        [vec![ext(1), 0x10]].concat().into_iter().chain([ext(1), 0x10, ext(1), 0x00]).collect(),
    ));
    let mut deep = Vec::new();
    for _ in 0..100_000 {
        deep.extend([ext(1), 0x10]);
    }
    v.push(("lists nested 100000 deep".into(), deep));
    let mut l = vec![ext(2)];
    l.extend(enc(0, u64::MAX));
    v.push(("float register u64::MAX".into(), l));
    v.push(("float register 256".into(), [vec![ext(2)], enc(0, 256)].concat()));
    let mut a = vec![ext(3)];
    a.extend(enc(0, u64::MAX));
    v.push(("allocation list of u64::MAX".into(), a));
    let mut a = vec![ext(3), 0x30];
    for _ in 0..3 {
        a.extend(enc(0, 1));
        a.extend(enc(0, 0xffff_ffff));
    }
    v.push(("allocation list of huge counts".into(), a));
    v.push(("allocation list kind 9".into(), vec![ext(3), 0x10, 0x90, 0x10]));
    let mut lit = vec![ext(4)];
    lit.extend(enc(0, 0xffff_ffff));
    v.push(("literal 2^32-1".into(), lit));
    v.push(("literal 1000".into(), [vec![ext(4)], enc(0, 1000)].concat()));
    v.push(("typed register of an atom".into(), vec![ext(5), 0x12, 0x00]));
    v.push(("typed register y1000".into(), [vec![ext(5)], enc(4, 1000), vec![0x00]].concat()));
    v.push(("typed register x2^32".into(), [vec![ext(5)], enc(3, 1 << 32), vec![0x00]].concat()));
    let mut deep = vec![ext(5); 100_000];
    deep.extend([0x03, 0x00]);
    v.push(("typed registers nested 100000 deep".into(), deep));
    v.push(("extended form 6".into(), vec![ext(6), 0]));
    v.push(("extended form 15".into(), vec![0xf7, 0]));
    v.push(("extended with bit 3".into(), vec![0x0f, 0]));
    v
}

#[test]
fn code_operands_replaced_by_extremes() {
    let mut c = Checker::new("code_operands");
    let extremes = extreme_operands();
    for (name, b) in BEAMS {
        let (ch, ci, head, body) = code_parts(b);
        let ops = decode_ops(&body);
        let all: Vec<(usize, usize, usize)> = ops
            .iter()
            .enumerate()
            .flat_map(|(i, o)| o.operands.iter().enumerate().map(move |(j, r)| (i, j, r.0)).collect::<Vec<_>>())
            .collect();
        let mut rng = Rng::new(0xc0de + b.len() as u64);
        // Every extreme once at a random operand, then random pairs.
        for k in 0..(extremes.len() + 600 * scale()) {
            let (ename, e) = &extremes[k % extremes.len()];
            let (i, j, _) = all[rng.below(all.len())];
            let (s, t) = ops[i].operands[j];
            let mut nb = body[..s].to_vec();
            nb.extend_from_slice(e);
            nb.extend_from_slice(&body[t..]);
            let mut v = ch.clone();
            v[ci].1 = [head.clone(), nb].concat();
            let op = ops[i].opcode.name();
            beam_check(&mut c, &|| format!("{name}: operand {j} of {op} (#{i}) replaced by {ename}"), &build(&v));
        }
    }
    c.finish();
}

/// Opcodes with the same number of operands: swapping one for another keeps the stream
/// decodable, so many such mutants load and run with operands of the wrong kind.
#[test]
fn code_opcodes_swapped() {
    let mut c = Checker::new("code_opcodes");
    for (name, b) in BEAMS {
        let (ch, ci, head, body) = code_parts(b);
        let ops = decode_ops(&body);
        let mut rng = Rng::new(0x09c0 ^ b.len() as u64);
        for k in 0..800 * scale() {
            let i = rng.below(ops.len());
            let o = &ops[i];
            let same: Vec<Opcode> =
                ALL.iter().copied().filter(|x| x.arity() == o.opcode.arity() && *x != o.opcode).collect();
            if same.is_empty() {
                continue;
            }
            let n = same[rng.below(same.len())];
            let mut nb = body.clone();
            nb[o.at] = n.number();
            let mut v = ch.clone();
            v[ci].1 = [head.clone(), nb].concat();
            let from = o.opcode.name();
            beam_check(&mut c, &|| format!("{name} mutant {k}: #{i} {from} became {}", n.name()), &build(&v));
        }
    }
    c.finish();
}

/// Registers and small numbers nudged: x(N) to y(N), N to N±1, labels to neighbours. Most
/// of these load, and then run code whose types and frames no longer match.
#[test]
fn code_operands_nudged() {
    let mut c = Checker::new("code_nudged");
    for (name, b) in BEAMS {
        let (ch, ci, head, body) = code_parts(b);
        let ops = decode_ops(&body);
        let mut rng = Rng::new(0x4d6e ^ b.len() as u64);
        let mut k = 0;
        while k < 1000 * scale() {
            let i = rng.below(ops.len());
            let Some(&(s, t)) = ops[i].operands.get(rng.below(ops[i].operands.len().max(1))) else {
                continue;
            };
            let first = body[s];
            let tag = first & 7;
            if tag == 7 || first & 0x08 != 0 {
                continue; // only the one-byte forms
            }
            let val = first >> 4;
            let new = match rng.below(4) {
                0 => vec![(val << 4) | [3, 4, 0, 1, 2, 5, 6][rng.below(7)]],
                1 => vec![(val.wrapping_add(1) & 15) << 4 | tag],
                2 => vec![(val.wrapping_sub(1) & 15) << 4 | tag],
                _ => enc(tag, rng.below(40) as u64),
            };
            k += 1;
            let mut nb = body[..s].to_vec();
            nb.extend_from_slice(&new);
            nb.extend_from_slice(&body[t..]);
            let mut v = ch.clone();
            v[ci].1 = [head.clone(), nb].concat();
            let op = ops[i].opcode.name();
            beam_check(&mut c, &|| format!("{name} mutant {k}: an operand of {op} (#{i}) became {new:?}"), &build(&v));
        }
    }
    c.finish();
}

/// Instructions inserted, deleted and copied around: random instructions (of the kinds the
/// fixtures use, with random operands of fitting shapes) go in at instruction boundaries,
/// and existing ones are removed or repeated elsewhere. Many of these load and run.
#[test]
fn code_instructions_spliced() {
    let mut c = Checker::new("code_spliced");
    let mut kinds: Vec<Opcode> = Vec::new();
    for (_, b) in BEAMS {
        for o in decode_ops(&code_parts(b).3) {
            if !kinds.contains(&o.opcode) && !matches!(o.opcode, Opcode::Label | Opcode::IntCodeEnd) {
                kinds.push(o.opcode);
            }
        }
    }
    let mut rng = Rng::new(0x5eed);
    for k in 0..1500 * scale() {
        let (name, b) = BEAMS[k % BEAMS.len()];
        let (ch, ci, head, body) = code_parts(b);
        let ops = decode_ops(&body);
        let labels = u32::from_be_bytes([head[12], head[13], head[14], head[15]]) as usize - 1;
        // Each instruction's bytes, then edits on that list.
        let mut seq: Vec<Vec<u8>> = ops
            .iter()
            .enumerate()
            .map(|(i, o)| body[o.at..ops.get(i + 1).map_or(body.len(), |n| n.at)].to_vec())
            .collect();
        let last = seq.len() - 1; // int_code_end stays last
        let mut what = Vec::new();
        for _ in 0..1 + rng.below(3) {
            let at = 1 + rng.below(last - 1);
            match rng.below(4) {
                0 | 1 => {
                    let op = kinds[rng.below(kinds.len())];
                    let mut ins = vec![op.number()];
                    for _ in 0..op.arity() {
                        random_operand(&mut rng, labels, &mut ins);
                    }
                    what.push(format!("inserted {} at {at}", op.name()));
                    seq.insert(at, ins);
                }
                2 => {
                    if ops[at].opcode != Opcode::Label {
                        what.push(format!("removed {} at {at}", ops[at].opcode.name()));
                        seq.remove(at);
                    }
                }
                _ => {
                    let from = 1 + rng.below(last - 1);
                    if ops[from].opcode != Opcode::Label {
                        what.push(format!("copied {} from {from} to {at}", ops[from].opcode.name()));
                        let ins = seq[from].clone();
                        seq.insert(at, ins);
                    }
                }
            }
        }
        let mut v = ch.clone();
        v[ci].1 = [head.clone(), seq.concat()].concat();
        beam_check(&mut c, &|| format!("{name} mutant {k}: {}", what.join(", ")), &build(&v));
    }
    c.finish();
}

/// A random operand of a shape instructions take: registers, labels, numbers, atoms,
/// literals, short lists, allocation lists.
fn random_operand(rng: &mut Rng, labels: usize, out: &mut Vec<u8>) {
    let label = |rng: &mut Rng| enc(5, 1 + rng.below(labels) as u64);
    match rng.below(12) {
        0..=2 => out.extend(enc(3, rng.below(6) as u64)),
        3 | 4 => out.extend(enc(4, rng.below(4) as u64)),
        5 => out.extend(label(rng)),
        6 => out.extend(enc(0, rng.below(5) as u64)),
        7 => out.extend(enc(1, rng.below(300) as u64)),
        8 => out.extend(enc(2, rng.below(20) as u64)),
        9 => out.extend([0x47, (rng.below(6) as u8) << 4]),
        10 => {
            let n = 2 * rng.below(3) as u64;
            out.push(0x17);
            out.extend(enc(0, n));
            for _ in 0..n {
                let e = if rng.chance(2) { enc(3, rng.below(4) as u64) } else { label(rng) };
                out.extend(e);
            }
        }
        _ => out.extend([0x37, 0x10, 0x00, 0x10 * rng.below(8) as u8]),
    }
}

/// The Code chunk header: label and function counts, the highest opcode, the info size.
#[test]
fn code_header_fields() {
    let mut c = Checker::new("code_header");
    for (name, b) in BEAMS {
        let (ch, ci, head, body) = code_parts(b);
        for f in 0..head.len() / 4 {
            for val in [0u32, 1, 16, 17, 0xff, 0x100, 0xffff, 0x7fff_ffff, 0xffff_fff0, u32::MAX] {
                let mut h = head.clone();
                h[4 * f..4 * f + 4].copy_from_slice(&val.to_be_bytes());
                let mut v = ch.clone();
                v[ci].1 = [h, body.clone()].concat();
                beam_check(&mut c, &|| format!("{name}: Code header word {f} = {val:#x}"), &build(&v));
            }
        }
    }
    c.finish();
}

// ---- .avm packages ----

fn avm_of(beams: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = avm_packbeam::avm::Writer::new();
    for (n, b) in beams {
        w.add_beam(&format!("{n}.beam"), b).unwrap();
    }
    w.add_file("robust_mix/priv/data.txt", b"some data").unwrap();
    w.finish()
}

#[test]
fn avm_mutants() {
    let mut c = Checker::new("avm");
    let avm = avm_of(&BEAMS[..3]);
    assert_eq!(load_avm(&avm, 200), 3);
    let check = |c: &mut Checker, what: &dyn Fn() -> String, m: &[u8]| c.check(what, m, &|b| load_avm(b, STEPS) > 0);
    // Truncation: dense near the start and the entry headers, sampled elsewhere.
    for n in 0..avm.len() {
        if n < 512 || n % 7 == 0 {
            check(&mut c, &|| format!("avm truncated to {n}"), &avm[..n]);
        }
    }
    let mut rng = Rng::new(0xa0a0);
    for k in 0..1500 * scale() {
        let mut m = avm.clone();
        let flips = 1 + rng.below(4);
        for _ in 0..flips {
            let p = rng.below(m.len());
            if k % 2 == 0 {
                m[p] ^= 1 << rng.below(8);
            } else {
                m[p] = rng.byte();
            }
        }
        check(&mut c, &|| format!("avm mutant {k}"), &m);
    }
    // Entry size fields set to extremes: find each entry header by its name.
    for (n, _) in &BEAMS[..3] {
        let name = format!("{n}.beam");
        let at = avm.windows(name.len()).position(|w| w == name.as_bytes()).unwrap();
        // The entry header is 12 bytes before the name: size, flags, reserved.
        let h = at - 12;
        for val in [0u32, 1, 4, 12, 13, 0x7fff_ffff, u32::MAX] {
            for field in 0..3 {
                let mut m = avm.clone();
                m[h + 4 * field..h + 4 * field + 4].copy_from_slice(&val.to_be_bytes());
                check(&mut c, &|| format!("avm {name} header field {field} = {val:#x}"), &m);
            }
        }
    }
    c.finish();
}

// ---- external term format ----

#[test]
fn etf_corpus_decodes() {
    let corpus = etf_corpus();
    assert!(corpus.len() > 40);
    for (i, t) in corpus.iter().enumerate() {
        // Closures need their module loaded; everything else decodes.
        assert!(decode_etf(t) || t.contains(&112), "corpus term {i} does not decode: {t:?}");
    }
}

#[test]
fn etf_mutants() {
    let mut c = Checker::new("etf");
    let corpus = etf_corpus();
    let check = |c: &mut Checker, what: &dyn Fn() -> String, m: &[u8]| c.check(what, m, &|b| decode_etf(b));
    let mut rng = Rng::new(0xe7f);
    for (i, t) in corpus.iter().enumerate() {
        for n in 0..t.len() {
            if t.len() < 600 || n % 5 == 0 {
                check(&mut c, &|| format!("term {i} truncated to {n}"), &t[..n]);
            }
        }
        for p in 0..t.len().min(400) {
            let mut m = t.clone();
            m[p] ^= 1 << (p % 8);
            check(&mut c, &|| format!("term {i} bit {} of byte {p} flipped", p % 8), &m);
        }
        for k in 0..60 * scale() {
            let mut m = t.clone();
            for _ in 0..1 + rng.below(4) {
                let p = 1 + rng.below(m.len() - 1);
                m[p] = match rng.below(5) {
                    0 => 0,
                    1 => 0xff,
                    2 => [97, 98, 100, 104, 105, 106, 107, 108, 109, 110, 111, 116, 118, 119][rng.below(14)],
                    _ => rng.byte(),
                };
            }
            check(&mut c, &|| format!("term {i} mutant {k}"), &m);
        }
    }
    // Random bytes after the version byte, with a valid tag first half of the time.
    for k in 0..20000 * scale() {
        let n = 1 + rng.below(40);
        let mut m = vec![131];
        m.extend(rng.bytes(n));
        if k % 2 == 0 {
            m[1] = [
                70, 77, 88, 89, 90, 97, 98, 99, 100, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 115, 116, 118,
                119, 80,
            ][rng.below(24)];
        }
        check(&mut c, &|| format!("random term {k}: {m:?}"), &m);
    }
    // Length fields of 2^32-1 and other extremes with little input after them.
    for tag in [107u8, 108, 109, 104, 105, 110, 111, 116, 77, 100, 118, 119, 115, 80, 90, 88, 112] {
        for len in [0u32, 1, 255, 256, 0xffff, 0x7fff_ffff, 0xffff_fff0, u32::MAX] {
            let mut m = vec![131, tag];
            m.extend_from_slice(&len.to_be_bytes());
            m.extend_from_slice(&[97, 1, 97, 2, 106]);
            check(&mut c, &|| format!("tag {tag} length {len:#x}"), &m);
        }
    }
    c.finish();
}

fn deep(prefix: &[u8], levels: usize, leaf: &[u8], suffix: &[u8]) -> Vec<u8> {
    let mut v = Vec::with_capacity(1 + levels * (prefix.len() + suffix.len()) + leaf.len());
    v.push(131);
    for _ in 0..levels {
        v.extend_from_slice(prefix);
    }
    v.extend_from_slice(leaf);
    for _ in 0..levels {
        v.extend_from_slice(suffix);
    }
    v
}

/// A million levels of nesting decode (or are refused) without recursion on the Rust
/// stack, and the decoded term can be printed, compared, hashed, encoded, copied and
/// collected. Run on a thread with a small stack to make recursion show.
#[test]
fn etf_deep_nesting() {
    const LEVELS: usize = 1_000_000;
    let inputs: Vec<(&str, Vec<u8>)> = vec![
        ("lists", deep(&[108, 0, 0, 0, 1], LEVELS, &[106], &[106])),
        ("improper list tails", deep(&[108, 0, 0, 0, 1, 97, 1], LEVELS, &[106], &[])),
        ("tuples", deep(&[104, 1], LEVELS, &[106], &[])),
        ("large tuples", deep(&[105, 0, 0, 0, 1], LEVELS, &[97, 7], &[])),
        ("map values", deep(&[116, 0, 0, 0, 1, 97, 1], LEVELS, &[106], &[])),
        ("map keys", deep(&[116, 0, 0, 0, 1], LEVELS, &[106], &[97, 2])),
        ("truncated lists", deep(&[108, 0, 0, 0, 1], LEVELS, &[], &[])),
    ];
    let handle = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || {
            for (what, bytes) in &inputs {
                let t0 = std::time::Instant::now();
                let ok = decode_etf(bytes);
                eprintln!("{what}: {} in {:?}", if ok { "decoded" } else { "refused" }, t0.elapsed());
            }
        })
        .unwrap();
    handle.join().expect("deep terms overflowed or panicked");
}

/// Debugging aid: `AVM_REPLAY=file [AVM_REPLAY_KIND=beam|avm|etf] cargo test --test
/// malformed replay -- --nocapture` runs one saved input the way the suite does.
#[test]
fn replay() {
    let Ok(path) = std::env::var("AVM_REPLAY") else {
        return;
    };
    let bytes = std::fs::read(&path).expect("AVM_REPLAY file");
    let t0 = std::time::Instant::now();
    let ok = match std::env::var("AVM_REPLAY_KIND").as_deref() {
        Ok("avm") => load_avm(&bytes, STEPS) > 0,
        Ok("etf") => decode_etf(&bytes),
        _ => load_beam(&bytes, STEPS),
    };
    eprintln!("{path}: accepted {ok} in {:?}", t0.elapsed());
}

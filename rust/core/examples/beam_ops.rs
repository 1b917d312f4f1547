//! Prints the generic instructions of a `.beam` file's Code chunk, one per line with its
//! byte offset in the instruction stream: `cargo run -p avm-core --example beam_ops F.beam`.
//! A debugging aid for the malformed-input suite (diff the output for two files).

use avm_core::loader::compact::Reader;
use avm_core::loader::opcodes::Opcode;
use avm_core::loader::Chunks;

fn main() {
    let path = std::env::args().nth(1).expect("usage: beam_ops FILE.beam");
    let bytes = std::fs::read(&path).expect("read");
    let chunks = match Chunks::parse(&bytes) {
        Ok(c) => c,
        Err(e) => return println!("not loadable: {e}"),
    };
    for (id, d) in &chunks.list {
        println!("chunk {} ({} bytes)", String::from_utf8_lossy(id), d.len());
    }
    let Some(code) = chunks.get(b"Code") else {
        return println!("no Code chunk");
    };
    let info = u32::from_be_bytes([code[0], code[1], code[2], code[3]]) as usize;
    let Some(body) = code.get(4 + info..) else {
        return println!("Code header too long");
    };
    let mut r = Reader::new(body);
    while !r.at_end() {
        let at = r.pos;
        let b = r.byte().unwrap();
        let Some(op) = Opcode::from_u8(b) else {
            return println!("{at}: unknown opcode {b}");
        };
        let mut args = Vec::new();
        for _ in 0..op.arity() {
            match r.operand() {
                Ok(o) => args.push(format!("{o:?}")),
                Err(e) => return println!("{at}: {} operand error {e}", op.name()),
            }
        }
        println!("{at}: {} {}", op.name(), args.join(" "));
    }
}

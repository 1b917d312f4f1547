//! `packbeam`: create, list and extract AtomVM packbeam (`.avm`) files.
//!
//! Also understands the historical `PackBEAM` command line
//! (`packbeam -l FILE.avm`, `packbeam [-a] OUT.avm IN...`) so existing
//! build scripts keep working.

use std::fs;
use std::io::Write;
use std::path::{Component, Path, PathBuf};
use std::process::ExitCode;

use avm_packbeam::{avm, iff};

const USAGE: &str = "\
Usage:
  packbeam create [--no-strip] [--keep-lines|--strip-lines] [--no-inflate]
                  [--size-includes-header] OUT.avm INPUT...
  packbeam list [-v] FILE.avm
  packbeam extract FILE.avm [NAME...] -o DIR
  packbeam -l FILE.avm                  (legacy: list)
  packbeam [-a] OUT.avm INPUT...        (legacy: create)

INPUT is one of:
  path/to/mod.beam   a BEAM module, stored as mod.beam; by default stripped to
                     the chunks AtomVM needs, with LitT inflated to LitU
  path/to/lib.avm    another packbeam file; its entries are appended as-is
  PATH=NAME          a file stored under NAME (a BEAM if NAME ends in .beam)
  rel/path/file      a plain file stored under its relative path, e.g.
                     mylib/priv/config.txt (read with atomvm:read_priv/2)

Options:
  --no-strip              store BEAM files unchanged
  --keep-lines            keep the Line chunk (default; stack trace locations)
  --strip-lines           drop the Line chunk
  --no-inflate            keep LitT compressed (AtomVM cannot read it)
  --size-includes-header  write entry sizes counting the entry header
  -v                      list: show sizes and flags
  -o DIR                  extract: output directory (default: .)";

/// An error message for the user; the process exits with status 1.
type CliResult<T> = Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("packbeam: {msg}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> CliResult<()> {
    let Some(first) = args.first() else {
        return Err(format!("no command given\n{USAGE}"));
    };
    let rest = &args[1..];
    match first.as_str() {
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            Ok(())
        }
        "create" => create(rest),
        "list" => list(rest),
        "extract" => extract(rest),
        "-l" => match rest {
            [file] => list_file(file, false),
            _ => Err(format!("-l takes exactly one AVM file\n{USAGE}")),
        },
        // Legacy create; -a (archive) only meant "no entry point needed",
        // which this tool never requires anyway.
        "-a" => create(rest),
        s if s.starts_with('-') && s != "-" => Err(format!("unknown option {s}\n{USAGE}")),
        _ => create(args),
    }
}

struct CreateOpts {
    strip: bool,
    keep_lines: bool,
    inflate: bool,
    mode: avm::SizeMode,
}

fn create(args: &[String]) -> CliResult<()> {
    let mut opts = CreateOpts { strip: true, keep_lines: true, inflate: true, mode: avm::SizeMode::Content };
    let mut files = Vec::new();
    let mut only_files = false;
    for a in args {
        match a.as_str() {
            _ if only_files => files.push(a.as_str()),
            "--" => only_files = true,
            "--no-strip" => opts.strip = false,
            "--keep-lines" => opts.keep_lines = true,
            "--strip-lines" => opts.keep_lines = false,
            "--no-inflate" => opts.inflate = false,
            "--size-includes-header" => opts.mode = avm::SizeMode::WholeEntry,
            "-a" => {}
            s if s.starts_with('-') && s.len() > 1 => return Err(format!("unknown option {s}\n{USAGE}")),
            _ => files.push(a.as_str()),
        }
    }
    let Some((out, inputs)) = files.split_first() else {
        return Err(format!("create needs an output file\n{USAGE}"));
    };
    if inputs.is_empty() {
        return Err("create needs at least one input file".into());
    }
    // Read every input before writing, so `packbeam foo.avm foo.avm x.beam`
    // (append to an existing archive) works.
    let mut writer = avm::Writer::with_size_mode(opts.mode);
    let mut count = 0usize;
    for input in inputs {
        count += add_input(&mut writer, input, &opts)?;
    }
    let bytes = writer.finish();
    fs::write(out, &bytes).map_err(|e| format!("cannot write {out}: {e}"))?;
    if count == 0 {
        eprintln!("packbeam: warning: {out} has no entries");
    }
    Ok(())
}

/// Adds one command-line input, returning how many entries it produced.
fn add_input(w: &mut avm::Writer, input: &str, opts: &CreateOpts) -> CliResult<usize> {
    // `PATH=NAME`, unless the whole argument is itself an existing file.
    let (path, name) = match input.split_once('=') {
        Some((p, n)) if !Path::new(input).exists() => {
            if n.is_empty() {
                return Err(format!("{input}: empty entry name after '='"));
            }
            (p, Some(n.to_string()))
        }
        _ => (input, None),
    };
    let bytes = fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let is_beam_name = |n: &str| n.ends_with(".beam");
    match name {
        None if path.ends_with(".avm") => {
            let entries = avm::parse(&bytes).map_err(|e| format!("{path}: {e}"))?;
            for e in &entries {
                w.add_entry(e).map_err(|err| format!("{path}: {}: {err}", e.name))?;
            }
            Ok(entries.len())
        }
        None if is_beam_name(path) => {
            let base = Path::new(path)
                .file_name()
                .and_then(|n| n.to_str())
                .ok_or_else(|| format!("{path}: file name is not valid UTF-8"))?;
            add_beam(w, path, base, &bytes, opts)?;
            Ok(1)
        }
        Some(n) if is_beam_name(&n) => {
            add_beam(w, path, &n, &bytes, opts)?;
            Ok(1)
        }
        name => {
            let name = match name {
                Some(n) => n,
                None => relative_name(path)?,
            };
            w.add_file(&name, &bytes).map_err(|e| format!("{path}: {e}"))?;
            Ok(1)
        }
    }
}

fn add_beam(w: &mut avm::Writer, path: &str, name: &str, bytes: &[u8], opts: &CreateOpts) -> CliResult<()> {
    let stored = if opts.strip {
        iff::strip(bytes, iff::standard_keep(opts.keep_lines), opts.inflate).map_err(|e| format!("{path}: {e}"))?
    } else {
        bytes.to_vec()
    };
    w.add_beam(name, &stored).map_err(|e| format!("{path}: {e}"))
}

/// Entry name for a plain file given without `=NAME`: its relative path
/// with `/` separators. Absolute paths and `..` would leak the build
/// machine's layout into the archive, so they need an explicit name.
fn relative_name(path: &str) -> CliResult<String> {
    let mut parts = Vec::new();
    for c in Path::new(path).components() {
        match c {
            Component::Normal(s) => parts.push(s.to_str().ok_or_else(|| format!("{path}: path is not valid UTF-8"))?),
            Component::CurDir => {}
            _ => return Err(format!("{path}: absolute or '..' path; give the entry name as {path}=NAME")),
        }
    }
    if parts.is_empty() {
        return Err(format!("{path}: no file name"));
    }
    Ok(parts.join("/"))
}

fn list(args: &[String]) -> CliResult<()> {
    let mut verbose = false;
    let mut file = None;
    for a in args {
        match a.as_str() {
            "-v" | "--verbose" => verbose = true,
            s if s.starts_with('-') && s.len() > 1 => return Err(format!("unknown option {s}\n{USAGE}")),
            _ if file.is_some() => return Err("list takes exactly one AVM file".into()),
            _ => file = Some(a.as_str()),
        }
    }
    let file = file.ok_or_else(|| format!("list needs an AVM file\n{USAGE}"))?;
    list_file(file, verbose)
}

fn list_file(file: &str, verbose: bool) -> CliResult<()> {
    let bytes = fs::read(file).map_err(|e| format!("cannot read {file}: {e}"))?;
    let entries = avm::parse(&bytes).map_err(|e| format!("{file}: {e}"))?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let w = |r: std::io::Result<()>| r.map_err(|e| format!("cannot write output: {e}"));
    for e in &entries {
        let star = if e.is_start() { " *" } else { "" };
        if verbose {
            let kind = if e.is_beam() { "beam" } else { "file" };
            w(writeln!(out, "{:>10}  0x{:02x}  {kind}  {}{star}", e.data.len(), e.flags, e.name))?;
        } else {
            w(writeln!(out, "{}{star}", e.name))?;
        }
    }
    Ok(())
}

fn extract(args: &[String]) -> CliResult<()> {
    let mut dir = PathBuf::from(".");
    let mut positional = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "-o" => {
                dir = it.next().map(PathBuf::from).ok_or("-o needs a directory")?;
            }
            s if s.starts_with("-o") && s.len() > 2 => dir = PathBuf::from(&s[2..]),
            s if s.starts_with('-') && s.len() > 1 => return Err(format!("unknown option {s}\n{USAGE}")),
            _ => positional.push(a.as_str()),
        }
    }
    let Some((file, names)) = positional.split_first() else {
        return Err(format!("extract needs an AVM file\n{USAGE}"));
    };
    let bytes = fs::read(file).map_err(|e| format!("cannot read {file}: {e}"))?;
    let entries = avm::parse(&bytes).map_err(|e| format!("{file}: {e}"))?;
    for n in names {
        if !entries.iter().any(|e| e.name == *n) {
            return Err(format!("{file}: no entry named {n}"));
        }
    }
    for e in &entries {
        if !names.is_empty() && !names.contains(&e.name) {
            continue;
        }
        let target = safe_join(&dir, e.name)?;
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).map_err(|err| format!("cannot create {}: {err}", parent.display()))?;
        }
        fs::write(&target, e.data).map_err(|err| format!("cannot write {}: {err}", target.display()))?;
    }
    Ok(())
}

/// Joins an entry name onto the output directory, refusing names that
/// would escape it (archives are untrusted input).
fn safe_join(dir: &Path, name: &str) -> CliResult<PathBuf> {
    let mut out = dir.to_path_buf();
    let mut any = false;
    for part in name.split('/') {
        match part {
            "" | "." => {}
            ".." => return Err(format!("refusing to extract unsafe entry name {name:?}")),
            p if Path::new(p).components().any(|c| !matches!(c, Component::Normal(_))) => {
                return Err(format!("refusing to extract unsafe entry name {name:?}"))
            }
            p => {
                out.push(p);
                any = true;
            }
        }
    }
    if !any {
        return Err(format!("refusing to extract unsafe entry name {name:?}"));
    }
    Ok(out)
}

//! Code sources for the host runner: `.avm` files, directories and single `.beam` files.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use avm_core::vm::{AvmSource, CodeSource, Vm};

/// A directory of `.beam` files.
pub struct DirSource {
    dir: PathBuf,
}

impl CodeSource for DirSource {
    fn find_beam(&self, module: &str) -> Option<Cow<'_, [u8]>> {
        if module.contains('/') || module.contains('\\') {
            return None;
        }
        std::fs::read(self.dir.join(format!("{module}.beam"))).ok().map(Cow::Owned)
    }
    /// A directory serves files as a package does: `app/priv/x` is `DIR/app/priv/x`
    /// (relative paths only, nothing outside the directory).
    fn find_file(&self, path: &str) -> Option<Cow<'_, [u8]>> {
        let p = Path::new(path);
        if p.is_absolute() || p.components().any(|c| !matches!(c, std::path::Component::Normal(_))) {
            return None;
        }
        std::fs::read(self.dir.join(p)).ok().map(Cow::Owned)
    }
}

/// One `.beam` file given on the command line.
pub struct BeamFile {
    name: String,
    bytes: Vec<u8>,
}

impl CodeSource for BeamFile {
    fn find_beam(&self, module: &str) -> Option<Cow<'_, [u8]>> {
        (module == self.name).then(|| Cow::Borrowed(&self.bytes[..]))
    }
}

/// Adds every argument as a code source; returns the start module, if any.
pub fn add_all(vm: &mut Vm, args: &[String]) -> Result<Option<String>, String> {
    let mut start: Option<String> = None;
    let mut first_beam_dir: Option<PathBuf> = None;
    for a in args {
        let path = Path::new(a);
        if path.is_dir() {
            vm.code_sources.push(Box::new(DirSource { dir: path.to_path_buf() }));
            continue;
        }
        let bytes = std::fs::read(path).map_err(|e| format!("cannot read {a}: {e}"))?;
        if a.ends_with(".avm") {
            let src = AvmSource::new(Cow::Owned(bytes)).map_err(|e| format!("{a}: not a valid .avm: {e}"))?;
            if start.is_none() {
                start = src.start_module().map(String::from);
            }
            vm.code_sources.push(Box::new(src));
        } else {
            let exports_start = avm_packbeam::iff::exports_start(&bytes).map_err(|e| format!("{a}: {e}"))?;
            let name =
                path.file_stem().and_then(|s| s.to_str()).ok_or_else(|| format!("{a}: bad file name"))?.to_string();
            // Load it now so that a corrupt file is reported at once.
            vm.load(&bytes).map_err(|e| format!("cannot load {a}: {e}"))?;
            if start.is_none() && exports_start {
                start = Some(name.clone());
            }
            if first_beam_dir.is_none() {
                first_beam_dir = Some(path.parent().map(|p| p.to_path_buf()).unwrap_or_else(|| PathBuf::from(".")));
            }
            vm.code_sources.push(Box::new(BeamFile { name, bytes }));
        }
    }
    if let Some(d) = first_beam_dir {
        let d = if d.as_os_str().is_empty() { PathBuf::from(".") } else { d };
        vm.code_sources.push(Box::new(DirSource { dir: d }));
    }
    Ok(start)
}

/// Which standard library package to use.
pub enum LibChoice {
    /// `--lib PATH`.
    Path(PathBuf),
    /// `--no-lib`.
    None,
    /// The default search (see [`find_lib`]).
    Default,
}

/// The name of the standard library package built by `tools/build_libs.sh`.
pub const LIB_NAME: &str = "atomvmlib.avm";

/// Where the standard library package is, by default: `$ATOMVM_LIB` if set (an empty value
/// means none), else `atomvmlib.avm` next to this program, else `build/libs/atomvmlib.avm`
/// in the source tree the runner was built from. `Ok(None)` if there is none.
pub fn find_lib() -> Result<Option<PathBuf>, String> {
    if let Some(v) = std::env::var_os("ATOMVM_LIB") {
        if v.is_empty() {
            return Ok(None);
        }
        let p = PathBuf::from(v);
        if !p.is_file() {
            return Err(format!("ATOMVM_LIB={}: no such file", p.display()));
        }
        return Ok(Some(p));
    }
    if let Some(dir) = std::env::current_exe().ok().and_then(|e| e.parent().map(Path::to_path_buf)) {
        let p = dir.join(LIB_NAME);
        if p.is_file() {
            return Ok(Some(p));
        }
    }
    // rust/host -> the repository root.
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../build/libs").join(LIB_NAME);
    Ok(p.is_file().then_some(p))
}

/// Adds the standard library package as the last code source.
pub fn add_lib(vm: &mut Vm, choice: LibChoice) -> Result<(), String> {
    let path = match choice {
        LibChoice::None => return Ok(()),
        LibChoice::Path(p) => p,
        LibChoice::Default => match find_lib()? {
            Some(p) => p,
            None => return Ok(()),
        },
    };
    let bytes = std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let src = AvmSource::new(Cow::Owned(bytes)).map_err(|e| format!("{}: not a valid .avm: {e}", path.display()))?;
    vm.code_sources.push(Box::new(src));
    Ok(())
}

//! The Typst `World`: what a compilation may read.
//!
//! Two levels, as in Typst's own test harness:
//!
//! - [`Base`] is built once per process and shared by reference (it is `Sync`, so a batch can
//!   render from several threads): the standard library in a `LazyHash` (its 128-bit hash,
//!   which comemo keys on, is computed once), the font store, and the template files.
//! - [`DocWorld`] is made per document and is two pointers and two strings: the tiny main
//!   source and the view model serialised as JSON.
//!
//! Paths are fixed. A `FileId` is interned for the life of the process and there are at most
//! 2¹⁶ of them, so a path per case would panic in a large batch: every document uses the same
//! `/main.typ` and `/data.json`, and several threads may do so at once because each `DocWorld`
//! answers them with its own content (comemo validates by content hash, not by id).
//!
//! Case data never reaches Typst as markup. The main file is a fixed two-line program that
//! imports the document template and calls it with `json("/data.json")`; in the template the
//! data are Typst strings, which print as text whatever characters they contain.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_kit::fonts::FontStore;

/// Where the templates live in Typst's virtual file system: `/templates/letter.typ`, …
pub const TEMPLATE_ROOT: &str = "/templates";

static MAIN_ID: LazyLock<FileId> = LazyLock::new(|| project_file("/main.typ"));
static DATA_ID: LazyLock<FileId> = LazyLock::new(|| project_file("/data.json"));

/// Interns a path of the project root. Only called with our own constant, valid paths.
pub fn project_file(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).expect("a valid absolute virtual path");
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

/// One template file: Typst sources are parsed once; anything else (a logo, a CSV) is bytes.
#[derive(Clone)]
pub enum TemplateFile {
    Source(Source),
    Bytes(Bytes),
}

/// Everything shared by the documents of a process.
pub struct Base {
    library: LazyHash<Library>,
    fonts: FontStore,
    /// Keyed by the virtual path (`/templates/letter.typ`) for stable listing and errors.
    files: BTreeMap<String, (FileId, TemplateFile)>,
    /// SHA-256 of the template files (names and bytes, sorted): recorded with every output so
    /// that a batch can tell which letters a template change affects.
    fingerprint: String,
}

impl Base {
    /// `files` are (path below the template root, e.g. `letter.typ`, content) pairs.
    pub fn new(fonts: FontStore, files: Vec<(String, Vec<u8>)>) -> Result<Base, String> {
        let fingerprint = {
            use sha2::{Digest, Sha256};
            let mut sorted: Vec<&(String, Vec<u8>)> = files.iter().collect();
            sorted.sort_by(|a, b| a.0.cmp(&b.0));
            let mut h = Sha256::new();
            for (name, data) in sorted {
                h.update((name.len() as u64).to_le_bytes());
                h.update(name.as_bytes());
                h.update((data.len() as u64).to_le_bytes());
                h.update(data);
            }
            crate::render::hex(&h.finalize())
        };
        let mut map = BTreeMap::new();
        for (name, data) in files {
            let path = format!("{TEMPLATE_ROOT}/{name}");
            let vpath = VirtualPath::new(&path).map_err(|e| format!("{path}: {e}"))?;
            let id = RootedPath::new(VirtualRoot::Project, vpath).intern();
            let file = if name.ends_with(".typ") {
                let text = String::from_utf8(data)
                    .map_err(|_| format!("{path}: a Typst template must be UTF-8"))?;
                TemplateFile::Source(Source::new(id, text))
            } else {
                TemplateFile::Bytes(Bytes::new(data))
            };
            map.insert(path, (id, file));
        }
        Ok(Base {
            library: LazyHash::new(Library::default()),
            fonts,
            files: map,
            fingerprint,
        })
    }

    /// SHA-256 (hex) of the template files.
    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    /// Whether a template file exists (`name` below the template root, e.g. `reminder.typ`).
    pub fn has_template(&self, name: &str) -> bool {
        self.files.contains_key(&format!("{TEMPLATE_ROOT}/{name}"))
    }

    /// The names of the top-level templates other than the shared layout: the document kinds.
    pub fn doc_kinds(&self) -> Vec<String> {
        let prefix = format!("{TEMPLATE_ROOT}/");
        self.files
            .keys()
            .filter_map(|path| path.strip_prefix(&prefix)?.strip_suffix(".typ"))
            .filter(|name| !name.contains('/') && *name != "letter")
            .map(str::to_owned)
            .collect()
    }

    /// Number of font faces (embedded and firm-supplied).
    #[cfg(test)]
    pub fn fonts_len(&self) -> usize {
        (0..)
            .take_while(|&i| self.fonts.book().info(i).is_some())
            .count()
    }

    fn lookup(&self, id: FileId) -> Option<&TemplateFile> {
        let path = id.vpath().get_with_slash();
        self.files
            .get(path)
            .filter(|(file_id, _)| *file_id == id)
            .map(|(_, file)| file)
    }
}

/// The world of one document. Cheap to make: the main source is two lines.
pub struct DocWorld<'a> {
    base: &'a Base,
    main: Source,
    data: Bytes,
    today: Datetime,
}

impl<'a> DocWorld<'a> {
    /// `doc_kind` must name an existing template (checked by the caller); `data` is the view
    /// model as JSON bytes; `today` answers `datetime.today()` so that no template can make the
    /// output depend on the clock.
    pub fn new(base: &'a Base, doc_kind: &str, data: Vec<u8>, today: Datetime) -> DocWorld<'a> {
        let text = format!(
            "#import \"{TEMPLATE_ROOT}/{doc_kind}.typ\": render\n#render(json(\"/data.json\"))\n"
        );
        DocWorld {
            base,
            main: Source::new(*MAIN_ID, text),
            data: Bytes::new(data),
            today,
        }
    }
}

impl World for DocWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.base.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        self.base.fonts.book()
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            return Ok(self.main.clone());
        }
        match self.base.lookup(id) {
            Some(TemplateFile::Source(source)) => Ok(source.clone()),
            Some(TemplateFile::Bytes(_)) => Err(FileError::NotSource),
            None => Err(not_found(id)),
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == *DATA_ID {
            return Ok(self.data.clone());
        }
        if id == self.main.id() {
            return Ok(Bytes::from_string(self.main.clone()));
        }
        match self.base.lookup(id) {
            Some(TemplateFile::Source(source)) => Ok(Bytes::from_string(source.clone())),
            Some(TemplateFile::Bytes(bytes)) => Ok(bytes.clone()),
            None => Err(not_found(id)),
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.base.fonts.font(index)
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.vpath().get_without_slash().into())
}

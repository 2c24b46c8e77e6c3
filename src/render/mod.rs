//! Rendering: view model (JSON, strings already formatted for the recipient) → Typst → PDF/A.
//!
//! A [`Renderer`] is built once per process — standard library, fonts and templates — and
//! renders any number of documents, from several threads if need be (it is `Sync`). Each
//! document gets a small `World` (`world::DocWorld`) whose main file is a fixed two-line program:
//!
//! ```typst
//! #import "/templates/formal-notice.typ": render
//! #render(json("/data.json"))
//! ```
//!
//! The view model is served as the virtual file `/data.json`. Case data therefore reach Typst
//! only as JSON strings and print literally: a debtor called `#set page(width: 1pt)` is a name,
//! not a command. After every document, success or failure, the process-wide comemo cache is
//! evicted (`typst::comemo::evict`); otherwise memory grows by megabytes per letter. What was
//! not used by the last documents goes; what every document uses (the evaluated templates)
//! stays, see [`Renderer::set_workers`].

mod fonts;
mod pdf;
pub mod text;
mod world;

use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use typst::WorldExt;
use typst::diag::{Severity, SourceDiagnostic, Warned};
use typst::syntax::{DiagSpan, FileId};
use typst_layout::PagedDocument;

use world::{Base, DocWorld};

/// The templates compiled into the binary, by file name below `/templates/`.
const EMBEDDED_TEMPLATES: &[(&str, &str)] = &[
    ("letter.typ", include_str!("../../templates/letter.typ")),
    (
        "formal-notice.typ",
        include_str!("../../templates/formal-notice.typ"),
    ),
    ("reminder.typ", include_str!("../../templates/reminder.typ")),
    (
        "injunction.typ",
        include_str!("../../templates/injunction.typ"),
    ),
    (
        "payment-plan.typ",
        include_str!("../../templates/payment-plan.typ"),
    ),
];

/// Lower-case hexadecimal of a digest.
pub fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

/// Renders view models to PDF/A-2b. Build one per process and share it.
pub struct Renderer {
    base: Base,
    /// `max_age` of the eviction after each document (see [`Renderer::set_workers`]).
    evict_age: usize,
}

/// Evictions a cached Typst result survives unused, per document rendered at the same time.
const EVICT_AGE_PER_WORKER: usize = 2;

impl fmt::Debug for Renderer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Renderer")
            .field("doc_kinds", &self.doc_kinds())
            .finish_non_exhaustive()
    }
}

// A batch shares one renderer between worker threads.
const _: () = {
    const fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Renderer>();
};

/// A rendered document and what Typst said about it.
#[derive(Debug)]
pub struct Rendered {
    /// The PDF/A-2b file.
    pub pdf: Vec<u8>,
    /// Number of pages.
    pub pages: usize,
    /// Non-fatal Typst diagnostics (e.g. a font family a firm template asks for is missing).
    pub warnings: Vec<TemplateDiagnostic>,
    /// The text of every page, in layout order (see [`text::page_texts`]).
    pub text: Vec<String>,
}

impl Renderer {
    /// A renderer with the templates and fonts embedded in the binary.
    pub fn new() -> Result<Renderer, RenderError> {
        let files = EMBEDDED_TEMPLATES
            .iter()
            .map(|(name, text)| ((*name).to_owned(), text.as_bytes().to_vec()))
            .collect();
        let base = Base::new(fonts::embedded_store(), files).map_err(RenderError::Template)?;
        Ok(Renderer {
            base,
            evict_age: EVICT_AGE_PER_WORKER,
        })
    }

    /// A renderer where the files of `dir` (a firm's letterhead and overrides) replace the
    /// embedded templates of the same name (`letter.typ` for the layout, `formal-notice.typ`
    /// for one document kind, …) and may add new ones. Sub-folders are kept (`lib/x.typ` is
    /// `/templates/lib/x.typ`), non-Typst files such as a logo are readable by the templates,
    /// and font files (`.otf`, `.ttf`, `.ttc`, `.otc`) are added to the embedded fonts. Hidden
    /// files are ignored. The folder must exist: a firm that asked for its letterhead must
    /// not silently get ours.
    pub fn with_template_dir(dir: &Path) -> Result<Renderer, RenderError> {
        let mut files: Vec<(String, Vec<u8>)> = EMBEDDED_TEMPLATES
            .iter()
            .map(|(name, text)| ((*name).to_owned(), text.as_bytes().to_vec()))
            .collect();
        let mut fonts = fonts::embedded_store();
        let mut found = Vec::new();
        collect_dir(dir, "", &mut found)?;
        for (name, path) in found {
            let data = std::fs::read(&path).map_err(|error| RenderError::TemplateDir {
                path: path.clone(),
                error,
            })?;
            if fonts::is_font_file(&name) {
                if fonts::add_font_file(&mut fonts, data) == 0 {
                    return Err(RenderError::Template(format!(
                        "{}: not a font file Typst can read",
                        path.display()
                    )));
                }
                continue;
            }
            files.retain(|(existing, _)| *existing != name);
            files.push((name, data));
        }
        let base = Base::new(fonts, files).map_err(RenderError::Template)?;
        Ok(Renderer {
            base,
            evict_age: EVICT_AGE_PER_WORKER,
        })
    }

    /// Tells the renderer how many threads render documents with it at the same time (a
    /// batch's `-j`), which sets how long Typst's cache keeps what the last documents did not
    /// use: `comemo::evict(max_age)` removes a result that has gone unused through `max_age`
    /// evictions, and every document evicts once when it ends, failed or not.
    ///
    /// - `evict(0)`, as in earlier versions, empties the cache after every document, so every
    ///   document evaluated the templates (`letter.typ`, the document's own) again. Keeping
    ///   them saves about 5 % of the instructions of a letter (callgrind, 30 formal notices).
    /// - Worse, with several workers one worker's `evict(0)` emptied the cache while another
    ///   was half-way through its document (Typst lays a letter out twice, the second pass
    ///   reusing the first pass's results): a 2-worker batch ran 8 % more instructions than a
    ///   1-worker batch for the same letters; with `max_age` ≥ 1 they are within 1 %.
    ///
    /// A result stays as long as it is used; one that is not goes after `max_age` more
    /// documents (of all the workers), so memory stays bounded by a few documents' worth per
    /// worker, whatever the length of the batch.
    pub fn set_workers(&mut self, workers: usize) {
        self.evict_age = EVICT_AGE_PER_WORKER * workers.max(1);
    }

    /// The document kinds this renderer has a template for (`formal-notice`, `reminder`, …).
    pub fn doc_kinds(&self) -> Vec<String> {
        self.base.doc_kinds()
    }

    /// Renders one document to PDF/A-2b bytes.
    ///
    /// `doc_kind` picks the template (`reminder`, `formal-notice`); `view` is the JSON view
    /// model; `date` is the document date, used as the PDF timestamp (PDF/A needs one, and
    /// using the letter's date keeps the output byte-identical for the same input); `ident`
    /// is a stable document id (e.g. the case reference and the document kind), from which
    /// the PDF's identifier is derived.
    pub fn render_pdf(
        &self,
        doc_kind: &str,
        view: &serde_json::Value,
        date: NaiveDate,
        ident: &str,
    ) -> Result<Vec<u8>, RenderError> {
        self.render(doc_kind, view, date, ident)
            .map(|rendered| rendered.pdf)
    }

    /// Identifies the templates in use: SHA-256 of their names and bytes.
    pub fn template_fingerprint(&self) -> &str {
        self.base.fingerprint()
    }

    /// Like [`render_pdf`](Self::render_pdf), also returning the page count and the warnings.
    pub fn render(
        &self,
        doc_kind: &str,
        view: &serde_json::Value,
        date: NaiveDate,
        ident: &str,
    ) -> Result<Rendered, RenderError> {
        let result = self.render_uncached(doc_kind, view, date, ident);
        // Every document, success or failure: the cache is process-wide, and without eviction
        // it grows by megabytes per letter (see anchors/code.md §9.2 and `set_workers`).
        typst::comemo::evict(self.evict_age);
        result
    }

    fn render_uncached(
        &self,
        doc_kind: &str,
        view: &serde_json::Value,
        date: NaiveDate,
        ident: &str,
    ) -> Result<Rendered, RenderError> {
        let timestamp = pdf::typst_datetime(date).ok_or(RenderError::Date(date))?;
        let world = self.world(doc_kind, view, date)?;
        let (document, warnings) = compile(&world, doc_kind)?;
        let pdf =
            pdf::export(&document, timestamp, ident).map_err(|errors| RenderError::Typst {
                doc_kind: doc_kind.to_owned(),
                diagnostics: convert(&world, &errors),
            })?;
        Ok(Rendered {
            pdf,
            pages: document.pages().len(),
            warnings,
            text: text::page_texts(&document),
        })
    }

    fn world(
        &self,
        doc_kind: &str,
        view: &serde_json::Value,
        date: NaiveDate,
    ) -> Result<DocWorld<'_>, RenderError> {
        let known = !doc_kind.is_empty()
            && doc_kind != "letter"
            && doc_kind
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
            && self.base.has_template(&format!("{doc_kind}.typ"));
        if !known {
            return Err(RenderError::UnknownDocKind {
                kind: doc_kind.to_owned(),
                available: self.doc_kinds(),
            });
        }
        let today = pdf::typst_date(date).ok_or(RenderError::Date(date))?;
        let data = serde_json::to_vec(view).expect("a serde_json::Value always serialises");
        Ok(DocWorld::new(&self.base, doc_kind, data, today))
    }
}

/// Lays the document out; errors carry their template locations.
fn compile(
    world: &DocWorld<'_>,
    doc_kind: &str,
) -> Result<(PagedDocument, Vec<TemplateDiagnostic>), RenderError> {
    let Warned { output, warnings } = typst::compile::<PagedDocument>(world);
    let warnings = convert(world, &warnings);
    match output {
        Ok(document) => Ok((document, warnings)),
        Err(errors) => Err(RenderError::Typst {
            doc_kind: doc_kind.to_owned(),
            diagnostics: convert(world, &errors),
        }),
    }
}

/// Lists the files below `dir`, with their names relative to it (`/`-separated).
fn collect_dir(
    dir: &Path,
    prefix: &str,
    out: &mut Vec<(String, PathBuf)>,
) -> Result<(), RenderError> {
    let io_error = |error| RenderError::TemplateDir {
        path: dir.to_owned(),
        error,
    };
    let mut entries = std::fs::read_dir(dir)
        .map_err(io_error)?
        .collect::<Result<Vec<_>, _>>()
        .map_err(io_error)?;
    entries.sort_by_key(|entry| entry.file_name());
    for entry in entries {
        let path = entry.path();
        let Some(name) = entry.file_name().to_str().map(str::to_owned) else {
            return Err(RenderError::Template(format!(
                "{}: template file names must be UTF-8",
                path.display()
            )));
        };
        if name.starts_with('.') {
            continue;
        }
        let relative = format!("{prefix}{name}");
        // `metadata` follows symbolic links, as a firm's shared letterhead may be one.
        let metadata = std::fs::metadata(&path).map_err(|error| RenderError::TemplateDir {
            path: path.clone(),
            error,
        })?;
        if metadata.is_dir() {
            collect_dir(&path, &format!("{relative}/"), out)?;
        } else {
            out.push((relative, path));
        }
    }
    Ok(())
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder, flushed to disk,
/// then renamed over `path`. A reader (or `batch --resume` after a crash) sees either the old
/// file or the complete new one, never a truncated PDF.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    replace_file(path, bytes, true)
}

/// Like [`write_atomic`], without waiting for the disk: the rename still makes the new file
/// appear whole or not at all to every process, so a killed program leaves no partial file,
/// but after a power loss (or a kernel crash) before the data reached the disk the file may be
/// missing, empty or truncated. For many files at once (a batch), followed by
/// [`sync_file`] on each and [`sync_dir`]: one wait for the disk instead of one per file.
pub fn write_atomic_unsynced(path: &Path, bytes: &[u8]) -> io::Result<()> {
    replace_file(path, bytes, false)
}

fn replace_file(path: &Path, bytes: &[u8], sync: bool) -> io::Result<()> {
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".creance-").suffix(".tmp");
    #[cfg(unix)]
    {
        // tempfile creates 0600 files; a letter should get the usual 0666 & !umask.
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut file = builder.tempfile_in(dir)?;
    file.write_all(bytes)?;
    if sync {
        file.as_file().sync_all()?;
    }
    file.persist(path).map_err(|error| error.error)?;
    Ok(())
}

/// Flushes a file written by [`write_atomic_unsynced`] to disk. With [`sync_dir`] on its
/// folder afterwards (for its name, i.e. the rename), the file then survives a power loss.
pub fn sync_file(path: &Path) -> io::Result<()> {
    std::fs::File::open(path)?.sync_all()
}

/// fsync of a folder: makes the names created or renamed in it durable. Only Unix has it;
/// elsewhere the files' own flushes are all there is.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        std::fs::File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

/// Where a diagnostic points: a template (or `/data.json`), 1-based line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// Virtual path, e.g. `/templates/letter.typ`.
    pub path: String,
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.path, self.line, self.column)
    }
}

/// One Typst error or warning, detached from Typst's types.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateDiagnostic {
    pub is_error: bool,
    pub message: String,
    pub location: Option<Location>,
    pub hints: Vec<String>,
    /// The call chain that led there, innermost first (`while calling `letter``, …).
    pub trace: Vec<(String, Option<Location>)>,
}

impl fmt::Display for TemplateDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = if self.is_error { "error" } else { "warning" };
        match &self.location {
            Some(location) => write!(f, "{location}: {severity}: {}", self.message)?,
            None => write!(f, "{severity}: {}", self.message)?,
        }
        for hint in &self.hints {
            write!(f, "\n  hint: {hint}")?;
        }
        for (point, location) in &self.trace {
            match location {
                Some(location) => write!(f, "\n  {point} ({location})")?,
                None => write!(f, "\n  {point}")?,
            }
        }
        Ok(())
    }
}

/// Why a document could not be rendered.
#[derive(Debug)]
#[non_exhaustive]
pub enum RenderError {
    /// No template for this document kind.
    UnknownDocKind {
        kind: String,
        available: Vec<String>,
    },
    /// A template folder (or a file in it) could not be read.
    TemplateDir { path: PathBuf, error: io::Error },
    /// A template file is unusable (not UTF-8, not a font, a bad name).
    Template(String),
    /// The document date is outside what Typst can represent.
    Date(NaiveDate),
    /// Typst failed: an error in a template, a view model the template cannot use, or a
    /// PDF/A violation (e.g. a glyph no embedded font has).
    Typst {
        doc_kind: String,
        diagnostics: Vec<TemplateDiagnostic>,
    },
}

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RenderError::UnknownDocKind { kind, available } => write!(
                f,
                "no template for document kind `{kind}` (available: {})",
                available.join(", ")
            ),
            RenderError::TemplateDir { path, error } => {
                write!(f, "cannot read templates at {}: {error}", path.display())
            }
            RenderError::Template(message) => write!(f, "unusable template: {message}"),
            RenderError::Date(date) => write!(f, "document date {date} is out of range"),
            RenderError::Typst {
                doc_kind,
                diagnostics,
            } => {
                let errors = diagnostics.iter().filter(|d| d.is_error).count();
                write!(
                    f,
                    "cannot render `{doc_kind}`: {errors} Typst error{}",
                    if errors == 1 { "" } else { "s" }
                )?;
                for diagnostic in diagnostics {
                    write!(f, "\n{diagnostic}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for RenderError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            RenderError::TemplateDir { error, .. } => Some(error),
            _ => None,
        }
    }
}

fn convert(world: &DocWorld<'_>, diagnostics: &[SourceDiagnostic]) -> Vec<TemplateDiagnostic> {
    diagnostics
        .iter()
        .map(|diagnostic| TemplateDiagnostic {
            is_error: diagnostic.severity == Severity::Error,
            message: diagnostic.message.to_string(),
            location: locate(world, diagnostic.span),
            hints: diagnostic.hints.iter().map(|h| h.v.to_string()).collect(),
            trace: diagnostic
                .trace
                .iter()
                .map(|point| (point.v.to_string(), locate(world, point.span.into())))
                .collect(),
        })
        .collect()
}

/// Resolves a span to path:line:column, for templates and for `/data.json` alike.
fn locate(world: &DocWorld<'_>, span: DiagSpan) -> Option<Location> {
    use typst::World;
    let id: FileId = span.id()?;
    let range = world.range(span)?;
    let path = id.vpath().get_with_slash().to_owned();
    let (line, column) = match world.source(id) {
        Ok(source) => source.lines().byte_to_line_column(range.start)?,
        Err(_) => {
            let bytes = world.file(id).ok()?;
            let text = std::str::from_utf8(bytes.as_slice()).ok()?;
            let before = text.get(..range.start)?;
            let line = before.matches('\n').count();
            let column = before.rsplit('\n').next().unwrap_or("").chars().count();
            (line, column)
        }
    };
    Some(Location {
        path,
        line: line + 1,
        column: column + 1,
    })
}

#[cfg(test)]
mod tests;

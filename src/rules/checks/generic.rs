//! Checks driven entirely by the rule's parameters.

use serde_json::Value;

use super::Hit;
use crate::rules::context::Context;
use crate::rules::spec::RuleSpec;

fn is_blank(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => true,
        Some(Value::String(s)) => s.trim().is_empty(),
        Some(Value::Array(a)) => a.is_empty() || a.iter().all(|x| is_blank(Some(x))),
        _ => false,
    }
}

/// `params.fields`: paths that must be present and non-empty. A path may contain `[]` to mean
/// every element of a list (`invoices[].description`). `params.any_of: true` means one of the
/// fields is enough.
pub fn required(rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let fields = rule.param_list("fields");
    let mut missing = Vec::new();
    for field in &fields {
        for path in expand(field, ctx) {
            if is_blank(ctx.get(&path)) {
                missing.push(path);
            }
        }
    }
    let any_of = rule
        .params
        .get("any_of")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    if any_of {
        if !fields.is_empty() && missing.len() == fields.len() {
            return vec![Hit::at(&fields[0]).var("field", fields.join(" / "))];
        }
        return Vec::new();
    }
    missing
        .into_iter()
        .map(|p| Hit::at(&p).var("field", &p))
        .collect()
}

/// Expands `list[].x` into `list[0].x`, `list[1].x`, …
fn expand(field: &str, ctx: &Context) -> Vec<String> {
    match field.split_once("[]") {
        None => vec![field.to_string()],
        Some((list, rest)) => {
            let n = ctx
                .get(list)
                .and_then(Value::as_array)
                .map(Vec::len)
                .unwrap_or(0);
            (0..n).map(|i| format!("{list}[{i}]{rest}")).collect()
        }
    }
}

/// `params.field` must not equal `params.equals`.
pub fn forbidden_value(rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let Some(field) = rule.param_str("field") else {
        return Vec::new();
    };
    let forbidden = rule.params.get("equals").cloned().unwrap_or(Value::Null);
    match ctx.get(field) {
        Some(v) if *v == forbidden => vec![Hit::at(field).var("value", v)],
        _ => Vec::new(),
    }
}

/// Free text of the case that the letters print (`params.fields`, with `[]` for every element
/// of a list) containing one of `params.words`: names suggesting a court or a bailiff, threats
/// of seizure or prison in an amicable letter. Words are compared without case or accents, on
/// whole words; a trailing `*` matches any ending (`saisi*` finds « saisie », « saisir »), and
/// a phrase matches consecutive words (`execution forcee`).
pub fn wording(rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    // (needle searched in " folded text ", the word as reported), built once per rule run.
    let words: Vec<(String, String)> = rule
        .param_list("words")
        .iter()
        .filter_map(|w| {
            let (stem, prefix) = match w.strip_suffix('*') {
                Some(stem) => (fold_words(stem), true),
                None => (fold_words(w), false),
            };
            if stem.is_empty() {
                None
            } else if prefix {
                Some((format!(" {stem}"), format!("{stem}…")))
            } else {
                Some((format!(" {stem} "), stem))
            }
        })
        .collect();
    let mut hits = Vec::new();
    for field in rule.param_list("fields") {
        for path in expand(&field, ctx) {
            let Some(text) = ctx.get(&path).and_then(Value::as_str) else {
                continue;
            };
            let folded = format!(" {} ", fold_words(text));
            if let Some((_, word)) = words.iter().find(|(needle, _)| folded.contains(needle)) {
                hits.push(Hit::at(&path).var("value", text).var("word", word));
            }
        }
    }
    hits
}

/// Lower case, accents dropped, every run of non-alphanumeric characters made one space:
/// « Exécution  FORCÉE ! » → `execution forcee`. The characters are folded exactly as `audit`
/// folds a letter's text ([`crate::audit::text::fold_char`]), so a word list means the same in
/// both.
pub(crate) fn fold_words(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        crate::audit::text::fold_char(c, &mut folded);
    }
    let mut out = String::with_capacity(folded.len());
    for word in folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Any text of the case containing one of `params.patterns` (case-insensitive) is a sample or
/// placeholder value left in. `params.digits_only` lists all-zero identifiers too ("0000").
///
/// Runs on every case `check` sees, over every string of the case, so a clean string costs no
/// allocation: it is lower-cased into one buffer reused for the whole case, searched for every
/// pattern at once (one Aho-Corasick automaton per pattern list, built once per thread), and
/// its path is built only when it is reported. The pattern reported is the first of the list
/// that the text contains, as a search pattern by pattern would find.
pub fn placeholders(rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let matcher = Placeholders::cached(rule.params.get("patterns"));
    let mut hits = Vec::new();
    let mut lower = String::new();
    walk(&ctx.json, &mut Vec::new(), &mut |path, text| {
        lowercase_into(text, &mut lower);
        if let Some(p) = matcher.first_in(&lower) {
            hits.push(
                Hit::at(path_string(path))
                    .var("value", text)
                    .var("pattern", p),
            );
        } else if text.len() >= 4 && text.bytes().all(|b| b == b'0' || b == b' ') {
            hits.push(
                Hit::at(path_string(path))
                    .var("value", text)
                    .var("pattern", "0000"),
            );
        }
    });
    hits
}

/// The lower-cased patterns of a `placeholders` rule and one automaton over all of them.
struct Placeholders {
    /// `params.patterns` as written in the rule pack: the cache key.
    source: Option<Value>,
    patterns: Vec<String>,
    automaton: Option<aho_corasick::AhoCorasick>,
}

impl Placeholders {
    fn new(source: Option<&Value>) -> Placeholders {
        let patterns: Vec<String> = source
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_lowercase)
                    .collect()
            })
            .unwrap_or_default();
        // `None` only if the automaton cannot be built (it can for any short list); then no
        // text matches, as with no patterns at all.
        let automaton = (!patterns.is_empty())
            .then(|| aho_corasick::AhoCorasick::new(&patterns).ok())
            .flatten();
        Placeholders {
            source: source.cloned(),
            patterns,
            automaton,
        }
    }

    /// The matcher for this pattern list, built on this thread's first use of the list (the
    /// rule packs hold a handful of lists; each is compared by value, not by address).
    fn cached(source: Option<&Value>) -> std::rc::Rc<Placeholders> {
        use std::cell::RefCell;
        use std::rc::Rc;
        thread_local! {
            static CACHE: RefCell<Vec<Rc<Placeholders>>> = const { RefCell::new(Vec::new()) };
        }
        CACHE
            .try_with(|cache| {
                let mut cache = cache.borrow_mut();
                if let Some(found) = cache.iter().find(|p| p.source.as_ref() == source) {
                    return Rc::clone(found);
                }
                let built = Rc::new(Placeholders::new(source));
                cache.push(Rc::clone(&built));
                built
            })
            .unwrap_or_else(|_| Rc::new(Placeholders::new(source)))
    }

    /// The first pattern, in list order, that `text` contains.
    fn first_in(&self, text: &str) -> Option<&str> {
        let automaton = self.automaton.as_ref()?;
        if !automaton.is_match(text) {
            return None;
        }
        automaton
            .find_overlapping_iter(text)
            .map(|m| m.pattern().as_usize())
            .min()
            .map(|i| self.patterns[i].as_str())
    }
}

/// `text.to_lowercase()`, written into `out` (cleared first) so that its memory is reused.
fn lowercase_into(text: &str, out: &mut String) {
    out.clear();
    if text.is_ascii() {
        out.push_str(text);
        out.make_ascii_lowercase();
    } else if text.contains('Σ') {
        // The one context rule of `str::to_lowercase` (a word-final capital sigma becomes `ς`).
        out.push_str(&text.to_lowercase());
    } else {
        out.extend(text.chars().flat_map(char::to_lowercase));
    }
}

/// One step of a path into the case's JSON: an object key or a list index.
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// `creditor.registration.siren`, `invoices[0].description`: the form `Context::get` reads.
fn path_string(steps: &[Step]) -> String {
    let mut s = String::new();
    for step in steps {
        match step {
            Step::Key(k) => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(k);
            }
            Step::Index(i) => {
                use std::fmt::Write;
                let _ = write!(s, "[{i}]");
            }
        }
    }
    s
}

/// Calls `f` on every string of `v` with its path (one stack of steps, reused).
fn walk<'a>(v: &'a Value, path: &mut Vec<Step<'a>>, f: &mut dyn FnMut(&[Step<'a>], &'a str)) {
    match v {
        Value::String(s) => f(path, s),
        Value::Array(items) => {
            for (i, x) in items.iter().enumerate() {
                path.push(Step::Index(i));
                walk(x, path, f);
                path.pop();
            }
        }
        Value::Object(map) => {
            for (k, x) in map {
                path.push(Step::Key(k));
                walk(x, path, f);
                path.pop();
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_into_is_to_lowercase() {
        let mut buf = String::from("left over");
        for text in [
            "Nom du DÉBITEUR",
            "XXX rue de la Paix",
            "À COMPLÉTER",
            "",
            "Straße",
            "İstanbul",
            "ΟΔΟΣ ΣΟΦΙΑΣ",
            "Kelvin \u{212A}",
            "[...]",
        ] {
            lowercase_into(text, &mut buf);
            assert_eq!(buf, text.to_lowercase(), "{text:?}");
        }
    }

    #[test]
    fn words_are_folded_without_case_accents_or_punctuation() {
        assert_eq!(fold_words("« Exécution  FORCÉE ! »"), "execution forcee");
        assert_eq!(
            fold_words("Gerechtsdeurwaarder-kantoor"),
            "gerechtsdeurwaarder kantoor"
        );
        assert_eq!(fold_words("  "), "");
        assert_eq!(fold_words("Œuvre ÇA"), "oeuvre ca");
    }

    #[test]
    fn paths_are_built_like_the_getter_reads_them() {
        let steps = [
            Step::Key("invoices"),
            Step::Index(2),
            Step::Key("description"),
        ];
        assert_eq!(path_string(&steps), "invoices[2].description");
        assert_eq!(path_string(&[Step::Index(0)]), "[0]");
        assert_eq!(path_string(&[]), "");
    }
}

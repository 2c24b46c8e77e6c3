//! Rendering tests: real PDFs from the fixtures, checked on their bytes and on their layout.

use std::sync::LazyLock;

use chrono::NaiveDate;
use serde_json::{Value, json};
use typst::layout::{Abs, Frame, FrameItem, Point, Ratio};
use typst::text::TextItem;
use typst_layout::PagedDocument;

use super::*;

static RENDERER: LazyLock<Renderer> =
    LazyLock::new(|| Renderer::new().expect("embedded templates"));

fn fixture(name: &str) -> Value {
    let text = match name {
        "formal-notice" => include_str!("../../tests/fixtures/view/formal-notice.json"),
        "reminder" => include_str!("../../tests/fixtures/view/reminder.json"),
        _ => unreachable!("no fixture {name}"),
    };
    serde_json::from_str(text).expect("fixture is valid JSON")
}

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()
}

/// Lays a view out without exporting, to look at the pages and their text.
fn layout(renderer: &Renderer, doc_kind: &str, view: &Value) -> PagedDocument {
    let world = renderer.world(doc_kind, view, date()).unwrap();
    let result = compile(&world, doc_kind);
    typst::comemo::evict(0);
    match result {
        Ok((document, _)) => document,
        Err(error) => panic!("{error}"),
    }
}

use super::text::page_texts;

/// Every text run with its position on its page and the page's height. Groups that do more
/// than move their content (the rotated draft watermark) are skipped.
fn placed_runs(document: &PagedDocument) -> Vec<(Point, Abs, &TextItem)> {
    fn walk<'a>(
        frame: &'a Frame,
        origin: Point,
        page: Abs,
        out: &mut Vec<(Point, Abs, &'a TextItem)>,
    ) {
        for (pos, item) in frame.items() {
            let at = origin + *pos;
            match item {
                FrameItem::Group(group) => {
                    let t = group.transform;
                    let translation = t.sx == Ratio::one()
                        && t.sy == Ratio::one()
                        && t.kx == Ratio::zero()
                        && t.ky == Ratio::zero();
                    if translation {
                        walk(&group.frame, at + Point::new(t.tx, t.ty), page, out);
                    }
                }
                FrameItem::Text(text) => out.push((at, page, text)),
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    for page in document.pages() {
        walk(&page.frame, Point::zero(), page.frame.height(), &mut out);
    }
    out
}

/// Text runs that stick out of the text area (25 mm from the left edge, 20 mm from the right)
/// on any page.
fn runs_outside_text_area(document: &PagedDocument) -> Vec<String> {
    // Typst hangs punctuation slightly into the margin (`text.overhang`).
    let tolerance = Abs::pt(2.5);
    placed_runs(document)
        .into_iter()
        .filter(|(at, _, text)| {
            at.x < Abs::mm(25.0) - tolerance || at.x + text.width() > Abs::mm(190.0) + tolerance
        })
        .map(|(at, _, text)| {
            format!(
                "{:?} from {:.1} to {:.1} mm",
                text.text,
                at.x.to_mm(),
                (at.x + text.width()).to_mm()
            )
        })
        .collect()
}

/// Text runs below the text area (a page's height less its bottom margin, in mm) other than
/// the 8 pt footer's: what an unbreakable block taller than the room left would push out of
/// the page (Typst lets such a block overflow rather than lose it).
fn runs_below_text_area(document: &PagedDocument, margin: f64) -> Vec<String> {
    placed_runs(document)
        .into_iter()
        .filter(|(at, page, text)| {
            at.y > *page - Abs::mm(margin) + Abs::pt(1.0) && text.size != Abs::pt(8.0)
        })
        .map(|(at, _, text)| format!("{:?} at {:.1} mm", text.text, at.y.to_mm()))
        .collect()
}

/// Number of page objects in the PDF: `/Type /Page` (any spacing) not followed by `s`.
fn pdf_page_count(pdf: &[u8]) -> usize {
    let mut count = 0;
    let mut rest = pdf;
    while let Some(at) = rest.windows(5).position(|w| w == b"/Type") {
        rest = &rest[at + 5..];
        let after = rest.trim_ascii_start();
        if let Some(tail) = after.strip_prefix(b"/Page")
            && !tail.first().is_some_and(u8::is_ascii_alphanumeric)
        {
            count += 1;
        }
    }
    count
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

/// Checks the PDF header and the PDF/A-2b identification in the XMP metadata.
fn assert_pdf_a_2b(pdf: &[u8]) {
    assert!(pdf.starts_with(b"%PDF-"), "PDF header");
    assert!(
        contains(pdf, "<pdfaid:part>2</pdfaid:part>"),
        "PDF/A part 2 in XMP"
    );
    assert!(
        contains(pdf, "<pdfaid:conformance>B</pdfaid:conformance>"),
        "PDF/A conformance B in XMP"
    );
}

/// Where `needle` starts in `text`, panicking with the text if it is absent.
fn find(text: &str, needle: &str) -> usize {
    text.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not found in:\n{text}"))
}

#[test]
fn formal_notice_fixture_renders_to_pdf_a() {
    let view = fixture("formal-notice");
    let rendered = RENDERER
        .render(
            "formal-notice",
            &view,
            date(),
            "ACME-2026-0042/formal-notice",
        )
        .unwrap();
    assert_pdf_a_2b(&rendered.pdf);
    // Letter on the first page, annex on the second.
    assert_eq!(rendered.pages, 2);
    assert_eq!(pdf_page_count(&rendered.pdf), 2);
    assert!(rendered.warnings.is_empty(), "{:?}", rendered.warnings);
    assert!(
        contains(&rendered.pdf, "Mise en demeure — ACME-2026-0042")
            || contains(&rendered.pdf, "<dc:title>")
    );
}

#[test]
fn formal_notice_text_comes_in_reading_order() {
    let document = layout(&RENDERER, "formal-notice", &fixture("formal-notice"));
    let pages = page_texts(&document);
    assert_eq!(pages.len(), 2);
    let letter = pages[..1].join(" ");
    let order = [
        "Atelier Dupont SARL",
        "Boulangerie Martin SAS",
        "Nos réf.\u{a0}: ACME-2026-0042",
        "Vos réf.\u{a0}: Commande n° 8812",
        "Lyon, le 2 mars 2026",
        "Lettre recommandée avec accusé de réception",
        "Objet\u{a0}: Mise en demeure de payer",
        "Madame, Monsieur,",
        "mettons en demeure",
        "Factures impayées",
        "F-2025-130",
        "11 960,00 €",
        "Somme réclamée",
        "Total réclamé",
        "12 467,31 €",
        "sans autre avis",
        "salutations distinguées",
        "Claire Dupont",
        "Gérante, Atelier Dupont SARL",
    ];
    // Each piece is looked for after the previous one.
    let mut rest = letter.as_str();
    for needle in order {
        let at = rest
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} missing or out of order in:\n{letter}"));
        rest = &rest[at + needle.len()..];
    }
    // Footer: reference left, page numbering right, on every page.
    for (i, page) in pages.iter().enumerate() {
        find(page, "Mise en demeure — ACME-2026-0042");
        find(page, &format!("Page\u{a0}{}/2", i + 1));
    }
    // The annex is on its own page, with its 8-column table and total.
    let annex = &pages[1];
    find(annex, "Annexe — Décompte des pénalités de retard");
    find(annex, "Source du taux");
    find(annex, "BCE 2,15 % au 1/1/2026 + 10 pts");
    find(annex, "387,31 €");
    find(annex, "Intérêts simples, base 365 jours");
    assert!(!pages[0].contains("Annexe"), "annex not on page 1");
    let outside = runs_outside_text_area(&document);
    assert!(outside.is_empty(), "outside the text area: {outside:#?}");
}

#[test]
fn reminder_fixture_renders_on_one_page_with_no_break_spaces() {
    let view = fixture("reminder");
    let rendered = RENDERER
        .render("reminder", &view, date(), "ACME-2026-0042/reminder")
        .unwrap();
    assert_pdf_a_2b(&rendered.pdf);
    assert_eq!(rendered.pages, 1);
    assert_eq!(pdf_page_count(&rendered.pdf), 1);
    assert!(rendered.warnings.is_empty(), "{:?}", rendered.warnings);

    let document = layout(&RENDERER, "reminder", &view);
    let text = page_texts(&document).join(" ");
    // U+202F between thousands, U+00A0 before €: kept as such (and so, never broken).
    find(&text, "11\u{202f}960,00\u{a0}€");
    find(&text, "Commande n°\u{a0}8812");
    find(&text, "l’attention");
    find(&text, "Page\u{a0}1/1");
    assert!(!text.contains("Lettre recommandée"), "no channel line");
}

#[test]
fn same_input_gives_byte_identical_pdf() {
    let view = fixture("formal-notice");
    let ident = "ACME-2026-0042/formal-notice";
    let a = RENDERER
        .render_pdf("formal-notice", &view, date(), ident)
        .unwrap();
    let b = RENDERER
        .render_pdf("formal-notice", &view, date(), ident)
        .unwrap();
    assert!(a == b, "two renders differ");
    // A fresh renderer (another process, in effect) gives the same bytes too.
    let c = Renderer::new()
        .unwrap()
        .render_pdf("formal-notice", &view, date(), ident)
        .unwrap();
    assert!(a == c, "a fresh renderer gives other bytes");
    // The date is the only clock: another date, another file.
    let other = NaiveDate::from_ymd_opt(2026, 3, 3).unwrap();
    let d = RENDERER
        .render_pdf("formal-notice", &view, other, ident)
        .unwrap();
    assert!(a != d);
    assert!(
        contains(&a, "2026-03-02T12:00:00"),
        "timestamp from the document date"
    );
}

#[test]
fn case_data_is_never_markup() {
    let hostile_name = "#set page(width: 1pt)";
    let marked_up = "*bold* _x_ $y$ #{panic()} [x] <l> @ref = h \\ `raw`";
    let mut view = fixture("reminder");
    view["recipient"]["name"] = json!(hostile_name);
    view["sender"]["name"] = json!(marked_up);
    view["subject"] = json!("#pagebreak() #pagebreak()");
    view["body"] = json!([[{"t": "#import \"/data.json\" "}, {"b": "$x^2$ #eval(\"1\")"}]]);

    let document = layout(&RENDERER, "reminder", &view);
    assert_eq!(document.pages().len(), 1, "no page break was executed");
    let a4 = Abs::mm(210.0);
    for page in document.pages() {
        let width = page.frame.width();
        assert!((width - a4).abs() < Abs::pt(0.1), "page width {width:?}");
    }
    let text = page_texts(&document).join(" ");
    find(&text, hostile_name);
    find(&text, "*bold* _x_ $y$ #{panic()} [x] <l> @ref = h \\ `raw`");
    find(&text, "#pagebreak() #pagebreak()");
    find(&text, "#import \"/data.json\"");
    find(&text, "$x^2$ #eval(\"1\")");

    let pdf = RENDERER
        .render_pdf("reminder", &view, date(), "hostile")
        .unwrap();
    assert_eq!(pdf_page_count(&pdf), 1);
    // A4 media box (595.28 × 841.89 pt), not a 1 pt wide page.
    assert!(contains(&pdf, "/MediaBox[0 0 595.2756 841.8898]"));
}

/// The formal notice without its optional blocks (null or absent).
fn sparse_view() -> Value {
    let mut view = fixture("formal-notice");
    for key in [
        "invoices",
        "summary",
        "annex",
        "references",
        "channel",
        "after_summary",
        "watermark",
        "signature",
    ] {
        view[key] = Value::Null;
    }
    view.as_object_mut().unwrap().remove("labels");
    view.as_object_mut().unwrap().remove("findings");
    view
}

#[test]
fn missing_and_null_blocks_are_tolerated() {
    let view = sparse_view();
    let document = layout(&RENDERER, "formal-notice", &view);
    assert_eq!(document.pages().len(), 1);
    let text = page_texts(&document).join(" ");
    find(&text, "Objet\u{a0}: Mise en demeure"); // fallback label
    find(&text, "1/1");

    // Even an empty object renders (a blank letter), and so does an empty table.
    let document = layout(&RENDERER, "reminder", &json!({}));
    assert_eq!(document.pages().len(), 1);
    let empty_table = json!({"invoices": {"columns": [], "rows": []}, "summary": {"rows": []}});
    let document = layout(&RENDERER, "reminder", &empty_table);
    assert_eq!(document.pages().len(), 1);
}

/// The formal notice with 45 invoices, 70 annex rows of long cells and a long address line.
fn long_view() -> Value {
    let mut view = fixture("formal-notice");
    let invoice = view["invoices"]["rows"][0].clone();
    view["invoices"]["rows"] = Value::Array(vec![invoice; 45]);
    let annex_row = json!([
        "F-2025-101-AVOIR-RECTIFICATIF",
        "15/11/2025",
        "31/12/2025",
        "47",
        "1\u{202f}234\u{202f}567,89\u{a0}€",
        "12,15\u{a0}%",
        "Taux BCE 2,15\u{a0}% au 1/7/2025 + 10 points (art. L441-10 C. com.), semestre 2",
        "1\u{202f}234,56\u{a0}€"
    ]);
    view["annex"]["rows"] = Value::Array(vec![annex_row; 70]);
    view["recipient"]["lines"] = json!([
        "À l’attention de Mme Marie-Françoise de La Rochefoucauld-Montbel, directrice administrative et financière",
        "Zone industrielle des Glaisins, 3, place du Marché",
        "38000 Grenoble"
    ]);
    view
}

#[test]
fn long_tables_break_with_repeated_headers_and_stay_in_the_margins() {
    let view = long_view();
    let document = layout(&RENDERER, "formal-notice", &view);
    let outside = runs_outside_text_area(&document);
    assert!(outside.is_empty(), "outside the text area: {outside:#?}");

    let pages = page_texts(&document);
    let with_invoices: Vec<_> = pages
        .iter()
        .filter(|p| p.contains("F-2025-101 15/10/2025"))
        .collect();
    assert!(with_invoices.len() >= 2, "the invoice table spans pages");
    for page in &with_invoices {
        find(page, "Facture Date Échéance Montant TTC Réglé Reste dû");
    }
    // (The long invoice number wraps; the amount is unique to the annex rows.)
    let annex_amount = "1\u{202f}234,56\u{a0}€";
    let with_annex: Vec<_> = pages.iter().filter(|p| p.contains(annex_amount)).collect();
    assert!(with_annex.len() >= 2, "the annex table spans pages");
    for page in &with_annex {
        find(page, "Facture Du Au Jours Base Taux Source du taux Montant");
    }
    // The total row comes once, at the end of each table.
    let all = pages.join(" ");
    assert_eq!(all.matches("Total 12 960,00 €").count(), 1);
    assert_eq!(all.matches("Total 387,31 €").count(), 1);
    assert_eq!(all.matches(annex_amount).count(), 70);
    assert!(all.rfind(annex_amount).unwrap() < all.find("Total 387,31 €").unwrap());
}

/// The fixture with `invoices` invoices and `rows` annex rows (copies of its first row, or of
/// the long view's, whose cells wrap, when `wrapping`), measured as creance measures a view.
fn annex_view(invoices: usize, rows: usize, wrapping: bool) -> Value {
    let mut view = fixture("formal-notice");
    let invoice = view["invoices"]["rows"][0].clone();
    view["invoices"]["rows"] = Value::Array(vec![invoice; invoices]);
    let row = if wrapping {
        long_view()["annex"]["rows"][0].clone()
    } else {
        view["annex"]["rows"][0].clone()
    };
    view["annex"]["rows"] = Value::Array(vec![row; rows]);
    with_fit(view)
}

/// Whether `letter.typ` kept the annex with the letter (its label `<annex-with-letter>`)
/// rather than starting it on a page of its own.
fn annex_kept(document: &PagedDocument) -> bool {
    use typst::foundations::Label;
    use typst::introspection::Introspector;
    let label = Label::new(typst::utils::PicoStr::intern("annex-with-letter")).unwrap();
    document.introspector().label_count(label) == 1
}

#[test]
fn a_short_annex_follows_the_signature_and_a_long_one_starts_a_page() {
    let signer = "Gérante, Atelier Dupont SARL";
    let title = "Annexe — Décompte des pénalités de retard";
    let row = "15/11/2025 31/12/2025";

    // The fixture's one-page letter leaves no room for its annex of three rows, which is
    // kept whole and so goes to page 2.
    let document = layout(&RENDERER, "formal-notice", &annex_view(3, 3, false));
    assert!(annex_kept(&document));
    let pages = page_texts(&document);
    assert_eq!(pages.len(), 2);
    assert!(pages[0].contains(signer) && !pages[0].contains(title));
    // With ten invoices the letter runs to a second page, and the annex follows the signature
    // there instead of taking a third.
    let pages = page_texts(&layout(
        &RENDERER,
        "formal-notice",
        &annex_view(10, 3, false),
    ));
    assert_eq!(pages.len(), 2, "{pages:#?}");
    assert!(
        find(&pages[1], signer) < find(&pages[1], title),
        "{}",
        pages[1]
    );
    // Rows that may wrap have no height known in advance: the annex starts a page.
    let document = layout(&RENDERER, "formal-notice", &annex_view(10, 3, true));
    assert!(!annex_kept(&document));
    let pages = page_texts(&document);
    assert_eq!(pages.len(), 3, "{pages:#?}");
    assert!(pages[1].contains(signer) && !pages[1].contains(title));

    // Around the most a page holds: a kept annex goes whole to the next page and never runs
    // into the bottom margin (margins as in `letter.typ`'s layouts); a longer one starts a
    // page of its own and breaks, its header repeated. Both happen in each layout.
    let us_letter = json!({"paper": "us-letter", "window": "left"});
    for (paper, margin, sizes) in [
        (json!(null), 22.0, [40, 44, 46, 48, 50, 52, 56]),
        (us_letter, 20.0, [36, 40, 42, 44, 46, 48, 53]),
    ] {
        let (mut kept, mut broken) = (0, 0);
        for rows in sizes {
            let mut view = annex_view(3, rows, false);
            view["layout"] = paper.clone();
            let document = layout(&RENDERER, "formal-notice", &view);
            let below = runs_below_text_area(&document, margin);
            assert!(
                below.is_empty(),
                "{rows} rows: below the text area: {below:#?}"
            );
            let pages = page_texts(&document);
            let on: Vec<usize> = (0..pages.len())
                .filter(|&i| pages[i].contains(row))
                .collect();
            let count: usize = on.iter().map(|&i| pages[i].matches(row).count()).sum();
            assert_eq!(count, rows);
            assert!(
                !pages[on[0]].contains(signer),
                "{rows} rows: {}",
                pages[on[0]]
            );
            if annex_kept(&document) {
                kept += 1;
                assert_eq!(on.len(), 1, "{rows} rows kept whole on one page");
            } else if on.len() > 1 {
                broken += 1;
                for &i in &on {
                    find(
                        &pages[i],
                        "Facture Du Au Jours Base Taux Source du taux Montant",
                    );
                }
            }
        }
        assert!(
            kept > 0 && broken > 0,
            "{paper}: {kept} kept, {broken} broken"
        );
    }
}

/// The view with its tables measured by creance, as `letters::try_build` measures every view.
fn with_fit(mut view: Value) -> Value {
    let lang = view["lang"].as_str().unwrap_or("fr").to_string();
    let cells = |v: &Value| -> Option<Vec<String>> {
        let strings = v
            .as_array()?
            .iter()
            .map(|c| c.as_str().unwrap_or("").to_string());
        Some(strings.collect())
    };
    for key in ["invoices", "annex"] {
        let t = &view[key];
        let table = crate::letters::view::Table {
            title: String::new(),
            columns: cells(&t["columns"]).unwrap_or_default(),
            align: vec![],
            rows: t["rows"]
                .as_array()
                .map(|rows| rows.iter().filter_map(cells).collect())
                .unwrap_or_default(),
            total: cells(&t["total"]),
            fit: None,
        };
        assert!(!table.rows.is_empty(), "{key} has rows");
        let fit = crate::letters::fit::fit(&table, &lang).expect("the tables are measurable");
        view[key]["fit"] = serde_json::to_value(fit).unwrap();
    }
    view
}

/// Every text run of a document: page, position (points, to a thousandth) and text.
fn text_runs(document: &PagedDocument) -> Vec<(usize, i64, i64, String)> {
    fn walk(page: usize, frame: &Frame, origin: Point, out: &mut Vec<(usize, i64, i64, String)>) {
        for (pos, item) in frame.items() {
            let at = origin + *pos;
            match item {
                FrameItem::Group(group) => walk(page, &group.frame, at, out),
                FrameItem::Text(text) => {
                    let milli = |a: Abs| (a.to_pt() * 1000.0).round() as i64;
                    out.push((page, milli(at.x), milli(at.y), text.text.to_string()));
                }
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    for (i, page) in document.pages().iter().enumerate() {
        walk(i, &page.frame, Point::zero(), &mut out);
    }
    out
}

#[test]
fn measured_tables_lay_out_exactly_as_typst_measures_them() {
    // The formal notice's one-line tables (fixed columns and rows) and the long view's, whose
    // long invoice numbers and rate sources wrap (fixed columns, rows left to Typst).
    for (name, view) in [("fixture", fixture("formal-notice")), ("long", long_view())] {
        let measured = with_fit(view.clone());
        let typst_alone = text_runs(&layout(&RENDERER, "formal-notice", &view));
        let with_fit = text_runs(&layout(&RENDERER, "formal-notice", &measured));
        assert!(
            typst_alone.len() > 100,
            "{name}: {} runs",
            typst_alone.len()
        );
        assert_eq!(
            typst_alone, with_fit,
            "{name}: every text run at the same place"
        );

        // The template does use the measure: a wrong one moves the columns.
        let mut wrong = measured.clone();
        for key in ["invoices", "annex"] {
            for w in wrong[key]["fit"]["widths"].as_array_mut().unwrap() {
                *w = json!(w.as_u64().unwrap() * 3 / 4);
            }
        }
        let moved = text_runs(&layout(&RENDERER, "formal-notice", &wrong));
        assert_ne!(
            typst_alone, moved,
            "{name}: a narrower measure changes the layout"
        );

        // Rows get the height of one line only when no cell can wrap: a taller cap height
        // moves the fixture's one-line annex, not the long view's (its long invoice numbers
        // and rate sources wrap, so Typst still sizes its rows).
        let mut tall = measured.clone();
        tall["annex"]["fit"]["cap"] = json!(900);
        let tall = text_runs(&layout(&RENDERER, "formal-notice", &tall));
        assert_eq!(
            typst_alone == tall,
            name == "long",
            "{name}: annex rows fixed"
        );
    }
}

/// The (language, region) of the first text run: what hyphenation and quotes follow.
fn first_run_lang(document: &PagedDocument) -> (String, Option<String>) {
    fn walk(frame: &Frame) -> Option<(String, Option<String>)> {
        frame.items().find_map(|(_, item)| match item {
            FrameItem::Group(group) => walk(&group.frame),
            FrameItem::Text(text) => Some((
                text.lang.as_str().to_owned(),
                text.region.map(|r| r.as_str().to_owned()),
            )),
            _ => None,
        })
    }
    walk(&document.pages()[0].frame).expect("some text")
}

#[test]
fn language_and_region_come_from_the_view_and_never_fail_the_letter() {
    let cases = [
        (json!("fr"), None, ("fr", None)),
        (json!("fr-BE"), None, ("fr", Some("BE"))),
        (json!("fr_ca"), None, ("fr", Some("CA"))),
        (json!("nl"), Some("BE"), ("nl", Some("BE"))),
        (json!("en"), Some("CA"), ("en", Some("CA"))),
        (json!("français!"), Some("Belgique"), ("fr", None)),
        (json!(42), None, ("fr", None)),
        (Value::Null, None, ("fr", None)),
    ];
    for (lang, region, (want_lang, want_region)) in cases {
        let mut view = fixture("reminder");
        view["lang"] = lang.clone();
        if let Some(region) = region {
            view["region"] = json!(region);
        }
        let document = layout(&RENDERER, "reminder", &view);
        let got = first_run_lang(&document);
        assert_eq!(
            (got.0.as_str(), got.1.as_deref()),
            (want_lang, want_region),
            "lang {lang} region {region:?}"
        );
    }
}

#[test]
fn draft_has_watermark_and_findings_page() {
    let mut view = fixture("formal-notice");
    view["draft"] = json!(true);
    view["watermark"] = json!("PROJET");
    view["findings"] = json!([
        {"severity": "error", "code": "FR-MED-004", "message": "Le délai accordé est inférieur à 8 jours.",
         "location": "case.yaml:14:11", "help": "Accordez un délai raisonnable (usage : 8 à 15 jours)."},
        {"severity": "warning", "code": "FR-INT-002", "message": "Taux contractuel absent.", "location": null, "help": null}
    ]);
    let document = layout(&RENDERER, "formal-notice", &view);
    let pages = page_texts(&document);
    assert_eq!(pages.len(), 3, "letter + annex + findings");
    for page in &pages {
        find(page, "PROJET");
    }
    let last = pages.last().unwrap();
    find(last, "Points à corriger avant envoi");
    find(last, "PROJET — document non valable en l'état");
    let error = find(last, "FR-MED-004");
    let warning = find(last, "FR-INT-002");
    assert!(error < warning);
    find(last, "case.yaml:14:11");
    find(last, "Accordez un délai raisonnable");

    let pdf = RENDERER
        .render_pdf("formal-notice", &view, date(), "draft")
        .unwrap();
    assert_pdf_a_2b(&pdf);
    assert_eq!(pdf_page_count(&pdf), 3);
}

#[test]
fn unknown_doc_kind_is_an_error_listing_the_kinds() {
    for kind in ["audit", "letter", "../letter", ""] {
        let error = RENDERER
            .render_pdf(kind, &json!({}), date(), "x")
            .unwrap_err();
        match &error {
            RenderError::UnknownDocKind { kind: k, available } => {
                assert_eq!(k, kind);
                assert_eq!(
                    available,
                    &["formal-notice", "injunction", "payment-plan", "reminder"]
                );
            }
            other => panic!("unexpected {other:?}"),
        }
        assert!(
            error
                .to_string()
                .contains("available: formal-notice, injunction, payment-plan, reminder")
        );
    }
}

#[test]
fn template_dir_overrides_by_name_and_errors_point_at_the_template() {
    let dir = tempfile::tempdir().unwrap();
    // A firm's reminder that uses the shared layout but adds a line; the letter is ours.
    std::fs::write(
        dir.path().join("reminder.typ"),
        "#import \"letter.typ\": letter\n#let render(data) = [Cabinet Exemple #letter(data)]\n",
    )
    .unwrap();
    // A new document kind with an error on line 3.
    std::fs::write(
        dir.path().join("payment-plan.typ"),
        "// plan\n#let render(data) = {\n  data.at(\"nope\")\n}\n",
    )
    .unwrap();
    std::fs::write(dir.path().join(".hidden.typ"), "#error").unwrap();
    let renderer = Renderer::with_template_dir(dir.path()).unwrap();
    assert_eq!(
        renderer.doc_kinds(),
        ["formal-notice", "injunction", "payment-plan", "reminder"]
    );

    let document = layout(&renderer, "reminder", &fixture("reminder"));
    find(&page_texts(&document).join(" "), "Cabinet Exemple");

    let error = renderer
        .render_pdf("payment-plan", &json!({"a": 1}), date(), "x")
        .unwrap_err();
    let RenderError::Typst {
        doc_kind,
        diagnostics,
    } = &error
    else {
        panic!("unexpected {error:?}")
    };
    assert_eq!(doc_kind, "payment-plan");
    assert_eq!(diagnostics.len(), 1);
    let location = diagnostics[0].location.as_ref().expect("a location");
    assert_eq!(location.path, "/templates/payment-plan.typ");
    assert_eq!(location.line, 3);
    assert!(
        diagnostics[0].message.contains("nope"),
        "{}",
        diagnostics[0].message
    );
    let shown = error.to_string();
    assert!(
        shown.starts_with(
            "cannot render `payment-plan`: 1 Typst error\n/templates/payment-plan.typ:3:"
        ),
        "{shown}"
    );

    // The embedded renderer is untouched by the override.
    assert_eq!(
        RENDERER.doc_kinds(),
        ["formal-notice", "injunction", "payment-plan", "reminder"]
    );
}

#[test]
fn missing_template_dir_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope");
    let error = Renderer::with_template_dir(&missing).expect_err("an error");
    assert!(
        matches!(error, RenderError::TemplateDir { .. }),
        "{error:?}"
    );
    assert!(std::error::Error::source(&error).is_some());
}

/// Two threads render different documents at the same time through one renderer: each
/// world answers the shared `/main.typ` and `/data.json` ids with its own content.
#[test]
fn renderer_is_shared_across_threads() {
    let kinds = ["reminder", "formal-notice"];
    let views = kinds.map(fixture);
    let alone = [0, 1].map(|i| {
        RENDERER
            .render_pdf(kinds[i], &views[i], date(), "threads")
            .unwrap()
    });
    let results: Vec<Vec<Vec<u8>>> = std::thread::scope(|scope| {
        let handles: Vec<_> = [0, 1]
            .map(|i| {
                let (kind, view) = (kinds[i], &views[i]);
                scope.spawn(move || {
                    (0..4)
                        .map(|_| RENDERER.render_pdf(kind, view, date(), "threads").unwrap())
                        .collect()
                })
            })
            .into_iter()
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for (i, pdfs) in results.iter().enumerate() {
        assert_eq!(pdfs.len(), 4);
        for pdf in pdfs {
            assert!(
                *pdf == alone[i],
                "{} differs when rendered concurrently",
                kinds[i]
            );
        }
    }
}

#[test]
fn write_atomic_replaces_the_file_and_leaves_no_temporary() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("letter.pdf");
    write_atomic(&path, b"first").unwrap();
    write_atomic(&path, b"second").unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"second");
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["letter.pdf"]);
    #[cfg(unix)]
    {
        // Same permissions as a file created the ordinary way (tempfile alone would give 0600).
        use std::os::unix::fs::PermissionsExt;
        let plain = dir.path().join("plain");
        std::fs::write(&plain, b"x").unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), mode(&plain));
        std::fs::remove_file(&plain).unwrap();
    }
    // A missing folder is an I/O error, not a panic.
    assert!(write_atomic(&dir.path().join("no/such/dir.pdf"), b"x").is_err());
}

/// Writes the fixtures' PDFs to `$CREANCE_DUMP_DIR` (default `/tmp/creance-render`) to look at
/// them: `cargo test --lib render::tests::dump -- --ignored`, then `pdftoppm -png -r 70 …`.
#[test]
#[ignore = "writes files for a human to look at"]
fn dump_fixture_pdfs() {
    let dir = std::env::var_os("CREANCE_DUMP_DIR").map_or_else(
        || std::path::PathBuf::from("/tmp/creance-render"),
        std::path::PathBuf::from,
    );
    std::fs::create_dir_all(&dir).unwrap();
    let mut draft = fixture("formal-notice");
    draft["draft"] = json!(true);
    draft["watermark"] = json!("PROJET");
    draft["findings"] = json!([
        {"severity": "error", "code": "FR-MED-004", "message": "Le délai accordé est inférieur à 8 jours.",
         "location": "case.yaml:14:11", "help": "Accordez un délai raisonnable (usage : 8 à 15 jours)."},
        {"severity": "warning", "code": "FR-INT-002", "message": "Taux contractuel absent.", "location": null, "help": null}
    ]);
    for (name, kind, view) in [
        ("formal-notice", "formal-notice", fixture("formal-notice")),
        ("reminder", "reminder", fixture("reminder")),
        ("draft", "formal-notice", draft),
        ("long", "formal-notice", long_view()),
        ("sparse", "formal-notice", sparse_view()),
    ] {
        let pdf = RENDERER.render_pdf(kind, &view, date(), name).unwrap();
        write_atomic(&dir.join(format!("{name}.pdf")), &pdf).unwrap();
    }
}

/// Times `render_pdf` of the formal-notice fixture (3 pages) after a warm-up render:
/// `cargo test [--release] --lib render::tests::timing -- --ignored --nocapture`.
#[test]
#[ignore = "a measurement, not a check"]
fn timing() {
    let renderer = Renderer::new().unwrap();
    for (kind, runs) in [("formal-notice", 50), ("reminder", 50)] {
        let view = fixture(kind);
        let first = std::time::Instant::now();
        renderer.render_pdf(kind, &view, date(), kind).unwrap();
        let first = first.elapsed();
        let mut times: Vec<std::time::Duration> = (0..runs)
            .map(|_| {
                let start = std::time::Instant::now();
                renderer.render_pdf(kind, &view, date(), kind).unwrap();
                start.elapsed()
            })
            .collect();
        times.sort();
        let mean = times.iter().sum::<std::time::Duration>() / runs;
        println!(
            "{kind}: first {first:.1?}, then over {runs}: median {:.1?}, mean {mean:.1?}, min {:.1?}, max {:.1?}",
            times[times.len() / 2],
            times[0],
            times[times.len() - 1],
        );
    }
    // Memory stays flat because every document is evicted from the comemo cache.
    let rss = || {
        std::fs::read_to_string("/proc/self/status")
            .ok()
            .and_then(|s| {
                s.lines()
                    .find(|l| l.starts_with("VmRSS:"))
                    .map(str::to_owned)
            })
            .unwrap_or_default()
    };
    let view = fixture("formal-notice");
    let mut marks = Vec::new();
    for i in 1..=200 {
        renderer
            .render_pdf("formal-notice", &view, date(), "rss")
            .unwrap();
        if i == 50 || i == 200 {
            marks.push(format!("after {i}: {}", rss()));
        }
    }
    println!("{}", marks.join(", "));
    let write = std::time::Instant::now();
    let dir = tempfile::tempdir().unwrap();
    let pdf = renderer
        .render_pdf("reminder", &fixture("reminder"), date(), "x")
        .unwrap();
    let render_and_write = write.elapsed();
    let write = std::time::Instant::now();
    for i in 0..50 {
        write_atomic(&dir.path().join(format!("{i}.pdf")), &pdf).unwrap();
    }
    println!(
        "write_atomic: {:.2?} per file (render+write once {render_and_write:.1?})",
        write.elapsed() / 50
    );
}

#[test]
fn template_dir_fonts_are_loaded_and_bad_ones_rejected() {
    let dir = tempfile::tempdir().unwrap();
    // A real face, as a firm's letterhead font would be.
    let (font, _) = typst_kit::fonts::embedded().next().unwrap();
    std::fs::write(dir.path().join("Firm.ttf"), font.data().as_slice()).unwrap();
    let renderer = Renderer::with_template_dir(dir.path()).unwrap();
    let embedded = typst_kit::fonts::embedded().count();
    assert_eq!(renderer.base.fonts_len(), embedded + 1);

    std::fs::write(dir.path().join("Broken.otf"), b"not a font").unwrap();
    let error = Renderer::with_template_dir(dir.path()).unwrap_err();
    assert!(
        matches!(&error, RenderError::Template(m) if m.contains("Broken.otf")),
        "{error:?}"
    );
}

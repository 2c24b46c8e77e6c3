//! Québec: the stay of proceedings of the federal Bankruptcy and Insolvency Act (R.S.C. 1985,
//! c. B-3). On a bankruptcy (s. 69.3), a filed consumer proposal (s. 69.2), or a Division I
//! proposal or notice of intention (ss. 69, 69.1), no creditor with a claim provable in the
//! proceeding may pursue any remedy against the debtor: the claim is filed with the licensed
//! insolvency trustee instead. Section numbers and their effect are from general knowledge,
//! not from our notes (quebec.md §5 cites only s. 65.1): [K].
//!
//! A claim is provable when the debtor was subject to it on the day of the bankruptcy or of
//! the filing [K]; creance approximates that day with each invoice's issue date: an invoice
//! issued on or before `since` is stayed, one issued after is not, with a warning (goods or
//! services supplied before the filing would still make it provable).

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::case::model::{Case, InsolvencyProceeding, Jurisdiction};
use crate::compute::claim::Computation;

/// What the stay covers in a Québec case whose debtor is insolvent.
#[derive(Clone, Debug, Serialize)]
pub struct Stay {
    /// The proceeding, `None` when the case only says `over_indebtedness: true`.
    pub proceeding: Option<InsolvencyProceeding>,
    pub since: Option<NaiveDate>,
    pub trustee: Option<String>,
    /// The invoices (still owed) the stay covers, by number, with their index in the case.
    pub stayed: Vec<(usize, String)>,
    /// Owed invoices issued after `since`: not provable, so not stayed (to check).
    pub after: Vec<(usize, String)>,
}

impl Stay {
    /// "a consumer proposal filed on 2026-01-15" (English, like every finding).
    pub fn describe(&self) -> String {
        let what = match self.proceeding {
            Some(InsolvencyProceeding::Bankruptcy) => "bankrupt",
            Some(InsolvencyProceeding::ConsumerProposal) => "in a consumer proposal",
            Some(InsolvencyProceeding::Proposal) => "in a Division I proposal",
            None => "in insolvency proceedings (`over_indebtedness: true`, kind not given)",
        };
        match self.since {
            Some(d) => format!("{what} since {d}"),
            None => what.to_string(),
        }
    }

    /// The BIA section of the stay.
    pub fn section(&self) -> &'static str {
        match self.proceeding {
            Some(InsolvencyProceeding::Bankruptcy) => "s. 69.3 BIA",
            Some(InsolvencyProceeding::ConsumerProposal) => "s. 69.2 BIA",
            Some(InsolvencyProceeding::Proposal) => "ss. 69 and 69.1 BIA",
            None => "ss. 69 to 69.3 BIA",
        }
    }

    /// " (Raymond Chabot inc.)" or "".
    pub fn trustee_suffix(&self) -> String {
        self.trustee
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(|t| format!(" ({t})"))
            .unwrap_or_default()
    }

    /// The sentence `check` and `render --doc all` print when the stay blocks the documents.
    pub fn blocker(&self) -> Option<String> {
        if self.stayed.is_empty() {
            return None;
        }
        Some(format!(
            "the debtor is {}: the stay of proceedings ({}) covers invoice{} {}; file a proof of claim with the licensed insolvency trustee{} instead",
            self.describe(),
            self.section(),
            if self.stayed.len() > 1 { "s" } else { "" },
            numbers(&self.stayed),
            self.trustee_suffix()
        ))
    }
}

/// "A-1, A-2".
pub fn numbers(list: &[(usize, String)]) -> String {
    list.iter()
        .map(|(_, n)| n.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The stay of a Québec case whose debtor has `insolvency` (or `over_indebtedness: true`);
/// `None` for other cases.
pub fn qc_stay(case: &Case, computation: &Computation) -> Option<Stay> {
    if case.jurisdiction != Jurisdiction::Qc {
        return None;
    }
    let ins = case.debtor.insolvency.as_ref();
    if ins.is_none() && !case.debtor.over_indebtedness {
        return None;
    }
    let since = ins.map(|i| i.since);
    let mut stayed = Vec::new();
    let mut after = Vec::new();
    for (i, inv) in case.invoices.iter().enumerate() {
        let owed = computation
            .invoices
            .get(i)
            .is_none_or(|b| b.outstanding > Decimal::ZERO);
        if !owed {
            continue;
        }
        let entry = (i, inv.number.trim().to_string());
        match since {
            Some(d) if inv.issue_date > d => after.push(entry),
            _ => stayed.push(entry),
        }
    }
    Some(Stay {
        proceeding: ins.map(|i| i.proceeding),
        since,
        trustee: ins.and_then(|i| i.trustee.clone()),
        stayed,
        after,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::load::load_str;
    use crate::compute::claim::compute;

    const QC: &str = include_str!("../../../jurisdictions/qc/tests/base.yaml");

    fn case(patch: &str) -> Case {
        let mut v: serde_json::Value = serde_saphyr::from_str(QC).unwrap();
        let p: serde_json::Value = serde_saphyr::from_str(patch).unwrap();
        crate::rules::pack_tests::merge(&mut v, &p);
        load_str(&serde_json::to_string(&v).unwrap(), "t.yaml")
            .unwrap_or_else(|e| panic!("{e:?}"))
            .case
    }

    fn stay(patch: &str) -> Option<Stay> {
        let c = case(patch);
        qc_stay(&c, &compute(&c))
    }

    #[test]
    fn no_proceeding_no_stay() {
        assert!(stay("{}").is_none());
    }

    #[test]
    fn a_consumer_proposal_stays_the_invoices_issued_before_its_filing() {
        let s = stay(
            "{debtor: {insolvency: {proceeding: consumer_proposal, since: 2026-01-15, trustee: Raymond Chabot inc.}}}",
        )
        .unwrap();
        assert_eq!(s.section(), "s. 69.2 BIA");
        assert!(!s.stayed.is_empty() && s.after.is_empty());
        let b = s.blocker().unwrap();
        assert!(b.contains("in a consumer proposal since 2026-01-15"), "{b}");
        assert!(
            b.contains("licensed insolvency trustee (Raymond Chabot inc.)"),
            "{b}"
        );
        // Filed before every invoice: nothing is stayed, every invoice is "after".
        let s =
            stay("{debtor: {insolvency: {proceeding: bankruptcy, since: 2020-01-01}}}").unwrap();
        assert_eq!(s.section(), "s. 69.3 BIA");
        assert!(s.stayed.is_empty() && !s.after.is_empty());
        assert!(s.blocker().is_none());
    }

    #[test]
    fn over_indebtedness_alone_is_read_as_an_unnamed_proceeding() {
        let s = stay("{debtor: {over_indebtedness: true}}").unwrap();
        assert_eq!(s.section(), "ss. 69 to 69.3 BIA");
        assert!(s.blocker().unwrap().contains("kind not given"));
    }
}

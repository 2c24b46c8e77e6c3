//! The formal notice's delay to pay and its channel of delivery.

use super::Hit;
use crate::case::model::Channel;
use crate::rules::context::Context;
use crate::rules::spec::RuleSpec;

/// `notice.deadline_days` must be stated and at least `params.min_days`.
pub fn notice_deadline(rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let min = rule.param_u64("min_days").unwrap_or(8);
    match &ctx.case.notice {
        None => vec![Hit::at("notice").var("days", "no").var("min", min)],
        Some(n) if u64::from(n.deadline_days) < min => {
            vec![
                Hit::at("notice.deadline_days")
                    .var("days", n.deadline_days)
                    .var("min", min),
            ]
        }
        Some(_) => Vec::new(),
    }
}

/// A notice whose receipt cannot be proven (plain letter, plain e-mail) is weak evidence.
pub fn notice_channel(_rule: &RuleSpec, ctx: &Context) -> Vec<Hit> {
    let channel = ctx
        .case
        .notice
        .as_ref()
        .and_then(|n| n.channel)
        .unwrap_or(Channel::Registered);
    match channel {
        Channel::Letter | Channel::Email | Channel::Hand => {
            vec![Hit::at("notice.channel").var("channel", format!("{channel:?}").to_lowercase())]
        }
        _ => Vec::new(),
    }
}

//! The pain-point report: every pain point with where it hurts and which
//! opportunities answer it, the list a workshop turns into owned work.

use super::{Card, Details, Map, PainCategory, Priority, Severity, Status};

/// One pain point and the opportunities that answer it.
#[derive(Clone, Debug, PartialEq)]
pub struct PainRow<'m> {
    pub pain: &'m Card,
    pub stage: &'m str,
    pub category: PainCategory,
    pub severity: Severity,
    pub answers: Vec<&'m Card>,
}

impl PainRow<'_> {
    pub fn is_answered(&self) -> bool {
        !self.answers.is_empty()
    }
}

/// What a report may be narrowed to; `None` means any.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PainFilter {
    pub category: Option<PainCategory>,
    /// Part of an owner's name, case-insensitive.
    pub owner: String,
    pub status: Option<Status>,
    pub unanswered_only: bool,
}

/// Pain points in journey order (stage, then position), most severe first within
/// a stage, with their answering opportunities.
pub fn pain_report<'m>(map: &'m Map, filter: &PainFilter) -> Vec<PainRow<'m>> {
    let owner = filter.owner.to_lowercase();
    let mut rows: Vec<(usize, PainRow<'m>)> = map
        .cards
        .iter()
        .filter_map(|card| {
            let Details::Pain { category, severity } = card.details else { return None };
            let stage_index = map.stage_index(&card.stage)?;
            let answers: Vec<&Card> = map
                .cards
                .iter()
                .filter(|o| matches!(&o.details, Details::Opportunity { answers, .. } if answers.contains(&card.id)))
                .collect();
            Some((stage_index, PainRow { pain: card, stage: &map.stages[stage_index].name, category, severity, answers }))
        })
        .filter(|(_, row)| filter.category.is_none_or(|c| c == row.category))
        .filter(|(_, row)| !filter.unanswered_only || !row.is_answered())
        .filter(|(_, row)| {
            let wanted = |o: &&Card| match &o.details {
                Details::Opportunity { owner: name, status, .. } => {
                    (owner.is_empty() || name.to_lowercase().contains(&owner)) && filter.status.is_none_or(|s| s == *status)
                }
                _ => false,
            };
            (owner.is_empty() && filter.status.is_none()) || row.answers.iter().any(wanted)
        })
        .collect();
    rows.sort_by(|(a, x), (b, y)| a.cmp(b).then(y.severity.cmp(&x.severity)));
    rows.into_iter().map(|(_, row)| row).collect()
}

/// "Owner · High priority · In progress" for an opportunity card.
pub fn opportunity_summary(card: &Card) -> String {
    match &card.details {
        Details::Opportunity {
            owner,
            priority,
            status,
            ..
        } => {
            let owner = if owner.is_empty() {
                "no owner"
            } else {
                owner.as_str()
            };
            let priority = match priority {
                Priority::Low => "low",
                Priority::Medium => "medium",
                Priority::High => "high",
            };
            format!("{owner} · {priority} priority · {}", status.label())
        }
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_links_pains_to_opportunities_and_filters() {
        let map = crate::templates::find("persona-first")
            .unwrap()
            .map()
            .unwrap();
        let all = pain_report(&map, &PainFilter::default());
        assert_eq!(
            all.len(),
            map.cards
                .iter()
                .filter(|c| matches!(c.details, Details::Pain { .. }))
                .count()
        );
        let unanswered = pain_report(
            &map,
            &PainFilter {
                unanswered_only: true,
                ..PainFilter::default()
            },
        );
        assert_eq!(unanswered.len(), map.unanswered_pain_points().len());
        assert!(unanswered.iter().all(|r| !r.is_answered()));
        for category in PainCategory::ALL {
            let rows = pain_report(
                &map,
                &PainFilter {
                    category: Some(category),
                    ..PainFilter::default()
                },
            );
            assert!(
                !rows.is_empty(),
                "the persona-first template covers {category:?}"
            );
            assert!(rows.iter().all(|r| r.category == category));
        }
        let done = pain_report(
            &map,
            &PainFilter {
                status: Some(Status::Done),
                ..PainFilter::default()
            },
        );
        assert!(done.iter().all(|r| r.answers.iter().any(|o| matches!(
            o.details,
            Details::Opportunity {
                status: Status::Done,
                ..
            }
        ))));
    }
}

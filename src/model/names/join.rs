//! Rewriting a category column through a [`NameIndex`]: matched labels become the reference name, labels that
//! become the same name share one code, and what matched how is counted for the quality report.
//!
//! Must not depend on egui, eframe or rfd.

use super::{MatchHow, NameColumn, NameIndex, NameMatch};
use crate::model::columns::CategoryColumn;

/// The result of joining one column: for each (new) code, the reference entry it is, and the matches made.
pub struct Joined {
    /// For each code of the rewritten column, its reference index (`None`: a name left as written).
    pub reference_of_code: Vec<Option<usize>>,
    /// What matched how (not counting exact matches of labels already spelled as the reference).
    pub matches: Vec<NameMatch>,
}

/// Matches every label of `column` through `index`; a matched label becomes `reference_name(i)`, and labels that
/// become the same name are merged into one code. The column is only rebuilt when a label changes.
pub fn join_column(
    column: &mut CategoryColumn,
    index: &NameIndex,
    which: NameColumn,
    reference_name: impl Fn(usize) -> String,
) -> Joined {
    let found: Vec<Option<(usize, MatchHow)>> = column
        .labels()
        .iter()
        .map(|label| index.find(label))
        .collect();
    let matches = summarise(column, &found, which, &reference_name);
    let renamed = column
        .labels()
        .iter()
        .zip(&found)
        .any(|(label, found)| found.is_some_and(|(i, _)| *label != reference_name(i)));
    if !renamed {
        return Joined {
            reference_of_code: found.iter().map(|f| f.map(|(i, _)| i)).collect(),
            matches,
        };
    }
    let mut rebuilt = CategoryColumn::with_capacity(column.len());
    let remap: Vec<u32> = column
        .labels()
        .iter()
        .zip(&found)
        .map(|(label, found)| match found {
            Some((i, _)) => rebuilt.intern(&reference_name(*i)),
            None => rebuilt.intern(label),
        })
        .collect();
    for row in 0..column.len() {
        rebuilt.push_code(
            column
                .code(row)
                .and_then(|code| remap.get(code as usize))
                .map(|&code| code as usize),
        );
    }
    let mut reference_of_code = vec![None; rebuilt.labels().len()];
    for (old, found) in found.iter().enumerate() {
        if let (Some((i, _)), Some(&new)) = (found, remap.get(old)) {
            reference_of_code[new as usize] = Some(*i);
        }
    }
    *column = rebuilt;
    Joined {
        reference_of_code,
        matches,
    }
}

/// Counts labels and rows per way of matching, with the most-used label as the example.
fn summarise(
    column: &CategoryColumn,
    found: &[Option<(usize, MatchHow)>],
    which: NameColumn,
    reference_name: &impl Fn(usize) -> String,
) -> Vec<NameMatch> {
    let mut rows_of_code = vec![0usize; column.labels().len()];
    for code in column.codes().iter() {
        if let Some(rows) = rows_of_code.get_mut(code as usize) {
            *rows += 1;
        }
    }
    let mut matches: Vec<(NameMatch, usize)> = Vec::new();
    for ((label, found), &rows) in column.labels().iter().zip(found).zip(&rows_of_code) {
        let Some((i, how)) = *found else { continue };
        if rows == 0 {
            continue;
        }
        let name = reference_name(i);
        match matches.iter_mut().find(|(m, _)| m.how == how) {
            Some((entry, best_rows)) => {
                entry.labels += 1;
                entry.rows += rows;
                if rows > *best_rows {
                    (entry.example, entry.matched_to, *best_rows) = (label.clone(), name, rows);
                }
            }
            None => matches.push((
                NameMatch {
                    column: which,
                    how,
                    labels: 1,
                    rows,
                    example: label.clone(),
                    matched_to: name,
                },
                rows,
            )),
        }
    }
    let mut matches: Vec<NameMatch> = matches.into_iter().map(|(m, _)| m).collect();
    matches.sort_by_key(|m| m.how);
    matches
}

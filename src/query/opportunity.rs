//! What the Opportunities tab shows, computed in one go from the selection: the ranking by sector, by district
//! and by cell (the table shows the view's grouping, the heat-map the cells, the district strip the districts),
//! the shortlist compared, and the note on the data every score view carries. Cached in
//! [`crate::query::Derived`], keyed by the dataset, the filter, the score options and the shortlist.
//!
//! Must not depend on egui, eframe or rfd.

use super::aggregate::Amounts;
use super::score::{self, ScoreBy, ScoreError, ScoreOptions, Scores};
use super::shortlist::{Compared, Shortlist, compare};
use crate::model::Dataset;

/// The score of the selection three ways, and the shortlist compared.
#[derive(Clone, Debug, PartialEq)]
pub struct Opportunity {
    /// In [`ScoreBy::ALL`] order: by sector, by district, by cell.
    rankings: [Result<Scores, ScoreError>; 3],
    pub compared: Vec<Compared>,
    /// "illustrative: synthetic sample", or the file's own source ([`score::source_note`]).
    pub note: score::ScoreNote,
}

impl Opportunity {
    /// Scores the selected `rows` of `dataset` with `options` (its grouping decides only which ranking the tab
    /// lists: all three are computed, for the heat-map, the district strip and the compared pins).
    pub fn compute(
        dataset: &Dataset,
        amounts: Amounts<'_>,
        rows: &[u32],
        options: &ScoreOptions,
        shortlist: &Shortlist,
    ) -> Self {
        let rankings = ScoreBy::ALL.map(|by| {
            let options = ScoreOptions { by, ..*options };
            score::score(dataset, rows, &options)
        });
        let compared = compare(&dataset.projects, amounts, rows, shortlist, |by| {
            rankings[index(by)].as_ref().ok()
        });
        Self {
            rankings,
            compared,
            note: score::source_note(dataset, rows),
        }
    }

    /// The ranking by `by`, or why it could not be computed.
    pub fn ranking(&self, by: ScoreBy) -> Result<&Scores, &ScoreError> {
        self.rankings[index(by)].as_ref()
    }

    /// The ranking the district map is coloured by when the view ranks by `by`: the cells when it ranks cells
    /// (each district then shows its best cell, see [`crate::query::map::map_series`]), the districts otherwise
    /// (sectors are not places, so a ranking by sector maps the districts' own scores).
    pub fn map_ranking(&self, by: ScoreBy) -> Result<&Scores, &ScoreError> {
        match by {
            ScoreBy::SectorDistrict => self.ranking(ScoreBy::SectorDistrict),
            ScoreBy::Sector | ScoreBy::District => self.ranking(ScoreBy::District),
        }
    }
}

fn index(by: ScoreBy) -> usize {
    match by {
        ScoreBy::Sector => 0,
        ScoreBy::District => 1,
        ScoreBy::SectorDistrict => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::shortlist::Pin;

    #[test]
    fn the_three_rankings_match_the_engine_and_pins_find_their_scores() {
        let dataset = Dataset::embedded().unwrap();
        let rows: Vec<u32> = (0..dataset.projects.len() as u32).collect();
        let shortlist = Shortlist {
            pins: vec![
                Pin::Sector("Finance".into()),
                Pin::District("Yuzhong".into()),
            ],
        };
        let options = ScoreOptions::default();
        let opportunity = Opportunity::compute(
            &dataset,
            Amounts::usd(&dataset.projects),
            &rows,
            &options,
            &shortlist,
        );
        for by in ScoreBy::ALL {
            let expected = score::score(&dataset, &rows, &ScoreOptions { by, ..options }).unwrap();
            assert_eq!(opportunity.ranking(by), Ok(&expected));
        }
        assert_eq!(opportunity.compared.len(), 2);
        let finance = opportunity.compared[0].score.as_ref().unwrap();
        assert_eq!(finance.key, ["Finance"]);
        assert_eq!(opportunity.note, score::ScoreNote::Synthetic);
    }
}

//! The score's refusals in words: bad `--weights` (and the lens's weights), a window out of range, too many
//! cells to score.

use crate::i18n::Lang;
use crate::query::score::{Factor, MAX_GROUPS, MAX_RECENT_YEARS, ScoreError, WeightsError};
use crate::tr;

/// "unknown factor "x" in the weights; valid names: scale, momentum, …".
pub fn weights_error(error: &WeightsError, lang: Lang) -> String {
    let names = Factor::ALL.map(Factor::key).join(", ");
    let names = names.as_str();
    match error {
        WeightsError::UnknownFactor { given } => tr!(
            lang,
            "weights-unknown-factor",
            given = given.as_str(),
            names = names
        ),
        WeightsError::Malformed { given } => tr!(
            lang,
            "weights-malformed",
            given = given.as_str(),
            form = "NAME=WEIGHT",
            names = names
        ),
        WeightsError::NotANumber { factor, given } => tr!(
            lang,
            "weights-not-a-number",
            factor = factor.key(),
            given = given.as_str(),
            names = names
        ),
        WeightsError::Negative { factor, value } => tr!(
            lang,
            "weights-negative",
            factor = factor.key(),
            value = value.to_string(),
            names = names
        ),
        WeightsError::AllZero => tr!(lang, "weights-all-zero", names = names),
    }
}

/// Why a score could not be computed, for the CLI and the Opportunities tab.
pub fn score_error(error: &ScoreError, lang: Lang) -> String {
    match error {
        ScoreError::RecentYears { given } => tr!(
            lang,
            "score-error-recent-years",
            most = MAX_RECENT_YEARS,
            given = *given
        ),
        ScoreError::TooManyCells { sectors, districts } => tr!(
            lang,
            "score-error-too-many-cells",
            sectors = *sectors,
            districts = *districts,
            most = MAX_GROUPS
        ),
    }
}

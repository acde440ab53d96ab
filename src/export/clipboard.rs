//! The selected rows as tab-separated text for the clipboard (Ctrl+C), which pastes into Excel as columns.
//!
//! Must not depend on egui, eframe or rfd.

use super::neutralise_formula;
use crate::model::{ColumnId, Dataset};
use crate::query::{CellStyle, Names, cell_text};

/// `rows` (in this order) as TSV with a header of column titles. Values are as stored, so a spreadsheet reads
/// numbers as numbers; tabs and line breaks inside a value become spaces, and text a spreadsheet would run as a
/// formula is neutralised as in the CSV exports. Names are written as `names` says (client-safe).
pub fn rows_as_tsv(
    dataset: &Dataset,
    rows: &[u32],
    columns: &[ColumnId],
    names: Names<'_>,
) -> String {
    let table = &dataset.projects;
    let clean = |text: &str| neutralise_formula(&text.replace(['\t', '\n', '\r'], " "));
    let mut text = columns
        .iter()
        .map(|&c| clean(table.column_title(c)))
        .collect::<Vec<_>>()
        .join("\t");
    text.push('\n');
    for &row in rows {
        let cells: Vec<String> = columns
            .iter()
            .map(|&c| {
                clean(&cell_text(
                    dataset,
                    c,
                    row as usize,
                    CellStyle::Plain,
                    names,
                ))
            })
            .collect();
        text.push_str(&cells.join("\t"));
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DataSource, Field, ProjectRow, ProjectTable, ReferenceData};

    #[test]
    fn values_stay_in_their_cells_and_formulas_stay_text() {
        let row = ProjectRow {
            name: "=HYPERLINK(\"http://example.com\")".into(),
            investor: "Line\tbreak\nhere".into(),
            contracted_usd_m: 12.5,
            ..ProjectRow::default()
        };
        let dataset = Dataset::new(
            ProjectTable::from_rows(&[row]),
            ReferenceData::embedded().unwrap(),
            DataSource::Embedded,
        );
        let columns = [Field::Name, Field::Investor, Field::ContractedUsdM].map(ColumnId::Field);
        let text = rows_as_tsv(&dataset, &[0], &columns, Names::Real);
        assert_eq!(
            text,
            "Project\tInvestor\tContracted\n'=HYPERLINK(\"http://example.com\")\tLine break here\t12.5\n"
        );
    }
}

//! Where the table is among a sheet's filled cells, and the records it becomes.
//!
//! A sheet is read as its filled cells only, so a stray cell far from the table (what typing after Ctrl+End leaves,
//! or a damaged cell reference) costs one cell, not the rows × columns between it and the table. The table is the
//! area spanned by the filled cells. When that area is too large to read, cells that are alone in their row and
//! their column and lie outside the area of the others are left out and named in the quality report; if the area is
//! still too large, the load is refused with the cell that makes it so. Cells beyond the last one a spreadsheet has
//! (XFD1048576) are always left out. Must not depend on egui, eframe or rfd.

use rustc_hash::FxHashMap;

use super::{RawRows, cell_name};
use crate::model::error::{IgnoredWhy, Note, TableLimit, WorkbookProblem};
use crate::model::load::limits::Limits;

/// One cell of a sheet with something in it, at its 0-based position.
#[derive(Clone, Debug, PartialEq)]
pub struct SheetCell {
    pub row: u32,
    pub column: u32,
    /// The cell's text, or the error it shows ("#DIV/0!") when `error` is set.
    pub text: String,
    pub error: bool,
}

impl SheetCell {
    /// Whether the cell holds anything: blank text (spaces) does not decide where the table is.
    fn filled(&self) -> bool {
        self.error || !self.text.trim().is_empty()
    }
}

/// A rectangle of cells, inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Area {
    top: u32,
    bottom: u32,
    left: u32,
    right: u32,
}

impl Area {
    fn of(mut cells: impl Iterator<Item = (u32, u32)>) -> Option<Area> {
        let (row, column) = cells.next()?;
        let start = Area {
            top: row,
            bottom: row,
            left: column,
            right: column,
        };
        Some(cells.fold(start, |area, (row, column)| area.with(row, column)))
    }

    fn with(self, row: u32, column: u32) -> Area {
        Area {
            top: self.top.min(row),
            bottom: self.bottom.max(row),
            left: self.left.min(column),
            right: self.right.max(column),
        }
    }

    fn height(self) -> u64 {
        u64::from(self.bottom - self.top) + 1
    }

    fn width(self) -> u64 {
        u64::from(self.right - self.left) + 1
    }

    fn cells(self) -> u64 {
        self.height().saturating_mul(self.width())
    }

    fn contains(self, row: u32, column: u32) -> bool {
        (self.top..=self.bottom).contains(&row) && (self.left..=self.right).contains(&column)
    }

    fn fits(self, limits: &Limits) -> bool {
        self.width() <= limits.columns as u64 && self.cells() <= limits.table_cells as u64
    }

    fn name(self) -> String {
        let first = cell_name(self.top.into(), self.left.into());
        if self.cells() == 1 {
            first
        } else {
            format!(
                "{first}:{}",
                cell_name(self.bottom.into(), self.right.into())
            )
        }
    }
}

/// How many left-out cells the report names one by one.
const NAMED_STRAYS: usize = 3;

/// The records of the table among `cells` (at most [`Limits::table_cells`] of them, in any order): one record per
/// sheet row from the first filled row to the last, each as wide as the filled columns; `lines` are the real sheet
/// row numbers. Errors are why the sheet is refused (the caller adds the file and sheet).
pub fn table_rows(cells: Vec<SheetCell>, limits: &Limits) -> Result<RawRows, WorkbookProblem> {
    let mut notes = Vec::new();
    let in_grid = |c: &SheetCell| {
        (c.row as usize) < limits.sheet_rows && (c.column as usize) < limits.columns
    };
    let (mut cells, beyond): (Vec<SheetCell>, Vec<SheetCell>) =
        cells.into_iter().partition(in_grid);
    note_left_out(
        &mut notes,
        beyond.iter().filter(|c| c.filled()),
        &IgnoredWhy::BeyondTheSheet {
            last: cell_name(limits.sheet_rows as u64 - 1, limits.columns as u64 - 1),
        },
    );
    let Some(area) = Area::of(filled_positions(&cells)) else {
        return Ok(RawRows {
            notes,
            ..RawRows::default()
        });
    };
    let area = if area.fits(limits) {
        area
    } else {
        let strays = strays_outside_the_rest(&cells);
        let Some(rest) =
            Area::of(filled_positions(&cells).filter(|p| strays.binary_search(p).is_err()))
                .filter(|rest| rest.fits(limits) && !strays.is_empty())
        else {
            return Err(too_large(&cells, area, limits));
        };
        let outside = IgnoredWhy::FarOutside { table: rest.name() };
        note_left_out(
            &mut notes,
            cells
                .iter()
                .filter(|c| c.filled() && strays.binary_search(&(c.row, c.column)).is_ok()),
            &outside,
        );
        rest
    };
    cells.retain(|c| area.contains(c.row, c.column));
    Ok(records_of(cells, area, notes))
}

fn filled_positions(cells: &[SheetCell]) -> impl Iterator<Item = (u32, u32)> + '_ {
    cells
        .iter()
        .filter(|c| c.filled())
        .map(|c| (c.row, c.column))
}

/// Filled cells alone in their row and their column that lie outside the area of all the other filled cells, in
/// order (none when every filled cell is alone: then there is no table to tell them from).
fn strays_outside_the_rest(cells: &[SheetCell]) -> Vec<(u32, u32)> {
    let mut per_row: FxHashMap<u32, u32> = FxHashMap::default();
    let mut per_column: FxHashMap<u32, u32> = FxHashMap::default();
    for (row, column) in filled_positions(cells) {
        *per_row.entry(row).or_default() += 1;
        *per_column.entry(column).or_default() += 1;
    }
    let alone = |&(row, column): &(u32, u32)| {
        per_row.get(&row) == Some(&1) && per_column.get(&column) == Some(&1)
    };
    let Some(core) = Area::of(filled_positions(cells).filter(|p| !alone(p))) else {
        return Vec::new();
    };
    let mut strays: Vec<(u32, u32)> = filled_positions(cells)
        .filter(|p| alone(p) && !core.contains(p.0, p.1))
        .collect();
    strays.sort_unstable();
    strays
}

/// A side of an area.
#[derive(Clone, Copy)]
enum Edge {
    Bottom,
    Right,
    Top,
    Left,
}

impl Edge {
    /// Whether the cell at `position` lies on this side of `area`.
    fn holds(self, area: Area, (row, column): (u32, u32)) -> bool {
        match self {
            Edge::Bottom => row == area.bottom,
            Edge::Right => column == area.right,
            Edge::Top => row == area.top,
            Edge::Left => column == area.left,
        }
    }
}

/// How many times the refusal peels an outermost row or column off the filled cells, looking for the cells that
/// make the table too large.
const PEELS: usize = 32;

/// The refusal. Peeling off the outermost row or column of filled cells that shrinks the table most for each cell
/// it holds, again and again: when a few peeled cells leave a table that fits, the farthest of them is named with that table;
/// otherwise the table itself is too large.
fn too_large(cells: &[SheetCell], whole: Area, limits: &Limits) -> WorkbookProblem {
    let mut rest: Vec<(u32, u32)> = filled_positions(cells).collect();
    let few = (rest.len() / 100).max(16);
    let mut peeled: Vec<(u32, u32)> = Vec::new();
    let mut core = whole;
    for _ in 0..PEELS {
        if core.fits(limits) || peeled.len() > few {
            break;
        }
        // The edge that shrinks the table most for each cell peeled off.
        let best = [Edge::Bottom, Edge::Right, Edge::Top, Edge::Left]
            .into_iter()
            .filter_map(|edge| {
                let on = |p: &(u32, u32)| edge.holds(core, *p);
                let peels = rest.iter().filter(|p| on(p)).count() as u64;
                let area = Area::of(rest.iter().copied().filter(|p| !on(p)))?;
                let gain = core.cells().saturating_sub(area.cells()) / peels.max(1);
                Some((gain, area, edge))
            })
            .max_by_key(|(gain, _, _)| *gain);
        let Some((_, area, edge)) = best else {
            break;
        };
        let (gone, kept): (Vec<_>, Vec<_>) = rest.iter().partition(|p| edge.holds(core, **p));
        peeled.extend(gone);
        rest = kept;
        core = area;
    }
    let (rows, columns) = (whole.height(), whole.width());
    let limit = if whole.width() > limits.columns as u64 {
        TableLimit::Columns(limits.columns)
    } else {
        TableLimit::Cells(limits.table_cells)
    };
    let far = peeled
        .iter()
        .max()
        .filter(|_| core.fits(limits) && peeled.len() <= few);
    match far {
        Some(&(row, column)) => WorkbookProblem::FarCell {
            cell: cell_name(row.into(), column.into()),
            table: core.name(),
            rows,
            columns,
            limit,
        },
        None => WorkbookProblem::TableTooLarge {
            table: whole.name(),
            rows,
            columns,
            limit,
        },
    }
}

/// Notes the left-out `cells`: the first few by name and value, the rest counted.
fn note_left_out<'c>(
    notes: &mut Vec<Note>,
    cells: impl Iterator<Item = &'c SheetCell>,
    why: &IgnoredWhy,
) {
    let mut total = 0usize;
    for cell in cells {
        total += 1;
        if total <= NAMED_STRAYS {
            let value = cell.text.trim();
            let shown: String = value.chars().take(40).collect();
            let ellipsis = if shown.len() < value.len() { "…" } else { "" };
            notes.push(Note::IgnoredCell {
                cell: cell_name(cell.row.into(), cell.column.into()),
                value: format!("{shown}{ellipsis}"),
                why: why.clone(),
            });
        }
    }
    if total > NAMED_STRAYS {
        notes.push(Note::MoreIgnored {
            cells: total - NAMED_STRAYS,
        });
    }
}

/// One record per row of `area`, in sheet order; cells outside the area are already gone.
fn records_of(mut cells: Vec<SheetCell>, area: Area, notes: Vec<Note>) -> RawRows {
    if !cells.is_sorted_by_key(|c| (c.row, c.column)) {
        cells.sort_by_key(|c| (c.row, c.column));
    }
    let mut rows = RawRows {
        notes,
        ..RawRows::default()
    };
    let mut cells = cells.into_iter().peekable();
    for row in area.top..=area.bottom {
        let line = u64::from(row) + 1;
        let mut record = Vec::new();
        while let Some(cell) = cells.next_if(|c| c.row == row) {
            let column = cell.column - area.left;
            // An error cell reads as blank; the report counts it as unreadable.
            if cell.error {
                rows.error_cells
                    .push((line, column as usize + 1, cell.text));
            } else {
                record.push((column, cell.text));
            }
        }
        rows.push(line, record);
    }
    rows.widen_to(area.width() as usize);
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(name: &str, text: &str) -> SheetCell {
        let letters = name.trim_end_matches(|c: char| c.is_ascii_digit());
        let column = letters
            .bytes()
            .fold(0u32, |n, b| n * 26 + u32::from(b - b'A') + 1)
            - 1;
        let row = name[letters.len()..].parse::<u32>().unwrap() - 1;
        SheetCell {
            row,
            column,
            text: text.to_owned(),
            error: false,
        }
    }

    fn table() -> Vec<SheetCell> {
        vec![
            cell("B2", "name"),
            cell("C2", "amount"),
            cell("B3", "A"),
            cell("C3", "1"),
        ]
    }

    #[test]
    fn the_table_spans_the_filled_cells_with_real_row_numbers() {
        let mut cells = table();
        cells.push(cell("D5", "  "));
        cells.push(cell("B5", "note"));
        let rows = table_rows(cells, &Limits::STANDARD).unwrap();
        assert_eq!(
            rows.to_dense(),
            [
                vec!["name", "amount"],
                vec!["A", "1"],
                vec!["", ""],
                vec!["note", ""]
            ]
        );
        assert_eq!(rows.lines, [2, 3, 4, 5]);
        assert!(rows.notes.is_empty());
    }

    #[test]
    fn a_stray_cell_that_would_make_the_table_too_large_is_left_out_and_named() {
        let mut cells = table();
        cells.push(cell("XFD1048576", "x"));
        cells.push(cell("XFD10000", ""));
        let rows = table_rows(cells, &Limits::STANDARD).unwrap();
        assert_eq!(rows.to_dense(), [vec!["name", "amount"], vec!["A", "1"]]);
        assert_eq!(
            rows.notes,
            [Note::IgnoredCell {
                cell: "XFD1048576".into(),
                value: "x".into(),
                why: IgnoredWhy::FarOutside {
                    table: "B2:C3".into()
                }
            }]
        );
        // Near the table, the same cell is part of it.
        let mut near = table();
        near.push(cell("F9", "x"));
        let rows = table_rows(near, &Limits::STANDARD).unwrap();
        assert_eq!((rows.len(), rows.width()), (8, 5));
    }

    #[test]
    fn a_cell_beyond_the_last_a_spreadsheet_has_is_always_left_out() {
        let mut cells = table();
        cells.push(cell("ZZZ4294967295", "far"));
        let rows = table_rows(cells, &Limits::STANDARD).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(
            rows.notes,
            [Note::IgnoredCell {
                cell: "ZZZ4294967295".into(),
                value: "far".into(),
                why: IgnoredWhy::BeyondTheSheet {
                    last: "XFD1048576".into()
                }
            }]
        );
    }

    #[test]
    fn far_cells_that_are_not_alone_refuse_the_sheet_naming_the_farthest() {
        let mut cells = table();
        cells.push(cell("XFD1048575", "x"));
        cells.push(cell("XFD1048576", "y"));
        let error = table_rows(cells, &Limits::STANDARD).unwrap_err();
        assert_eq!(
            error,
            WorkbookProblem::FarCell {
                cell: "XFD1048576".into(),
                table: "B2:C3".into(),
                rows: 1_048_575,
                columns: 16_383,
                limit: TableLimit::Cells(33_554_432),
            }
        );
        // A far column beside a long table is named too, not the row where the table outgrew the limit.
        let limits = Limits {
            table_cells: 1000,
            ..Limits::STANDARD
        };
        let mut long: Vec<SheetCell> = (1..=200).map(|row| cell(&format!("A{row}"), "x")).collect();
        long.push(cell("Z5", "y"));
        long.push(cell("Z6", "y"));
        let error = table_rows(long, &limits).unwrap_err();
        assert!(
            matches!(&error, WorkbookProblem::FarCell { cell, table, .. } if cell == "Z6" && table == "A1:A200"),
            "{error:?}"
        );
        // A table too large by itself is said to be.
        let big: Vec<SheetCell> = (1..=40)
            .flat_map(|row| ["A", "B", "C", "D", "E"].map(|c| cell(&format!("{c}{row}"), "x")))
            .collect();
        let error = table_rows(
            big,
            &Limits {
                table_cells: 100,
                ..Limits::STANDARD
            },
        )
        .unwrap_err();
        assert_eq!(
            error,
            WorkbookProblem::TableTooLarge {
                table: "A1:E40".into(),
                rows: 40,
                columns: 5,
                limit: TableLimit::Cells(100),
            }
        );
    }

    #[test]
    fn many_stray_cells_are_counted_after_the_first_few() {
        let limits = Limits {
            table_cells: 100,
            ..Limits::STANDARD
        };
        let mut cells = table();
        for i in 0..5 {
            cells.push(cell(
                &format!("{}{}", ["K", "L", "M", "N", "O"][i], 100 + i * 10),
                "x",
            ));
        }
        let rows = table_rows(cells, &limits).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows.notes.len(), NAMED_STRAYS + 1);
        assert_eq!(rows.notes[3], Note::MoreIgnored { cells: 2 });
    }

    #[test]
    fn error_cells_count_as_filled_and_are_listed() {
        let mut cells = table();
        cells.push(SheetCell {
            error: true,
            ..cell("C4", "#DIV/0!")
        });
        let rows = table_rows(cells, &Limits::STANDARD).unwrap();
        assert_eq!(rows.len(), 3);
        assert_eq!(rows.error_cells, [(4, 2, "#DIV/0!".to_owned())]);
    }
}

//! A category column's row codes, stored in the narrowest width its dictionary fits: one byte per row for the
//! usual handful of sectors, districts or statuses, two or four only for files with hundreds or tens of thousands
//! of distinct labels. At ten million rows the table has seven category columns, so this is a quarter of the
//! memory four-byte codes took, and a filter change reads a quarter of the bytes.
//!
//! Each width's largest value is its missing code, so a code is missing exactly when it is past the dictionary's
//! last label: the column widens before its dictionary would reach that value.

/// A row code of one width. [`Code::index`] is the label's index, or for the missing code an index past the
/// dictionary's labels (the rule every tight loop uses: "past the labels" is missing).
pub trait Code: Copy + Send + Sync + 'static {
    /// The missing code of this width.
    const MISSING: Self;
    /// How many labels this width can hold besides the missing code.
    const LABELS: usize;

    fn index(self) -> usize;

    /// `code`, which the caller knows is below [`Code::LABELS`] (or `None`: missing).
    fn from_index(code: Option<u32>) -> Self;
}

macro_rules! impl_code {
    ($($width:ty),*) => {$(
        impl Code for $width {
            const MISSING: Self = <$width>::MAX;
            const LABELS: usize = <$width>::MAX as usize;

            fn index(self) -> usize {
                self as usize
            }

            fn from_index(code: Option<u32>) -> Self {
                code.and_then(|code| <$width>::try_from(code).ok())
                    .filter(|&code| code != Self::MISSING)
                    .unwrap_or(Self::MISSING)
            }
        }
    )*};
}

impl_code!(u8, u16, u32);

/// Runs `$body` with `$slice` bound to the typed slice of `$codes` (a [`Codes`]): one match, then a loop the
/// compiler specialises for the width.
macro_rules! with_codes {
    ($codes:expr, |$slice:ident| $body:expr) => {
        match $codes {
            $crate::model::columns::Codes::U8($slice) => $body,
            $crate::model::columns::Codes::U16($slice) => $body,
            $crate::model::columns::Codes::U32($slice) => $body,
        }
    };
}
pub(crate) use with_codes;

/// Every row's code, borrowed: what tight loops read.
#[derive(Clone, Copy, Debug)]
pub enum Codes<'a> {
    U8(&'a [u8]),
    U16(&'a [u16]),
    U32(&'a [u32]),
}

impl<'a> Codes<'a> {
    pub fn len(self) -> usize {
        with_codes!(self, |codes| codes.len())
    }

    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// The label index of `row` (past the labels when missing, `usize::MAX` past the last row).
    pub fn index(self, row: usize) -> usize {
        with_codes!(self, |codes| codes
            .get(row)
            .map_or(usize::MAX, |c| c.index()))
    }

    /// The code of `row` as a `u32`: `u32::MAX` when missing or past the last row.
    pub fn get(self, row: usize) -> u32 {
        with_codes!(self, |codes| codes.get(row).map_or(u32::MAX, |&c| widen(c)))
    }

    /// The codes of `rows` (those it has: fewer when the column is shorter).
    pub fn part(self, rows: std::ops::Range<usize>) -> Self {
        fn clamp<C>(codes: &[C], rows: std::ops::Range<usize>) -> &[C] {
            let end = rows.end.min(codes.len());
            codes.get(rows.start.min(end)..end).unwrap_or_default()
        }
        match self {
            Codes::U8(codes) => Codes::U8(clamp(codes, rows)),
            Codes::U16(codes) => Codes::U16(clamp(codes, rows)),
            Codes::U32(codes) => Codes::U32(clamp(codes, rows)),
        }
    }

    /// Every row's code as a `u32`, `u32::MAX` for missing.
    pub fn iter(self) -> impl Iterator<Item = u32> + 'a {
        (0..self.len()).map(move |row| self.get(row))
    }
}

/// `code` as a `u32`, the missing code of any width as `u32::MAX`.
fn widen<C: Code>(code: C) -> u32 {
    if code.index() >= C::LABELS {
        u32::MAX
    } else {
        code.index() as u32
    }
}

/// Owned codes of one width (see the module docs).
#[derive(Clone, Debug)]
pub(super) enum CodeVec {
    U8(Vec<u8>),
    U16(Vec<u16>),
    U32(Vec<u32>),
}

impl Default for CodeVec {
    fn default() -> Self {
        CodeVec::U8(Vec::new())
    }
}

impl CodeVec {
    pub(super) fn with_capacity(rows: usize) -> Self {
        CodeVec::U8(Vec::with_capacity(rows))
    }

    pub(super) fn as_codes(&self) -> Codes<'_> {
        match self {
            CodeVec::U8(codes) => Codes::U8(codes),
            CodeVec::U16(codes) => Codes::U16(codes),
            CodeVec::U32(codes) => Codes::U32(codes),
        }
    }

    /// Appends a row: a label index below the dictionary's length (made room for by [`CodeVec::fit`]), or
    /// `None` for missing.
    pub(super) fn push(&mut self, code: Option<u32>) {
        match self {
            CodeVec::U8(codes) => codes.push(Code::from_index(code)),
            CodeVec::U16(codes) => codes.push(Code::from_index(code)),
            CodeVec::U32(codes) => codes.push(Code::from_index(code)),
        }
    }

    /// Appends `codes`, each translated through `remap` (a code past it, or missing, stays missing).
    pub(super) fn extend_remapped(&mut self, codes: Codes<'_>, remap: &[u32]) {
        fn extend<C: Code, D: Code>(to: &mut Vec<D>, from: &[C], remap: &[u32]) {
            to.extend(
                from.iter()
                    .map(|code| D::from_index(remap.get(code.index()).copied())),
            );
        }
        match self {
            CodeVec::U8(to) => with_codes!(codes, |from| extend(to, from, remap)),
            CodeVec::U16(to) => with_codes!(codes, |from| extend(to, from, remap)),
            CodeVec::U32(to) => with_codes!(codes, |from| extend(to, from, remap)),
        }
    }

    /// Widens the codes, if need be, so that a dictionary of `labels` labels fits beside the missing code.
    pub(super) fn fit(&mut self, labels: usize) {
        // The capacity is kept: a column being loaded was sized for the whole file.
        fn widened<C: Code, D: Code + TryFrom<usize>>(codes: &[C], capacity: usize) -> Vec<D> {
            let mut wider = Vec::with_capacity(capacity);
            wider.extend(codes.iter().map(|&code| {
                if code.index() >= C::LABELS {
                    D::MISSING
                } else {
                    D::try_from(code.index()).unwrap_or(D::MISSING)
                }
            }));
            wider
        }
        let wider = match self {
            CodeVec::U8(codes) if labels > u8::LABELS => {
                if labels > u16::LABELS {
                    CodeVec::U32(widened(codes, codes.capacity()))
                } else {
                    CodeVec::U16(widened(codes, codes.capacity()))
                }
            }
            CodeVec::U16(codes) if labels > u16::LABELS => {
                CodeVec::U32(widened(codes, codes.capacity()))
            }
            _ => return,
        };
        *self = wider;
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::super::CategoryColumn;
    use super::*;

    fn width(column: &CategoryColumn) -> usize {
        match column.codes() {
            Codes::U8(_) => 1,
            Codes::U16(_) => 2,
            Codes::U32(_) => 4,
        }
    }

    /// A column of `labels` distinct labels, each row's label `row % labels`, every third row missing after the
    /// first `labels` rows (which hold every label once).
    fn column_of(labels: usize, rows: usize) -> (CategoryColumn, Vec<Option<String>>) {
        let mut column = CategoryColumn::with_capacity(rows);
        let mut expected = Vec::new();
        for row in 0..rows {
            let value = (row < labels || row % 3 != 2).then(|| format!("label {}", row % labels));
            column.push(value.as_deref().unwrap_or(""));
            expected.push(value);
        }
        (column, expected)
    }

    fn values(column: &CategoryColumn) -> Vec<Option<String>> {
        (0..column.len())
            .map(|row| column.get(row).map(str::to_owned))
            .collect()
    }

    #[test]
    fn codes_widen_as_the_dictionary_grows_and_keep_every_value() {
        for (labels, expected_width) in [(1, 1), (255, 1), (256, 2), (65_535, 2), (65_536, 4)] {
            let (column, expected) = column_of(labels, labels * 3);
            assert_eq!(column.labels().len(), labels);
            assert_eq!(width(&column), expected_width, "{labels} labels");
            assert_eq!(values(&column), expected, "{labels} labels");
            // The rule tight loops use: a missing row's index is past the labels.
            let row = labels.next_multiple_of(3) + 2;
            let missing = column.codes().index(row);
            assert!(
                missing >= labels,
                "{labels} labels: missing index {missing}"
            );
            assert_eq!(column.codes().get(row), u32::MAX);
            assert_eq!(column.code(row), None);
        }
    }

    #[test]
    fn appending_translates_codes_between_widths() {
        let (mut narrow, mut expected) = column_of(3, 12);
        let (wide, more) = column_of(300, 900);
        narrow.append(&wide);
        expected.extend(more);
        assert_eq!(width(&narrow), 2);
        assert_eq!(values(&narrow), expected);
        let (mut wide, mut expected) = column_of(300, 900);
        let (narrow, more) = column_of(3, 12);
        wide.append(&narrow);
        expected.extend(more);
        assert_eq!(values(&wide), expected);
    }

    #[test]
    fn push_code_past_the_dictionary_is_missing() {
        let mut column = CategoryColumn::default();
        column.intern("a");
        column.push_code(Some(0));
        column.push_code(Some(1));
        column.push_code(None);
        assert_eq!(values(&column), [Some("a".to_owned()), None, None]);
    }

    proptest! {
        /// Parts appended one after another hold the rows of one column pushed row by row.
        #[test]
        fn appended_parts_equal_one_column(parts in prop::collection::vec(
            prop::collection::vec(prop::option::of(0u16..400), 0..300), 1..5,
        )) {
            let mut whole = CategoryColumn::default();
            let mut joined = CategoryColumn::default();
            for part in &parts {
                let mut column = CategoryColumn::default();
                for value in part {
                    let text = value.map(|v| format!("v{v}")).unwrap_or_default();
                    column.push(&text);
                    whole.push(&text);
                }
                joined.append(&column);
            }
            prop_assert_eq!(values(&joined), values(&whole));
            prop_assert_eq!(width(&joined), width(&whole));
        }
    }
}

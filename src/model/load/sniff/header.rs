//! Which row of a table is the header, below any title lines (for sniffed CSV and for spreadsheets alike).

use super::dialect::{SNIFF_RECORDS, modal_count};

/// Rows that may be title lines above the header.
const HEADER_CANDIDATES: usize = 50;

/// The most rows [`find_header_row`] looks at: the candidates and the rows that follow them.
pub const HEADER_ROWS_LOOKED_AT: usize = HEADER_CANDIDATES + SNIFF_RECORDS;

/// For already-split rows (a sniffed CSV, or a spreadsheet): the index of the header row, 0 when none stands out.
///
/// The header is the first row (of the first 50) whose length equals the most common length of the next 200
/// rows and whose non-empty cells are mostly non-numeric text; when the table has more than one column it also
/// needs at least two non-empty cells and at least half as many as a typical following row, so title lines
/// ("2015年重庆市港资项目一览表" alone, or padded with empty cells by a spreadsheet) and the sparse top row of a
/// two-row merged header are skipped. A length one off the common one also counts (a trailing delimiter on the
/// data rows only); if no row fits the length at all, the first row that passes the text test is taken.
pub fn find_header_row<S: AsRef<str>>(rows: &[Vec<S>]) -> usize {
    let candidates = rows.len().min(HEADER_CANDIDATES);
    let mut relaxed = None;
    for i in 0..candidates {
        let Some(row) = rows.get(i) else { break };
        let following = rows.get(i + 1..).unwrap_or_default();
        let following = following
            .get(..following.len().min(SNIFF_RECORDS))
            .unwrap_or_default();
        let Some((width, _)) = modal_count(following.iter().map(Vec::len)) else {
            break;
        };
        let mut filled: Vec<usize> = following.iter().map(|r| non_empty(r)).collect();
        filled.sort_unstable();
        let typical_filled = filled.get(filled.len() / 2).copied().unwrap_or(0);
        if !is_header_like(row, width, typical_filled) {
            continue;
        }
        // One cell more or less is a header without the data rows' trailing delimiter (or with an extra one).
        if row.len().abs_diff(width) <= 1 {
            return i;
        }
        relaxed.get_or_insert(i);
    }
    relaxed.unwrap_or(0)
}

fn non_empty<S: AsRef<str>>(row: &[S]) -> usize {
    row.iter().filter(|c| !c.as_ref().trim().is_empty()).count()
}

/// Mostly non-numeric text, and filled enough for a table `width` columns wide.
fn is_header_like<S: AsRef<str>>(row: &[S], width: usize, typical_filled: usize) -> bool {
    let cells: Vec<&str> = row
        .iter()
        .map(|c| c.as_ref().trim())
        .filter(|c| !c.is_empty())
        .collect();
    if cells.is_empty() {
        return false;
    }
    if width > 1 && (cells.len() < 2 || cells.len() * 2 < typical_filled) {
        return false;
    }
    let numeric = cells.iter().filter(|c| looks_numeric(c)).count();
    numeric * 2 < cells.len()
}

/// Currency and sign prefixes that may precede a number.
const NUMBER_PREFIXES: [&str; 10] = ["+", "-", "−", "¥", "￥", "$", "€", "£", "HK$", "US$"];

/// Strips a sign or currency prefix and a percent suffix.
pub(super) fn number_core(cell: &str) -> &str {
    let mut s = cell.trim();
    while let Some(rest) = NUMBER_PREFIXES.iter().find_map(|p| s.strip_prefix(p)) {
        s = rest.trim_start();
    }
    s.trim_end_matches(['%', '‰']).trim_end()
}

/// A number, date or time as data cells hold them ("1,234.5", "12,5", "-3%", "2015-06-30", "2015/6/30").
fn looks_numeric(cell: &str) -> bool {
    let s = number_core(cell);
    let mut chars = s.chars();
    if !chars.next().is_some_and(|c| c.is_ascii_digit()) {
        return false;
    }
    let mut exponent = false;
    chars.all(|c| match c {
        '0'..='9' | '.' | ',' | ' ' | '\u{a0}' | '\u{202f}' | '\'' | '-' | '/' | ':' => true,
        'e' | 'E' if !exponent => {
            exponent = true;
            true
        }
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load::sniff::sniff_dialect;

    #[test]
    fn title_line_above_header() {
        let text = "2015年重庆市港资项目一览表\n项目名称,区县,合同外资\n来福士,渝中区,120000\n\
                    国金中心,江北区,80000\n置地,南岸区,45000\n";
        let dialect = sniff_dialect(text);
        assert_eq!(dialect.delimiter, b',');
        assert_eq!(dialect.header_record, 1);

        // The same title padded with empty cells, as spreadsheets export it.
        let padded = "2015年重庆市港资项目一览表,,\n单位：万美元,,\n项目名称,区县,合同外资\n来福士,渝中区,120000\n\
                      国金中心,江北区,80000\n";
        assert_eq!(sniff_dialect(padded).header_record, 2);
    }

    #[test]
    fn find_header_row_on_split_rows() {
        let rows = vec![
            vec!["2015年重庆市港资项目一览表", "", "", ""],
            vec!["", "", "", ""],
            vec!["项目名称", "区县", "合同外资", "2015"],
            vec!["来福士", "渝中区", "120000", "1"],
            vec!["国金中心", "江北区", "80000", "2"],
        ];
        assert_eq!(find_header_row(&rows), 2);
        assert_eq!(find_header_row::<String>(&[]), 0);
        assert_eq!(find_header_row(&[vec!["1", "2"], vec!["3", "4"]]), 0);
    }
}

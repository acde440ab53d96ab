//! The words for a spreadsheet refused or unreadable ([`WorkbookProblem`]): what the file is instead, which
//! part or sheet goes beyond which limit, and what to do about it, in the reader's language. The spreadsheet
//! library's own words (a damaged file's detail) stay as it gives them, quoted for a support request: they come
//! as text and nothing in them can be typed.

use super::quoted;
use crate::i18n::Lang;
use crate::model::error::{SheetName, TableLimit, WorkbookProblem};
use crate::tr;

/// A refusal, with the sheet it happened in when there is one: `sheet "项目": …` / `工作表“项目”：…`.
pub(super) fn workbook_text(sheet: Option<&str>, problem: &WorkbookProblem, lang: Lang) -> String {
    let sheet = sheet.map(|name| quoted(&[name.to_owned()], lang));
    if let WorkbookProblem::ReaderStopped { detail } = problem {
        // The sheet being read is part of what stopped, not a place in front of it.
        return match sheet {
            Some(sheet) => tr!(
                lang,
                "workbook-reader-stopped-at",
                sheet = sheet,
                detail = detail.as_str()
            ),
            None => tr!(lang, "workbook-reader-stopped", detail = detail.as_str()),
        };
    }
    let what = problem_text(problem, lang);
    match sheet {
        Some(sheet) => tr!(lang, "workbook-in-sheet", sheet = sheet, what = what),
        None => what,
    }
}

fn problem_text(problem: &WorkbookProblem, lang: Lang) -> String {
    let bytes = |n: u64| bytes_text(n, lang);
    match problem {
        WorkbookProblem::NotAWorkbook { holds: None } => tr!(lang, "workbook-not-a-workbook"),
        WorkbookProblem::NotAWorkbook {
            holds: Some(crate::model::error::Container::Compound),
        } => tr!(lang, "workbook-compound-without-workbook"),
        WorkbookProblem::NotAWorkbook {
            holds: Some(crate::model::error::Container::Zip),
        } => tr!(lang, "workbook-zip-without-workbook"),
        WorkbookProblem::WebPage => tr!(lang, "workbook-web-page"),
        WorkbookProblem::XmlSpreadsheet => tr!(lang, "workbook-xml-spreadsheet"),
        WorkbookProblem::Password => tr!(lang, "workbook-password"),
        WorkbookProblem::Damaged { detail } => {
            tr!(lang, "workbook-damaged", detail = detail.as_str())
        }
        WorkbookProblem::ReaderStopped { detail } => {
            tr!(lang, "workbook-reader-stopped", detail = detail.as_str())
        }
        WorkbookProblem::TooManyParts { parts, limit } => tr!(
            lang,
            "workbook-too-many-parts",
            parts = *parts,
            limit = *limit
        ),
        WorkbookProblem::ArchiveTooLarge { limit } => {
            tr!(lang, "workbook-archive-too-large", limit = bytes(*limit))
        }
        WorkbookProblem::PartTooLarge { part, size, limit } => tr!(
            lang,
            "workbook-part-too-large",
            part = part.as_str(),
            size = bytes(*size),
            limit = bytes(*limit)
        ),
        WorkbookProblem::PartPackedTight {
            part,
            packed,
            size,
            ratio,
        } => tr!(
            lang,
            "workbook-part-packed-tight",
            part = part.as_str(),
            packed = bytes(*packed),
            size = bytes(*size),
            ratio = *ratio
        ),
        WorkbookProblem::PartBeyondDeclared { part, declared } => tr!(
            lang,
            "workbook-part-beyond-declared",
            part = part.as_str(),
            declared = bytes(*declared)
        ),
        WorkbookProblem::LongTag { part, limit } => tr!(
            lang,
            "workbook-long-tag",
            part = part.as_str(),
            limit = bytes(*limit)
        ),
        WorkbookProblem::LongText { part, limit } => tr!(
            lang,
            "workbook-long-text",
            part = part.as_str(),
            limit = bytes(*limit)
        ),
        WorkbookProblem::SharedStringsAnnounced {
            part,
            announced,
            limit,
        } => tr!(
            lang,
            "workbook-strings-announced",
            part = part.as_str(),
            announced = *announced,
            limit = *limit
        ),
        WorkbookProblem::TooManySharedStrings { part, limit } => tr!(
            lang,
            "workbook-too-many-strings",
            part = part.as_str(),
            limit = *limit
        ),
        WorkbookProblem::OdsGrid {
            part,
            limit,
            trim: true,
        } => tr!(
            lang,
            "workbook-ods-grid-trim",
            part = part.as_str(),
            limit = *limit
        ),
        WorkbookProblem::OdsGrid {
            part,
            limit,
            trim: false,
        } => tr!(
            lang,
            "workbook-ods-grid",
            part = part.as_str(),
            limit = *limit
        ),
        WorkbookProblem::SectorLoop => tr!(lang, "workbook-sector-loop"),
        WorkbookProblem::StreamOutside => tr!(lang, "workbook-stream-outside"),
        WorkbookProblem::SectorTable => tr!(lang, "workbook-sector-table"),
        WorkbookProblem::XlsSheets { sheet, limit } => tr!(
            lang,
            "workbook-xls-sheets",
            sheet = sheet_name(sheet, lang),
            limit = *limit
        ),
        WorkbookProblem::XlsFarCell {
            sheet,
            cell,
            start,
            rows,
            columns,
            limit,
        } => tr!(
            lang,
            "workbook-xls-far-cell",
            sheet = sheet_name(sheet, lang),
            cell = cell.as_str(),
            start = start.as_str(),
            rows = *rows,
            columns = *columns,
            limit = *limit
        ),
        // Rows and columns as the sheet numbers them: no thousands separator.
        WorkbookProblem::XlsDimensions {
            sheet,
            first_row,
            last_row,
            first_column,
            last_column,
            limit,
        } => tr!(
            lang,
            "workbook-xls-dimensions",
            sheet = sheet_name(sheet, lang),
            first_row = first_row.to_string(),
            last_row = last_row.to_string(),
            first_column = first_column.to_string(),
            last_column = last_column.to_string(),
            limit = *limit
        ),
        WorkbookProblem::FilledCells { limit } => {
            tr!(lang, "workbook-filled-cells", limit = *limit)
        }
        WorkbookProblem::FarCell {
            cell,
            table,
            rows,
            columns,
            limit,
        } => tr!(
            lang,
            "workbook-far-cell",
            cell = cell.as_str(),
            table = table.as_str(),
            rows = *rows,
            columns = *columns,
            limit = table_limit(*limit, lang)
        ),
        WorkbookProblem::TableTooLarge {
            table,
            rows,
            columns,
            limit,
        } => tr!(
            lang,
            "workbook-table-too-large",
            table = table.as_str(),
            rows = *rows,
            columns = *columns,
            limit = table_limit(*limit, lang)
        ),
    }
}

/// `"项目"` quoted as the reader's script quotes, or "no. 2" when the sheet's name could not be read.
fn sheet_name(sheet: &SheetName, lang: Lang) -> String {
    match sheet {
        SheetName::Named(name) => quoted(std::slice::from_ref(name), lang),
        SheetName::Number(n) => tr!(lang, "workbook-sheet-number", n = *n),
    }
}

fn table_limit(limit: TableLimit, lang: Lang) -> String {
    match limit {
        TableLimit::Columns(limit) => tr!(lang, "workbook-limit-columns", limit = limit),
        TableLimit::Cells(limit) => tr!(lang, "workbook-limit-cells", limit = limit),
    }
}

/// A byte count as a file manager writes it: "1.5 MB", "2.0 GB", "700 bytes" / "700 字节" (KB, MB and GB are
/// read the same in Chinese).
fn bytes_text(bytes: u64, lang: Lang) -> String {
    const UNITS: [(u64, &str); 3] = [(1 << 30, "GB"), (1 << 20, "MB"), (1 << 10, "KB")];
    for (size, unit) in UNITS {
        if bytes >= size {
            let value = bytes as f64 / size as f64;
            return if value >= 10.0 {
                format!("{value:.0} {unit}")
            } else {
                format!("{:.1} {unit}", (value * 10.0).floor() / 10.0)
            };
        }
    }
    tr!(lang, "size-bytes", n = bytes.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_counts_read_like_a_file_manager() {
        assert_eq!(bytes_text(700, Lang::En), "700 bytes");
        assert_eq!(bytes_text(700, Lang::ZhHans), "700 字节");
        assert_eq!(bytes_text(700, Lang::ZhHant), "700 位元組");
        assert_eq!(bytes_text(1536, Lang::En), "1.5 KB");
        assert_eq!(bytes_text(2 << 30, Lang::ZhHans), "2.0 GB");
        assert_eq!(bytes_text(40 << 20, Lang::En), "40 MB");
    }
}

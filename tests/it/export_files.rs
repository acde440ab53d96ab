//! Exports written to real files and read back with independent readers: the csv crate for CSV and TSV, calamine
//! for XLSX, serde_json and ron for JSON and RON. What the user selected is what the file holds.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use calamine::{Data, Reader, Xlsx, open_workbook};
use invest_explorer::export::{
    self, BreakdownExport, CrossTabExport, ExportError, MAX_XLSX_ROWS, RowExport, RowFormat,
    TableFormat, default_file_stem, export_breakdown_to_file, export_cross_tab_to_file,
    export_rows_to_file, neutralise_formula, write_atomically,
};
use invest_explorer::format::{Currency, MoneyFormat, Scale};
use invest_explorer::model::bands::SYNTHETIC_LABEL;
use invest_explorer::model::{
    Cell, ColumnId, ColumnKind, DataSource, Dataset, Date, ProjectRow, ProjectTable, ReferenceData,
};
use invest_explorer::query::{self, Amounts, Filter, GroupBy, SortKey};

const HYPERLINK: &str = "=HYPERLINK(\"http://x\",\"y\")";

/// The embedded dataset, Finance 2010–2020, largest first: the selection most exports below write.
struct Selected {
    dataset: Dataset,
    filter: Filter,
    sort: Vec<SortKey>,
    rows: Vec<u32>,
    columns: Vec<ColumnId>,
}

fn finance_2010_2020() -> Selected {
    let dataset = Dataset::embedded().unwrap();
    let mut filter = Filter::default();
    filter.sectors.insert("Finance".into());
    filter.year_from = Some(2010);
    filter.year_to = Some(2020);
    let sort = vec![SortKey::descending("contracted_usd_m")];
    let mut rows = query::select(&dataset, &filter).rows;
    query::sort_rows(&dataset.projects, &mut rows, &sort);
    let columns = dataset.projects.columns().collect();
    Selected {
        dataset,
        filter,
        sort,
        rows,
        columns,
    }
}

impl Selected {
    fn export(&self) -> RowExport<'_> {
        RowExport {
            names: invest_explorer::query::Names::Real,
            dataset: &self.dataset,
            rows: &self.rows,
            columns: &self.columns,
            filter: &self.filter,
            sort: &self.sort,
        }
    }

    fn cell(&self, column: ColumnId, row: u32) -> Cell<'_> {
        self.dataset.projects.cell(column, row as usize)
    }
}

/// A few hand-made rows: formula-like text, missing values, a date, and names on both sides of the filter.
fn fixture() -> Dataset {
    let row = |id: &str, name: &str, sector: &str, amount: f64| ProjectRow {
        id: id.into(),
        name: name.into(),
        investor: "Harbour Capital Limited".into(),
        origin: "Hong Kong SAR".into(),
        sector: sector.into(),
        sub_sector: "Banking".into(),
        district: "Yuzhong".into(),
        year: Some(2012),
        status: "Operating".into(),
        contracted_usd_m: amount,
        utilized_usd_m: amount * 0.5,
        employees: 1234.0,
        lat: 29.556_312,
        lon: 106.577_045,
        in_liangjiang: Some(false),
        contract_date: Date::from_ymd(2012, 3, 14),
        is_synthetic: Some(false),
        source: "Test fixture".into(),
    };
    let mut missing = row("T-3", "-5 Tower", "Finance", f64::NAN);
    missing.year = None;
    missing.contract_date = None;
    missing.employees = f64::NAN;
    missing.in_liangjiang = None;
    missing.investor = "@Risk Holdings".into();
    let rows = [
        row("T-1", HYPERLINK, "Finance", 1234.5678),
        row("T-2", "Harbour Tower", "Real estate", 12.25),
        missing,
    ];
    Dataset::new(
        ProjectTable::from_rows(&rows),
        ReferenceData::embedded().unwrap(),
        DataSource::File(PathBuf::from("fixture.csv")),
    )
}

fn all_rows(dataset: &Dataset) -> Vec<u32> {
    (0..dataset.projects.len() as u32).collect()
}

fn open_xlsx(path: &Path) -> Xlsx<std::io::BufReader<std::fs::File>> {
    open_workbook(path).unwrap()
}

/// The About sheet as `field ⇒ value`.
fn about(path: &Path) -> BTreeMap<String, String> {
    let range = open_xlsx(path).worksheet_range("About").unwrap();
    let mut rows = range.rows();
    assert_eq!(
        rows.next().unwrap(),
        [Data::String("Field".into()), Data::String("Value".into())]
    );
    rows.map(|row| (row[0].to_string(), row[1].to_string()))
        .collect()
}

/// The header title an XLSX Projects sheet should have.
fn xlsx_title(dataset: &Dataset, column: ColumnId) -> String {
    let table = &dataset.projects;
    if table.column_kind(column) == ColumnKind::Amount {
        format!("{} (USD m)", table.column_title(column))
    } else {
        table.column_title(column).to_owned()
    }
}

/// The number format of an XLSX Projects sheet's cells in `column` (none for text and flags).
fn expected_number_format(table: &ProjectTable, column: ColumnId) -> Option<&'static str> {
    use invest_explorer::model::Field;
    match column {
        ColumnId::Field(Field::Year) => Some("0"),
        ColumnId::Field(Field::Lat | Field::Lon) => Some("0.0000"),
        _ => match table.column_kind(column) {
            ColumnKind::Amount => Some("#,##0.0"),
            ColumnKind::Integer => Some("#,##0"),
            ColumnKind::Date => Some("yyyy-mm-dd"),
            ColumnKind::Text | ColumnKind::Category | ColumnKind::Number | ColumnKind::Bool => None,
        },
    }
}

/// The value calamine should read for a cell.
fn expected_xlsx(cell: Cell<'_>) -> Data {
    match cell {
        Cell::Missing => Data::Empty,
        Cell::Text(text) => Data::String(text.to_owned()),
        Cell::Integer(value) => Data::Float(value as f64),
        Cell::Number(value) => Data::Float(value),
        Cell::Bool(value) => Data::Bool(value),
        Cell::Date(_) => unreachable!("dates are compared by their parts"),
    }
}

fn assert_xlsx_cell(actual: &Data, cell: Cell<'_>, at: &str) {
    if let Cell::Date(date) = cell {
        let Data::DateTime(excel) = actual else {
            panic!("{at}: {actual:?} is not a date");
        };
        let (year, month, day, ..) = excel.to_ymd_hms_milli();
        assert_eq!(
            (i32::from(year), u32::from(month), u32::from(day)),
            (date.year(), date.month(), date.day()),
            "{at}"
        );
    } else {
        assert_eq!(actual, &expected_xlsx(cell), "{at}");
    }
}

fn read_delimited(path: &Path, delimiter: u8) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_path(path)
        .unwrap();
    let header = reader.headers().unwrap().iter().map(String::from).collect();
    let rows = reader
        .records()
        .map(|record| record.unwrap().iter().map(String::from).collect())
        .collect();
    (header, rows)
}

/// What CSV and TSV should hold for a cell: plain text, formulas neutralised.
fn expected_text(cell: Cell<'_>) -> String {
    match cell {
        Cell::Text(text) => neutralise_formula(text),
        other => other.to_string(),
    }
}

#[test]
fn every_row_format_holds_the_selection_in_order() {
    let selected = finance_2010_2020();
    let export = selected.export();
    let table = &selected.dataset.projects;
    assert!(selected.rows.len() > 10, "the filter selects a real sample");
    let dir = tempfile::tempdir().unwrap();
    let stem = default_file_stem(&selected.filter, "hk-projects");
    assert_eq!(stem, "hk-projects-finance-2010-2020");
    let names: Vec<&str> = selected
        .columns
        .iter()
        .map(|&c| table.column_name(c))
        .collect();
    let rows_text = format!(
        "{} of 3,530 projects",
        invest_explorer::format::count(selected.rows.len())
    );

    for format in RowFormat::ALL {
        let path = dir.path().join(format!("{stem}.{}", format.extension()));
        export_rows_to_file(&export, &path).unwrap();
        match format {
            RowFormat::Csv | RowFormat::Tsv => {
                let delimiter = if format == RowFormat::Csv {
                    b','
                } else {
                    b'\t'
                };
                let (header, rows) = read_delimited(&path, delimiter);
                // The synthetic rows say so on every row, in a last column plain readers take as any other.
                assert_eq!(header[..names.len()], names);
                assert_eq!(header[names.len()..], ["data_status"]);
                assert_eq!(rows.len(), selected.rows.len());
                for (record, &row) in rows.iter().zip(&selected.rows) {
                    for (value, &column) in record.iter().zip(&selected.columns) {
                        assert_eq!(value, &expected_text(selected.cell(column, row)));
                    }
                    assert_eq!(record.last().unwrap(), "synthetic sample");
                }
                // And a sidecar beside it says what the file holds.
                let about =
                    std::fs::read_to_string(dir.path().join(format!("{stem}.about.txt"))).unwrap();
                assert!(about.contains(&format!("Rows: {rows_text}")), "{about}");
                assert!(
                    about.contains(&format!("Filters: {}", selected.filter.describe())),
                    "{about}"
                );
                assert!(
                    about.contains("Units: Amounts in USD millions (USD m)"),
                    "{about}"
                );
                assert!(
                    about.contains(&format!("Data: {SYNTHETIC_LABEL}")),
                    "{about}"
                );
                assert!(about.contains("Exported at: "), "{about}");
                assert!(about.contains("Column data_status"), "{about}");
            }
            RowFormat::Xlsx => check_projects_sheet(&selected, &path, &rows_text),
            RowFormat::Json => {
                let json: serde_json::Value =
                    serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
                let meta = &json["meta"];
                let rows = json["rows"].as_array().unwrap();
                assert_eq!(meta["rows_selected"].as_u64().unwrap() as usize, rows.len());
                assert_eq!(rows.len(), selected.rows.len());
                assert_eq!(meta["rows_total"], 3530);
                assert_eq!(meta["filters"], selected.filter.describe());
                assert_eq!(meta["sort"], "Contracted (descending)");
                assert_eq!(meta["title"], "Hong Kong-invested projects in Chongqing");
                assert_eq!(meta["data"], SYNTHETIC_LABEL);
                assert_eq!(meta["units"], "Amounts in USD millions (USD m)");
                assert!(meta["currency_note"].is_null());
                assert!(meta["exported_at"].as_str().unwrap().ends_with('Z'));
                let first = selected.rows[0] as usize;
                assert_eq!(rows[0]["id"], table.id.get(first));
                assert_eq!(rows[0]["contracted_usd_m"], table.contracted_usd_m[first]);
            }
            RowFormat::Ron => {
                #[derive(serde::Deserialize)]
                struct Meta {
                    rows_selected: usize,
                    filters: String,
                    sort: String,
                    currency_note: Option<String>,
                }
                #[derive(serde::Deserialize)]
                struct Document {
                    meta: Meta,
                    rows: Vec<BTreeMap<String, ron::Value>>,
                }
                let text = std::fs::read_to_string(&path).unwrap();
                let document: Document = ron::from_str(&text).unwrap();
                assert_eq!(document.meta.rows_selected, document.rows.len());
                assert_eq!(document.rows.len(), selected.rows.len());
                assert_eq!(document.meta.filters, selected.filter.describe());
                assert_eq!(document.meta.sort, "Contracted (descending)");
                assert_eq!(document.meta.currency_note, None);
                assert_eq!(document.rows[0].len(), selected.columns.len());
            }
        }
    }
}

/// The Projects sheet holds typed cells under titled, bold headers; the About sheet describes the selection.
fn check_projects_sheet(selected: &Selected, path: &Path, rows_text: &str) {
    let dataset = &selected.dataset;
    let mut workbook = open_xlsx(path);
    assert_eq!(workbook.sheet_names(), ["Projects", "About"]);
    let range = workbook.worksheet_range("Projects").unwrap();
    assert_eq!(range.start(), Some((0, 0)));
    assert_eq!(range.height(), selected.rows.len() + 1);
    for (index, &column) in selected.columns.iter().enumerate() {
        assert_eq!(
            range.get_value((0, index as u32)),
            Some(&Data::String(xlsx_title(dataset, column)))
        );
    }
    assert_eq!(
        range.get_value((0, 9)),
        Some(&Data::String("Contracted (USD m)".into()))
    );
    for (position, &row) in selected.rows.iter().enumerate() {
        for (index, &column) in selected.columns.iter().enumerate() {
            let at = (position as u32 + 1, index as u32);
            let actual = range.get_value(at).unwrap_or(&Data::Empty);
            let where_ = format!("row {position}, {}", xlsx_title(dataset, column));
            assert_xlsx_cell(actual, selected.cell(column, row), &where_);
        }
    }
    // Numbers are numbers (never text), and every contract date came back as a date.
    let first = selected.rows.len() as u32;
    assert!(matches!(range.get_value((first, 9)), Some(Data::Float(_))));
    assert!(
        (1..=first).any(|r| matches!(range.get_value((r, 15)), Some(Data::DateTime(_)))),
        "contract dates are dates"
    );

    let styles = workbook.worksheet_style("Projects").unwrap();
    let style = |at: (u32, u32)| styles.get(at).cloned().unwrap_or_default();
    assert!(
        style((0, 0)).font.is_some_and(|f| f.is_bold()),
        "bold header"
    );
    let number_format = |at| style(at).number_format.map(|f| f.format_code);
    assert_eq!(number_format((1, 9)).as_deref(), Some("#,##0.0"));
    assert_eq!(
        number_format((1, 7)).as_deref(),
        Some("0"),
        "years without separator"
    );
    assert_eq!(
        number_format((1, 11)).as_deref(),
        Some("#,##0"),
        "employees"
    );
    assert_eq!(
        number_format((1, 12)).as_deref(),
        Some("0.0000"),
        "latitude"
    );
    assert_eq!(number_format((1, 15)).as_deref(), Some("yyyy-mm-dd"));

    let about = about(path);
    assert_eq!(about["Title"], "Hong Kong-invested projects in Chongqing");
    assert_eq!(about["Filters"], "Sector: Finance; Years: 2010–2020");
    assert_eq!(about["Rows"], rows_text);
    assert_eq!(about["Sort"], "Contracted (descending)");
    assert_eq!(about["Data"], SYNTHETIC_LABEL);
    assert_eq!(about["Source"], dataset.provenance.describe());
    assert_eq!(about["Units"], "Amounts in USD millions (USD m)");
    assert!(about["App version"].contains(env!("CARGO_PKG_VERSION")));
    let exported_at = &about["Exported at"];
    assert_eq!(
        exported_at.len(),
        "2024-05-01T09:30:00Z".len(),
        "{exported_at}"
    );
    assert!(exported_at.starts_with("20") && exported_at.ends_with('Z'));
    assert!(!about.contains_key("Currency note"));
}

#[test]
fn formula_like_text_is_neutralised_in_csv_and_a_plain_string_in_xlsx() {
    let dataset = fixture();
    let rows = all_rows(&dataset);
    let columns: Vec<ColumnId> = dataset.projects.columns().collect();
    let filter = Filter::default();
    let export = RowExport {
        names: invest_explorer::query::Names::Real,
        dataset: &dataset,
        rows: &rows,
        columns: &columns,
        filter: &filter,
        sort: &[],
    };
    let dir = tempfile::tempdir().unwrap();

    let csv_path = dir.path().join("rows.csv");
    export_rows_to_file(&export, &csv_path).unwrap();
    let (header, records) = read_delimited(&csv_path, b',');
    let name = header.iter().position(|h| h == "name").unwrap();
    let investor = header.iter().position(|h| h == "investor").unwrap();
    assert_eq!(records[0][name], format!("'{HYPERLINK}"));
    assert_eq!(records[1][name], "Harbour Tower");
    assert_eq!(records[2][name], "'-5 Tower");
    assert_eq!(records[2][investor], "'@Risk Holdings");
    let contracted = header.iter().position(|h| h == "contracted_usd_m").unwrap();
    assert_eq!(
        records[2][contracted], "",
        "a missing amount is an empty field"
    );

    let xlsx_path = dir.path().join("rows.xlsx");
    export_rows_to_file(&export, &xlsx_path).unwrap();
    let mut workbook = open_xlsx(&xlsx_path);
    let range = workbook.worksheet_range("Projects").unwrap();
    let name = name as u32;
    assert_eq!(
        range.get_value((1, name)),
        Some(&Data::String(HYPERLINK.into())),
        "the exact text, no apostrophe"
    );
    assert_eq!(
        range.get_value((3, name)),
        Some(&Data::String("-5 Tower".into()))
    );
    let formulas = workbook.worksheet_formula("Projects").unwrap();
    assert!(
        formulas.rows().flatten().all(String::is_empty),
        "no cell is a formula"
    );
    // Missing values are blank cells, not zeros or empty strings.
    assert_eq!(range.get_value((3, contracted as u32)), Some(&Data::Empty));
    assert_eq!(
        range.get_value((1, contracted as u32)),
        Some(&Data::Float(1234.5678))
    );
    let about = about(&xlsx_path);
    assert_eq!(about["Data"], "Your data");
    assert_eq!(about["Sort"], "table order");
    assert_eq!(about["Rows"], "3 of 3 projects");
    assert_eq!(about["Filters"], "No filters");
}

#[test]
fn breakdown_files_hold_the_groups_as_shown() {
    let selected = finance_2010_2020();
    let dataset = &selected.dataset;
    let table = &dataset.projects;
    // The breakdown of the Finance selection by district, in billions, to check scaling and units.
    let groups = query::group_by(
        table,
        Amounts::usd(table),
        &selected.rows,
        GroupBy::District,
    );
    assert!(groups.len() > 2);
    let money = MoneyFormat {
        currency: Currency::Usd,
        scale: Scale::Billions,
    };
    let totals = query::summarize(Amounts::usd(table), &selected.rows);
    let export = BreakdownExport {
        dataset,
        by: GroupBy::District,
        groups: &groups,
        totals: &totals,
        money,
        filter: &selected.filter,
        rows_selected: selected.rows.len(),
    };
    let header = [
        "District",
        "Projects",
        "Contracted (USD bn)",
        "Utilised (USD bn)",
        "Share of contracted (%)",
        "Average (USD bn)",
        "Median (USD bn)",
        "Utilisation (%)",
    ];
    // Each group's values, in the header's order; `None` is a blank cell.
    let expected: Vec<Vec<Option<f64>>> = groups
        .iter()
        .map(|g| {
            let s = &g.summary;
            vec![
                Some(s.count as f64),
                Some(s.contracted_usd_m / 1000.0),
                Some(s.utilized_usd_m / 1000.0),
                Some(g.share_pct),
                s.mean_usd_m.map(|v| v / 1000.0),
                s.median_usd_m.map(|v| v / 1000.0),
                s.utilization_pct,
            ]
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();

    let csv_path = dir.path().join("breakdown.csv");
    export_breakdown_to_file(&export, &csv_path).unwrap();
    let (csv_header, records) = read_delimited(&csv_path, b',');
    assert_eq!(csv_header, header);
    assert_eq!(records.len(), groups.len() + 1, "the groups, then Total");
    for ((record, group), values) in records.iter().zip(&groups).zip(&expected) {
        assert_eq!(record[0], group.key);
        for (field, value) in record[1..].iter().zip(values) {
            assert_eq!(field.parse::<f64>().ok(), *value, "{}", group.key);
        }
    }
    let total = records.last().unwrap();
    assert_eq!(total[0], "Total");
    assert_eq!(total[1], selected.rows.len().to_string());
    let contracted: f64 = total[2].parse().unwrap();
    assert!((contracted - totals.contracted_usd_m / 1000.0).abs() < 1e-9);
    assert_eq!(total[4], "100");
    assert!(
        dir.path().join("breakdown.about.txt").is_file(),
        "a CSV has its sidecar"
    );

    let xlsx_path = dir.path().join("breakdown.xlsx");
    export_breakdown_to_file(&export, &xlsx_path).unwrap();
    let mut workbook = open_xlsx(&xlsx_path);
    assert_eq!(workbook.sheet_names(), ["Breakdown", "About"]);
    let range = workbook.worksheet_range("Breakdown").unwrap();
    let rows: Vec<&[Data]> = range.rows().collect();
    assert_eq!(rows[0], header.map(|h| Data::String(h.into())).as_slice());
    assert_eq!(rows.len(), groups.len() + 2, "header, groups, Total");
    for ((row, group), values) in rows[1..].iter().zip(&groups).zip(&expected) {
        assert_eq!(row[0], Data::String(group.key.clone()));
        for (cell, value) in row[1..].iter().zip(values) {
            assert_eq!(
                *cell,
                value.map_or(Data::Empty, Data::Float),
                "{}",
                group.key
            );
        }
    }
    let styles = workbook.worksheet_style("Breakdown").unwrap();
    let amount_format = styles
        .get((1, 2))
        .and_then(|s| s.number_format.clone())
        .map(|f| f.format_code);
    assert_eq!(
        amount_format.as_deref(),
        Some("#,##0.000"),
        "billions keep three decimals"
    );
    let about = about(&xlsx_path);
    assert_eq!(about["Contents"], "Breakdown by district");
    assert_eq!(about["Filters"], "Sector: Finance; Years: 2010–2020");
    assert_eq!(
        about["Rows"],
        format!(
            "{} of 3,530 projects",
            invest_explorer::format::count(selected.rows.len())
        )
    );
    assert_eq!(about["Units"], "Amounts in USD billions (USD bn)");
    assert!(!about.contains_key("Sort"));
}

#[test]
fn cross_tab_files_hold_the_cells_and_totals_as_shown() {
    let dataset = Dataset::embedded().unwrap();
    let table = &dataset.projects;
    let filter = Filter {
        year_from: Some(2015),
        ..Filter::default()
    };
    let rows = query::select(&dataset, &filter).rows;
    let cross = query::cross_tab(
        table,
        Amounts::usd(table),
        &rows,
        GroupBy::Sector,
        GroupBy::Status,
    );
    let money = MoneyFormat {
        currency: Currency::Cny,
        scale: Scale::Millions,
    };
    let export = CrossTabExport {
        dataset: &dataset,
        row_by: GroupBy::Sector,
        column_by: GroupBy::Status,
        cross: &cross,
        money,
        filter: &filter,
        rows_selected: rows.len(),
    };
    let selection_total = query::summarize(Amounts::usd(table), &rows).contracted_usd_m;
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-6 * b.abs().max(1.0);
    let dir = tempfile::tempdir().unwrap();

    // The same checks on what CSV and XLSX read back as optional numbers.
    let check = |header: &[String], body: &[Vec<Option<f64>>], labels: &[String]| {
        assert_eq!(header[0], "Sector \\ Status (CNY m)");
        assert_eq!(header[1..=cross.column_labels.len()], cross.column_labels);
        assert_eq!(header.last().unwrap(), "Total");
        assert_eq!(body.len(), cross.row_labels.len() + 1);
        assert_eq!(labels[..cross.row_labels.len()], cross.row_labels);
        assert_eq!(labels.last().unwrap(), "Total");
        for (values, cells) in body.iter().zip(&cross.cells) {
            for (value, cell) in values.iter().zip(cells) {
                let shown = (cell.count > 0).then_some(cell.contracted_usd_m);
                assert_eq!(*value, shown);
            }
            let row_total: f64 = cells.iter().map(|c| c.contracted_usd_m).sum();
            assert!(close(values.last().unwrap().unwrap(), row_total));
        }
        let totals = body.last().unwrap();
        for (column, total) in totals[..cross.column_labels.len()].iter().enumerate() {
            let expected: f64 = cross.cells.iter().map(|r| r[column].contracted_usd_m).sum();
            assert!(close(total.unwrap(), expected));
        }
        assert!(close(totals.last().unwrap().unwrap(), selection_total));
    };

    let csv_path = dir.path().join("cross.csv");
    export_cross_tab_to_file(&export, &csv_path).unwrap();
    let (header, records) = read_delimited(&csv_path, b',');
    let labels: Vec<String> = records.iter().map(|r| r[0].clone()).collect();
    let body: Vec<Vec<Option<f64>>> = records
        .iter()
        .map(|r| r[1..].iter().map(|v| v.parse().ok()).collect())
        .collect();
    check(&header, &body, &labels);

    let xlsx_path = dir.path().join("cross.xlsx");
    export_cross_tab_to_file(&export, &xlsx_path).unwrap();
    let range = open_xlsx(&xlsx_path).worksheet_range("Cross-tab").unwrap();
    let mut sheet_rows = range.rows();
    let header: Vec<String> = sheet_rows
        .next()
        .unwrap()
        .iter()
        .map(Data::to_string)
        .collect();
    let mut labels = Vec::new();
    let mut body = Vec::new();
    for row in sheet_rows {
        let Data::String(label) = &row[0] else {
            panic!("{:?} is not a label", row[0]);
        };
        labels.push(label.clone());
        body.push(
            row[1..]
                .iter()
                .map(|cell| match cell {
                    Data::Float(value) => Some(*value),
                    Data::Empty => None,
                    other => panic!("{other:?} is not a number"),
                })
                .collect::<Vec<_>>(),
        );
    }
    check(&header, &body, &labels);
    let about = about(&xlsx_path);
    assert!(about["Currency note"].contains(&dataset.reference.rates.series));
    assert_eq!(about["Units"], "Amounts in CNY millions (CNY m)");
    assert_eq!(about["Filters"], "Years: from 2015");
}

#[test]
fn table_formats_follow_the_extension() {
    assert_eq!(
        TableFormat::from_path(Path::new("a/b.XLSX")),
        Some(TableFormat::Xlsx)
    );
    assert_eq!(TableFormat::from_path(Path::new("b.tsv")), None);
    assert_eq!(
        RowFormat::from_path(Path::new("b.xlsx")),
        Some(RowFormat::Xlsx)
    );
    let dataset = fixture();
    let filter = Filter::default();
    let groups = query::group_by(
        &dataset.projects,
        Amounts::usd(&dataset.projects),
        &all_rows(&dataset),
        GroupBy::Sector,
    );
    let totals = query::summarize(Amounts::usd(&dataset.projects), &all_rows(&dataset));
    let export = BreakdownExport {
        dataset: &dataset,
        by: GroupBy::Sector,
        groups: &groups,
        totals: &totals,
        money: MoneyFormat::default(),
        filter: &filter,
        rows_selected: 3,
    };
    let dir = tempfile::tempdir().unwrap();
    let error = export_breakdown_to_file(&export, &dir.path().join("b.ron")).unwrap_err();
    assert!(error.to_string().contains(".csv, .xlsx"), "{error}");
    let mut bytes = Vec::new();
    export.write(TableFormat::Csv, &mut bytes).unwrap();
    assert!(
        String::from_utf8(bytes)
            .unwrap()
            .starts_with("Sector,Projects,")
    );
}

#[test]
fn a_failed_export_leaves_the_existing_file_byte_identical() {
    let dataset = fixture();
    let columns: Vec<ColumnId> = dataset.projects.columns().collect();
    let filter = Filter::default();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("precious.xlsx");
    let original = b"the client's copy, not to be lost".to_vec();
    std::fs::write(&path, &original).unwrap();
    let leftovers = || std::fs::read_dir(dir.path()).unwrap().count();

    // More rows than an Excel sheet holds: a clear error that points to CSV, and nothing changes.
    let too_many = vec![0u32; MAX_XLSX_ROWS + 1];
    let export = RowExport {
        names: invest_explorer::query::Names::Real,
        dataset: &dataset,
        rows: &too_many,
        columns: &columns,
        filter: &filter,
        sort: &[],
    };
    let error = export_rows_to_file(&export, &path).unwrap_err();
    assert!(matches!(error, ExportError::TooManyRows { .. }));
    assert!(error.to_string().contains("1,048,575"), "{error}");
    assert!(error.to_string().contains("CSV"), "{error}");
    assert_eq!(std::fs::read(&path).unwrap(), original);
    assert_eq!(leftovers(), 1, "the temporary file is removed");

    // A writer that fails half-way.
    let result = write_atomically(&path, |out| {
        out.write_all(b"half a workbook").unwrap();
        Err(ExportError::Encode("simulated failure".into()))
    });
    assert!(result.is_err());
    assert_eq!(std::fs::read(&path).unwrap(), original);
    assert_eq!(leftovers(), 1);

    // A read-only file is not replaced.
    let mut permissions = std::fs::metadata(&path).unwrap().permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&path, permissions).unwrap();
    let rows = all_rows(&dataset);
    let export = RowExport {
        names: invest_explorer::query::Names::Real,
        rows: &rows,
        ..export
    };
    let error = export_rows_to_file(&export, &path).unwrap_err();
    assert!(error.to_string().contains("read-only"), "{error}");
    assert_eq!(std::fs::read(&path).unwrap(), original);
    assert_eq!(leftovers(), 1);
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_fails_cleanly() {
    use std::os::unix::fs::PermissionsExt;

    let dataset = fixture();
    let rows = all_rows(&dataset);
    let columns: Vec<ColumnId> = dataset.projects.columns().collect();
    let filter = Filter::default();
    let export = RowExport {
        names: invest_explorer::query::Names::Real,
        dataset: &dataset,
        rows: &rows,
        columns: &columns,
        filter: &filter,
        sort: &[],
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rows.csv");
    std::fs::write(&path, "old").unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    // Root ignores folder permissions: only check where the folder really is read-only.
    let writable = std::fs::File::create(dir.path().join("probe")).is_ok();
    if !writable {
        let error = export_rows_to_file(&export, &path).unwrap_err();
        assert!(matches!(error, ExportError::Io { .. }), "{error}");
        assert!(error.to_string().contains("rows.csv"), "{error}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[cfg(unix)]
#[test]
fn exported_files_get_normal_permissions() {
    use std::os::unix::fs::PermissionsExt;

    let dataset = fixture();
    let rows = all_rows(&dataset);
    let columns: Vec<ColumnId> = dataset.projects.columns().collect();
    let filter = Filter::default();
    let export = RowExport {
        names: invest_explorer::query::Names::Real,
        dataset: &dataset,
        rows: &rows,
        columns: &columns,
        filter: &filter,
        sort: &[],
    };
    let dir = tempfile::tempdir().unwrap();
    let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;

    // A new file: what any program creating a file here would get (0o666 less the umask), not tempfile's 0o600.
    let reference = dir.path().join("reference.txt");
    std::fs::write(&reference, "x").unwrap();
    let path = dir.path().join("new.xlsx");
    export_rows_to_file(&export, &path).unwrap();
    assert_eq!(mode(&path), mode(&reference));

    // A replaced file keeps its permissions.
    let shared = dir.path().join("shared.csv");
    std::fs::write(&shared, "old").unwrap();
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o640)).unwrap();
    export_rows_to_file(&export, &shared).unwrap();
    assert_eq!(mode(&shared), 0o640);
    assert!(
        std::fs::read_to_string(&shared)
            .unwrap()
            .starts_with("id,name,")
    );
}

#[test]
fn the_export_module_has_one_public_meta_for_every_self_describing_format() {
    let dataset = fixture();
    let filter = Filter {
        search: "tower".into(),
        ..Filter::default()
    };
    let rows = query::select(&dataset, &filter).rows;
    let sort = [
        SortKey::descending("contracted_usd_m"),
        SortKey::ascending("no such column"),
        SortKey::ascending("year"),
    ];
    let export = RowExport {
        names: invest_explorer::query::Names::Real,
        dataset: &dataset,
        rows: &rows,
        columns: &[],
        filter: &filter,
        sort: &sort,
    };
    let meta = export.meta();
    assert_eq!(meta.sort, "Contracted (descending), then Year (ascending)");
    assert_eq!(meta.rows_selected, 2);
    let about: BTreeMap<String, String> = meta.about().into_iter().collect();
    assert_eq!(about["Rows"], "2 of 3 projects");
    assert_eq!(about["Filters"], "Search: “tower”");
    assert_eq!(export::describe_sort(&dataset.projects, &[]), "table order");
    // No columns still makes a valid workbook: the About sheet says what was selected.
    let mut bytes = Vec::new();
    export.write(RowFormat::Xlsx, &mut bytes).unwrap();
    assert!(bytes.starts_with(b"PK"));
}

#[test]
fn a_large_xlsx_export_is_streamed_and_reads_back_whole() {
    // 60,000 rows: above the size from which the Projects sheet is written row by row to a temporary file.
    let csv = invest_explorer::model::generate::generate(
        &invest_explorer::model::generate::GenerateOptions {
            rows: 60_000,
            seed: 7,
        },
    )
    .projects_csv;
    let dataset = Dataset::from_bytes(
        csv.as_bytes(),
        "big.csv",
        DataSource::File(PathBuf::from("big.csv")),
        &Default::default(),
        &Default::default(),
    )
    .unwrap();
    let rows = all_rows(&dataset);
    let columns: Vec<ColumnId> = dataset.projects.columns().collect();
    let filter = Filter::default();
    let export = RowExport {
        names: invest_explorer::query::Names::Real,
        dataset: &dataset,
        rows: &rows,
        columns: &columns,
        filter: &filter,
        sort: &[],
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.xlsx");
    export_rows_to_file(&export, &path).unwrap();
    let mut workbook = open_xlsx(&path);
    let range = workbook.worksheet_range("Projects").unwrap();
    assert_eq!(range.height(), 60_001);
    let styles = workbook.worksheet_style("Projects").unwrap();
    let style = |at: (u32, u32)| styles.get(at).cloned().unwrap_or_default();
    let table = &dataset.projects;
    // The first rows and the last: each cell its value, in its column's number format.
    for row in (0..50).chain([59_999]) {
        for (index, &column) in columns.iter().enumerate() {
            let at = (row + 1, index as u32);
            let title = xlsx_title(&dataset, column);
            assert!(
                style((0, index as u32)).font.is_some_and(|f| f.is_bold()),
                "bold {title}"
            );
            let actual = range.get_value(at).unwrap_or(&Data::Empty);
            let cell = table.cell(column, row as usize);
            assert_xlsx_cell(actual, cell, &format!("row {row}, {title}"));
            if cell != Cell::Missing {
                // Calamine reads an unformatted cell as "General".
                let format = style(at)
                    .number_format
                    .map(|f| f.format_code)
                    .filter(|code| code != "General");
                let expected = expected_number_format(table, column);
                assert_eq!(format.as_deref(), expected, "row {row}, {title}");
            }
        }
    }
    assert_eq!(about(&path)["Rows"], "60,000 of 60,000 projects");
}

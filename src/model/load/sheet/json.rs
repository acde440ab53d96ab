//! Reads the app's own JSON and RON exports (and lists of objects or of lists in either) into [`RawRows`], with the
//! serde deserializers of `serde_json` and `ron` streaming one row at a time.
//!
//! Object rows go under the union of their keys, each row stored with only the keys it has, so a file whose rows
//! each bring keys of their own costs what it holds; the number of distinct keys and the cells of the table they
//! make are capped ([`Limits::columns`], [`Limits::table_cells`]) with a message naming the row and key. Where each
//! row starts is found from the deserializer itself: it hands strings without escapes over as slices of the text,
//! so the first string of a row (its first key, usually) locates the row. Must not depend on egui, eframe or rfd.

use std::cell::RefCell;

use rustc_hash::FxHashMap;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::RawRows;
use crate::model::error::{LoadError, Problem, ValueKind};
use crate::model::load::limits::Limits;
use crate::model::load::syntax::{json_problem, ron_problem};

/// What the text readers expect, for serde's own messages (a wrong shape is typed: [`Problem::NotTable`]).
const EXPECTED_SHAPE: &str = "the app's export (an object with a \"rows\" list), a list of objects, or a list of lists whose first is the header";

/// Reads the app's own JSON export `{ "meta": {...}, "rows": [ {"id": "P1", "contracted_usd_m": 12.5, ...}, ... ] }`,
/// or a bare array of objects, or an array of arrays (first = header).
///
/// Objects: header = keys in first-seen order across all rows (the union); a key missing from a row is "". Values:
/// strings as-is, numbers shortest form, bools, null -> "". Nested objects/arrays -> their compact JSON text. Lists:
/// each list is a record, the first the header; short records read as padded with "".
///
/// `lines` are the 1-based text line where each row starts; for object rows the header's line is the line of the
/// `[` opening the rows. A row without any plain string takes the line of the row before. Errors: syntax ->
/// `Malformed` at serde_json's line, message "column 7: expected `,` or `}`"; wrong shape -> `Format` saying what
/// was expected; too many keys or cells -> `Malformed` at the row's line, naming the limit and the key; no rows or
/// only whitespace -> `Empty`.
pub fn read_json_records(text: &str, path: &str) -> Result<RawRows, LoadError> {
    read_json_within(text, path, &Limits::STANDARD)
}

/// [`read_json_records`] with other limits (tests reach them with small files).
fn read_json_within(text: &str, path: &str, limits: &Limits) -> Result<RawRows, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::Empty { path: path.into() });
    }
    let rows = RefCell::new(Rows::new(text, path, "JSON", limits));
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let parsed = TopSeed(&rows)
        .deserialize(&mut deserializer)
        .and_then(|top| deserializer.end().map(|()| top));
    let mut rows = rows.into_inner();
    match parsed {
        _ if rows.error.is_some() => Err(rows.take_error()),
        Ok(top) => rows.finish(top),
        Err(error) => match rows.wrong.take() {
            Some(problem) => Err(located_error(
                path,
                error.line() as u64,
                error.column(),
                problem,
            )),
            None => Err(json_error(&error, path)),
        },
    }
}

/// The same for the app's RON export, `(meta: (...), rows: [{"id": "P1", ...}, ...])` (any struct name, or a map
/// with a "rows" key, or a bare list). `None` is "", `Some(x)` is x, chars are text. Nested values are written as
/// compact JSON, as in [`read_json_records`]. Syntax errors -> `Malformed` at ron's line with "column N: ...".
pub fn read_ron_records(text: &str, path: &str) -> Result<RawRows, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::Empty { path: path.into() });
    }
    let rows = RefCell::new(Rows::new(text, path, "RON", &Limits::STANDARD));
    let parsed = ron::Options::default().from_str_seed(text, TopSeed(&rows));
    let mut rows = rows.into_inner();
    match parsed {
        _ if rows.error.is_some() => Err(rows.take_error()),
        Ok(top) => rows.finish(top),
        Err(error) => match rows.wrong.take() {
            Some(problem) => {
                let start = error.span.start;
                Err(located_error(path, start.line as u64, start.col, problem))
            }
            None => Err(ron_error(&error, path)),
        },
    }
}

fn json_error(error: &serde_json::Error, path: &str) -> LoadError {
    located_error(
        path,
        error.line() as u64,
        error.column(),
        json_problem(error),
    )
}

fn ron_error(error: &ron::error::SpannedError, path: &str) -> LoadError {
    let start = error.span.start;
    located_error(path, start.line as u64, start.col, ron_problem(&error.code))
}

/// A parse error at its line and column: a syntax error, or valid text of the wrong shape (e.g. `"rows": 5`).
fn located_error(path: &str, line: u64, column: usize, problem: Problem) -> LoadError {
    LoadError::Malformed {
        path: path.into(),
        line: line.max(1),
        column: Some(column),
        problem,
    }
}

/// Whether the rows are objects (under a union header) or lists (the first is the header); row 1 decides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    Objects,
    Lists,
}

/// The rows read so far, built as the deserializer goes.
struct Rows<'t> {
    text: &'t str,
    path: &'t str,
    format: &'static str,
    limits: Limits,
    shape: Option<Shape>,
    /// The data records (object rows without their header, which is only known at the end).
    records: RawRows,
    header: Vec<String>,
    columns: FxHashMap<String, u32>,
    /// Where each row starts in the text, when found.
    starts: Vec<Option<usize>>,
    /// The first plain string of the row being read.
    first_string: Option<usize>,
    /// The last key seen for the first time, and the row it came in (for the cell-limit message).
    newest_key: Option<(usize, String)>,
    /// The document or its "rows" of the wrong shape, found by a visitor: the deserializer's error then only
    /// places it.
    wrong: Option<Problem>,
    error: Option<LoadError>,
}

/// A value with map keys in file order (serde_json's and ron's own value types sort them).
#[derive(Clone, Debug, PartialEq)]
enum Node {
    Null,
    Bool(bool),
    /// Already in its shortest text form.
    Number(String),
    Text(String),
    List(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

/// The document's top level, reduced to where the rows are.
enum Top {
    Rows,
    /// An object or struct without a "rows" field; its keys, for the message.
    NoRows(Vec<String>),
}

impl<'t> Rows<'t> {
    fn new(text: &'t str, path: &'t str, format: &'static str, limits: &Limits) -> Self {
        Rows {
            text,
            path,
            format,
            limits: *limits,
            shape: None,
            records: RawRows::default(),
            header: Vec::new(),
            columns: FxHashMap::default(),
            starts: Vec::new(),
            first_string: None,
            newest_key: None,
            error: None,
            wrong: None,
        }
    }

    fn take_error(&mut self) -> LoadError {
        self.error.take().unwrap_or_else(|| LoadError::Empty {
            path: self.path.into(),
        })
    }

    /// A string the deserializer lent from the text: where it is, if it is the row's first.
    fn note_string(&mut self, text: &str) {
        let base = self.text.as_ptr().addr();
        let offset = text.as_ptr().addr().wrapping_sub(base);
        if self.first_string.is_none() && offset < self.text.len() {
            self.first_string = Some(offset);
        }
    }

    /// Adds one row, or keeps the reason it cannot be read (the deserializer is then stopped).
    fn add_row(&mut self, row: Node) -> Result<(), ()> {
        let number = self.starts.len() + 1;
        let start = self
            .first_string
            .take()
            .map(|offset| opener_before(self.text, offset));
        self.starts.push(start);
        let shape = match (&row, self.shape) {
            (Node::Map(_), None | Some(Shape::Objects)) => Shape::Objects,
            (Node::List(_), None | Some(Shape::Lists)) => Shape::Lists,
            (other, None) => {
                return self.fail(LoadError::Format {
                    path: self.path.into(),
                    problem: Problem::RowNotTable {
                        row: 1,
                        found: kind(other),
                    },
                });
            }
            (other, Some(shape)) => {
                let like = if shape == Shape::Objects {
                    ValueKind::Object
                } else {
                    ValueKind::List
                };
                return self.fail(LoadError::Format {
                    path: self.path.into(),
                    problem: Problem::RowUnlike {
                        row: number,
                        found: kind(other),
                        like,
                    },
                });
            }
        };
        self.shape = Some(shape);
        let cells = match row {
            Node::Map(entries) => {
                let mut cells = Vec::with_capacity(entries.len());
                for (key, value) in entries {
                    let column = self.column_of(key.into_text(), number, start)?;
                    cells.push((column, value.into_text()));
                }
                cells
            }
            Node::List(items) => {
                if items.len() > self.limits.columns {
                    let problem = Problem::TooManyValues {
                        row: number,
                        values: items.len(),
                        limit: self.limits.columns,
                    };
                    return self.fail_at(start, problem);
                }
                (0u32..)
                    .zip(items.into_iter().map(Node::into_text))
                    .collect()
            }
            _ => Vec::new(),
        };
        self.records.push(0, cells);
        self.check_size(number, start)
    }

    /// The column of `key`, a new one the first time it is seen.
    fn column_of(&mut self, key: String, row: usize, start: Option<usize>) -> Result<u32, ()> {
        if let Some(&column) = self.columns.get(&key) {
            return Ok(column);
        }
        if self.header.len() >= self.limits.columns {
            let problem = Problem::TooManyKeys {
                row,
                key,
                limit: self.limits.columns,
            };
            return self.fail_at(start, problem);
        }
        let column = u32::try_from(self.header.len()).unwrap_or(u32::MAX);
        self.columns.insert(key.clone(), column);
        self.newest_key = Some((row, key.clone()));
        self.header.push(key);
        Ok(column)
    }

    /// Refuses a table (rows × columns, empty cells included) larger than the limit, as soon as it would be.
    fn check_size(&mut self, row: usize, start: Option<usize>) -> Result<(), ()> {
        let header = usize::from(self.shape == Some(Shape::Objects));
        let records = self.records.len() + header;
        let width = self.records.width().max(self.header.len());
        if records.saturating_mul(width) <= self.limits.table_cells {
            return Ok(());
        }
        let newest = match &self.newest_key {
            Some((first, key)) if self.shape == Some(Shape::Objects) => Some((key.clone(), *first)),
            _ => None,
        };
        let problem = Problem::TooManyCells {
            row,
            rows: records,
            columns: width,
            limit: self.limits.table_cells,
            newest,
        };
        self.fail_at(start, problem)
    }

    fn fail_at<T>(&mut self, start: Option<usize>, problem: Problem) -> Result<T, ()> {
        let line = start.map_or(1, |offset| line_numbers(self.text, &[Some(offset)])[0]);
        self.fail(LoadError::Malformed {
            path: self.path.into(),
            line,
            column: None,
            problem,
        })
    }

    fn fail<T>(&mut self, error: LoadError) -> Result<T, ()> {
        self.error = Some(error);
        Err(())
    }

    /// The records: the header first for object rows, each with its line.
    fn finish(mut self, top: Top) -> Result<RawRows, LoadError> {
        if let Top::NoRows(keys) = top {
            return Err(LoadError::Format {
                path: self.path.into(),
                problem: Problem::NoRowsKey {
                    format: self.format,
                    keys,
                },
            });
        }
        if self.starts.is_empty() {
            return Err(LoadError::Empty {
                path: self.path.into(),
            });
        }
        let mut starts = self.starts;
        if self.shape == Some(Shape::Objects) {
            // The header's line is the line of the `[` before the first row, else the first row's.
            let header = starts
                .first()
                .copied()
                .flatten()
                .map(|first| list_opener_before(self.text, first).unwrap_or(first));
            let cells: Vec<(u32, String)> = (0u32..).zip(self.header).collect();
            self.records.push(0, cells);
            self.records.move_last_record_first();
            starts.insert(0, header);
        }
        self.records.lines = line_numbers(self.text, &starts);
        Ok(self.records)
    }
}

/// Where the row whose first string is at `offset` starts: the `{`, `[` or `(` just before it (past the quote and
/// spaces), or the string itself.
fn opener_before(text: &str, offset: usize) -> usize {
    let bytes = text.as_bytes();
    let mut at = offset;
    while at > 0
        && bytes
            .get(at - 1)
            .is_some_and(|b| matches!(b, b'"' | b'#' | b'r' | b' ' | b'\t' | b'\r' | b'\n'))
    {
        at -= 1;
    }
    match at.checked_sub(1).and_then(|i| bytes.get(i)) {
        Some(b'{' | b'[' | b'(') => at - 1,
        _ => offset,
    }
}

/// The `[` just before `offset` (past spaces), if there is one.
fn list_opener_before(text: &str, offset: usize) -> Option<usize> {
    let before = text.as_bytes().get(..offset)?;
    let at = before.iter().rposition(|b| !b.is_ascii_whitespace())?;
    (before.get(at) == Some(&b'[')).then_some(at)
}

/// The 1-based line of each of the ascending byte offsets; an unknown offset takes the line before it.
fn line_numbers(text: &str, offsets: &[Option<usize>]) -> Vec<u64> {
    let bytes = text.as_bytes();
    let mut line = 1u64;
    let mut counted = 0;
    offsets
        .iter()
        .map(|offset| {
            if let Some(offset) = offset {
                let end = (*offset).min(bytes.len());
                if let Some(part) = bytes.get(counted..end) {
                    line += memchr::memchr_iter(b'\n', part).count() as u64;
                    counted = end;
                }
            }
            line
        })
        .collect()
}

fn kind(node: &Node) -> ValueKind {
    match node {
        Node::Null => ValueKind::Null,
        Node::Bool(_) => ValueKind::Boolean,
        Node::Number(_) => ValueKind::Number,
        Node::Text(_) => ValueKind::Text,
        Node::List(_) => ValueKind::List,
        Node::Map(_) => ValueKind::Object,
    }
}

impl Node {
    /// The cell text (see [`RawRows`]).
    fn into_text(self) -> String {
        match self {
            Node::Null => String::new(),
            Node::Bool(value) => value.to_string(),
            Node::Number(text) | Node::Text(text) => text,
            nested @ (Node::List(_) | Node::Map(_)) => {
                let mut out = String::new();
                nested.write_json(&mut out);
                out
            }
        }
    }

    /// Compact JSON, keys in file order; RON's non-string keys and non-finite numbers become strings.
    fn write_json(&self, out: &mut String) {
        match self {
            Node::Null => out.push_str("null"),
            Node::Bool(value) => out.push_str(if *value { "true" } else { "false" }),
            Node::Number(text) if text.parse::<f64>().is_ok_and(f64::is_finite) => {
                out.push_str(text);
            }
            Node::Number(text) | Node::Text(text) => write_json_string(text, out),
            Node::List(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write_json(out);
                }
                out.push(']');
            }
            Node::Map(entries) => {
                out.push('{');
                for (i, (key, value)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_json_string(&key.clone().into_text(), out);
                    out.push(':');
                    value.write_json(out);
                }
                out.push('}');
            }
        }
    }
}

fn write_json_string(text: &str, out: &mut String) {
    // Serialising a &str cannot fail; the fallback only keeps this free of panics.
    match serde_json::to_string(text) {
        Ok(quoted) => out.push_str(&quoted),
        Err(_) => out.push_str("\"\""),
    }
}

/// Reads one value as a [`Node`], noting where its first lent string is when `rows` is given.
#[derive(Clone, Copy)]
struct NodeSeed<'r, 't>(Option<&'r RefCell<Rows<'t>>>);

impl<'de> DeserializeSeed<'de> for NodeSeed<'_, '_> {
    type Value = Node;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Node, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for NodeSeed<'_, '_> {
    type Value = Node;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Node, E> {
        Ok(Node::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Number(v.to_string()))
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Node, E> {
        Ok(Node::Number(v.to_string()))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Node, E> {
        Ok(Node::Number(v.to_string()))
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Node, E> {
        Ok(Node::Number(v.to_string()))
    }
    fn visit_f32<E: de::Error>(self, v: f32) -> Result<Node, E> {
        // f32's own Display, so RON's 0.1f32 reads "0.1", not 0.10000000149011612.
        Ok(Node::Number(v.to_string()))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Node, E> {
        Ok(Node::Number(v.to_string()))
    }
    fn visit_char<E: de::Error>(self, v: char) -> Result<Node, E> {
        Ok(Node::Text(v.to_string()))
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Node, E> {
        if let Some(rows) = self.0 {
            rows.borrow_mut().note_string(v);
        }
        Ok(Node::Text(v.to_owned()))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Node, E> {
        Ok(Node::Text(v.to_owned()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Node, E> {
        Ok(Node::Text(v))
    }
    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Node, E> {
        Ok(Node::Text(String::from_utf8_lossy(v).into_owned()))
    }
    fn visit_none<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Node, D::Error> {
        self.deserialize(d)
    }
    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Node, D::Error> {
        self.deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(item) = seq.next_element_seed(self)? {
            items.push(item);
        }
        Ok(Node::List(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0).min(4096));
        while let Some(key) = map.next_key_seed(self)? {
            let value = map.next_value_seed(self)?;
            entries.push((key, value));
        }
        Ok(Node::Map(entries))
    }
}

/// Reads a list of rows into `rows`, one row at a time.
fn read_rows<'de, A: SeqAccess<'de>>(rows: &RefCell<Rows<'_>>, mut seq: A) -> Result<(), A::Error> {
    while let Some(row) = seq.next_element_seed(NodeSeed(Some(rows)))? {
        if rows.borrow_mut().add_row(row).is_err() {
            // The reason is kept in `rows`; this only stops the deserializer.
            return Err(de::Error::custom("stopped"));
        }
    }
    Ok(())
}

/// The document: a list of rows, or an object or struct with a "rows" list.
struct TopSeed<'r, 't>(&'r RefCell<Rows<'t>>);

impl<'de> DeserializeSeed<'de> for TopSeed<'_, '_> {
    type Value = Top;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Top, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for TopSeed<'_, '_> {
    type Value = Top;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(EXPECTED_SHAPE)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Top, A::Error> {
        read_rows(self.0, seq)?;
        Ok(Top::Rows)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Top, A::Error> {
        let mut found = false;
        let mut keys = Vec::new();
        while let Some(key) = map.next_key_seed(NodeSeed(None))? {
            if !found && key == Node::Text("rows".into()) {
                map.next_value_seed(RowListSeed(self.0))?;
                found = true;
            } else {
                keys.push(key.into_text());
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(if found { Top::Rows } else { Top::NoRows(keys) })
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Top, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Top, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Top, E> {
        Err(not_a_table(self.0, ValueKind::Boolean))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Top, E> {
        Err(not_a_table(self.0, ValueKind::Number))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Top, E> {
        Err(not_a_table(self.0, ValueKind::Number))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Top, E> {
        Err(not_a_table(self.0, ValueKind::Number))
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Top, E> {
        Err(not_a_table(self.0, ValueKind::Text))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Top, E> {
        Err(not_a_table(self.0, ValueKind::Null))
    }

    fn visit_none<E: de::Error>(self) -> Result<Top, E> {
        Err(not_a_table(self.0, ValueKind::Null))
    }
}

/// Keeps a document of the wrong shape in `rows` and stops the deserializer, whose error places it.
fn wrong_shape<E: de::Error>(rows: &RefCell<Rows<'_>>, problem: Problem) -> E {
    rows.borrow_mut().wrong = Some(problem);
    de::Error::custom("stopped")
}

fn not_a_table<E: de::Error>(rows: &RefCell<Rows<'_>>, found: ValueKind) -> E {
    wrong_shape(rows, Problem::NotTable { found })
}

fn rows_not_a_list<E: de::Error>(rows: &RefCell<Rows<'_>>, found: ValueKind) -> E {
    wrong_shape(rows, Problem::RowsNotList { found })
}

/// The value of "rows": a list, else a shape error saying so.
struct RowListSeed<'r, 't>(&'r RefCell<Rows<'t>>);

impl<'de> DeserializeSeed<'de> for RowListSeed<'_, '_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        // Any value, so that one of the wrong type reaches a visitor below and is typed there.
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for RowListSeed<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("\"rows\" to be a list of rows")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        read_rows(self.0, seq)
    }

    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<(), A::Error> {
        Err(rows_not_a_list(self.0, ValueKind::Object))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Err(rows_not_a_list(self.0, ValueKind::Boolean))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Err(rows_not_a_list(self.0, ValueKind::Number))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Err(rows_not_a_list(self.0, ValueKind::Number))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Err(rows_not_a_list(self.0, ValueKind::Number))
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Err(rows_not_a_list(self.0, ValueKind::Text))
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Err(rows_not_a_list(self.0, ValueKind::Null))
    }

    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        Err(rows_not_a_list(self.0, ValueKind::Null))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde::Serialize;
    use serde::ser::{SerializeMap, Serializer};

    fn strings(rows: &[&[&str]]) -> Vec<Vec<String>> {
        rows.iter()
            .map(|row| row.iter().map(|cell| (*cell).to_owned()).collect())
            .collect()
    }

    /// A cell of a test row, serialized the way the app's export writes cells.
    enum Cell {
        Missing,
        Text(&'static str),
        Number(f64),
        Integer(i64),
        Bool(bool),
    }

    impl Serialize for Cell {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            match self {
                Cell::Missing => serializer.serialize_none(),
                Cell::Text(text) => serializer.serialize_str(text),
                Cell::Number(value) => serializer.serialize_f64(*value),
                Cell::Integer(value) => serializer.serialize_i64(*value),
                Cell::Bool(value) => serializer.serialize_bool(*value),
            }
        }
    }

    /// Like the export's `RowAsMap`: a map in column order.
    struct Row(Vec<(&'static str, Cell)>);

    impl Serialize for Row {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut map = serializer.serialize_map(Some(self.0.len()))?;
            for (name, cell) in &self.0 {
                map.serialize_entry(name, cell)?;
            }
            map.end()
        }
    }

    #[derive(Serialize)]
    struct Meta {
        title: &'static str,
        rows_selected: usize,
        currency_note: Option<String>,
    }

    /// Like the export's `ExportDocument`.
    #[derive(Serialize)]
    struct Document {
        meta: Meta,
        rows: Vec<Row>,
    }

    fn export_document() -> Document {
        Document {
            meta: Meta {
                title: "Hong Kong-invested projects in Chongqing",
                rows_selected: 2,
                currency_note: None,
            },
            rows: vec![
                Row(vec![
                    ("id", Cell::Text("P1")),
                    ("contracted_usd_m", Cell::Number(12.5)),
                    ("year", Cell::Integer(2015)),
                    ("listed", Cell::Bool(true)),
                    ("district", Cell::Missing),
                ]),
                Row(vec![
                    ("id", Cell::Text("P2")),
                    ("contracted_usd_m", Cell::Number(12.0)),
                    ("note", Cell::Text("港资 \"quoted\"")),
                    ("year", Cell::Integer(2016)),
                ]),
            ],
        }
    }

    fn export_records() -> Vec<Vec<String>> {
        strings(&[
            &[
                "id",
                "contracted_usd_m",
                "year",
                "listed",
                "district",
                "note",
            ],
            &["P1", "12.5", "2015", "true", "", ""],
            &["P2", "12", "2016", "", "", "港资 \"quoted\""],
        ])
    }

    /// The 1-based line of each record's first text, by looking: the check that `lines` points where it says.
    fn line_of(text: &str, needle: &str, nth: usize) -> u64 {
        let offset = text.match_indices(needle).nth(nth).unwrap().0;
        text.get(..offset).unwrap().matches('\n').count() as u64 + 1
    }

    #[test]
    fn reads_the_apps_json_export() {
        let text = serde_json::to_string_pretty(&export_document()).unwrap();
        let rows = read_json_records(&text, "x.json").unwrap();
        assert_eq!(rows.to_dense(), export_records());
        assert_eq!(rows.lines, [7, 8, 15]);
        assert_eq!(rows.lines[0], line_of(&text, "\"rows\": [", 0));
        assert_eq!(rows.lines[1], line_of(&text, "{\n      \"id\"", 0));
        assert_eq!(rows.lines[2], line_of(&text, "{\n      \"id\"", 1));
        assert!(rows.error_cells.is_empty());
    }

    #[test]
    fn reads_a_bare_json_array_of_objects_under_the_union_of_keys() {
        let text = "[\n{\"a\": 1, \"b\": \"x\"},\n\n  {\"b\": null, \"c\": {\"z\": [1, 2.50]}, \"a\": 1e2}\n]";
        let rows = read_json_records(text, "x.json").unwrap();
        assert_eq!(
            rows.to_dense(),
            strings(&[
                &["a", "b", "c"],
                &["1", "x", ""],
                &["100", "", "{\"z\":[1,2.5]}"]
            ])
        );
        assert_eq!(rows.lines, [1, 2, 4]);
    }

    #[test]
    fn reads_a_json_array_of_arrays_padding_short_rows() {
        let text = "\u{feff}[[\"id\", \"amount\"],\n [\"P1\", 12.0, true],\n [\"P2\"]]";
        let rows = read_json_records(text, "x.json").unwrap();
        assert_eq!(
            rows.to_dense(),
            strings(&[
                &["id", "amount", ""],
                &["P1", "12", "true"],
                &["P2", "", ""]
            ])
        );
        assert_eq!(rows.lines, [1, 2, 3]);
    }

    #[test]
    fn a_json_syntax_error_is_located() {
        let text = "{\n  \"rows\": [\n    {\"id\": \"P1\" \"x\": 1}\n  ]\n}";
        match read_json_records(text, "x.json").unwrap_err() {
            LoadError::Malformed {
                path,
                line,
                column,
                problem,
            } => {
                assert_eq!((path.as_str(), line, column), ("x.json", 3, Some(17)));
                assert_eq!(
                    problem,
                    Problem::Syntax {
                        syntax: crate::model::error::Syntax::ExpectedToken {
                            tokens: &["`,`", "`}`"]
                        }
                    }
                );
            }
            other => panic!("{other}"),
        }
        let error = read_json_records("[{\"a\": 1}", "x.json").unwrap_err();
        assert!(
            matches!(error, LoadError::Malformed { line: 1, .. }),
            "{error}"
        );
    }

    #[test]
    fn json_of_the_wrong_shape_says_what_was_expected() {
        let no_rows = read_json_records("{\"meta\": {}, \"data\": []}", "x.json").unwrap_err();
        assert!(
            matches!(&no_rows, LoadError::Format { problem: Problem::NoRowsKey { format: "JSON", keys }, .. }
                if keys == &["meta", "data"]),
            "{no_rows:?}"
        );
        let not_list = read_json_records("{\"rows\": 5}", "x.json").unwrap_err();
        assert_eq!(
            not_list.to_string(),
            "x.json, line 1, column 10: \"rows\" is a number; expected a list of rows"
        );
        let scalar = read_json_records("\"text\"", "x.json").unwrap_err();
        assert!(
            matches!(
                scalar,
                LoadError::Malformed {
                    problem: Problem::NotTable {
                        found: ValueKind::Text
                    },
                    ..
                }
            ),
            "{scalar:?}"
        );
        let numbers = read_json_records("[1, 2]", "x.json").unwrap_err();
        assert!(
            matches!(
                numbers,
                LoadError::Format {
                    problem: Problem::RowNotTable {
                        row: 1,
                        found: ValueKind::Number
                    },
                    ..
                }
            ),
            "{numbers:?}"
        );
        let mixed = read_json_records("[{\"a\": 1}, [1]]", "x.json").unwrap_err();
        assert!(
            matches!(
                mixed,
                LoadError::Format {
                    problem: Problem::RowUnlike {
                        row: 2,
                        found: ValueKind::List,
                        like: ValueKind::Object
                    },
                    ..
                }
            ),
            "{mixed:?}"
        );
        for empty in ["", "  \n", "[]", "{\"rows\": []}"] {
            let error = read_json_records(empty, "x.json").unwrap_err();
            assert!(
                matches!(error, LoadError::Empty { .. }),
                "{empty:?}: {error}"
            );
        }
    }

    #[test]
    fn reads_the_apps_ron_export() {
        let text =
            ron::ser::to_string_pretty(&export_document(), ron::ser::PrettyConfig::default())
                .unwrap();
        assert!(text.starts_with("(\n    meta: ("), "{text}");
        let rows = read_ron_records(&text, "x.ron").unwrap();
        assert_eq!(rows.to_dense(), export_records());
        assert_eq!(rows.lines[0], line_of(&text, "rows: [", 0));
        assert_eq!(rows.lines[1], line_of(&text, "{\n            \"id\"", 0));
        assert_eq!(rows.lines[2], line_of(&text, "{\n            \"id\"", 1));
        assert_eq!(rows.lines, [7, 8, 15]);
    }

    #[test]
    fn reads_hand_written_ron_with_comments_raw_strings_and_a_struct_name() {
        let text = r####"#![enable(implicit_some)]
// exported by hand, [not a list]
ExportDocument(
    meta: (title: "x /* no comment */ [", note: None, rows_before: [1]),
    /* block /* nested ( */ comment */
    rows: [
        {"id": r#"P"1"#, "amount": 1.5, "flag": 'y'},
        {"id": "P2", "amount": Some(3), "list": [1, 2], "sub": (a: 1)},
    ],
)
"####;
        let rows = read_ron_records(text, "x.ron").unwrap();
        assert_eq!(
            rows.to_dense(),
            strings(&[
                &["id", "amount", "flag", "list", "sub"],
                &["P\"1", "1.5", "y", "", ""],
                &["P2", "3", "", "[1,2]", "{\"a\":1}"],
            ])
        );
        assert_eq!(rows.lines, [6, 7, 8]);
        let bare = read_ron_records("[\n  [\"id\"],\n  [\"P1\"],\n]", "x.ron").unwrap();
        assert_eq!(bare.to_dense(), strings(&[&["id"], &["P1"]]));
        assert_eq!(bare.lines, [2, 3]);
    }

    #[test]
    fn a_ron_syntax_error_is_located() {
        let text = "(\n    rows: [\n        {\"id\" \"P1\"},\n    ],\n)";
        match read_ron_records(text, "x.ron").unwrap_err() {
            LoadError::Malformed { line, column, .. } => {
                assert_eq!((line, column), (3, Some(14)));
            }
            other => panic!("{other}"),
        }
        let error = read_ron_records("(meta: ())", "x.ron").unwrap_err();
        assert!(matches!(error, LoadError::Format { .. }), "{error}");
    }

    #[test]
    fn keys_values_and_cells_are_capped_naming_the_row() {
        let limits = Limits {
            columns: 2,
            table_cells: 8,
            ..Limits::STANDARD
        };
        let error = read_json_within("[{\"a\": 1, \"b\": 2},\n {\"c\": 3}]", "x.json", &limits)
            .unwrap_err();
        assert_eq!(
            error.to_string(),
            "x.json, line 2: row 2 brings the key \"c\", one more than the 2 distinct keys (columns) the app reads; expected objects that share their keys, one per project"
        );
        let wide = read_json_within("[[\"a\", \"b\", \"c\"]]", "x.json", &limits).unwrap_err();
        assert_eq!(
            wide.to_string(),
            "x.json, line 1: row 1 has 3 values, more than the 2 columns a table may have"
        );
        // Rows without a plain string take the line of the row before; the message names the row.
        let long = "[[\"a\", \"b\"],\n[1, 2],\n[3, 4],\n[5, 6],\n[7, 8]]";
        let error = read_json_within(long, "x.json", &limits).unwrap_err();
        assert_eq!(
            error.to_string(),
            "x.json, line 1: with row 5 the table would be 5 rows × 2 columns, more than the 8 cells the app reads"
        );
        let short = "[[\"a\", \"b\"],\n[1, 2],\n[3, 4]]";
        let rows = read_json_within(short, "x.json", &limits).unwrap();
        assert_eq!(rows.lines, [1, 1, 1]);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn arbitrary_text_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let text = String::from_utf8_lossy(&bytes);
            let _ = read_json_records(&text, "x.json");
            let _ = read_ron_records(&text, "x.ron");
        }

        #[test]
        fn structured_text_never_panics(text in "[\\[\\]{}()\",:a-z0-9 \n\\\\'/#*r.-]{0,80}") {
            if let Ok(rows) = read_json_records(&text, "x.json") {
                prop_assert_eq!(rows.lines.len(), rows.len());
            }
            if let Ok(rows) = read_ron_records(&text, "x.ron") {
                prop_assert_eq!(rows.lines.len(), rows.len());
            }
        }
    }
}

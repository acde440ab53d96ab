//! Detects how a consultant's text table is written, so nobody has to be asked: the text encoding (a byte-order
//! mark, valid UTF-8, the NUL pattern of BOM-less UTF-16, or a `chardetng` guess), the delimiter, the quote
//! character, the header record below any title lines, the line ending, and whether decimals use a comma.
//!
//! Everything here is total: any byte string or text gives either a result or a located [`LoadError`], never a
//! panic, and sniffing looks only at the start of a file so that it stays fast on files of hundreds of megabytes.
//! [`encoding`] turns bytes into text, [`dialect`] finds how the text splits into records, [`header`] finds the
//! header row among them. Must not depend on egui, eframe or rfd.
//!
//! [`LoadError`]: crate::model::error::LoadError

mod dialect;
mod encoding;
mod header;

pub use dialect::{Dialect, LineEnding, reader_builder, sniff_dialect, sniffs_a_start_only};
pub use encoding::{Decoded, TextEncoding, decode, decode_owned, looks_like_text, utf8_text_start};
pub use header::{HEADER_ROWS_LOOKED_AT, find_header_row};

#[cfg(test)]
mod tests {
    use super::dialect::DELIMITERS;
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn labels() {
        let labels: Vec<_> = TextEncoding::ALL.iter().map(|e| e.label()).collect();
        assert_eq!(
            labels,
            [
                "UTF-8",
                "UTF-16 LE",
                "UTF-16 BE",
                "GB18030 (GBK)",
                "Big5",
                "Windows-1252",
                "Shift_JIS"
            ]
        );
        let d = |delimiter| {
            Dialect {
                delimiter,
                ..Dialect::default()
            }
            .delimiter_label()
        };
        assert_eq!(
            [d(b','), d(b';'), d(b'\t'), d(b'|')],
            ["comma", "semicolon", "tab", "pipe"]
        );
    }

    fn any_encoding() -> impl Strategy<Value = Option<TextEncoding>> {
        prop_oneof![
            Just(None),
            proptest::sample::select(TextEncoding::ALL.to_vec()).prop_map(Some)
        ]
    }

    proptest! {
        #[test]
        fn decode_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..2048), forced in any_encoding()) {
            if let Ok(decoded) = decode(&bytes, "p.csv", forced) {
                prop_assert!(!decoded.text.trim().is_empty());
                let _ = sniff_dialect(&decoded.text);
            }
        }

        #[test]
        fn decode_text_like_bytes_never_panics(
            text in "[a-z0-9,;|\t\"'\r\n 项目\u{e9}]{0,200}",
            prefix in proptest::sample::select(vec![&b""[..], b"\xEF\xBB\xBF", b"\xFF\xFE", b"\xFE\xFF"]),
            forced in any_encoding(),
        ) {
            let mut bytes = prefix.to_vec();
            bytes.extend_from_slice(text.as_bytes());
            let _ = decode(&bytes, "p.csv", forced);
            let (gbk, _, _) = encoding_rs::GBK.encode(&text);
            let _ = decode(&gbk, "p.csv", forced);
        }

        #[test]
        fn sniff_never_panics(text in any::<String>(), table in "[a-z0-9,;|\t\"'.\r\n ]{0,400}") {
            let _ = sniff_dialect(&text);
            let dialect = sniff_dialect(&table);
            prop_assert!(DELIMITERS.contains(&dialect.delimiter));
        }

        #[test]
        fn find_header_row_never_panics(rows in proptest::collection::vec(
            proptest::collection::vec("[a-z0-9., ]{0,6}", 0..6), 0..60)) {
            let header = find_header_row(&rows);
            prop_assert!(header == 0 || header < rows.len());
        }
    }
}

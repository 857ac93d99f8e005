//! Reading the tab-separated lexicon files, with errors that name the
//! file, the line and the field.

use crate::error::Error;

/// One data line: its 1-based number and its fields.
pub(crate) struct Row<'a> {
    pub source: &'a str,
    pub line: usize,
    pub fields: Vec<&'a str>,
    pub columns: &'static [&'static str],
}

impl<'a> Row<'a> {
    /// The field of column `name`, `None` when it holds `-`.
    pub fn get(&self, name: &str) -> Option<&'a str> {
        let i = self.columns.iter().position(|c| *c == name)?;
        self.fields.get(i).copied().filter(|f| *f != "-" && !f.is_empty())
    }

    /// The field of column `name`, which must hold a value.
    pub fn required(&self, name: &str) -> Result<&'a str, Error> {
        self.get(name).ok_or_else(|| self.error(name, "a value is required"))
    }

    /// The `|`-separated values of column `name`.
    pub fn list(&self, name: &str) -> impl Iterator<Item = &'a str> {
        self.get(name).into_iter().flat_map(|f| f.split('|')).map(str::trim).filter(|s| !s.is_empty() && *s != "-")
    }

    /// An error about column `field` of this row.
    pub fn error(&self, field: &str, message: impl Into<String>) -> Error {
        Error::lexicon(self.source, self.line, Some(field), message)
    }
}

/// The data rows of a TSV text: comments (`#`) and blank lines skipped,
/// each row checked to have exactly `columns.len()` fields.
pub(crate) fn rows<'a>(
    source: &'a str,
    text: &'a str,
    columns: &'static [&'static str],
) -> impl Iterator<Item = Result<Row<'a>, Error>> {
    text.lines().enumerate().filter_map(move |(i, line)| {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            return None;
        }
        let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        if fields.len() != columns.len() {
            return Some(Err(Error::lexicon(
                source,
                i + 1,
                None,
                format!(
                    "expected {} tab-separated columns ({}), found {}",
                    columns.len(),
                    columns.join(", "),
                    fields.len()
                ),
            )));
        }
        Some(Ok(Row { source, line: i + 1, fields, columns }))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_skip_comments_and_name_bad_lines() {
        let text = "# header\nRUS\tla Russie|la Fédération de Russie\n\nUSA\n";
        let rows: Vec<_> = rows("countries.tsv", text, &["iso3", "names"]).collect();
        assert_eq!(rows.len(), 2);
        let row = rows[0].as_ref().unwrap();
        assert_eq!(row.line, 2);
        assert_eq!(row.list("names").collect::<Vec<_>>(), ["la Russie", "la Fédération de Russie"]);
        let err = rows[1].as_ref().err().unwrap().to_string();
        assert!(err.starts_with("countries.tsv:4:"), "{err}");
    }
}

//! Where each value of a case file is: a map from a field path (`invoices[1].amount`) to its
//! line and column, so that a finding of the rules points at the YAML it is about.
//!
//! The typed model stays free of span wrappers (they would leak into every rule); instead the
//! file is read a second time into this light index. That costs a few microseconds per case and
//! keeps `Case` a plain struct.

use std::collections::HashMap;
use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;

/// A 1-based line and column in the case file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Position {
    pub line: u64,
    pub column: u64,
}

/// Field path → position. Containers map to their key, scalars to their value.
#[derive(Clone, Debug, Default)]
pub struct SpanIndex {
    positions: HashMap<String, Position>,
}

impl SpanIndex {
    /// Indexes a YAML text; an unreadable text gives an empty index (the loader reports why).
    pub fn build(text: &str) -> SpanIndex {
        let mut index = SpanIndex::default();
        if let Ok(root) = serde_saphyr::from_str::<Spanned<Tree>>(text) {
            index.walk(String::new(), &root.value, None);
        }
        index
    }

    fn walk(&mut self, path: String, tree: &Tree, key_pos: Option<Position>) {
        match tree {
            Tree::Leaf(pos) => {
                self.positions.insert(path, *pos);
            }
            Tree::Map(entries) => {
                if let Some(pos) = key_pos {
                    self.positions.insert(path.clone(), pos);
                }
                for (key, key_pos, value) in entries {
                    let child = if path.is_empty() {
                        key.clone()
                    } else {
                        format!("{path}.{key}")
                    };
                    self.walk(child, value, Some(*key_pos));
                }
            }
            Tree::Seq(items) => {
                if let Some(pos) = key_pos {
                    self.positions.insert(path.clone(), pos);
                }
                for (i, (pos, item)) in items.iter().enumerate() {
                    self.walk(format!("{path}[{i}]"), item, Some(*pos));
                }
            }
        }
    }

    /// The field at a position (an error reported by the YAML reader), or the last field that
    /// starts before it.
    pub fn path_at(&self, pos: Position) -> Option<String> {
        self.positions
            .iter()
            .filter(|(_, p)| **p <= pos)
            .max_by(|a, b| a.1.cmp(b.1).then(a.0.len().cmp(&b.0.len())))
            .map(|(path, _)| path.clone())
    }

    /// The position of `path`, or of its closest ancestor present in the file (a missing field
    /// is reported at the block that should contain it).
    pub fn find(&self, path: &str) -> Option<Position> {
        let mut current = path;
        loop {
            if let Some(pos) = self.positions.get(current) {
                return Some(*pos);
            }
            let cut = current.rfind(['.', '['])?;
            current = &current[..cut];
        }
    }
}

/// The shape of a YAML document with positions only; values are not kept.
enum Tree {
    Leaf(Position),
    Map(Vec<(String, Position, Tree)>),
    Seq(Vec<(Position, Tree)>),
}

fn position(s: &serde_saphyr::Location) -> Position {
    Position {
        line: s.line(),
        column: s.column(),
    }
}

impl<'de> Deserialize<'de> for Tree {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Tree, D::Error> {
        d.deserialize_any(TreeVisitor)
    }
}

struct TreeVisitor;

macro_rules! leaf {
    ($($name:ident: $t:ty),*) => {
        $(fn $name<E: serde::de::Error>(self, _: $t) -> Result<Tree, E> {
            Ok(Tree::Leaf(Position { line: 0, column: 0 }))
        })*
    };
}

impl<'de> Visitor<'de> for TreeVisitor {
    type Value = Tree;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }
    leaf!(visit_bool: bool, visit_i64: i64, visit_u64: u64, visit_f64: f64, visit_str: &str);
    fn visit_unit<E: serde::de::Error>(self) -> Result<Tree, E> {
        Ok(Tree::Leaf(Position { line: 0, column: 0 }))
    }
    fn visit_none<E: serde::de::Error>(self) -> Result<Tree, E> {
        self.visit_unit()
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Tree, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<Spanned<KeyText>>()? {
            let value: Spanned<Tree> = map.next_value()?;
            let value_pos = position(&value.referenced);
            let tree = match value.value {
                Tree::Leaf(_) => Tree::Leaf(value_pos),
                other => other,
            };
            entries.push((key.value.0, position(&key.referenced), tree));
        }
        Ok(Tree::Map(entries))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Tree, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Spanned<Tree>>()? {
            let pos = position(&item.referenced);
            let tree = match item.value {
                Tree::Leaf(_) => Tree::Leaf(pos),
                other => other,
            };
            items.push((pos, tree));
        }
        Ok(Tree::Seq(items))
    }
}

/// A mapping key as text, whatever its YAML type.
struct KeyText(String);

impl<'de> Deserialize<'de> for KeyText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<KeyText, D::Error> {
        String::deserialize(d).map(KeyText)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_scalars_containers_and_ancestors() {
        let text = "reference: A-1\ncreditor:\n  name: X\n  address:\n    city: Lyon\ninvoices:\n  - number: F1\n    amount: 12.50\n  - number: F2\n    amount: 3\n";
        let index = SpanIndex::build(text);
        assert_eq!(
            index.find("reference"),
            Some(Position {
                line: 1,
                column: 12
            })
        );
        assert_eq!(
            index.find("creditor"),
            Some(Position { line: 2, column: 1 })
        );
        assert_eq!(
            index.find("creditor.address.city"),
            Some(Position {
                line: 5,
                column: 11
            })
        );
        assert_eq!(
            index.find("invoices[1].amount"),
            Some(Position {
                line: 10,
                column: 13
            })
        );
        // Missing field: reported at the closest block that exists.
        assert_eq!(
            index.find("creditor.registration.siren"),
            Some(Position { line: 2, column: 1 })
        );
        assert_eq!(index.find("nothing"), None);
    }
}

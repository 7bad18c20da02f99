//! Three-way merge of an ordered list of unique keys (stages, lanes, cards,
//! insights…): our order, with the moves and additions only they made applied
//! next to the item that precedes them on their side.

use std::collections::HashSet;
use std::hash::Hash;

use crate::diff::order::kept_in_order;

/// Keys of `side` that it moved relative to `base` (outside the longest run
/// that kept its order).
fn moved<K: Eq + Hash + Clone>(base: &[K], side: &[K]) -> HashSet<K> {
    let in_side: HashSet<&K> = side.iter().collect();
    let in_base: HashSet<&K> = base.iter().collect();
    let b: Vec<K> = base
        .iter()
        .filter(|k| in_side.contains(k))
        .cloned()
        .collect();
    let s: Vec<K> = side
        .iter()
        .filter(|k| in_base.contains(k))
        .cloned()
        .collect();
    let kept = kept_in_order(&b, &s);
    s.into_iter().filter(|k| !kept.contains(k)).collect()
}

/// The merged order of the keys in `keep`: ours, except that keys only they
/// moved, and keys ours lacks, go right after the nearest key that precedes them
/// on their side (then in base, for keys kept from base alone). When both sides
/// moved a key, ours wins. `merge_order(b, b, t, set(t)) == t` and
/// `merge_order(b, o, b, set(o)) == o`.
pub fn merge_order<K: Eq + Hash + Clone>(
    base: &[K],
    ours: &[K],
    theirs: &[K],
    keep: &HashSet<K>,
) -> Vec<K> {
    let moved_ours = moved(base, ours);
    let moved_theirs = moved(base, theirs);
    let mut result: Vec<K> = ours
        .iter()
        .filter(|k| keep.contains(*k))
        // Keys only they moved are placed below, where they put them.
        .filter(|k| !moved_theirs.contains(*k) || moved_ours.contains(*k))
        .cloned()
        .collect();
    let mut placed: HashSet<K> = result.iter().cloned().collect();
    // Our additions stay ahead of theirs added at the same place.
    let known: HashSet<&K> = base.iter().chain(theirs).collect();
    let ours_added: HashSet<&K> = ours.iter().filter(|k| !known.contains(k)).collect();
    for source in [theirs, base] {
        let mut prev: Option<&K> = None;
        for k in source {
            if keep.contains(k) && !placed.contains(k) {
                let mut at = prev
                    .and_then(|p| result.iter().position(|x| x == p))
                    .map_or(0, |i| i + 1);
                while result.get(at).is_some_and(|x| ours_added.contains(x)) {
                    at += 1;
                }
                result.insert(at, k.clone());
                placed.insert(k.clone());
            }
            if placed.contains(k) {
                prev = Some(k);
            }
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keep(keys: &[&'static str]) -> HashSet<&'static str> {
        keys.iter().copied().collect()
    }

    #[test]
    fn additions_and_moves_from_both_sides_land() {
        let base = ["a", "b", "c", "d"];
        let ours = ["a", "x", "b", "c", "d"];
        let theirs = ["b", "c", "a", "d", "y"];
        let merged = merge_order(
            &base,
            &ours,
            &theirs,
            &keep(&["a", "b", "c", "d", "x", "y"]),
        );
        assert_eq!(merged, ["x", "b", "c", "a", "d", "y"]);
    }

    #[test]
    fn one_sided_changes_reproduce_that_side() {
        let base = ["a", "b", "c", "d", "e"];
        let theirs = ["e", "n", "c", "a", "m", "b"];
        let k: HashSet<_> = theirs.iter().copied().collect();
        assert_eq!(merge_order(&base, &base, &theirs, &k), theirs);
        assert_eq!(merge_order(&base, &theirs, &base, &k), theirs);
    }
}

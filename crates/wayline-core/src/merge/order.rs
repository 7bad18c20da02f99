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
    let mut result = Linked::new(
        ours.iter()
            .filter(|k| keep.contains(*k))
            // Keys only they moved are placed below, where they put them.
            .filter(|k| !moved_theirs.contains(*k) || moved_ours.contains(*k))
            .cloned(),
    );
    // Our additions stay ahead of theirs added at the same place.
    let known: HashSet<&K> = base.iter().chain(theirs).collect();
    let ours_added: HashSet<&K> = ours.iter().filter(|k| !known.contains(k)).collect();
    for source in [theirs, base] {
        let mut prev: Option<&K> = None;
        for k in source {
            if keep.contains(k) && !result.contains(k) {
                result.insert_after(prev, k.clone(), |x| ours_added.contains(x));
            }
            if result.contains(k) {
                prev = Some(k);
            }
        }
    }
    result.into_vec()
}

/// The merged list while keys are placed: a linked list with an index, so that
/// placing each of thousands of added keys after its neighbour costs O(1), not
/// a search and a shift of the whole list (a merge of two sides adding 26 000
/// cards each took seconds).
struct Linked<K> {
    keys: Vec<K>,
    next: Vec<Option<usize>>,
    head: Option<usize>,
    index: std::collections::HashMap<K, usize>,
}

impl<K: Eq + Hash + Clone> Linked<K> {
    fn new(keys: impl Iterator<Item = K>) -> Linked<K> {
        let keys: Vec<K> = keys.collect();
        let n = keys.len();
        let next = (0..n).map(|i| (i + 1 < n).then_some(i + 1)).collect();
        let index = keys
            .iter()
            .cloned()
            .enumerate()
            .map(|(i, k)| (k, i))
            .collect();
        Linked {
            keys,
            next,
            head: (n > 0).then_some(0),
            index,
        }
    }

    fn contains(&self, key: &K) -> bool {
        self.index.contains_key(key)
    }

    /// Inserts `key` right after `prev` (at the front without one), past the
    /// keys that follow it and `skip` says to stay ahead.
    fn insert_after(&mut self, prev: Option<&K>, key: K, skip: impl Fn(&K) -> bool) {
        let mut after = prev.and_then(|p| self.index.get(p).copied());
        loop {
            let following = match after {
                Some(i) => self.next[i],
                None => self.head,
            };
            match following {
                Some(n) if skip(&self.keys[n]) => after = Some(n),
                _ => break,
            }
        }
        let node = self.keys.len();
        let following = match after {
            Some(i) => self.next[i].replace(node),
            None => self.head.replace(node),
        };
        self.keys.push(key.clone());
        self.next.push(following);
        self.index.insert(key, node);
    }

    fn into_vec(self) -> Vec<K> {
        let mut out = Vec::with_capacity(self.keys.len());
        let mut at = self.head;
        while let Some(i) = at {
            out.push(self.keys[i].clone());
            at = self.next[i];
        }
        out
    }
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

    #[test]
    fn many_additions_on_both_sides_merge_in_linear_time() {
        let base: Vec<u32> = (0..10).collect();
        let ours: Vec<u32> = base.iter().copied().chain(100_000..150_000).collect();
        let theirs: Vec<u32> = base.iter().copied().chain(200_000..250_000).collect();
        let k: HashSet<u32> = ours.iter().chain(&theirs).copied().collect();
        let started = std::time::Instant::now();
        let merged = merge_order(&base, &ours, &theirs, &k);
        // Quadratic placement took minutes here in a debug build.
        assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
        let expected: Vec<u32> = ours.iter().chain(&theirs[10..]).copied().collect();
        assert_eq!(merged, expected);
    }
}

//! Order arithmetic shared by the diff and the merge: which items kept their
//! relative order between two lists (the rest were moved), and where items that
//! exist only in the old list sit among the new list's items.

use std::collections::{HashMap, HashSet};
use std::hash::Hash;

/// The keys of `b` that keep their relative order from `a` (a longest increasing
/// subsequence of positions, so as few items as possible count as moved). Keys
/// missing from either list are ignored. O(n log n), deterministic.
pub fn kept_in_order<K: Eq + Hash + Clone>(a: &[K], b: &[K]) -> HashSet<K> {
    let pos: HashMap<&K, usize> = a.iter().enumerate().map(|(i, k)| (k, i)).collect();
    let seq: Vec<(usize, &K)> = b
        .iter()
        .filter_map(|k| pos.get(k).map(|&p| (p, k)))
        .collect();
    // tails[l] = index in seq of the smallest tail of an increasing run of length l+1.
    let mut tails: Vec<usize> = Vec::new();
    let mut prev: Vec<Option<usize>> = vec![None; seq.len()];
    for (i, &(p, _)) in seq.iter().enumerate() {
        let l = tails.partition_point(|&t| seq[t].0 < p);
        if l > 0 {
            prev[i] = Some(tails[l - 1]);
        }
        if l == tails.len() {
            tails.push(i);
        } else {
            tails[l] = i;
        }
    }
    let mut kept = HashSet::new();
    let mut at = tails.last().copied();
    while let Some(i) = at {
        kept.insert(seq[i].1.clone());
        at = prev[i];
    }
    kept
}

/// One position in a combined walk over a new list with the old list's removed
/// items placed where they were.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    /// Index into the new list.
    New(usize),
    /// Index into the old list of an item the new list does not have.
    Removed(usize),
}

/// The new list in its order, each removed old item right after the new position
/// of the nearest item that preceded it in the old list (or first).
pub fn interleave<K: Eq + Hash>(old: &[K], new: &[K]) -> Vec<Slot> {
    let in_new: HashMap<&K, usize> = new.iter().enumerate().map(|(i, k)| (k, i)).collect();
    // Removed items grouped by the new index they follow (None: before everything).
    let mut after: HashMap<Option<usize>, Vec<usize>> = HashMap::new();
    let mut anchor = None;
    for (j, k) in old.iter().enumerate() {
        match in_new.get(k) {
            Some(&i) => anchor = Some(i),
            None => after.entry(anchor).or_default().push(j),
        }
    }
    let mut slots = Vec::with_capacity(new.len() + old.len());
    slots.extend(
        after
            .remove(&None)
            .unwrap_or_default()
            .into_iter()
            .map(Slot::Removed),
    );
    for i in 0..new.len() {
        slots.push(Slot::New(i));
        slots.extend(
            after
                .remove(&Some(i))
                .unwrap_or_default()
                .into_iter()
                .map(Slot::Removed),
        );
    }
    slots
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_moved_item_is_the_only_one_not_kept() {
        let kept = kept_in_order(&["a", "b", "c", "d"], &["b", "c", "a", "d"]);
        assert!(!kept.contains("a"));
        assert_eq!(kept.len(), 3);
        let kept = kept_in_order(&["a", "b", "c", "d"], &["a", "b", "d", "c"]);
        assert_eq!(kept.len(), 3);
    }

    #[test]
    fn removed_items_stay_near_their_neighbours() {
        let slots = interleave(&["x", "a", "b", "y", "c"], &["a", "n", "b", "c"]);
        assert_eq!(
            slots,
            vec![
                Slot::Removed(0),
                Slot::New(0),
                Slot::New(1),
                Slot::New(2),
                Slot::Removed(3),
                Slot::New(3)
            ]
        );
    }
}

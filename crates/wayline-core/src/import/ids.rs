//! Ids for imported stages, steps, lanes and cards, derived from what they are
//! (a hash of a seed such as the section and task), not drawn at random: the
//! same file imported twice gives the same map, so re-importing an updated
//! diagram or spreadsheet shows as a small diff in git.

use std::collections::HashSet;

/// Mints ids that collide neither with each other nor with ids reserved first
/// (those an imported file names itself).
#[derive(Debug, Default)]
pub struct Minter {
    taken: HashSet<String>,
}

impl Minter {
    /// Marks `id` as used; false when it already was.
    pub fn reserve(&mut self, id: &str) -> bool {
        self.taken.insert(id.to_string())
    }

    /// `prefix-xxxxxxxx`, eight hex digits from `seed`.
    pub fn mint(&mut self, prefix: &str, seed: &str) -> String {
        let mut attempt = 0u64;
        loop {
            let h = fnv1a(seed.as_bytes(), attempt);
            let id = format!("{prefix}-{:08x}", (h ^ (h >> 32)) as u32);
            if self.taken.insert(id.clone()) {
                return id;
            }
            attempt += 1;
        }
    }
}

/// 64-bit FNV-1a: tiny, and stable across Rust versions and platforms (unlike
/// `std`'s hashers, which may change).
fn fnv1a(bytes: &[u8], salt: u64) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in salt.to_le_bytes().iter().chain(bytes) {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_id_and_never_a_taken_one() {
        let a = Minter::default().mint("card", "stage 1 / Make tea");
        let b = Minter::default().mint("card", "stage 1 / Make tea");
        assert_eq!(a, b);
        assert!(a.starts_with("card-") && a.len() == "card-".len() + 8);
        let mut m = Minter::default();
        assert!(m.reserve(&a));
        assert!(!m.reserve(&a));
        let c = m.mint("card", "stage 1 / Make tea");
        assert_ne!(c, a);
    }
}

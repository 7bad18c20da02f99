//! Undo and redo: stacks of inverse commands. Consecutive edits of one gesture (a
//! drag, typing into one card) merge into one undo step by keeping the first inverse.
//!
//! Every state the history can reach has a [`State`] id, and the history
//! remembers which one is on disk (as helix does), so undoing back to the saved
//! state makes the map clean again, and an edit after undoing past it makes that
//! state unreachable: unsaved until the next save.

use super::{Command, EditError};
use crate::model::Map;

/// Names one state of the map in the history. Ids are never reused, so a state
/// thrown away with the redo stack is never matched again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct State(u64);

#[derive(Debug)]
pub struct History {
    /// Inverses, with the gesture of the step and the state the step leads to.
    undo: Vec<(Command, Option<u64>, State)>,
    /// Redo commands, with the state each leads back to.
    redo: Vec<(Command, State)>,
    /// The state before any recorded step.
    base: State,
    next: u64,
    /// The state that is on disk, if the history can reach it.
    saved: Option<State>,
}

impl Default for History {
    /// An empty history whose only state is the saved one.
    fn default() -> History {
        History {
            undo: Vec::new(),
            redo: Vec::new(),
            base: State(0),
            next: 1,
            saved: Some(State(0)),
        }
    }
}

impl History {
    /// An empty history whose state is not what is on disk (imported or
    /// recovered work): unsaved until [`History::mark_saved`].
    pub fn unsaved() -> History {
        History {
            saved: None,
            ..History::default()
        }
    }

    fn fresh(&mut self) -> State {
        self.next += 1;
        State(self.next)
    }

    /// Applies `command` to `map` and records its inverse. Commands that share a
    /// `gesture` id with the previous one join its undo step.
    pub fn apply(
        &mut self,
        map: &mut Map,
        command: Command,
        gesture: Option<u64>,
    ) -> Result<(), EditError> {
        let inverse = command.apply(map)?;
        self.redo.clear();
        let state = self.fresh();
        match self.undo.last_mut() {
            // The step now ends in a new state (its old end may be the saved one).
            Some((_, Some(last), end)) if gesture == Some(*last) => *end = state,
            _ => self.undo.push((inverse, gesture, state)),
        }
        Ok(())
    }

    /// Undoes the last step; false when there is nothing to undo.
    pub fn undo(&mut self, map: &mut Map) -> bool {
        let Some((inverse, _, state)) = self.undo.pop() else {
            return false;
        };
        match inverse.apply(map) {
            Ok(redo) => {
                self.redo.push((redo, state));
                true
            }
            Err(_) => {
                self.lost_step();
                false
            }
        }
    }

    /// Takes the last step back without leaving it to redo: a card added and
    /// then cancelled (Esc before anything was typed) was never an edit.
    pub fn retract(&mut self, map: &mut Map) -> bool {
        let done = self.undo(map);
        if done {
            self.redo.pop();
        }
        done
    }

    /// Redoes the last undone step; false when there is nothing to redo.
    pub fn redo(&mut self, map: &mut Map) -> bool {
        let Some((command, state)) = self.redo.pop() else {
            return false;
        };
        match command.apply(map) {
            Ok(inverse) => {
                self.undo.push((inverse, None, state));
                true
            }
            Err(_) => {
                self.lost_step();
                false
            }
        }
    }

    /// A step that failed is gone while the map stayed as it was: the ids no
    /// longer match the map, so the saved state is no longer known.
    fn lost_step(&mut self) {
        self.saved = None;
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Ends any gesture, so the next edit starts a new undo step.
    pub fn seal(&mut self) {
        if let Some(last) = self.undo.last_mut() {
            last.1 = None;
        }
    }

    /// The state the map is in now.
    pub fn state(&self) -> State {
        self.undo.last().map_or(self.base, |(_, _, state)| *state)
    }

    /// Records that `state` is what is on disk (a save that started in that
    /// state finished). Ends the current gesture, so typing on after a save is
    /// a new undo step and undoing it comes back to the saved state.
    pub fn mark_saved(&mut self, state: State) {
        if state == self.state() {
            self.seal();
        }
        self.saved = Some(state);
    }

    /// True when the map is in the state that is on disk.
    pub fn is_saved(&self) -> bool {
        self.saved == Some(self.state())
    }
}

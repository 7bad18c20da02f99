//! Undo and redo: stacks of inverse commands. Consecutive edits of one gesture (a
//! drag, typing into one card) merge into one undo step by keeping the first inverse.

use super::{Command, EditError};
use crate::model::Map;

#[derive(Debug, Default)]
pub struct History {
    undo: Vec<(Command, Option<u64>)>,
    redo: Vec<Command>,
}

impl History {
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
        match self.undo.last() {
            Some((_, Some(last))) if gesture == Some(*last) => {}
            _ => self.undo.push((inverse, gesture)),
        }
        Ok(())
    }

    /// Undoes the last step; false when there is nothing to undo.
    pub fn undo(&mut self, map: &mut Map) -> bool {
        let Some((inverse, _)) = self.undo.pop() else {
            return false;
        };
        match inverse.apply(map) {
            Ok(redo) => {
                self.redo.push(redo);
                true
            }
            Err(_) => false,
        }
    }

    /// Redoes the last undone step; false when there is nothing to redo.
    pub fn redo(&mut self, map: &mut Map) -> bool {
        let Some(command) = self.redo.pop() else {
            return false;
        };
        match command.apply(map) {
            Ok(inverse) => {
                self.undo.push((inverse, None));
                true
            }
            Err(_) => false,
        }
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
}

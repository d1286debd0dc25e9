const Sequencer = require('@jest/test-sequencer').default;

/** The checks run in the order of their file names (1-abuse … 5-kill): the kill comes last. */
class ByName extends Sequencer {
  sort(tests) {
    return [...tests].sort((a, b) => a.path.localeCompare(b.path));
  }
}

module.exports = ByName;

// A bare fork-pool worker: burns the CPU time it is sent, answers, exits when disconnected.
import { burn } from '../../test/fixtures/burn.mjs';

process.on('message', (seconds) => process.send(burn(seconds)));
process.on('disconnect', () => process.exit(0));

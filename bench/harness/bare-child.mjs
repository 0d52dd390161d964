// The bare counterpart of our child-processes worker: a forked process that runs the no-op on
// each message and sends the result back, with nothing else around it.
import { noop } from '../../test/fixtures/noop.mjs';

process.on('message', (arg) => process.send(noop(arg)));
process.on('disconnect', () => process.exit(0));

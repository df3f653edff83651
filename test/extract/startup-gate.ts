/**
 * Preloaded (`node --import`) by test/extract/startup-signal.test.ts, in the
 * CLI and (inherited execArgv) in each worker thread: when the module whose URL
 * ends with $GATE_MODULE is about to load, it writes `$GATE_FILE.reached` and
 * holds that load until `$GATE_FILE.go` exists. The test signals while start-up
 * is held at that exact point, however slow the machine.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const suffix = process.env.GATE_MODULE;
const gate = process.env.GATE_FILE;
if (suffix && gate) {
  registerHooks({
    load(url, context, nextLoad) {
      if (url.endsWith(suffix)) {
        writeFileSync(`${gate}.reached`, '');
        const cell = new Int32Array(new SharedArrayBuffer(4));
        // Bounded, so a test that never says go cannot leave a process behind for long.
        for (let waited = 0; !existsSync(`${gate}.go`) && waited < 600_000; waited += 10) Atomics.wait(cell, 0, 0, 10);
      }
      return nextLoad(url, context);
    },
  });
}

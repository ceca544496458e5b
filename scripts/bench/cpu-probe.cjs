// Preloaded (`node -r`) into every process the start-up bench spawns, the baseline included:
// at exit it writes the process's own CPU time (user + sys, µs, all threads) to fd 3. Node has
// no portable way to read a child's rusage, and the machine is shared, so wall time is noisy.
'use strict';
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  try { require('node:fs').writeSync(3, `${user + system}\n`); } catch { /* fd 3 not open: not under the bench */ }
});

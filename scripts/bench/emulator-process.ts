/** Starts `pcsh emulator start --port 0` as a child process and resolves once it prints its URL. */
import { spawn } from 'node:child_process';

export function startEmulatorProcess(pcsh: string, dataDir: string, env: NodeJS.ProcessEnv): Promise<{ url: string; close(): Promise<void> }> {
  const child = spawn(process.execPath, [pcsh, 'emulator', 'start', '--port', '0', '--data', dataDir], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let seen = '';
    child.once('exit', (code) => reject(new Error(`emulator exited ${code} before listening: ${seen}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(seen)?.[1];
      if (!url) return;
      child.stdout.removeAllListeners('data');
      child.stdout.resume(); // keep draining its request log lines
      child.removeAllListeners('exit');
      resolve({
        url,
        close: () => new Promise<void>((done) => {
          child.once('exit', () => done());
          child.kill('SIGTERM');
        }),
      });
    });
  });
}

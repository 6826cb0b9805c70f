import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium: installed by `apt-get install -y chromium` (.ci/run does it). */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || execFileSync('sh', ['-c', 'command -v chromium || true']).toString().trim();
  if (!path) throw new Error('Chromium not found: run `apt-get install -y chromium` (or set CHROMIUM_PATH).');
  return path;
}

/** A headless Chromium that talks to nothing but the pages it is sent to. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

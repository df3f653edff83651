/**
 * Every test run gets its own temporary directory (TMPDIR for the test
 * workers and everything they spawn), removed when the run ends, so no
 * fixture copies, PDFs or builds are left behind in the system's /tmp.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gdpr-docs-test-run-'));
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}

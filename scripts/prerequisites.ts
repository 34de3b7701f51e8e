/**
 * What `npm test` needs beyond npm packages, found in the first seconds:
 * a Chromium for the browser tests (Playwright cannot download its own here),
 * Chinese fonts for it, so pages render as readers see them, and Java 17 or
 * newer for the Nu HTML checker. As root on Debian or Ubuntu it installs what
 * is missing with apt-get; elsewhere it stops with one message naming each
 * missing thing and the command that installs it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from '../tests/chromium.ts';

interface Need {
  what: string;
  found: () => string | null;
  /** Debian/Ubuntu packages that provide it. */
  apt: string[];
  elsewhere: string;
}

function run(command: string, args: string[]): { status: number | null; out: string } {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return { status: result.error ? null : result.status, out: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

export function javaVersion(java = process.env['JAVA'] ?? 'java'): number | null {
  const { status, out } = run(java, ['-version']);
  if (status !== 0) return null;
  const match = out.match(/version "(\d+)(?:\.(\d+))?/);
  if (!match) return null;
  // Java 8 and older report "1.8.0".
  return match[1] === '1' ? Number(match[2]) : Number(match[1]);
}

const NEEDS: Need[] = [
  {
    what: 'Chromium (browser tests and page checks)',
    found: () => findChromium() ?? null,
    apt: ['chromium'],
    elsewhere: 'install Chromium or Chrome and set CHROMIUM_PATH to its binary',
  },
  {
    what: 'Chinese fonts for Chromium (Noto Sans CJK)',
    found: () => {
      const { status, out } = run('fc-list', [':lang=zh', 'family']);
      return status === 0 && out.trim() ? out.trim().split('\n')[0]! : null;
    },
    apt: ['fonts-noto-cjk'],
    elsewhere: 'install a Simplified Chinese font that fontconfig lists (fc-list :lang=zh), e.g. Noto Sans CJK SC',
  },
  {
    what: 'Java 17 or newer (the Nu HTML checker, vnu-jar)',
    found: () => {
      const version = javaVersion();
      return version !== null && version >= 17 ? `Java ${version}` : null;
    },
    apt: ['default-jre-headless'],
    elsewhere: 'install a Java runtime 17 or newer (e.g. Eclipse Temurin) and put java on PATH, or set JAVA to its binary',
  },
];

function canApt(): boolean {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

function missing(): Need[] {
  return NEEDS.filter((need) => need.found() === null);
}

let lacking = missing();
if (lacking.length > 0 && canApt()) {
  const packages = [...new Set(lacking.flatMap((need) => need.apt))];
  console.log(`npm test: installing ${packages.join(' ')} with apt-get (for ${lacking.map((n) => n.what).join('; ')})`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  if (update.status === 0) spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: ['ignore', 'ignore', 'inherit'], env });
  lacking = missing();
}

if (lacking.length > 0) {
  const packages = [...new Set(lacking.flatMap((need) => need.apt))].join(' ');
  console.error(
    [
      'npm test cannot start: this machine lacks',
      ...lacking.map((need) => `  - ${need.what}: on other systems, ${need.elsewhere}`),
      `On Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y ${packages}`,
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`npm test prerequisites: ${NEEDS.map((need) => `${need.what.split(' (')[0]}: ${need.found()}`).join('; ')}`);

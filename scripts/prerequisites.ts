/**
 * What `npm test` needs beyond npm packages, found in the first seconds:
 * a Chromium for the browser tests (Playwright cannot download its own here),
 * Chinese fonts for it, so pages render as readers see them, and Java 17 or
 * newer for the Nu HTML checker. As root on Debian or Ubuntu it installs what
 * is missing with apt-get; elsewhere it stops with one message naming each
 * missing thing and the command that installs it.
 *
 * It also puts WordPress's own wp-embed.js, the script that sizes oEmbed
 * frames on every WordPress page, where the embed host tests find it
 * (WP_EMBED_CACHE): taken out of Debian's `wordpress` package without
 * installing it, as the package would bring Apache, PHP and MySQL with it.
 * Without apt-get the tests say so and use their stand-in only.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findChromium } from '../tests/chromium.ts';
import { realWpEmbed, WP_EMBED_CACHE } from '../tests/e2e/hosts/wordpress.ts';

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

/** Copies wp-embed.js out of Debian's wordpress .deb into WP_EMBED_CACHE; false when it cannot. */
function fetchWpEmbed(): boolean {
  if (!existsSync('/usr/bin/apt-get') || !existsSync('/usr/bin/dpkg-deb')) return false;
  const dir = mkdtempSync(join(tmpdir(), 'wp-embed-'));
  try {
    const download = () => spawnSync('apt-get', ['download', '-qq', 'wordpress'], { cwd: dir, encoding: 'utf8' }).status === 0;
    // A machine whose package lists were never fetched knows no wordpress package yet.
    if (!download() && !(canApt() && spawnSync('apt-get', ['update', '-qq']).status === 0 && download())) return false;
    const deb = readdirSync(dir).find((name) => name.endsWith('.deb'));
    if (!deb) return false;
    const member = './usr/share/wordpress/wp-includes/js/wp-embed.js';
    const unpack = spawnSync('sh', ['-c', 'dpkg-deb --fsys-tarfile "$1" | tar -x -C "$2" "$3"', 'sh', join(dir, deb), dir, member]);
    const script = join(dir, member);
    if (unpack.status !== 0 || !existsSync(script)) return false;
    mkdirSync(dirname(WP_EMBED_CACHE), { recursive: true });
    copyFileSync(script, WP_EMBED_CACHE);
    return true;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
if (!realWpEmbed() && !fetchWpEmbed()) {
  console.warn(`npm test: no WordPress wp-embed.js (Debian's wordpress package could not be fetched); the WordPress embed tests use their stand-in only. Set WP_EMBED_JS to a copy to test the real one.`);
}
console.log(`npm test prerequisites: ${NEEDS.map((need) => `${need.what.split(' (')[0]}: ${need.found()}`).join('; ')}; WordPress wp-embed.js: ${realWpEmbed() ?? 'none'}`);

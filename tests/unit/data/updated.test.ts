/** lastUpdated: git's date where the history is whole, the files' own date (and saying so) where it is shallow or absent. */
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastUpdated, type GitRunner } from '../../../src/data/updated.ts';

function folderWithFile(mtime: Date): string {
  const root = mkdtempSync(join(tmpdir(), 'ledger-updated-'));
  writeFileSync(join(root, 'a.csv'), 'x\n1\n');
  utimesSync(join(root, 'a.csv'), mtime, mtime);
  return root;
}

const FILE_DATE = new Date('2024-03-05T10:00:00Z');

function git(answers: Record<string, string | Error>): GitRunner {
  return (args) => {
    const answer = answers[args[0]!];
    if (answer === undefined || answer instanceof Error) throw answer ?? new Error(`git ${args[0]} not expected`);
    return answer;
  };
}

describe('lastUpdated', () => {
  it('takes the date of the last commit that changed the files when the history is whole', () => {
    const root = folderWithFile(FILE_DATE);
    const asked: string[][] = [];
    const runner: GitRunner = (args, cwd) => {
      asked.push(args);
      return git({ 'rev-parse': 'false', log: '2023-11-20T23:30:00+08:00' })(args, cwd);
    };
    // 23:30 in Beijing is 15:30 UTC, the same day.
    expect(lastUpdated(['a.csv'], root, runner)).toEqual({ date: '2023-11-20', origin: 'git' });
    expect(asked[1]).toEqual(['log', '-1', '--format=%cI', '--', 'a.csv']);
  });

  it("uses the files' date, and says so, in a shallow clone", () => {
    const root = folderWithFile(FILE_DATE);
    expect(lastUpdated(['a.csv'], root, git({ 'rev-parse': 'true', log: '2030-01-01T00:00:00Z' }))).toEqual({ date: '2024-03-05', origin: 'file' });
  });

  it('uses the files\' date without git or outside a checkout', () => {
    const root = folderWithFile(FILE_DATE);
    expect(lastUpdated(['a.csv'], root, git({ 'rev-parse': new Error('not a git repository') }))).toEqual({ date: '2024-03-05', origin: 'file' });
  });

  it('uses the files\' date for a file git has never seen', () => {
    const root = folderWithFile(FILE_DATE);
    expect(lastUpdated(['a.csv'], root, git({ 'rev-parse': 'false', log: '' }))).toEqual({ date: '2024-03-05', origin: 'file' });
  });

  it('fails on a missing file rather than inventing a date', () => {
    const root = folderWithFile(FILE_DATE);
    expect(() => lastUpdated(['missing.csv'], root, git({ 'rev-parse': 'true' }))).toThrow(/ENOENT/);
  });
});

import { describe, expect, it } from 'vitest';
import { en } from '../../infra/i18n/en.js';
import { mn } from '../../infra/i18n/mn.js';
import { announcement, formatBytes } from './downloadState.js';
import { EXPORT_FILES, fileMessageKey } from './exportFiles.js';

describe('download announcements', () => {
  it('say the quarter reached, or only that it is under way without a total', () => {
    expect(announcement('plan.csv', { status: 'downloading', progress: { received: 60, total: 100 } })).toEqual({
      key: 'exporting.downloadingPercent',
      values: { file: 'plan.csv', percent: 50 },
    });
    expect(announcement('plan.csv', { status: 'downloading', progress: { received: 60, total: null } })?.key).toBe('exporting.downloading');
  });

  it('say nothing when idle or failed (the alert speaks for a failure)', () => {
    expect(announcement('plan.csv', { status: 'idle' })).toBeNull();
    expect(announcement('plan.csv', { status: 'failed', error: new Error('x') })).toBeNull();
  });

  it('name the saved file', () => {
    expect(announcement('plan.csv', { status: 'saved', fileName: 'convene-w-plan.csv', bytes: 3 })).toEqual({
      key: 'exporting.saved',
      values: { file: 'convene-w-plan.csv' },
    });
  });
});

describe('formatBytes', () => {
  it('uses decimal units with at most one decimal', () => {
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(1_450, 'en')).toBe('1.5 kB');
    expect(formatBytes(2_345_678, 'en')).toBe('2.3 MB');
    expect(formatBytes(123_456_789, 'en')).toBe('123 MB');
  });
});

describe('export file list', () => {
  it('starts with the archive and has a description of every file in both languages', () => {
    expect(EXPORT_FILES[0]).toBe('archive.zip');
    expect(new Set(EXPORT_FILES).size).toBe(14);
    for (const file of EXPORT_FILES) {
      const key = fileMessageKey(file);
      expect(en.exporting.files[key], file).toBeTruthy();
      expect(mn.exporting.files[key], file).toBeTruthy();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../../shared/limits.js';
import { checkRecordText } from './recordFile.js';

describe('checking a picked record.json', () => {
  it('accepts a Convene record and reads its title', () => {
    const text = JSON.stringify({ format: 'convene-record', version: 1, workshop: { title: 'UPR follow-up' } });
    expect(checkRecordText(text, text.length)).toEqual({ ok: true, text, title: 'UPR follow-up' });
  });

  it('names the wrong pick: not JSON, JSON of something else, or too large', () => {
    expect(checkRecordText('Paragraph,Recommendation\n', 25)).toEqual({ ok: false, reason: 'notJson' });
    expect(checkRecordText('{"rows":[]}', 11)).toEqual({ ok: false, reason: 'notRecord' });
    expect(checkRecordText('null', 4)).toEqual({ ok: false, reason: 'notRecord' });
    expect(checkRecordText('{}', LIMITS.maxRecordBytes + 1)).toEqual({ ok: false, reason: 'tooLarge' });
  });
});

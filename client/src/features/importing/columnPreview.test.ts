import { describe, expect, it } from 'vitest';
import { isSpreadsheet, previewColumns, readCsvHeader } from './columnPreview.js';

describe('the column preview of an import', () => {
  it('reads a CSV header with quotes, doubled quotes and a byte-order mark', () => {
    expect(readCsvHeader('\uFEFFParagraph,"Recommendation","Recommending ""States""",Position\r\n84.1,x,y,z')).toEqual([
      'Paragraph', 'Recommendation', 'Recommending "States"', 'Position',
    ]);
  });

  it('reads semicolon-separated files', () => {
    expect(readCsvHeader('SuR;Recommendation;RS;Response\n')).toEqual(['SuR', 'Recommendation', 'RS', 'Response']);
  });

  it('recognises the UN matrix and maps its columns', () => {
    const preview = previewColumns(['Paragraph', 'Recommendation', 'Recommending States', 'Position', 'Notes']);
    expect(preview.layout).toBe('un-matrix');
    expect(preview.columns).toEqual([
      { header: 'Paragraph', field: 'ref' },
      { header: 'Recommendation', field: 'text' },
      { header: 'Recommending States', field: 'recommendingStates' },
      { header: 'Position', field: 'response' },
      { header: 'Notes', field: null },
    ]);
  });

  it('recognises UPR Info exports regardless of case, and says what an unknown file misses', () => {
    expect(previewColumns(['sur', 'RECOMMENDATION', 'rs', 'Response', 'Issue']).layout).toBe('upr-info');
    const unknown = previewColumns(['Paragraph', 'Recommendation']);
    expect(unknown.layout).toBeNull();
    expect(unknown.missing).toEqual(['Recommending States', 'Position']);
  });

  it('tells spreadsheets from text files', () => {
    expect(isSpreadsheet({ name: 'recs.XLSX', type: '' })).toBe(true);
    expect(isSpreadsheet({ name: 'recs.csv', type: 'text/csv' })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { csvField, csvFile } from './csv.js';
import { inertMarkdown, inertMarkdownParagraph } from './markdown.js';
import { inertCell } from './spreadsheetCell.js';

describe('spreadsheet cells', () => {
  it.each(['=HYPERLINK("http://evil","x")', '+1+cmd|/C calc', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])('neutralises a formula start: %j', (payload) => {
    expect(inertCell(payload)).toBe(`'${payload}`);
  });

  it('leaves ordinary text, Cyrillic and inner signs alone', () => {
    expect(inertCell('Хүний эрхийн үндэсний комисс')).toBe('Хүний эрхийн үндэсний комисс');
    expect(inertCell('Ratify OP-CAT = priority')).toBe('Ratify OP-CAT = priority');
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "yes"')).toBe('"say ""yes"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField(null)).toBe('');
    expect(csvField(3)).toBe('3');
  });

  it('writes UTF-8 with a byte-order mark and CRLF records', () => {
    const bytes = csvFile(['Name', 'Байгууллага'], [['Saran', 'МОНФЕМНЕТ'], ['=cmd', 'x']]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').slice(1)).toBe("Name,Байгууллага\r\nSaran,МОНФЕМНЕТ\r\n'=cmd,x\r\n");
  });

  it('neutralises a formula inside a quoted field', () => {
    expect(csvField('=1+2,"x"')).toBe(`"'=1+2,""x"""`);
  });
});

describe('Markdown', () => {
  it('turns HTML into visible characters', () => {
    expect(inertMarkdown('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(inertMarkdown('<script>alert(1)</script>')).not.toMatch(/<script/);
  });

  it('leaves no link with a javascript: target', () => {
    const out = inertMarkdown('[click me](javascript:alert(1)) and ![x](javascript:1) and <javascript:alert(1)>');
    expect(out).not.toMatch(/(?<!\\)\[/);
    expect(out).not.toMatch(/(?<!\\)\(/);
    expect(out).not.toContain('<');
  });

  it('stops a line from starting a heading, list, quote or underline', () => {
    expect(inertMarkdown('# Title')).toBe('\\# Title');
    expect(inertMarkdown('- item\n+ item\n1. one\n2) two\n===')).toBe('\\- item\n\\+ item\n1\\. one\n2\\) two\n\\===');
    expect(inertMarkdown('> quote')).toBe('&gt; quote');
  });

  it('keeps ordinary sentences readable', () => {
    expect(inertMarkdown('Ratify OP-CAT by 2016. Хүүхдийн эрх.')).toBe('Ratify OP-CAT by 2016. Хүүхдийн эрх.');
  });

  it('keeps line breaks inside one paragraph', () => {
    expect(inertMarkdownParagraph('one\r\ntwo')).toBe('one  \ntwo');
  });
});

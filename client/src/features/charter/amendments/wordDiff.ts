/**
 * A word diff of a paragraph and its proposed replacement: the longest common subsequence of
 * words (and the spaces between them), so readers see which words an amendment removes and adds.
 */

/** A run of text the two versions share, or that only the old (`removed`) or new (`added`) one has. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Past this many word pairs the middle is shown as replaced whole: a paragraph never gets near it. */
const MAX_CELLS = 400_000;

const words = (text: string): string[] => text.match(/\s+|[^\s]+/g) ?? [];

/** The parts that turn `before` into `after`, adjacent parts of one kind merged. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = words(before);
  const b = words(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts[parts.length - 1];
    if (last?.kind === kind) last.text += text;
    else if (text !== '') parts.push({ kind, text });
  };
  push('same', a.slice(0, start).join(''));
  middle(a.slice(start, endA), b.slice(start, endB), push);
  push('same', a.slice(endA).join(''));
  return tidy(parts);
}

/**
 * Reads as people edit: a lone space between two changes joins them, and each stretch of
 * changes shows what it removes, then what it adds ("without delay" → "within the year").
 */
function tidy(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    removed = added = '';
  };
  parts.forEach((part, i) => {
    const between = i > 0 && i < parts.length - 1 && (removed || added);
    if (part.kind === 'same' && between && /^\s+$/.test(part.text)) {
      removed += part.text;
      added += part.text;
    } else if (part.kind === 'removed') removed += part.text;
    else if (part.kind === 'added') added += part.text;
    else {
      flush();
      out.push(part);
    }
  });
  flush();
  return out;
}

function middle(a: string[], b: string[], push: (kind: DiffPart['kind'], text: string) => void): void {
  if ((a.length + 1) * (b.length + 1) > MAX_CELLS) {
    push('removed', a.join(''));
    push('added', b.join(''));
    return;
  }
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..], in a flat array.
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lengths[i * width + j] = a[i] === b[j] ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push('same', a[i]!);
      i += 1;
      j += 1;
    } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) {
      push('removed', a[i]!);
      i += 1;
    } else {
      push('added', b[j]!);
      j += 1;
    }
  }
  push('removed', a.slice(i).join(''));
  push('added', b.slice(j).join(''));
}

/** Tests of SpanMemo: lookups by text span without slicing, collisions, long keys, and starting over when full. */
import { describe, expect, it } from 'vitest';
import { SPAN_MEMO_MAX_LENGTH, SpanMemo, spanHash } from './span-memo.js';

const Z = '\u200C';

function put(memo: SpanMemo<string>, text: string, start: number, end: number, info: number, value: string): number {
  return memo.add(text, start, end, spanHash(text, start, end), info, value);
}

function lookup(memo: SpanMemo<string>, text: string, start: number, end: number): string | undefined {
  return memo.get(text, start, end, spanHash(text, start, end));
}

describe('SpanMemo', () => {
  it('finds a word stored from one text at another offset of another text: «کتاب»', () => {
    const memo = new SpanMemo<string>(16);
    put(memo, 'این کتاب', 4, 8, 7, 'book');
    const other = 'کتاب ها را خواندم';
    const slot = memo.find(other, 0, 4, spanHash(other, 0, 4));
    expect(slot).toBeGreaterThanOrEqual(0);
    expect(memo.value(slot)).toBe('book');
    expect(memo.info(slot)).toBe(7);
  });

  it.each([
    ['کتاب', 'کتا'],
    ['کتاب', 'کتابها'],
    [`می${Z}روم`, 'میروم'],
    ['بینالمللی', 'بینالمللا'],
  ])('does not confuse %s with %s', (stored, asked) => {
    const memo = new SpanMemo<string>(16);
    put(memo, stored, 0, stored.length, 0, stored);
    expect(lookup(memo, asked, 0, asked.length)).toBeUndefined();
    expect(lookup(memo, stored, 0, stored.length)).toBe(stored);
  });

  it('tells apart two words given the same hash (a collision): «خانه» and «خانم»', () => {
    const memo = new SpanMemo<string>(16);
    memo.add('خانه', 0, 4, 42, 1, 'house');
    memo.add('خانم', 0, 4, 42, 2, 'lady');
    expect(memo.get('خانه', 0, 4, 42)).toBe('house');
    expect(memo.get('خانم', 0, 4, 42)).toBe('lady');
    expect(memo.get('خانی', 0, 4, 42)).toBeUndefined();
  });

  it('compares the whole of a key longer than the eight code units kept in its slot: «فداکاری‌هایشان»', () => {
    const long = `فداکاری${Z}هایشان`;
    const near = `فداکاری${Z}هایمان`;
    const memo = new SpanMemo<string>(16);
    put(memo, long, 0, long.length, 0, 'long');
    expect(lookup(memo, long, 0, long.length)).toBe('long');
    expect(lookup(memo, near, 0, near.length)).toBeUndefined();
  });

  it('does not store a span longer than SPAN_MEMO_MAX_LENGTH', () => {
    const memo = new SpanMemo<string>(16);
    const text = 'ب'.repeat(SPAN_MEMO_MAX_LENGTH + 1);
    expect(put(memo, text, 0, text.length, 0, 'x')).toBe(-1);
    expect(lookup(memo, text, 0, text.length)).toBeUndefined();
    expect(memo.size).toBe(0);
  });

  it('starts over when full, keeping only what was added since: capacity 2', () => {
    const memo = new SpanMemo<string>(2);
    const text = 'می رود و می آید';
    put(memo, text, 0, 2, 0, 'mi');
    put(memo, text, 3, 6, 0, 'ravad');
    expect(memo.size).toBe(2);
    put(memo, text, 12, 15, 0, 'ayad');
    expect(memo.size).toBe(1);
    expect(lookup(memo, text, 0, 2)).toBeUndefined();
    expect(lookup(memo, text, 3, 6)).toBeUndefined();
    expect(lookup(memo, text, 12, 15)).toBe('ayad');
  });

  it('holds many words at once and finds each again: 5,000 made-up words', () => {
    const memo = new SpanMemo<number>(8000);
    const words = Array.from({ length: 5000 }, (_, k) => `کلمه${k.toString(7).replace(/\d/g, (d) => 'ابپتثجچ'[Number(d)]!)}`);
    const text = words.join(' ');
    let at = 0;
    const spans: [number, number][] = [];
    for (const w of words) {
      spans.push([at, at + w.length]);
      at += w.length + 1;
    }
    spans.forEach(([s, e], k) => memo.add(text, s, e, spanHash(text, s, e), 0, k));
    spans.forEach(([s, e], k) => expect(memo.get(text, s, e, spanHash(text, s, e))).toBe(k));
  });
});

/**
 * detachString: a copy of a string that does not point into the text it was sliced from, for values a
 * memo keeps. V8 keeps a slice of 13 or more code units as a view of its parent string, so a memoised
 * word would keep its whole document alive for as long as the memo lasts (measured in the ZWNJ pass:
 * +60 MB per 100 documents of 600 KB). Concatenating makes a new string; slicing that flattens it into
 * a copy of the word's own size.
 */
export function detachString(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}

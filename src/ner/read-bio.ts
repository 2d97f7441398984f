/**
 * Readers for token-per-line NER text: the corpora's `token<sep>tag` files (PEYMA `|`, ARMAN space,
 * ParsTwiNER tab) and the CLI's `--input conll` (first column only), one sentence per blank-line block.
 */

export interface BioSentence {
  readonly tokens: string[];
  readonly tags: string[];
}

/**
 * Sentences of a `token<sep>tag` file; the tag is after the LAST separator so tokens may hold it.
 * «خبرگزاری|B_ORG\nمهر|I_ORG\n\n» with «|» → [{tokens: [خبرگزاری, مهر], tags: [B_ORG, I_ORG]}].
 */
export function readBioColumns(text: string, separator: string): BioSentence[] {
  const out: BioSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') {
      if (tokens.length > 0) out.push({ tokens, tags });
      tokens = [];
      tags = [];
      continue;
    }
    const cut = line.lastIndexOf(separator);
    if (cut <= 0) continue;
    tokens.push(line.slice(0, cut));
    tags.push(line.slice(cut + separator.length).trim());
  }
  if (tokens.length > 0) out.push({ tokens, tags });
  return out;
}

/** The token of a `--input conll` line: everything before the first tab, or else before the first space. */
export function firstColumn(line: string): string {
  const tab = line.indexOf('\t');
  if (tab >= 0) return line.slice(0, tab).trim();
  const t = line.trim();
  const space = t.search(/\s/);
  return space < 0 ? t : t.slice(0, space);
}

/** Groups lines into sentences of tokens (blank line between sentences), lazily, for streaming. */
export function* readTokenLines(lines: Iterable<string>): Generator<string[]> {
  let tokens: string[] = [];
  for (const raw of lines) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') {
      if (tokens.length > 0) yield tokens;
      tokens = [];
      continue;
    }
    tokens.push(firstColumn(line));
  }
  if (tokens.length > 0) yield tokens;
}

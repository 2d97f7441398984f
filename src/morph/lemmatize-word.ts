/**
 * The lemmatizer's algorithm for one word: the table of forms seen in UD first (one Map lookup for
 * frequent words, and UD's own choices for irregular ones), then the rules of the word's class.
 * Pure over (form, UPOS id, model).
 */
import { uposId } from '../doc/labels.js';
import type { MorphModel } from './morph-model.js';
import { lemmatizeNominal } from './lemmatize-nominal.js';
import { lemmatizeVerb } from './lemmatize-verb.js';
import { detachString } from '../memo/detach-string.js';

/** Pronoun clitics split off as multiword-token parts, lemmatized as UD PerDT does («ش» → «او»). */
const PRONOUN_CLITICS: ReadonlyMap<string, string> = new Map([
  ['م', 'من'], ['ام', 'من'], ['یم', 'من'],
  ['ت', 'تو'], ['ات', 'تو'], ['یت', 'تو'],
  ['ش', 'او'], ['اش', 'او'], ['یش', 'او'],
  ['مان', 'ما'], ['یمان', 'ما'],
  ['تان', 'شما'], ['یتان', 'شما'],
  ['شان', 'آنها'], ['یشان', 'آنها'],
]);

const ID = {
  ADJ: uposId('ADJ'),
  ADV: uposId('ADV'),
  AUX: uposId('AUX'),
  NOUN: uposId('NOUN'),
  NUM: uposId('NUM'),
  PRON: uposId('PRON'),
  PROPN: uposId('PROPN'),
  VERB: uposId('VERB'),
  UNTAGGED: 0,
};

const NOMINAL_NAME: Record<number, string> = { [ID.NOUN]: 'NOUN', [ID.ADJ]: 'ADJ', [ID.PROPN]: 'PROPN' };

/** Lemma conventions: UD PerDT (the default and reference) or UD Seraji («شد» → «کرد», «آنان» → «آن»). */
export type Treebank = 'perdt' | 'seraji';

/** Lemma of `form` whose UPOS id is `upos` (0 = untagged: guessed from the form). */
export function lemmatizeWord(form: string, upos: number, model: MorphModel, treebank: Treebank = 'perdt'): string {
  if (treebank === 'seraji') {
    const override = model.seraji[upos]?.get(form);
    if (override !== undefined) return override;
    const lemma = lemmatizePerdt(form, upos, model);
    // Seraji files every form of «شدن» under «کردن» (OrigLemma=کرد#کن), passive and light verb alike.
    return lemma === 'شد' && (upos === ID.VERB || upos === ID.AUX) ? 'کرد' : lemma;
  }
  return lemmatizePerdt(form, upos, model);
}

function lemmatizePerdt(form: string, upos: number, model: MorphModel): string {
  if (form.length === 0) return form;
  const known = model.forms[upos]?.get(form);
  if (known !== undefined) return known;
  // No Persian word is this long; the rules' compound search is quadratic, so a 100k-letter token
  // («کتابها» repeated without spaces) is its own lemma.
  if (form.length > MAX_RULE_LENGTH) return form;
  const key = String.fromCharCode(upos) + form;
  const remembered = model.ruleMemo.get(key);
  if (remembered !== undefined) return remembered;
  // Detached: a lemma may be a slice of the form, and the form a slice of a whole document.
  const lemma = detachString(lemmatizeByRules(form, upos, model));
  model.ruleMemo.set(detachString(key), lemma);
  return lemma;
}

/** The rules of the word's class, for a form the UD table does not hold. */
function lemmatizeByRules(form: string, upos: number, model: MorphModel): string {
  // A stray ZWNJ at either end («ایمنی‌») is a typing slip, not part of the word.
  if (form.charCodeAt(0) === ZWNJ_CODE || form.charCodeAt(form.length - 1) === ZWNJ_CODE) {
    const trimmed = trimZwnj(form);
    return trimmed === form || trimmed.length === 0 ? form : lemmatizePerdt(trimmed, upos, model);
  }
  switch (upos) {
    case ID.VERB:
    case ID.AUX: {
      const verb = lemmatizeVerb(form, model, false);
      if (verb) return verb;
      // A word with a copula clitic tagged as a verb («آماده‌ایم», «خسته‌ام»): no verb table knows a stem
      // «آماد», and the lexicon knows «آماده», so the lemma is the word, not a guessed past stem.
      if (hasPerfectTail(form)) {
        const host = form.slice(0, form.lastIndexOf('\u200c'));
        if (model.lexicon.has(host)) return host;
      }
      return lemmatizeVerb(form, model);
    }
    case ID.NOUN:
    case ID.ADJ:
    case ID.PROPN: {
      // «می‌»/«نمی‌» with a ZWNJ only ever starts a verb: a tagger slip («می‌توانی», PROPN) must not keep it.
      if (form.startsWith('می\u200c') || form.startsWith('نمی\u200c')) {
        const verb = lemmatizeVerb(form, model, false);
        if (verb) return verb;
      }
      return lemmatizeNominal(form, NOMINAL_NAME[upos]!, model);
    }
    case ID.PRON:
      return PRONOUN_CLITICS.get(form) ?? form;
    case ID.UNTAGGED:
      return guessLemma(form, model);
    default:
      return form;
  }
}

const ZWNJ_CODE = 0x200c;
const MAX_RULE_LENGTH = 40;
const PERFECT_CLITICS = new Set(['ام', 'ای', 'است', 'ایم', 'اید', 'اند']);

/** A participle with a perfect clitic: «رفته‌است», «گفته‌اند». */
function hasPerfectTail(form: string): boolean {
  const zwnj = form.lastIndexOf('\u200c');
  return zwnj > 0 && form[zwnj - 1] === 'ه' && PERFECT_CLITICS.has(form.slice(zwnj + 1));
}

function trimZwnj(form: string): string {
  let a = 0;
  let b = form.length;
  while (a < b && form.charCodeAt(a) === ZWNJ_CODE) a++;
  while (b > a && form.charCodeAt(b - 1) === ZWNJ_CODE) b--;
  return form.slice(a, b);
}

/** Without a tag: a form that analyses as a verb with «می‌»/«نمی‌» is a verb, anything else a noun. */
function guessLemma(form: string, model: MorphModel): string {
  if (form.startsWith('می') || form.startsWith('نمی') || hasPerfectTail(form)) {
    const verb = lemmatizeVerb(form, model, false);
    if (verb) return verb;
  }
  const nominal = lemmatizeNominal(form, 'NOUN', model);
  if (nominal !== form) return nominal;
  if (model.lexicon.has(form)) return form;
  return lemmatizeVerb(form, model, false) || form;
}

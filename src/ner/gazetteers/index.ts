/**
 * The curated lists as gazetteer entries, by kind. The shared-data lists (countries, Iranian provinces
 * and cities, first names) are compiled into models/ner/gazetteer.tsv by ner.train.ts and added at load.
 */
import type { GazKind } from '../gazetteer.js';
import { NEWS_AGENCIES } from './news-agencies.js';
import {
  EVENT_TRIGGERS, FAC_TRIGGERS, INTERNATIONAL_ORGANIZATIONS, LOC_TRIGGERS, MINISTRIES, ORG_TRIGGERS, PARTIES_AND_GROUPS,
  STATE_BODIES,
} from './organizations.js';
import { PLACE_VARIANTS } from './places.js';
import { HONORIFICS, ROLES } from './titles.js';

export { NEWS_AGENCIES } from './news-agencies.js';
export { HONORIFICS, ROLES } from './titles.js';

/** Every curated entry as [kind, phrase]. */
export function curatedEntries(): Array<readonly [GazKind, string]> {
  const out: Array<readonly [GazKind, string]> = [];
  const add = (kind: GazKind, list: readonly string[]): void => {
    for (const p of list) out.push([kind, p]);
  };
  add('ORG', NEWS_AGENCIES);
  add('ORG', MINISTRIES);
  add('ORG', STATE_BODIES);
  add('ORG', INTERNATIONAL_ORGANIZATIONS);
  add('ORG', PARTIES_AND_GROUPS);
  add('LOC', PLACE_VARIANTS);
  add('HON', HONORIFICS);
  add('ROLE', ROLES);
  add('ORGT', ORG_TRIGGERS);
  add('LOCT', LOC_TRIGGERS);
  add('FACT', FAC_TRIGGERS);
  add('EVT', EVENT_TRIGGERS);
  return out;
}

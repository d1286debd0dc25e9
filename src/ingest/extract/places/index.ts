import { divisions as sharedDivisions, type Divisions } from '../../../places/divisions';
import { entityId } from '../../ids';
import type { Lexicon } from '../../lexicon';
import type { Mention, ParsedReport, Relation, Sentence, TownshipEntity, VillageEntity } from '../../types';
import { findMentions, type KeyedMention, type NameForm } from '../mentions';
import { firstMatch } from '../rules';
import { wordBoundaries } from '../words';
import { buildGazetteer, countyForms, type Gazetteer, type TownshipPlace, type VillagePlace } from './gazetteer';
import type { TownshipCandidate, WrittenForm } from './inputs';
import { AMBIGUITY_RULES, TOWNSHIP_MENTION_RULES, VILLAGE_MENTION_RULES } from './tables';

/**
 * Finds the townships and villages a report names, with no lexicon: the county's places
 * come from the national division data, and ordered rule tables (tables.ts) decide, for
 * each short form, whether the report also uses it as a word or another name, and for each
 * place a form is written, whether it names the place there.
 */

export interface PlaceDecision {
  quote: string;
  start: number;
  /** The rule that decided, or `default` when none did. */
  rule: string;
  accepted: boolean;
}

export interface FoundPlaces {
  gazetteer: Gazetteer;
  /** Every township of the county, mentioned or not. */
  townships: TownshipEntity[];
  /** Villages the report names, and those the lexicon lists. */
  villages: VillageEntity[];
  /** Village → township. */
  relations: Relation[];
  /** Short forms the report must see in a township context, with the rule that said so. */
  ambiguousForms: Map<string, string>;
  /** Every township candidate and its verdict, for inspection and tests. */
  decisions: PlaceDecision[];
}

/** Word boundaries of each sentence as absolute offsets, computed on first need. */
class Boundaries {
  private readonly cache = new Map<string, Set<number>>();
  at(sentence: Sentence, offset: number): boolean {
    let set = this.cache.get(sentence.id);
    if (!set) {
      set = new Set([...wordBoundaries(sentence.text)].map((b) => sentence.start + b));
      this.cache.set(sentence.id, set);
    }
    return set.has(offset);
  }
}

type FormKind = TownshipCandidate['formKind'];
interface TownshipForm {
  form: string;
  kind: FormKind;
  township: TownshipPlace;
}

function townshipForms(townships: readonly TownshipPlace[]): TownshipForm[] {
  const forms: TownshipForm[] = [];
  const seen = new Set<string>();
  const add = (form: string, kind: FormKind, township: TownshipPlace) => {
    if (form.length < 2 || seen.has(form)) return;
    seen.add(form);
    forms.push({ form, kind, township });
  };
  for (const t of townships) add(t.name, 'name', t);
  for (const t of townships) add(t.shortName, t.shortName === t.name ? 'name' : 'short', t);
  for (const t of townships) for (const a of [...t.otherForms, ...t.aliases]) add(a, 'alias', t);
  return forms;
}

function villageForms(villages: readonly VillagePlace[]): NameForm[] {
  return villages.flatMap((v) => [v.name, ...v.aliases].map((form) => ({ key: v.name, form })));
}

/** Which village of that name: the only one, or the one in the township written just before it. */
function villageCode(place: VillagePlace, text: string, start: number, gazetteer: Gazetteer): string | null {
  if (place.codes.length === 1) return place.codes[0];
  const before = text.slice(Math.max(0, start - 12), start);
  const inTownship = place.codes.filter((code) => {
    const township = gazetteer.townshipOfCode(code.slice(0, 9));
    return township && (before.endsWith(township.name) || before.endsWith(township.shortName));
  });
  return inTownship.length === 1 ? inTownship[0] : null;
}

export function findPlaces(
  report: ParsedReport,
  lexicon: Lexicon,
  divisions: Divisions = sharedDivisions(),
): FoundPlaces {
  const { text, sentences } = report;
  const gazetteer = buildGazetteer(report.meta, lexicon, divisions);
  const boundaries = new Boundaries();
  const written = (sentence: Sentence, start: number, end: number): WrittenForm => ({
    text,
    sentence,
    start,
    end,
    isWordBoundary: (offset) => boundaries.at(sentence, offset),
  });

  // How the report uses each short form, outside longer forms, decides whether it is ambiguous.
  const forms = townshipForms(gazetteer.townships);
  const formOf = new Map(forms.map((f) => [f.form, f]));
  const everywhere = findMentions(
    text,
    sentences,
    forms.map((f) => ({ key: f.form, form: f.form })),
  );
  const sentenceById = new Map(sentences.map((s) => [s.id, s]));
  const followers = new Map<string, string[]>();
  for (const m of everywhere) {
    const sentence = sentenceById.get(m.sentenceId)!;
    if (!boundaries.at(sentence, m.start)) continue;
    followers.set(m.key, [...(followers.get(m.key) ?? []), text.slice(m.end, Math.min(m.end + 4, sentence.end))]);
  }
  const county = countyForms(gazetteer.county);
  const ambiguousForms = new Map<string, string>();
  for (const f of forms) {
    if (f.kind === 'name') continue;
    const use = { form: f.form, township: f.township, countyForms: county, followers: followers.get(f.form) ?? [] };
    const decision = firstMatch(AMBIGUITY_RULES, use);
    if (decision) ambiguousForms.set(f.form, decision.rule);
  }

  // Villages before township mentions: a township's short form inside a village name is not the
  // township (前路村). A township's unambiguous short form + 村 names a village even where the
  // data lists none of that name (泉坊村 beside 前泉坊村 and 后泉坊村): its seat, in it.
  const knownVillages = new Set(gazetteer.villages.map((v) => v.name));
  const seatVillages: VillagePlace[] = gazetteer.townships
    .filter((t) => t.kind !== '其他' && t.shortName !== t.name && !ambiguousForms.has(t.shortName))
    .map((t) => ({ name: `${t.shortName}村`, codes: [], aliases: [], township: t.name }))
    .filter((v) => !knownVillages.has(v.name));
  const villagePlaces = [...gazetteer.villages, ...seatVillages];
  const villageMentions = findMentions(text, sentences, villageForms(villagePlaces), (m, sentence) => {
    const candidate = { ...written(sentence, m.start, m.end), form: m.quote };
    return firstMatch(VILLAGE_MENTION_RULES, candidate)?.verdict ?? true;
  });

  const otherFormEndsAt = (sentence: Sentence) => (offset: number, except: TownshipPlace) =>
    forms.some((f) => {
      const start = offset - f.form.length;
      return (
        f.township !== except &&
        start >= sentence.start &&
        text.startsWith(f.form, start) &&
        boundaries.at(sentence, start)
      );
    });
  const otherFormStartsAt = (sentence: Sentence) => (offset: number, except: TownshipPlace) =>
    forms.some((f) => f.township !== except && text.startsWith(f.form, offset) && boundaries.at(sentence, offset));
  const decisions: PlaceDecision[] = [];
  const townshipMentions = findMentions(
    text,
    sentences,
    forms.map((f) => ({ key: f.township.name, form: f.form })),
    (m, sentence) => {
      const form = formOf.get(m.quote)!;
      const candidate: TownshipCandidate = {
        ...written(sentence, m.start, m.end),
        form: m.quote,
        formKind: form.kind,
        township: form.township,
        ambiguous: ambiguousForms.has(m.quote),
        insideVillage: villageMentions.some((v) => v.start < m.end && m.start < v.end),
        townshipFormEndsAt: otherFormEndsAt(sentence),
        townshipFormStartsAt: otherFormStartsAt(sentence),
      };
      const decision = firstMatch(TOWNSHIP_MENTION_RULES, candidate);
      const accepted = decision?.verdict ?? true;
      decisions.push({ quote: m.quote, start: m.start, rule: decision?.rule ?? 'default', accepted });
      return accepted;
    },
  );

  const byKey = (mentions: readonly KeyedMention[]) => {
    const grouped = new Map<string, Mention[]>();
    for (const { key, ...mention } of mentions) grouped.set(key, [...(grouped.get(key) ?? []), mention]);
    return grouped;
  };
  const townshipsFound = byKey(townshipMentions);
  const townships: TownshipEntity[] = gazetteer.townships.map((t) => {
    const mentions = townshipsFound.get(t.name) ?? [];
    const aliases = [...new Set([t.shortName, ...t.aliases, ...mentions.map((m) => m.quote)])].filter(
      (a) => a !== t.name,
    );
    return {
      kind: 'Township',
      id: entityId('Township', t.name),
      name: t.name,
      shortName: t.shortName,
      townshipKind: t.kind,
      ...(t.code ? { code: t.code } : {}),
      aliases,
      mentions,
    };
  });

  const villagesFound = byKey(villageMentions);
  const lexiconVillages = new Set(lexicon.villages.map((v) => v.name));
  const relations: Relation[] = [];
  const villages: VillageEntity[] = [];
  for (const place of villagePlaces) {
    const mentions = villagesFound.get(place.name) ?? [];
    const fromLexicon = lexiconVillages.has(place.name);
    if (mentions.length === 0 && !fromLexicon) continue;
    const codes = new Set(mentions.map((m) => villageCode(place, text, m.start, gazetteer)));
    const code = codes.size === 1 ? [...codes][0] : place.codes.length === 1 ? place.codes[0] : null;
    const id = entityId('Village', place.name);
    const township = place.township ?? (code ? gazetteer.townshipOfCode(code.slice(0, 9))?.name : undefined);
    if (township) relations.push({ type: 'IN_TOWNSHIP', from: id, to: entityId('Township', township) });
    villages.push({
      kind: 'Village',
      id,
      name: place.name,
      ...(code ? { code } : {}),
      aliases: [...new Set([...place.aliases, ...mentions.map((m) => m.quote)])].filter((a) => a !== place.name),
      mentions,
    });
  }
  return { gazetteer, townships, villages, relations, ambiguousForms, decisions };
}

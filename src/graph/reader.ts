import DataLoader from 'dataloader';
import neo4j, { type Driver, type Node as Neo4jNode } from 'neo4j-driver';
import { decodeCursor, encodeCursor } from './cursor';
import { buildListQuery, type ListName } from './lists';
import type {
  ConnectionRecord,
  EntityMentionRecord,
  EntityRecord,
  MentionRecord,
  MilestoneRecord,
  NodeRecord,
  ReportRecord,
} from './records';
import { inRelatedOrder, type RelatedName, relatedComprehension, relatedQuery } from './related';
import { readQuery, type ReadOptions, toRecord } from './session';

/**
 * What a query can fetch along with the nodes it returns (their related nodes,
 * mentions, milestones), so that the nested fields asked for need no query of their own.
 */
export interface Prefetch {
  related: RelatedName[];
  mentions: boolean;
  milestones: boolean;
}

export const NOTHING_TO_PREFETCH: Prefetch = { related: [], mentions: false, milestones: false };

const MENTIONS_OF_S =
  '[(s)-[m:MENTIONED_IN]->(x:Sentence) | {quote: m.quote, start: m.start, end: m.end, sentence: x}]';
const MILESTONES_OF_S = '[(s)-[m:HAS_MILESTONE]->(x:Sentence) | {year: m.year, status: m.status, sentence: x}]';

/** A map per node `s`: the node, and what `prefetch` asks for, in one Cypher expression. */
function prefetchProjection(prefetch: Prefetch): string {
  const related = prefetch.related.map((name) => `${name}: ${relatedComprehension(name)}`).join(', ');
  return `{node: s, related: {${related}}, mentions: ${prefetch.mentions ? MENTIONS_OF_S : '[]'}, milestones: ${
    prefetch.milestones ? MILESTONES_OF_S : '[]'
  }}`;
}

interface PrefetchedRow {
  node: Neo4jNode;
  related: Record<string, Neo4jNode[]>;
  mentions: (Omit<MentionRecord, 'sentenceId'> & { sentence: Neo4jNode })[];
  milestones: (Omit<MilestoneRecord, 'sentenceId'> & { sentence: Neo4jNode })[];
}

function isEmpty(prefetch: Prefetch): boolean {
  return !prefetch.related.length && !prefetch.mentions && !prefetch.milestones;
}

/**
 * All reads of the graph for one GraphQL request. Nested fields go through
 * DataLoaders, so a request costs one query per field per level of nesting,
 * whatever the number of parents; lists and lookups also fetch what the request
 * selects one level down in their own query (see Prefetch).
 */
export class GraphReader {
  /** Queries sent to Neo4j by this reader (one session and read transaction each). */
  roundTrips = 0;

  private readonly nodeLoader = new DataLoader<string, NodeRecord | null>((ids) => this.loadNodes(ids));
  private readonly relatedLoaders = new Map<RelatedName, DataLoader<string, NodeRecord[]>>();
  private readonly mentionLoader = new DataLoader<string, MentionRecord[]>((ids) => this.loadMentions(ids));
  private readonly milestoneLoader = new DataLoader<string, MilestoneRecord[]>((ids) => this.loadMilestones(ids));

  constructor(
    private readonly driver: Driver,
    private readonly options: ReadOptions,
  ) {}

  async run(cypher: string, params: Record<string, unknown> = {}) {
    this.roundTrips += 1;
    return readQuery(this.driver, this.options, cypher, params);
  }

  node<T extends NodeRecord = NodeRecord>(id: string): Promise<T | null> {
    return this.nodeLoader.load(id) as Promise<T | null>;
  }

  /** The node if it exists and has the label, else null (a Project id asked as a Township is not found). */
  async nodeOfLabel<T extends NodeRecord>(
    id: string,
    label: T['label'],
    prefetch: Prefetch = NOTHING_TO_PREFETCH,
  ): Promise<T | null> {
    const node = isEmpty(prefetch)
      ? await this.node(id)
      : await this.prefetchedOne('MATCH (s:Node {id: $id})', { id }, prefetch);
    return node?.label === label ? (node as T) : null;
  }

  related<T extends NodeRecord>(name: RelatedName, id: string): Promise<T[]> {
    return this.relatedLoader(name).load(id) as Promise<T[]>;
  }

  private relatedLoader(name: RelatedName): DataLoader<string, NodeRecord[]> {
    let loader = this.relatedLoaders.get(name);
    if (!loader) {
      loader = new DataLoader<string, NodeRecord[]>((ids) => this.loadRelated(name, ids));
      this.relatedLoaders.set(name, loader);
    }
    return loader;
  }

  mentions(id: string): Promise<MentionRecord[]> {
    return this.mentionLoader.load(id);
  }

  milestones(projectId: string): Promise<MilestoneRecord[]> {
    return this.milestoneLoader.load(projectId);
  }

  async report(): Promise<ReportRecord | null> {
    const records = await this.run('MATCH (r:Report) RETURN r ORDER BY r.year DESC, r.id LIMIT 1');
    return records.length ? toRecord<ReportRecord>(records[0].get('r') as Neo4jNode) : null;
  }

  /** Finds an entity of a label by canonical name, alias or (townships) short form. */
  entityByName<T extends EntityRecord>(
    label: T['label'],
    name: string,
    prefetch: Prefetch = NOTHING_TO_PREFETCH,
  ): Promise<T | null> {
    return this.prefetchedOne<T>(
      `CALL () {
         MATCH (n:Node {name: $name}) WHERE $label IN labels(n) RETURN n
         UNION
         MATCH (n:Node) WHERE $label IN labels(n) AND ($name IN n.aliases OR n.shortName = $name) RETURN n
       }
       WITH n AS s LIMIT 1`,
      { name, label },
      prefetch,
    );
  }

  /** Runs `match` (which binds `s`) and returns the node, priming what `prefetch` asks for. */
  private async prefetchedOne<T extends NodeRecord>(
    match: string,
    params: Record<string, unknown>,
    prefetch: Prefetch,
  ): Promise<T | null> {
    const records = await this.run(`${match} RETURN ${prefetchProjection(prefetch)} AS row`, params);
    return records.length ? this.prime<T>(records[0].get('row') as PrefetchedRow, prefetch) : null;
  }

  /** Caches a fetched node and what was fetched with it, as the loaders would have returned them. */
  private prime<T extends NodeRecord>(row: PrefetchedRow, prefetch: Prefetch): T {
    const node = toRecord<T>(row.node);
    this.nodeLoader.prime(node.id, node);
    for (const name of prefetch.related) {
      this.relatedLoader(name).prime(
        node.id,
        inRelatedOrder(
          name,
          row.related[name].map((n) => toRecord(n)),
        ),
      );
    }
    if (prefetch.mentions) {
      const mentions = this.withSentenceIds<MentionRecord>(row.mentions).sort((a, b) => a.start - b.start);
      this.mentionLoader.prime(node.id, mentions);
    }
    if (prefetch.milestones) {
      const inOrder = row.milestones.sort(
        (a, b) => a.year - b.year || Number(a.sentence.properties.index) - Number(b.sentence.properties.index),
      );
      this.milestoneLoader.prime(node.id, this.withSentenceIds<MilestoneRecord>(inOrder));
    }
    return node;
  }

  async list<T extends NodeRecord>(
    name: ListName,
    filter: Record<string, unknown>,
    order: { field?: string; direction?: 'ASC' | 'DESC' },
    first: number,
    after: string | null | undefined,
    prefetch: Prefetch = NOTHING_TO_PREFETCH,
  ): Promise<ConnectionRecord<T>> {
    const offset = after ? (decodeCursor(after) ?? 0) + 1 : 0;
    const { cypher, params } = buildListQuery(name, filter, order, offset, first, prefetchProjection(prefetch));
    const records = await this.run(cypher, { ...params, offset: neo4j.int(offset), limit: neo4j.int(first) });
    const total = Number(records[0].get('total'));
    const page = (records[0].get('rows') as PrefetchedRow[]).map((row) => this.prime<T>(row, prefetch));
    return {
      totalCount: total,
      edges: page.map((node, i) => ({ cursor: encodeCursor(offset + i), node })),
      hasNextPage: offset + page.length < total,
      hasPreviousPage: offset > 0,
    };
  }

  /** The entities a sentence names, in reading order. */
  async sentenceEntities(sentenceId: string): Promise<EntityMentionRecord[]> {
    const records = await this.run(
      `MATCH (e:Node)-[m:MENTIONED_IN]->(:Sentence {id: $sentenceId})
       RETURN e, m.quote AS quote, m.start AS start, m.end AS end ORDER BY m.start, e.id`,
      { sentenceId },
    );
    return records.map((r) => ({
      node: toRecord<EntityRecord>(r.get('e') as Neo4jNode),
      quote: r.get('quote') as string,
      start: Number(r.get('start')),
      end: Number(r.get('end')),
      sentenceId,
    }));
  }

  private async loadNodes(ids: readonly string[]): Promise<(NodeRecord | null)[]> {
    const records = await this.run('UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN n', { ids });
    const byId = new Map<string, NodeRecord>();
    for (const r of records) {
      const node = toRecord(r.get('n') as Neo4jNode);
      byId.set(node.id, node);
    }
    return ids.map((id) => byId.get(id) ?? null);
  }

  private async loadRelated(name: RelatedName, ids: readonly string[]): Promise<NodeRecord[][]> {
    const records = await this.run(relatedQuery(name), { ids });
    const byId = new Map<string, NodeRecord[]>();
    for (const r of records) {
      byId.set(
        r.get('id') as string,
        (r.get('nodes') as Neo4jNode[]).map((n) => toRecord(n)),
      );
    }
    return ids.map((id) => byId.get(id) ?? []);
  }

  private loadMentions(ids: readonly string[]): Promise<MentionRecord[][]> {
    return this.loadEvidence<MentionRecord>(
      `UNWIND $ids AS id
       MATCH (:Node {id: id})-[m:MENTIONED_IN]->(s:Sentence)
       WITH id, m, s ORDER BY m.start
       RETURN id, collect({quote: m.quote, start: m.start, end: m.end, sentence: s}) AS items`,
      ids,
    );
  }

  private loadMilestones(ids: readonly string[]): Promise<MilestoneRecord[][]> {
    return this.loadEvidence<MilestoneRecord>(
      `UNWIND $ids AS id
       MATCH (:Project {id: id})-[m:HAS_MILESTONE]->(s:Sentence)
       WITH id, m, s ORDER BY m.year, s.index
       RETURN id, collect({year: m.year, status: m.status, sentence: s}) AS items`,
      ids,
    );
  }

  /** Runs a batched query returning, per id, `items` that each carry their whole `sentence`. */
  private async loadEvidence<T extends { sentenceId: string }>(cypher: string, ids: readonly string[]): Promise<T[][]> {
    const records = await this.run(cypher, { ids });
    const byId = new Map<string, T[]>();
    for (const r of records) {
      byId.set(
        r.get('id') as string,
        this.withSentenceIds(r.get('items') as (Omit<T, 'sentenceId'> & { sentence: Neo4jNode })[]),
      );
    }
    return ids.map((id) => byId.get(id) ?? []);
  }

  /** Evidence items that carry their whole sentence: cache the sentence, keep its id. */
  private withSentenceIds<T extends { sentenceId: string }>(
    items: (Omit<T, 'sentenceId'> & { sentence: Neo4jNode })[],
  ): T[] {
    return items.map(
      ({ sentence, ...item }) => ({ ...item, sentenceId: this.primeSentence(sentence) }) as unknown as T,
    );
  }

  /**
   * Evidence queries return their sentences whole: caching them here answers
   * `sentence { … }` without another round trip.
   */
  private primeSentence(node: Neo4jNode): string {
    const sentence = toRecord(node);
    this.nodeLoader.prime(sentence.id, sentence);
    return sentence.id;
  }
}

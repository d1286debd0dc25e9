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
import { type RelatedName, relatedQuery } from './related';
import { readQuery, type ReadOptions, toRecord } from './session';

/**
 * All reads of the graph for one GraphQL request. Nested fields go through
 * DataLoaders, so a request costs one query per field per level of nesting,
 * whatever the number of parents.
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
  async nodeOfLabel<T extends NodeRecord>(id: string, label: T['label']): Promise<T | null> {
    const node = await this.node(id);
    return node?.label === label ? (node as T) : null;
  }

  related<T extends NodeRecord>(name: RelatedName, id: string): Promise<T[]> {
    let loader = this.relatedLoaders.get(name);
    if (!loader) {
      loader = new DataLoader<string, NodeRecord[]>((ids) => this.loadRelated(name, ids));
      this.relatedLoaders.set(name, loader);
    }
    return loader.load(id) as Promise<T[]>;
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

  async reportText(reportId: string): Promise<string> {
    const records = await this.run('MATCH (r:Report {id: $reportId}) RETURN r.text AS text', { reportId });
    return (records[0]?.get('text') as string | undefined) ?? '';
  }

  /** Finds an entity of a label by canonical name, alias or (townships) short form. */
  async entityByName<T extends EntityRecord>(label: T['label'], name: string): Promise<T | null> {
    const records = await this.run(
      `MATCH (n:Node {name: $name}) WHERE $label IN labels(n) RETURN n AS n
       UNION
       MATCH (n:Node) WHERE $label IN labels(n) AND ($name IN n.aliases OR n.shortName = $name) RETURN n AS n`,
      { name, label },
    );
    return records.length ? toRecord<T>(records[0].get('n') as Neo4jNode) : null;
  }

  async list<T extends NodeRecord>(
    name: ListName,
    filter: Record<string, unknown>,
    order: { field?: string; direction?: 'ASC' | 'DESC' },
    first: number,
    after: string | null | undefined,
  ): Promise<ConnectionRecord<T>> {
    const offset = after ? (decodeCursor(after) ?? 0) + 1 : 0;
    // One row beyond the page tells whether there is a next page without a second count.
    const { cypher, params } = buildListQuery(name, filter, order, offset, first);
    const records = await this.run(cypher, { ...params, offset: neo4j.int(offset), limit: neo4j.int(first) });
    const total = Number(records[0].get('total'));
    const page = (records[0].get('page') as Neo4jNode[]).map((n) => toRecord<T>(n));
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
      const items = r.get('items') as (Omit<T, 'sentenceId'> & { sentence: Neo4jNode })[];
      byId.set(
        r.get('id') as string,
        items.map(({ sentence, ...item }) => ({ ...item, sentenceId: this.primeSentence(sentence) }) as unknown as T),
      );
    }
    return ids.map((id) => byId.get(id) ?? []);
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

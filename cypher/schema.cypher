// Constraints and indexes of the report graph. Idempotent: applied at every start and ingest.
// Every node the ingest writes carries the label :Node besides its own, so any id resolves in one lookup.
CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT report_id IF NOT EXISTS FOR (n:Report) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT township_id IF NOT EXISTS FOR (n:Township) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT village_id IF NOT EXISTS FOR (n:Village) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT platform_id IF NOT EXISTS FOR (n:Platform) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT industry_id IF NOT EXISTS FOR (n:Industry) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT enterprise_id IF NOT EXISTS FOR (n:Enterprise) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT indicator_id IF NOT EXISTS FOR (n:Indicator) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT metric_id IF NOT EXISTS FOR (n:Metric) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (n:Sentence) REQUIRE n.id IS UNIQUE;
CREATE INDEX node_report IF NOT EXISTS FOR (n:Node) ON (n.reportId);
CREATE INDEX township_short_name IF NOT EXISTS FOR (n:Township) ON (n.shortName);
CREATE INDEX project_position IF NOT EXISTS FOR (n:Project) ON (n.position);
CREATE INDEX indicator_position IF NOT EXISTS FOR (n:Indicator) ON (n.position);
// Chinese-aware full-text search (the cjk analyzer indexes character bigrams): names and aliases of entities, and sentence text.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Township|Village|Platform|Industry|Enterprise|Project|Indicator|Metric) ON EACH [n.name, n.aliasText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
CREATE FULLTEXT INDEX sentence_text IF NOT EXISTS FOR (n:Sentence) ON EACH [n.text] OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };

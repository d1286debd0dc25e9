// Constraints and indexes of the report graph. Idempotent: applied at every start and ingest.
// Every node the ingest writes carries the label :Node besides its own, so any id resolves in one lookup.
//
// Two kinds of node (src/model/kinds.ts). Shared nodes (County, Township, Village, Platform, Industry,
// Enterprise, Project, Metric) are one node per real thing: their id is unique. A report's own nodes
// (Report, Section, Paragraph, Sentence, Indicator) belong to one build, a loaded version of the report:
// while a re-ingest writes a new build beside the active one, two nodes share an id, one per build.
//
// Version 1 of the graph (one report, ids unique across all nodes) is replaced, not migrated: graph.ts
// deletes a version-1 graph before these statements run, and the reports are ingested again.
DROP CONSTRAINT node_id IF EXISTS;
DROP CONSTRAINT report_id IF EXISTS;
DROP CONSTRAINT sentence_id IF EXISTS;
DROP CONSTRAINT indicator_id IF EXISTS;
DROP INDEX node_report IF EXISTS;
CREATE CONSTRAINT catalog_id IF NOT EXISTS FOR (n:Catalog) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT county_id IF NOT EXISTS FOR (n:County) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT township_id IF NOT EXISTS FOR (n:Township) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT village_id IF NOT EXISTS FOR (n:Village) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT platform_id IF NOT EXISTS FOR (n:Platform) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT industry_id IF NOT EXISTS FOR (n:Industry) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT enterprise_id IF NOT EXISTS FOR (n:Enterprise) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT metric_id IF NOT EXISTS FOR (n:Metric) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT report_build IF NOT EXISTS FOR (n:Report) REQUIRE n.build IS UNIQUE;
CREATE CONSTRAINT section_build_id IF NOT EXISTS FOR (n:Section) REQUIRE (n.id, n.build) IS UNIQUE;
CREATE CONSTRAINT paragraph_build_id IF NOT EXISTS FOR (n:Paragraph) REQUIRE (n.id, n.build) IS UNIQUE;
CREATE CONSTRAINT sentence_build_id IF NOT EXISTS FOR (n:Sentence) REQUIRE (n.id, n.build) IS UNIQUE;
CREATE CONSTRAINT indicator_build_id IF NOT EXISTS FOR (n:Indicator) REQUIRE (n.id, n.build) IS UNIQUE;
CREATE INDEX report_text_build IF NOT EXISTS FOR (n:ReportText) ON (n.build);
CREATE INDEX node_id_lookup IF NOT EXISTS FOR (n:Node) ON (n.id);
CREATE INDEX node_build IF NOT EXISTS FOR (n:Node) ON (n.build);
CREATE INDEX report_id IF NOT EXISTS FOR (n:Report) ON (n.id);
CREATE INDEX report_county IF NOT EXISTS FOR (n:Report) ON (n.countyCode);
CREATE INDEX indicator_build IF NOT EXISTS FOR (n:Indicator) ON (n.build, n.position);
CREATE INDEX township_county IF NOT EXISTS FOR (n:Township) ON (n.countyCode);
CREATE INDEX township_short_name IF NOT EXISTS FOR (n:Township) ON (n.shortName);
// Chinese-aware full-text search (the cjk analyzer indexes character bigrams): names and aliases of entities, and sentence text.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Township|Village|Platform|Industry|Enterprise|Project|Indicator|Metric) ON EACH [n.name, n.aliasText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
CREATE FULLTEXT INDEX sentence_text IF NOT EXISTS FOR (n:Sentence) ON EACH [n.text] OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };

/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DashboardReports($county: String) {\n    reports(filter: { county: $county }, first: 20) {\n      nodes {\n        id\n        label\n        year\n        resultsYear\n        county {\n          code\n          name\n        }\n        stats {\n          projects\n          targets\n          results\n        }\n      }\n    }\n  }\n": typeof types.DashboardReportsDocument,
    "\n  query DashboardReport($report: ID!, $county: String!, $year: Int!) {\n    byCategory: projectStats(filter: { report: $report }, groupBy: CATEGORY) {\n      key\n      count\n    }\n    byStage: projectStats(filter: { report: $report }, groupBy: STAGE) {\n      key\n      count\n    }\n    scorecard(county: $county, year: $year) {\n      resultReport {\n        id\n      }\n      counts {\n        assessment\n        count\n      }\n      items {\n        metric {\n          name\n        }\n        assessment\n        reason\n      }\n    }\n  }\n": typeof types.DashboardReportDocument,
};
const documents: Documents = {
    "\n  query DashboardReports($county: String) {\n    reports(filter: { county: $county }, first: 20) {\n      nodes {\n        id\n        label\n        year\n        resultsYear\n        county {\n          code\n          name\n        }\n        stats {\n          projects\n          targets\n          results\n        }\n      }\n    }\n  }\n": types.DashboardReportsDocument,
    "\n  query DashboardReport($report: ID!, $county: String!, $year: Int!) {\n    byCategory: projectStats(filter: { report: $report }, groupBy: CATEGORY) {\n      key\n      count\n    }\n    byStage: projectStats(filter: { report: $report }, groupBy: STAGE) {\n      key\n      count\n    }\n    scorecard(county: $county, year: $year) {\n      resultReport {\n        id\n      }\n      counts {\n        assessment\n        count\n      }\n      items {\n        metric {\n          name\n        }\n        assessment\n        reason\n      }\n    }\n  }\n": types.DashboardReportDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardReports($county: String) {\n    reports(filter: { county: $county }, first: 20) {\n      nodes {\n        id\n        label\n        year\n        resultsYear\n        county {\n          code\n          name\n        }\n        stats {\n          projects\n          targets\n          results\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardReports($county: String) {\n    reports(filter: { county: $county }, first: 20) {\n      nodes {\n        id\n        label\n        year\n        resultsYear\n        county {\n          code\n          name\n        }\n        stats {\n          projects\n          targets\n          results\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardReport($report: ID!, $county: String!, $year: Int!) {\n    byCategory: projectStats(filter: { report: $report }, groupBy: CATEGORY) {\n      key\n      count\n    }\n    byStage: projectStats(filter: { report: $report }, groupBy: STAGE) {\n      key\n      count\n    }\n    scorecard(county: $county, year: $year) {\n      resultReport {\n        id\n      }\n      counts {\n        assessment\n        count\n      }\n      items {\n        metric {\n          name\n        }\n        assessment\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardReport($report: ID!, $county: String!, $year: Int!) {\n    byCategory: projectStats(filter: { report: $report }, groupBy: CATEGORY) {\n      key\n      count\n    }\n    byStage: projectStats(filter: { report: $report }, groupBy: STAGE) {\n      key\n      count\n    }\n    scorecard(county: $county, year: $year) {\n      resultReport {\n        id\n      }\n      counts {\n        assessment\n        count\n      }\n      items {\n        metric {\n          name\n        }\n        assessment\n        reason\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
/** The ingest stages share the report contract of src/model/report.ts (the graph writer reads it too). */
export * from '../model/report';

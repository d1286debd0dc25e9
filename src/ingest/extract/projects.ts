/** The project reader lives in projects/; this module keeps the import path of its callers. */
export {
  categorize,
  detectProjects,
  type DetectOptions,
  type DetectedProject,
  type ProjectLinks,
} from './projects/index';

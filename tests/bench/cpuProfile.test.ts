import { type CpuProfile, packageOf, summarizeProfile } from '../../bench/lib/cpuProfile';

/** The summary `npm run bench:cpu` prints of a V8 CPU profile (bench/lib/cpuProfile.ts). */
const frame = (id: number, functionName: string, url: string) => ({
  id,
  callFrame: { functionName, url, lineNumber: 9 },
});

describe('CPU profile summary', () => {
  it('names where code lives: a package, a Node module, or the project folder', () => {
    expect(packageOf('file:///app/node_modules/graphql/execution/execute.js')).toBe('graphql');
    expect(packageOf('file:///app/node_modules/@apollo/server/dist/cjs/x.js')).toBe('@apollo/server');
    expect(packageOf('node:internal/streams/readable')).toBe('node:internal');
    expect(packageOf('file:///app/src/graph/reader.ts')).toBe('src/graph');
    expect(packageOf('')).toBe('(native)');
  });

  it('shares busy samples by package and function; idle, program and GC apart', () => {
    const profile: CpuProfile = {
      nodes: [
        frame(1, '(idle)', ''),
        frame(2, '(garbage collector)', ''),
        frame(3, 'execute', 'file:///app/node_modules/graphql/execution/execute.js'),
        frame(4, 'run', 'file:///app/src/graph/reader.ts'),
      ],
      samples: [1, 1, 2, 3, 3, 3, 4],
    };
    const summary = summarizeProfile(profile);
    expect(summary.samples).toBe(7);
    expect(summary.busy).toBe(4);
    expect(summary.gc).toBeCloseTo(1 / 5);
    expect(summary.packages).toEqual([
      { name: 'graphql', share: 0.75 },
      { name: 'src/graph', share: 0.25 },
    ]);
    expect(summary.functions[0]).toEqual({ name: 'execute execution/execute.js:10', share: 0.75 });
  });
});

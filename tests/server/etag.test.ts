import { graphqlEtag } from '../../src/server/etag';
import { isHashedAsset } from '../../src/server/compression';

describe('graphqlEtag', () => {
  it('changes with the epoch (a build published or retired), the query string and the format asked for', () => {
    const tag = graphqlEtag(7, '?query=%7B%20graphStats%20%7D', 'application/json');
    expect(tag).toMatch(/^W\/"7-[\w-]+-[\w-]{22}"$/);
    expect(graphqlEtag(7, '?query=%7B%20graphStats%20%7D', 'application/json')).toBe(tag);
    expect(graphqlEtag(8, '?query=%7B%20graphStats%20%7D', 'application/json')).not.toBe(tag);
    expect(graphqlEtag(7, '?query=%7B%20node%20%7D', 'application/json')).not.toBe(tag);
    expect(graphqlEtag(7, '?query=%7B%20graphStats%20%7D', 'application/graphql-response+json')).not.toBe(tag);
  });
});

describe('isHashedAsset', () => {
  it('knows the files Vite names after their content', () => {
    expect(isHashedAsset('/srv/web/dist/assets/explore-naWfsAnG.js')).toBe(true);
    expect(isHashedAsset('/srv/web/dist/assets/codicon-DCmgc-ay.ttf')).toBe(true);
    expect(isHashedAsset('/srv/web/dist/index.html')).toBe(false);
    expect(isHashedAsset('/srv/web/dist/assets/explore.js')).toBe(false);
    expect(isHashedAsset('/srv/web/dist/explore-naWfsAnG.js')).toBe(false);
  });
});

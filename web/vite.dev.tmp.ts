import base from './vite.config';
export default {
  ...base,
  optimizeDeps: { entries: ['index.html', 'dashboard.html', 'explore.html'], exclude: ['@graphiql/react', 'graphiql'] },
};

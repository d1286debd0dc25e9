# The GraphQL server, for docker-compose.yml (Neo4j runs in its own container there).
# Three stages: build (all dependencies: TypeScript, Vite), production dependencies only,
# and the image, which holds compiled JavaScript, the built pages, the schema and the data.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY web ./web
RUN npm run build:server && npm run build:web

FROM node:20-bookworm-slim AS production-dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY package.json ./
COPY --from=production-dependencies /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
COPY schema ./schema
COPY cypher ./cypher
COPY data/reports ./data/reports
COPY data/lexicon ./data/lexicon
COPY data/divisions ./data/divisions
USER node
EXPOSE 4000
# No npm in between: signals (docker stop) reach the server, which drains requests and exits 0.
CMD ["node", "dist/server/main.js"]

# The vetgraph GraphQL API as an image: TypeScript compiled in a build stage, then only the
# production dependencies, the compiled code and the files read at run time (cypher/, schema/,
# seeds/). Listens on 0.0.0.0:4000; point NEO4J_URI at a Neo4j (see docker-compose.yml), or leave
# it unset for the embedded in-process store.
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# `npm install --no-save` rather than `npm ci`: package-lock.json lacks other platforms' optional
# binaries (the registry it was made with does not carry them), which `npm ci` rejects as out of sync.
RUN npm install --no-save --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts ./scripts
RUN npm run build

FROM node:20-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    VETGRAPH_DATA_DIR=/data \
    VETGRAPH_SEEDS_DIR=/app/seeds
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-save --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY cypher ./cypher
COPY schema ./schema
COPY seeds ./seeds
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 4000
# A TCP check needs no knowledge of the API's routes.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=5 \
  CMD node -e "require('net').connect(process.env.PORT||4000,'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))"
CMD ["node", "dist/src/server.js"]

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A file served as-is: its bytes and content type. */
export interface StaticAsset {
  body: Buffer;
  contentType: string;
}

/** Where the GraphiQL page loads its scripts and styles from: this server, never a CDN. */
const ASSET_FILES: Record<string, { pkg: string; file: string; contentType: string }> = {
  '/graphiql/react.js': { pkg: 'react', file: 'umd/react.production.min.js', contentType: 'text/javascript; charset=utf-8' },
  '/graphiql/react-dom.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', contentType: 'text/javascript; charset=utf-8' },
  '/graphiql/graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', contentType: 'text/javascript; charset=utf-8' },
  '/graphiql/graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', contentType: 'text/css; charset=utf-8' },
};

/** The package folder, found through its main file (these packages do not export package.json paths). */
function packageDir(pkg: string): string {
  let dir = dirname(require.resolve(pkg));
  while (!dir.endsWith(`node_modules/${pkg}`) && dir !== dirname(dir)) dir = dirname(dir);
  return dir;
}

/** Loads the GraphiQL assets from node_modules once; fails fast at start when one is missing. */
export function loadGraphiqlAssets(): Map<string, StaticAsset> {
  const assets = new Map<string, StaticAsset>();
  for (const [path, { pkg, file, contentType }] of Object.entries(ASSET_FILES)) {
    assets.set(path, { body: readFileSync(join(packageDir(pkg), file)), contentType });
  }
  return assets;
}

/** The GraphiQL page, pointing at `/graphql`; an API key typed into the headers tab unlocks mutations. */
export const GRAPHIQL_HTML = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>vetgraph · GraphiQL</title>
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
  <link rel="stylesheet" href="/graphiql/graphiql.css">
  <script src="/graphiql/react.js"></script>
  <script src="/graphiql/react-dom.js"></script>
  <script src="/graphiql/graphiql.js"></script>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).toString() });
    const defaultQuery = '# vetgraph: the vocational-education graph of the policy documents.\\n' +
      '# Mutations need the API key: add {"x-api-key": "…"} in the Headers tab.\\n' +
      '{\\n  documents(first: 5) {\\n    totalCount\\n    edges { node { title docNumber date citation } }\\n  }\\n}\\n';
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery, isHeadersEditorEnabled: true }),
    );
  </script>
</body>
</html>
`;

// LHC-Forms (the NLM's FHIR renderer) for the interop e2e test. Its npm package ships a prebuilt web
// component in dist/; its declared dependencies (Angular and others) are only for building it, and
// installing them takes minutes, so the package tarball is fetched with `npm pack` at the pinned
// version, checked against the registry's integrity hash, and unpacked into node_modules/.cache.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

export const LFORMS_VERSION = '40.1.3';
const INTEGRITY =
  'sha512-WLruTm+BcVnafC0rSAQ3/cNqhxvclBUxyBG68aub/uha2NaK9H8ZZcEXTTuORuGzzCt0wa7fvhuieZtcDIdPzQ==';
const CACHE = join(import.meta.dirname, '../../node_modules/.cache/lforms', LFORMS_VERSION);

/** The unpacked dist/lforms directory of the pinned LHC-Forms version. */
export function ensureLforms(): string {
  const dist = join(CACHE, 'package/dist/lforms');
  if (existsSync(join(dist, 'webcomponent/main.js'))) return dist;
  rmSync(CACHE, { recursive: true, force: true });
  mkdirSync(CACHE, { recursive: true });
  const name = execFileSync(
    'npm',
    ['pack', `lforms@${LFORMS_VERSION}`, '--silent', '--pack-destination', CACHE],
    {
      encoding: 'utf8',
    },
  ).trim();
  const tarball = join(CACHE, name.split('\n').pop()!);
  const digest = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  if (digest !== INTEGRITY)
    throw new Error(`lforms ${LFORMS_VERSION}: integrity ${digest} is not ${INTEGRITY}`);
  execFileSync('tar', ['xzf', tarball, '-C', CACHE, 'package/dist/lforms']);
  return dist;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
};

/** The page that renders a Questionnaire (served as /questionnaire.json) with LHC-Forms. */
const PAGE = `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>LHC-Forms</title>
<link rel="stylesheet" href="/lforms/webcomponent/styles.css"></head>
<body><div id="form"></div>
<script src="/lforms/webcomponent/assets/lib/zone.min.js"></script>
<script src="/lforms/webcomponent/runtime.js" type="module"></script>
<script src="/lforms/webcomponent/polyfills.js" type="module"></script>
<script src="/lforms/webcomponent/main.js" type="module"></script>
<script type="module">
  const questionnaire = await (await fetch('/questionnaire.json')).json();
  const waitFor = () => new Promise((r) => (window.LForms?.Util?.addFormToPage ? r() : setTimeout(() => waitFor().then(r), 50)));
  await waitFor();
  // The FHIR support library extends the LForms global that main.js defines: load it after.
  await new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/lforms/fhir/R4/lformsFHIR.min.js';
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });
  try {
    // When the render started and ended, for npm run bench:peers.
    window.renderStartedAt = performance.now();
    await LForms.Util.addFormToPage(questionnaire, 'form', { fhirVersion: 'R4' });
    window.renderedAt = performance.now();
    document.body.dataset.state = 'rendered';
  } catch (error) {
    document.body.dataset.state = 'failed: ' + error;
  }
</script></body></html>`;

/** Serves LHC-Forms and one Questionnaire on 127.0.0.1 (a free port); close() stops it. */
export async function serveLforms(
  questionnaire: unknown,
): Promise<{ url: string; close: () => Promise<void> }> {
  const dist = ensureLforms();
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (path === '/') return void response.writeHead(200, { 'content-type': TYPES['.html'] }).end(PAGE);
    if (path === '/questionnaire.json')
      return void response
        .writeHead(200, { 'content-type': TYPES['.json'] })
        .end(JSON.stringify(questionnaire));
    const file = normalize(join(dist, path.replace(/^\/lforms\//, '')));
    if (!path.startsWith('/lforms/') || !file.startsWith(dist) || !existsSync(file))
      return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

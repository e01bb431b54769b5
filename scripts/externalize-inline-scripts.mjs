// Post-build hook (Trunk): moves every inline <script> of index.html into its
// own file so the page runs under `script-src 'self'` without 'unsafe-inline'.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
let n = 0;
html = html.replace(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g, (whole, attrs = '', body) => {
  if (/\ssrc=/.test(attrs) || !body.trim()) return whole;
  n += 1;
  const name = `boot-${n}.js`;
  writeFileSync(join(dir, name), body);
  const kept = attrs.replace(/\s(integrity|nonce)="[^"]*"/g, '');
  return `<script${kept} src="./${name}"></script>`;
});
writeFileSync(file, html);
console.log(`externalize-inline-scripts: moved ${n} inline script(s) out of ${file}`);

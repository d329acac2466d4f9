/**
 * Checks the module boundaries: code outside a module may import it only through its index.ts,
 * and src/platform imports no module at all. Written rules drift; this one fails `npm run check`.
 */
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const modulesDir = path.join(root, 'src/modules');
const importPattern =
  /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm;

function* walk(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (/\.(ts|tsx)$/.test(entry.name)) yield full;
  }
}

function moduleOf(file: string): string | null {
  const rel = path.relative(modulesDir, file);
  if (rel.startsWith('..')) return null;
  return rel.split(path.sep)[0] ?? null;
}

const problems: string[] = [];
for (const dir of ['src', 'test', 'bench', 'scripts']) {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) continue;
  for (const file of walk(abs)) {
    const source = fs.readFileSync(file, 'utf8');
    const from = moduleOf(file);
    const inPlatform = !path.relative(path.join(root, 'src/platform'), file).startsWith('..');
    for (const match of source.matchAll(importPattern)) {
      const spec = match[1] ?? match[2] ?? match[3];
      if (!spec || !spec.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), spec);
      const to = moduleOf(target);
      if (!to || to === from) continue;
      const where = `${path.relative(root, file)} imports ${spec}`;
      if (inPlatform) problems.push(`${where}: src/platform must not import modules`);
      else if (path.relative(path.join(modulesDir, to), target).replace(/\.(ts|tsx)$/, '') !== 'index') {
        problems.push(`${where}: import module "${to}" through its index.ts`);
      }
    }
  }
}

if (problems.length > 0) {
  console.error(
    `Module boundaries broken (${problems.length}):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  );
  process.exit(1);
}
console.log('Module boundaries: ok');

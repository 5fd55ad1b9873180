import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** What is worth compressing: text. Images and fonts are compressed formats already. */
const compressible = /\.(js|mjs|css|html|svg|json|txt|map)$/;

/**
 * A Vite plugin: after the build, every text file in the output gets a brotli (quality 11) and a gzip (level 9)
 * twin, so the server sends the smallest form the browser accepts without compressing on each request.
 * Files under 1 KB are left as they are.
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'varde-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      for (const file of await filesUnder(outDir)) {
        if (file.includes(`${path.sep}.vite${path.sep}`)) continue; // the manifest is read by tests, never served
        if (!compressible.test(file) || (await stat(file)).size < 1024) continue;
        const body = await readFile(file);
        await writeFile(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength } }));
        await writeFile(`${file}.gz`, gzipSync(body, { level: 9 }));
      }
    },
  };
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full)));
    else out.push(full);
  }
  return out;
}

import base from './vite.config';
import { gzipSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
const plugin = {
  name: 'analyze',
  generateBundle(_o: unknown, bundle: Record<string, any>) {
    const out: any[] = [];
    for (const [file, chunk] of Object.entries(bundle)) {
      if (chunk.type !== 'chunk') continue;
      for (const [id, m] of Object.entries<any>(chunk.modules)) {
        out.push({ file, id: id.replace(/.*node_modules\//, 'nm/').replace('/work/wt-i14-size/', ''), len: m.renderedLength, gz: m.code ? gzipSync(m.code).length : 0 });
      }
    }
    writeFileSync('/tmp/modules.json', JSON.stringify(out));
  },
};
export default { ...base, plugins: [...(base as any).plugins, plugin] };

#!/usr/bin/env node
/*
 * Turns the generated corpus (plain .md pages with title and description,
 * grouped in section-NN/ folders) into handbook pages of this site: plain
 * Markdown, as handbook pages without components are written, with the front
 * matter our content schema wants, one sidebar group per folder.
 *
 *   node adapt-corpus.mjs <corpusDir> <outDir>
 */
import fs from 'node:fs';
import path from 'node:path';

const [corpusDir, outDir] = process.argv.slice(2);
if (!corpusDir || !outDir) {
  console.error('usage: node adapt-corpus.mjs <corpusDir> <outDir>');
  process.exit(2);
}

let count = 0;
for (const section of fs.readdirSync(corpusDir).sort()) {
  const sectionDir = path.join(corpusDir, section);
  if (!fs.statSync(sectionDir).isDirectory()) continue;
  const slug = section.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  fs.mkdirSync(path.join(outDir, slug), { recursive: true });
  fs.readdirSync(sectionDir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .forEach((file, index) => {
      const source = fs.readFileSync(path.join(sectionDir, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
      if (!match) throw new Error(`${file}: no front matter`);
      const field = (name) =>
        /^(\w+): (.*)$/m.exec(match[1].split('\n').find((line) => line.startsWith(`${name}:`)) ?? '')?.[2] ?? '""';
      const name = file
        .replace(/\.md$/, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-');
      const front = [
        '---',
        `title: ${field('title')}`,
        `description: ${field('description')}`,
        `path: "/bench/${slug}/${name}/"`,
        `upstream: "https://handbook.gitlab.com/"`,
        'audience: [new-csm]',
        'nav:',
        `  group: bench-${slug}`,
        `  groupLabel: "Generated ${section}"`,
        `  order: ${index + 1}`,
        '---',
        '',
      ].join('\n');
      fs.writeFileSync(path.join(outDir, slug, `${name}.md`), front + match[2]);
      count += 1;
    });
}
console.log(`adapted ${count} pages into ${outDir}`);

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CATALOG } from './catalog/index';
import { SOURCE_DATASETS } from './catalog/sources';
import { DEFAULT_OUT, DEFAULT_SOURCES } from './paths';
import { buildDataset } from './pipeline';
import { sourceDirectory } from './source-dir';

const USAGE = `Usage: npm run data:build -- [--sources <dir>] [--out <dir>]
  --sources  raw source files (default: ../shared/data/sources beside the project)
  --out      output directory (default: static/data in the project)`;

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			sources: { type: 'string' },
			out: { type: 'string' },
			help: { type: 'boolean', short: 'h' }
		}
	});
	if (values.help) {
		console.log(USAGE);
		return;
	}
	const sourcesDir = values.sources ? resolve(values.sources) : DEFAULT_SOURCES;
	const outDir = values.out ? resolve(values.out) : DEFAULT_OUT;
	if (!existsSync(sourcesDir)) {
		throw new Error(
			`sources directory ${sourcesDir} does not exist; pass --sources <dir>\n${USAGE}`
		);
	}

	const sources = await sourceDirectory(
		sourcesDir,
		CATALOG.map((spec) => spec.extract)
	);
	const { files, observations, report } = buildDataset(CATALOG, sources, SOURCE_DATASETS);
	mkdirSync(outDir, { recursive: true });
	for (const [name, bytes] of files) writeFileSync(join(outDir, name), bytes);

	for (const r of report) {
		const cut = Object.entries(r.dropped)
			.map(([why, n]) => `${n} ${why}`)
			.join(', ');
		console.log(
			`${r.id}: ${r.rows} rows, ${r.yearRange[0]}–${r.yearRange[1]}${cut ? ` (dropped: ${cut})` : ''}`
		);
	}
	console.log(`\n${report.length} indicators, ${observations.length} observations → ${outDir}`);
	for (const [name, bytes] of files) console.log(`  ${name}: ${bytes.length} bytes`);
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
});

/**
 * Sizes of the built files raw, gzip (level 9) and brotli. Brotli runs at quality 11 (what
 * adapter-static's `precompress` uses) except for files above 4 MB, i.e. the DuckDB wasm, which
 * take quality 9: quality 11 took 198 s for one 34 MB wasm on this machine (about 12 % smaller).
 * Results are cached by content hash in bench/tmp so repeated runs stay fast.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface FileSize {
	raw: number;
	gzip: number;
	brotli: number;
	brotliQuality: number;
}

const LARGE = 4 * 1024 * 1024;
const CACHE = 'bench/tmp/compressed-sizes.json';

let cache: Record<string, FileSize> | undefined;

function loadCache(): Record<string, FileSize> {
	cache ??= existsSync(CACHE)
		? (JSON.parse(readFileSync(CACHE, 'utf8')) as Record<string, FileSize>)
		: {};
	return cache;
}

export function saveSizeCache(): void {
	if (!cache) return;
	mkdirSync(dirname(CACHE), { recursive: true });
	writeFileSync(CACHE, JSON.stringify(cache));
}

export function gzipSize(bytes: Buffer): number {
	return gzipSync(bytes, { level: 9 }).length;
}

export function sizeOf(file: string): FileSize {
	const bytes = readFileSync(file);
	const key = createHash('sha1').update(bytes).digest('hex');
	const known = loadCache();
	if (known[key]) return known[key];
	const brotliQuality = bytes.length > LARGE ? 9 : 11;
	const size = {
		raw: bytes.length,
		gzip: gzipSize(bytes),
		brotli: brotliCompressSync(bytes, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: brotliQuality,
				[constants.BROTLI_PARAM_SIZE_HINT]: bytes.length
			}
		}).length,
		brotliQuality
	};
	known[key] = size;
	return size;
}

export type AssetKind = 'html' | 'js' | 'css' | 'data' | 'wasm' | 'other';

export function kindOf(path: string): AssetKind {
	const ext = extname(path.split('?')[0]).toLowerCase();
	if (ext === '.html' || ext === '') return 'html';
	if (ext === '.js' || ext === '.mjs') return 'js';
	if (ext === '.css') return 'css';
	if (ext === '.wasm') return 'wasm';
	if (['.json', '.arrow', '.csv'].includes(ext)) return 'data';
	return 'other';
}

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

type Totals = { files: number; raw: number; gzip: number; brotli: number };

/** Every file of the build (precompressed siblings excluded), summed per kind */
export function buildSizes(buildDir: string): Record<AssetKind | 'total', Totals> {
	const totals = {} as Record<AssetKind | 'total', Totals>;
	const add = (kind: AssetKind | 'total', size: FileSize) => {
		const t = (totals[kind] ??= { files: 0, raw: 0, gzip: 0, brotli: 0 });
		t.files++;
		t.raw += size.raw;
		t.gzip += size.gzip;
		t.brotli += size.brotli;
	};
	for (const file of walk(buildDir)) {
		if (/\.(br|gz)$/.test(file)) continue;
		const size = sizeOf(file);
		add(kindOf(relative(buildDir, file)), size);
		add('total', size);
	}
	saveSizeCache();
	return totals;
}

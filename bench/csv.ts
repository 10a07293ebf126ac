/** Deterministic tidy CSV files of a given size, for the ingest benchmark. */
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

const COUNTRIES: [string, string][] = [
	['Brunei Darussalam', 'BRN'],
	['Cambodia', 'KHM'],
	['Indonesia', 'IDN'],
	['Lao PDR', 'LAO'],
	['Malaysia', 'MYS'],
	['Myanmar', 'MMR'],
	['Philippines', 'PHL'],
	['Singapore', 'SGP'],
	['Thailand', 'THA'],
	['Timor-Leste', 'TLS'],
	['Viet Nam', 'VNM']
];
const SEXES = ['female', 'male', 'total'];
const YEARS = Array.from({ length: 35 }, (_, k) => 1990 + k);

/** mulberry32: a fixed seed gives byte-identical files on every machine */
function random(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Writes `country,iso3,year,sex,indicator,value` rows until the file reaches `bytes` (it stops
 * at the first row boundary at or past it). Every (indicator, country, year, sex) appears once, as
 * in a real export: indicator k covers all 11 members, 35 years and three sexes. Reuses an
 * existing file of about that size.
 */
export async function tidyCsv(
	path: string,
	bytes: number
): Promise<{ path: string; bytes: number; rows: number }> {
	if (existsSync(path) && Math.abs(statSync(path).size - bytes) < 200) {
		return { path, bytes: statSync(path).size, rows: -1 };
	}
	mkdirSync(dirname(path), { recursive: true });
	const next = random(bytes);
	const out = createWriteStream(path);
	let written = 0;
	let rows = 0;
	let chunk = 'country,iso3,year,sex,indicator,value\n';
	for (let indicator = 1; written + chunk.length < bytes; indicator++) {
		for (const [name, iso3] of COUNTRIES) {
			for (const year of YEARS) {
				for (const sex of SEXES) {
					if (written + chunk.length >= bytes) break;
					const value = (next() * 1000).toFixed(2);
					chunk += `${name},${iso3},${year},${sex},Benchmark indicator ${indicator},${value}\n`;
					rows++;
					if (chunk.length > 1 << 16) {
						written += chunk.length;
						if (!out.write(chunk)) await new Promise<void>((go) => out.once('drain', () => go()));
						chunk = '';
					}
				}
			}
		}
	}
	written += chunk.length;
	out.end(chunk);
	await new Promise<void>((done) => out.on('finish', () => done()));
	return { path, bytes: written, rows };
}

const WIDE_YEARS = Array.from({ length: 64 }, (_, k) => 1960 + k);

/**
 * A World Bank DataBank-style wide file (`Country Name,Country Code,Series Name,Series Code,1960
 * [YR1960],…`, `..` for a missing value, about a quarter missing) of the 11 members only, until it
 * reaches `bytes`: the worst case of that shape for the engine, every row's values imported (a
 * real bulk file's rows are mostly other countries, left out at the check). Reuses an existing
 * file of about that size.
 */
export async function wideCsv(
	path: string,
	bytes: number
): Promise<{ path: string; bytes: number; rows: number }> {
	if (existsSync(path) && Math.abs(statSync(path).size - bytes) < 2000) {
		return { path, bytes: statSync(path).size, rows: -1 };
	}
	mkdirSync(dirname(path), { recursive: true });
	const next = random(bytes + 1);
	const out = createWriteStream(path);
	let written = 0;
	let rows = 0;
	let chunk =
		['Country Name', 'Country Code', 'Series Name', 'Series Code']
			.concat(WIDE_YEARS.map((y) => `${y} [YR${y}]`))
			.join(',') + '\n';
	for (let series = 1; ; series++) {
		for (const [name, iso3] of COUNTRIES) {
			const cells = WIDE_YEARS.map(() => (next() < 0.25 ? '..' : (next() * 100).toFixed(6)));
			const line = `${name},${iso3},Benchmark series ${series} (% of total),BM.SER.${series},${cells.join(',')}\n`;
			if (written + chunk.length + line.length > bytes) {
				written += chunk.length;
				out.end(chunk);
				await new Promise<void>((done) => out.on('finish', () => done()));
				return { path, bytes: written, rows };
			}
			chunk += line;
			rows++;
			if (chunk.length > 1 << 16) {
				written += chunk.length;
				if (!out.write(chunk)) await new Promise<void>((go) => out.once('drain', () => go()));
				chunk = '';
			}
		}
	}
}

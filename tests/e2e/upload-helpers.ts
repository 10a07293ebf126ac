import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The shared upload fixtures; tests skip when this checkout has none. */
export const FIXTURES = resolve('../shared/fixtures/upload');
export const HAS_FIXTURES = existsSync(FIXTURES);
export const SKIP_REASON = `${FIXTURES} not found: upload fixture tests skipped`;

export const fixture = (dir: 'bad' | 'real', name: string) => resolve(FIXTURES, dir, name);

/** A small real export (OWID grapher) that imports as is: for tests about what follows import */
export const OWID = 'owid_grapher_share-of-population-in-extreme-poverty.csv';

/** The file's lines, decoded on their own (not through the importer), numbered from 1. */
export function fileLines(path: string, encoding = 'utf-8'): string[] {
	return new TextDecoder(encoding)
		.decode(readFileSync(path))
		.replace(/^\uFEFF/, '')
		.split(/\r?\n/);
}

export async function openMyData(page: Page, path = './data/') {
	await page.goto(path);
	await expect(page.locator('input[type=file]')).toBeEnabled();
}

/** Picks a file in the real file input and waits until it is read (review or refusal). */
export async function upload(page: Page, path: string) {
	await page.locator('input[type=file]').setInputFiles(path);
	await expect(page.locator('section.upload')).toHaveAttribute('data-phase', /^(review|refused)$/, {
		timeout: 30_000
	});
}

export async function importNow(page: Page) {
	await page.getByTestId('import').click();
	await expect(page.getByTestId('imported')).toBeVisible({ timeout: 30_000 });
}

/** Runs a query in the page's SQL console and returns the result cells as text. */
export async function sql(page: Page, query: string): Promise<string[][]> {
	const console = page.getByTestId('sql-console');
	await console.getByLabel('SQL query').fill(query);
	await console.getByRole('button', { name: 'Run' }).click();
	const result = console.getByTestId('sql-result').or(console.getByTestId('sql-error'));
	await expect(result).toBeVisible({ timeout: 30_000 });
	await expect(console.getByRole('button', { name: 'Run' })).toBeEnabled();
	const error = console.getByTestId('sql-error');
	if (await error.isVisible()) throw new Error(`SQL failed: ${await error.textContent()}`);
	return console
		.getByTestId('sql-result')
		.locator('tbody tr')
		.evaluateAll((rows) =>
			rows.map((row) => Array.from(row.querySelectorAll('td'), (td) => td.textContent ?? ''))
		);
}

/** Values of one uploaded file, by indicator code or name, country and year */
export async function importedValues(page: Page, fileName: string) {
	const rows = await sql(
		page,
		`SELECT coalesce(u.code, u.name) AS indicator, o.iso3, o.year, o.sex, o.value
		FROM observations o JOIN user_indicators u ON u.id = o.indicator_id
		WHERE o.flag = 'user' AND u.file_name = '${fileName.replace(/'/g, "''")}'
		ORDER BY 1, 2, 3, 4 LIMIT 1000`
	);
	return rows.map(([indicator, iso3, year, sex, value]) => ({
		indicator,
		iso3,
		year: Number(year),
		sex,
		value: Number(value)
	}));
}

export async function count(page: Page, where: string): Promise<number> {
	const rows = await sql(
		page,
		`SELECT count(*) AS n FROM observations o JOIN user_indicators u ON u.id = o.indicator_id WHERE ${where}`
	);
	return Number(rows[0][0]);
}

export const noticeCodes = (page: Page) =>
	page
		.getByTestId('notices')
		.locator('li[data-code]')
		.evaluateAll((items) => items.map((li) => li.getAttribute('data-code') ?? ''));

/** A World Bank bulk export's own cells: every cell quoted, every line ending in a comma. */
export const worldBankCells = (line: string) => line.slice(1, -2).split('","');

/**
 * `fileName` was imported with every filled cell of the World Bank bulk export whose lines are
 * `lines` (header on line 5): as many values, and every 150th indicator's values equal its row.
 */
export async function expectWorldBankValues(page: Page, fileName: string, lines: string[]) {
	const years = worldBankCells(lines[4]).slice(4).map(Number);
	const rows = lines.slice(5).filter(Boolean).map(worldBankCells);
	const filled = rows.flatMap((cells) =>
		cells
			.slice(4)
			.flatMap((cell, i) =>
				cell === '' ? [] : [{ code: cells[3], year: years[i], value: Number(cell) }]
			)
	);
	expect(await count(page, `u.file_name = '${fileName}'`)).toBe(filled.length);
	const sample = rows.filter((_, i) => i % 150 === 0).map((cells) => cells[3]);
	const imported = await sql(
		page,
		`SELECT u.code, o.year, o.value FROM observations o JOIN user_indicators u ON u.id = o.indicator_id
		WHERE u.file_name = '${fileName}' AND u.code IN (${sample.map((c) => `'${c}'`).join(', ')})
		ORDER BY 1, 2`
	);
	const expected = filled
		.filter((f) => sample.includes(f.code))
		.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.year - b.year));
	expect(imported.map(([code, year, value]) => [code, Number(year), Number(value)])).toEqual(
		expected.map((f) => [f.code, f.year, f.value])
	);
}

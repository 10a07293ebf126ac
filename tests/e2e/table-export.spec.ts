import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { downloadFrom, expect, readCatalog, readObservations, test } from './fixtures';

/** Clicks the page's CSV button and returns the file's name and lines split into cells. */
async function downloadCsv(page: Page) {
	const download = await downloadFrom(page, page.locator('button.csv-export'));
	const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
	const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
	expect(parsed.errors).toEqual([]);
	const columns = parsed.meta.fields ?? [];
	const rows = parsed.data;
	return { name: download.suggestedFilename(), columns, rows };
}

test('the country profile downloads as CSV with the latest values as published', async ({
	page
}) => {
	await page.goto('./country/THA/');
	const { name, columns, rows } = await downloadCsv(page);
	expect(name).toMatch(/thailand.*-ce\.csv$/);
	expect(columns).not.toContain('year_be');
	expect(rows).toHaveLength(readCatalog().length);
	const observations = readObservations().filter((r) => r.iso3 === 'THA');
	for (const row of rows.filter((_, i) => i % 5 === 0)) {
		const own = observations.filter(
			(r) => r.indicator_id === row.indicator_id && r.sex === row.sex
		);
		if (own.length === 0) {
			expect(row.value, row.indicator_id).toBe('');
			continue;
		}
		const latest = own.reduce((a, b) => (b.year > a.year ? b : a));
		expect(Number(row.year), row.indicator_id).toBe(latest.year);
		expect(Number(row.value), row.indicator_id).toBe(Number(latest.value));
	}
});

test('in Thai with B.E. the profile CSV carries B.E. years and keeps the C.E. column', async ({
	page
}) => {
	await page.goto('./th/country/VNM/');
	const { name, columns, rows } = await downloadCsv(page);
	expect(name).toMatch(/-be\.csv$/);
	expect(columns.indexOf('year_be')).toBe(columns.indexOf('year') - 1);
	const dated = rows.filter((r) => r.year !== '');
	expect(dated.length).toBeGreaterThan(0);
	for (const row of dated) expect(Number(row.year_be)).toBe(Number(row.year) + 543);
});

test('the data-gaps matrix downloads as CSV, one line per indicator and member', async ({
	page
}) => {
	await page.goto('./gaps/older-persons/');
	const { rows } = await downloadCsv(page);
	const group = readCatalog().filter((i) => i.group === 'older-persons');
	expect(rows).toHaveLength(group.length * 11);
	const observations = readObservations();
	for (const row of rows.filter((_, i) => i % 7 === 0)) {
		const years = observations
			.filter((r) => r.indicator_id === row.indicator_id && r.iso3 === row.iso3)
			.map((r) => r.year);
		expect(row.latest_year, `${row.indicator_id} ${row.iso3}`).toBe(
			years.length ? String(Math.max(...years)) : ''
		);
		expect(Number(row.years_with_data)).toBe(new Set(years).size);
	}
});

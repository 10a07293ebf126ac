import { expect, readObservations, test } from './fixtures';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface CatalogIndicator {
	id: string;
	sexes?: string[];
	defaultSex?: string;
}

const SEX_ORDER = ['total', 'female', 'male'];

/** The view a page opens on, worked out from the dataset as a reader of the files would. */
function defaultView(indicator: CatalogIndicator, rows: ReturnType<typeof readObservations>) {
	const present = SEX_ORDER.filter((s) =>
		indicator.sexes?.length ? indicator.sexes.includes(s) : rows.some((r) => r.sex === s)
	);
	const sex =
		indicator.defaultSex && present.includes(indicator.defaultSex)
			? indicator.defaultSex
			: present.includes('total')
				? 'total'
				: present[0];
	return { sex };
}

test('every prerendered indicator page shows the published values of its default view', async ({
	browser
}) => {
	test.setTimeout(240_000);
	const catalog = JSON.parse(
		readFileSync(resolve('static/data/catalog.json'), 'utf8')
	) as CatalogIndicator[];
	const observations = readObservations();
	// Without JavaScript the page is exactly its prerendered HTML.
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	for (const indicator of catalog) {
		const rows = observations.filter((r) => r.indicator_id === indicator.id);
		const { sex } = defaultView(indicator, rows);
		await page.goto(`./indicator/${indicator.id}/`);
		const bars = await page
			.locator('figure[data-chart="ranked"] g.row')
			.evaluateAll((groups) =>
				groups.map((g) => [
					g.getAttribute('data-iso3'),
					g.querySelector('rect.bar')?.getAttribute('data-value') ?? null
				])
			);
		expect(bars, indicator.id).toHaveLength(11);
		// The page opens on each member's most recent value.
		for (const [iso3, value] of bars) {
			const published = rows
				.filter((r) => r.sex === sex && r.iso3 === iso3)
				.sort((a, b) => b.year - a.year)[0];
			expect(value === null ? null : Number(value), `${indicator.id} ${iso3}`).toBe(
				published ? Number(published.value) : null
			);
		}
		const series = await page.locator('figure[data-chart="trend"] g.series').count();
		const reporting = new Set(rows.filter((r) => r.sex === sex).map((r) => r.iso3)).size;
		expect(series, `${indicator.id} trend series`).toBe(reporting);
	}
	await context.close();
});

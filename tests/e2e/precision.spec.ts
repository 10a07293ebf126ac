import type { Page } from '@playwright/test';
import {
	dbReady,
	expect,
	readCatalog,
	readObservations,
	test,
	type CatalogEntry
} from './fixtures';

/**
 * Issue 12, "Done when": no displayed number carries more digits than its indicator's display
 * precision, on every indicator page and every country profile; the data table keeps the exact
 * published value.
 */

interface Entry {
	id: string;
	decimals: number;
}
const catalog = readCatalog() as unknown as (Entry & { group: string })[];
const decimalsOf = new Map(catalog.map((i) => [i.id, i.decimals]));
const MEMBERS = ['BRN', 'KHM', 'IDN', 'LAO', 'MYS', 'MMR', 'PHL', 'SGP', 'THA', 'TLS', 'VNM'];

/**
 * Every text a reader sees on the page outside the exact-value data tables, each with the largest
 * precision allowed for it (the indicator whose row or chart holds it).
 */
async function shownTexts(page: Page, pageDecimals: number | null) {
	return page.evaluate((pageDecimals) => {
		const found: { text: string; decimals: number | null; where: string }[] = [];
		// The data tables show the exact value on purpose; the about section and source lines are
		// prose whose numbers are versions and codes ("CC BY 3.0", "SDG 16.2.2"), not values.
		const exactTable = (el: Element) =>
			!!el.closest('.chart-frame .table-wrap, .about, .chart-source');
		const own = (el: Element) => {
			const row = el.closest<HTMLElement>('[data-indicator]');
			return row ? row.dataset.indicator! : null;
		};
		const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, 4);
		// Titles are cut into unbreakable spans: read each title whole, so names match.
		const seen = new Set<Element>();
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement!;
			// A control's own choices ("0.5 s per year" in the play speed) are not figures.
			if (exactTable(parent) || parent.closest('script, style, select')) continue;
			const holder = parent.closest('.chart-title, .chart-subtitle') ?? parent;
			if (holder !== parent && seen.has(holder)) continue;
			seen.add(holder);
			const text = (holder === parent ? node.textContent : holder.textContent)?.trim();
			if (text) found.push({ text, decimals: pageDecimals, where: own(parent) ?? parent.tagName });
		}
		for (const el of document.querySelectorAll('main [aria-label], main [title]')) {
			if (exactTable(el)) continue;
			for (const attr of ['aria-label', 'title']) {
				const text = el.getAttribute(attr);
				if (text) found.push({ text, decimals: pageDecimals, where: own(el) ?? `@${attr}` });
			}
		}
		return found;
	}, pageDecimals);
}

/** Indicator names are published titles ("Extreme poverty rate ($3.00 a day…)"), not values. */
const names = catalog
	.flatMap((i) => [(i as unknown as CatalogEntry).name.en, (i as unknown as CatalogEntry).name.th])
	.sort((a, b) => b.length - a.length);
const withoutNames = (text: string) => names.reduce((t, name) => t.split(name).join(' '), text);

/** Digits after the decimal point of every number in a text; years and dates are not numbers. */
const fractionDigits = (text: string) =>
	[...withoutNames(text).matchAll(/\d[\d,]*\.(\d+)/g)].map((m) => m[1].length);

function offenders(texts: { text: string; decimals: number | null; where: string }[]) {
	return texts.flatMap(({ text, decimals, where }) => {
		const limit = decimalsOf.get(where) ?? decimals;
		if (limit === null || limit === undefined) return [];
		return fractionDigits(text).some((d) => d > limit) ? [`${where}: ${text}`] : [];
	});
}

/**
 * Moves inside the app (a client-side navigation), so the database started on the first page
 * answers every later one: a full load per indicator would restart it a hundred times.
 */
async function visit(page: Page, path: string) {
	if (page.url() === 'about:blank') {
		await page.goto(`.${path}`);
		return;
	}
	await page.evaluate(
		(path) => {
			const link = document.createElement('a');
			link.href = path;
			document.body.append(link);
			link.click();
			link.remove();
		},
		new URL(`.${path}`, `${new URL(page.url()).origin}/`).pathname
	);
	await page.waitForURL((url) => url.pathname.endsWith(path));
}

/** Indicators with published rows for both women and men: only they get a "women and men" card */
const bySex = new Map<string, Set<string>>();
for (const r of readObservations()) {
	bySex.set(r.indicator_id, (bySex.get(r.indicator_id) ?? new Set()).add(r.sex));
}
const hasBreakdown = (id: string) => !!bySex.get(id)?.has('female') && !!bySex.get(id)?.has('male');

// One test per target group keeps each under the time limit and lets two workers share the walk.
const groups = [...new Set(catalog.map((i) => i.group))];
for (const group of groups) {
	test(`every ${group} indicator page shows values at display precision; tables stay exact`, async ({
		page
	}) => {
		const indicators = catalog.filter((i) => i.group === group);
		test.setTimeout(60_000 + indicators.length * 6_000);
		const problems: string[] = [];
		let exactChecked = 0;
		for (const [n, indicator] of indicators.entries()) {
			// A sample in Thai: Thai digits and words must follow the same rule.
			const prefix = n % 4 === 1 ? '/th' : '';
			await visit(page, `${prefix}/indicator/${indicator.id}/`);
			await dbReady(page);
			for (const chart of ['ranked', 'map', 'trend']) {
				await expect(page.locator(`[data-chart="${chart}"]`)).toHaveAttribute('aria-busy', 'false');
			}
			// No empty "women and men" card for an indicator without a sex breakdown (issue 12).
			await expect(page.locator('[data-chart="gender-gap"]')).toHaveCount(
				hasBreakdown(indicator.id) ? 1 : 0
			);
			problems.push(
				...offenders(await shownTexts(page, indicator.decimals)).map(
					(p) => `${prefix}/indicator/${indicator.id} ${p}`
				)
			);
			// The exact published value sits in the ranked chart's data table.
			const { exact, cells } = await page.evaluate(() => ({
				exact: [...document.querySelectorAll('[data-chart="ranked"] svg .row')]
					.map((r) => r.getAttribute('data-value') ?? '')
					.filter(Boolean),
				cells: [...document.querySelectorAll('[data-chart="ranked"] table td.num')].map((c) =>
					(c.textContent ?? '').trim().replace(/,/g, '')
				)
			}));
			for (const value of exact) {
				expect(cells, `${indicator.id}: exact ${value} in the data table`).toContain(value);
				exactChecked += 1;
			}
		}
		expect(problems).toEqual([]);
		expect(exactChecked).toBeGreaterThan(0);
	});
}

test('every country profile shows values at display precision', async ({ page }) => {
	test.setTimeout(20_000 + MEMBERS.length * 2 * 6_000);
	const published = new Set(readObservations().map((r) => r.indicator_id));
	const problems: string[] = [];
	for (const iso3 of MEMBERS) {
		for (const prefix of ['', '/th']) {
			await visit(page, `${prefix}/country/${iso3}/`);
			await expect(page.locator('h1')).toContainText(
				prefix ? /./ : new RegExp(iso3 === 'THA' ? 'Thailand' : '.')
			);
			const rows = await page.locator('tr[data-indicator]').count();
			expect(rows).toBeGreaterThan(0);
			const texts = await shownTexts(page, null);
			// Outside the rows only counts and years appear: no fraction at all.
			problems.push(
				...offenders(texts.map((t) => ({ ...t, decimals: t.decimals ?? 0 }))).map(
					(p) => `${prefix}/country/${iso3} ${p}`
				)
			);
		}
	}
	expect(problems).toEqual([]);
	expect(published.size).toBeGreaterThan(0);
});

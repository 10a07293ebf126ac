/**
 * Issue 10 in the browser: how recent each member's data is (indicator, home, profile), a break in
 * method splitting the trend line, the survey and year in DDI tooltips, and the trafficking
 * caveat beside the ranking. Every expectation is worked out from the committed dataset.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, readCatalog, readObservations, test } from './fixtures';

type Lang = 'en' | 'th';
const prefix = (lang: Lang) => (lang === 'th' ? './th/' : './');
/** A year as the page writes it by default: B.E. in Thai, C.E. in English. */
const yearLabel = (year: number, lang: Lang) => (lang === 'th' ? `พ.ศ. ${year + 543}` : `${year}`);
const shownYear = (year: number, lang: Lang) => String(lang === 'th' ? year + 543 : year);
const literally = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

const observations = readObservations();
const reference = Math.max(...observations.map((o) => o.year));
const stale = (year: number) => year < reference - 5;

interface Entry {
	id: string;
	group: string;
	name: { en: string; th: string };
	direction: string;
	comparable: boolean;
	caveat: { en: string; th: string } | null;
	breaks: { iso3: string; year: number }[];
	surveys: Record<string, { code: string; year: number; name: { en: string; th: string } }> | null;
}
const catalog = readCatalog() as unknown as Entry[];

function latestByMember(id: string) {
	const latest = new Map<string, number>();
	for (const o of observations)
		if (o.indicator_id === id) latest.set(o.iso3, Math.max(latest.get(o.iso3) ?? o.year, o.year));
	return latest;
}

/** An indicator with both recent and old members, so both marks are exercised. */
const mixed = catalog.find((c) => {
	const years = [...latestByMember(c.id).values()];
	return years.some(stale) && years.some((y) => !stale(y));
})!;

async function noSeriousAxe(page: import('@playwright/test').Page) {
	const results = await new AxeBuilder({ page }).analyze();
	const serious = results.violations.filter(
		(v) => v.impact === 'serious' || v.impact === 'critical'
	);
	expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

for (const lang of ['en', 'th'] as const) {
	test(`the indicator page gives each member's most recent year and marks old ones (${lang})`, async ({
		page
	}) => {
		const latest = latestByMember(mixed.id);
		await page.goto(`${prefix(lang)}indicator/${mixed.id}/`);
		const section = page.locator('section.freshness');
		await expect(section).toHaveAttribute('data-reference', String(reference));
		await expect(section.locator('.rule')).toContainText(yearLabel(reference, lang));
		await expect(section.locator('.rule')).toContainText(yearLabel(reference - 5, lang));
		const rows = section.locator('tbody tr');
		await expect(rows).toHaveCount(11);
		for (const row of await rows.all()) {
			const iso3 = (await row.getAttribute('data-iso3'))!;
			const year = latest.get(iso3);
			await expect(row).toHaveAttribute('data-latest', year === undefined ? '' : String(year));
			await expect(row).toHaveAttribute(
				'data-stale',
				year === undefined ? '' : String(stale(year))
			);
			if (year !== undefined) await expect(row.locator('td')).toContainText(shownYear(year, lang));
		}
		const old = [...latest.values()].filter(stale).length;
		await expect(section.locator('.old')).toHaveCount(old);
		await expect(section.locator('.old').first()).toHaveText(
			lang === 'th' ? 'เก่ากว่า 5 ปี' : 'older than 5 years'
		);
		// The hourglass is drawn, not a character a font may lack
		await expect(section.locator('.old svg[aria-hidden="true"]').first()).toBeVisible();
		await expect(section.locator('.summary')).toHaveAttribute('data-stale', String(old));
	});

	test(`the home page orders and filters indicators by how recent their data are (${lang})`, async ({
		page
	}) => {
		test.slow();
		const newest = new Map(
			catalog.map((c) => [c.id, Math.max(...latestByMember(c.id).values())] as const)
		);
		await page.goto(`${prefix(lang)}?order=recent`);
		await expect(page.locator('select[name="order"]')).toHaveValue('recent');
		for (const group of [...new Set(catalog.map((c) => c.group))]) {
			const cards = page.locator(`section[data-group="${group}"] .card[data-indicator]`);
			const ids = await cards.evaluateAll((els) =>
				els.map((e) => e.getAttribute('data-indicator')!)
			);
			const years = ids.map((id) => newest.get(id)!);
			expect(years, group).toEqual([...years].sort((a, b) => b - a));
		}
		const checkbox = page.getByRole('checkbox', {
			name: lang === 'th' ? `ตั้งแต่ปี ${yearLabel(reference - 5, lang)}` : `from ${reference - 5}`
		});
		await checkbox.check();
		await expect(page).toHaveURL(/[?&]recent=1/);
		await expect(page).toHaveURL(/[?&]order=recent/);
		const recent = catalog.filter((c) => !stale(newest.get(c.id)!)).map((c) => c.id);
		expect(recent.length).toBeLessThan(catalog.length);
		await expect(page.locator('.card[data-indicator]')).toHaveCount(recent.length);
		// The old ones are gone, and a copied link restores the same view.
		await page.reload();
		await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(1);
		await expect(page.locator('.card[data-indicator]')).toHaveCount(recent.length);
		await page.locator('select[name="order"]').selectOption('topic');
		await expect(page).not.toHaveURL(/order=/);
		const oldCard = catalog.find((c) => stale(newest.get(c.id)!));
		if (oldCard) {
			await checkbox.uncheck();
			await expect(page.locator(`.card[data-indicator="${oldCard.id}"] .old`)).toBeVisible();
		}
		await noSeriousAxe(page);
	});

	test(`the country profile says which figures are older than 5 years (${lang})`, async ({
		page
	}) => {
		await page.goto(`${prefix(lang)}country/MMR/`);
		const sentence = page.locator('p.freshness');
		const count = Number(await sentence.getAttribute('data-stale'));
		const cells = page.locator('table.profile td[data-stale]');
		await expect(page.locator('table.profile td[data-stale="true"]')).toHaveCount(count);
		expect(count).toBeGreaterThan(0);
		await expect(sentence).toContainText(String(count));
		await expect(sentence).toContainText(yearLabel(reference, lang));
		const marked = await cells.evaluateAll((tds) =>
			tds.map((td) => ({
				year: Number(td.textContent!.match(/\d{4}/)![0]),
				stale: td.getAttribute('data-stale')
			}))
		);
		expect(marked.length).toBeGreaterThan(count);
		for (const cell of marked)
			expect(cell.stale).toBe(String(stale(cell.year - (lang === 'th' ? 543 : 0))));
		await expect(page.locator('table.profile td[data-stale="true"] .old').first()).toBeVisible();
	});

	test(`a break in method splits the trend line and is noted on the chart and in the table (${lang})`, async ({
		page
	}) => {
		const entry = catalog.find((c) => c.breaks.length)!;
		const { iso3, year } = entry.breaks[0];
		const years = observations
			.filter((o) => o.indicator_id === entry.id && o.iso3 === iso3 && o.sex === 'total')
			.map((o) => o.year)
			.sort((a, b) => a - b);
		const before = years.filter((y) => y < year).at(-1)!;
		const after = years.find((y) => y >= year)!;
		// All 11 members are drawn by default, straight from the prerendered page.
		await page.goto(`${prefix(lang)}indicator/${entry.id}/`);
		const chart = page.locator('[data-chart="trend"]');
		const series = chart.locator(`g.series[data-iso3="${iso3}"]`);
		await expect(series).toHaveAttribute('data-pieces', '2');
		// Points and line read in one go: hydration may redraw the chart at another width between
		// two reads (a clean run once compared the points of one drawing with the line of the next).
		const { x0, x1, drawn } = await chart.evaluate(
			(root, { iso3, before, after }) => {
				const cx = (y: number) =>
					Number(
						root
							.querySelector(`g.series[data-iso3="${iso3}"] circle[data-year="${y}"]`)
							?.getAttribute('cx')
					);
				const paths = root.querySelectorAll(`g.segments path[data-series="${iso3}|total"]`);
				return {
					x0: cx(before),
					x1: cx(after),
					drawn: Array.from(paths, (p) => p.getAttribute('d') ?? '').join('')
				};
			},
			{ iso3, before, after }
		);
		expect(Number.isFinite(x0) && Number.isFinite(x1)).toBe(true);
		const moves = [...drawn.matchAll(/M([\d.]+),[\d.]+L([\d.]+),[\d.]+/g)].map((m) => [
			Number(m[1]),
			Number(m[2])
		]);
		expect(moves.length).toBeGreaterThan(0);
		for (const [a, b] of moves) expect(a < x1 - 0.5 && b > x0 + 0.5).toBe(false);
		await expect(chart.locator(`[data-break="${iso3}-${year}"]`)).toHaveCount(2);
		await expect(chart.locator('.break-note')).toContainText(
			lang === 'th' ? 'วิธีวัด' : 'break in method'
		);
		await chart
			.getByRole('button', { name: lang === 'th' ? 'ตาราง' : 'table' })
			.first()
			.click();
		await expect(chart.locator(`td[data-break="${iso3}-${year}"]`)).toContainText(
			lang === 'th' ? 'วิธีวัดใหม่' : 'new method'
		);
	});

	test(`a DDI figure's tooltip and label name its survey and year (${lang})`, async ({ page }) => {
		const entry = catalog.find((c) => c.surveys && c.id === 'adults-with-disabilities')!;
		const [iso3, survey] = Object.entries(entry.surveys!)[0];
		const year = observations.find(
			(o) => o.indicator_id === entry.id && o.iso3 === iso3 && o.sex === 'total'
		)!.year;
		// All 11 members are drawn by default, straight from the prerendered page.
		await page.goto(`${prefix(lang)}indicator/${entry.id}/`);
		const bar = page.locator(`[data-chart="ranked"] g.row[data-iso3="${iso3}"]`);
		await expect(bar).toHaveAttribute('aria-label', literally(survey.name[lang]));
		await expect(bar).toHaveAttribute('aria-label', literally(yearLabel(year, lang)));
		await bar.focus();
		const tip = page.locator('[data-chart="ranked"] .tip');
		await expect(tip).toContainText(survey.name[lang]);
		await expect(tip).toContainText(yearLabel(year, lang));
		const line = page.locator(`[data-chart="trend"] g.series[data-iso3="${iso3}"]`);
		await expect(line).toHaveAttribute('aria-label', literally(survey.name[lang]));
		await line.focus();
		await expect(page.locator('[data-chart="trend"] .tip')).toContainText(survey.name[lang]);
	});

	test(`the trafficking caveat sits beside the ranking and the map, without better/worse (${lang})`, async ({
		page
	}) => {
		test.slow();
		const entry = catalog.find((c) => c.id === 'trafficking-victims-detected')!;
		expect(entry.direction).toBe('neutral');
		await page.goto(`${prefix(lang)}indicator/${entry.id}/`);
		for (const chart of ['ranked', 'map']) {
			const figure = page.locator(`[data-chart="${chart}"]`);
			await expect(figure.locator('[data-ranking-caveat]')).toContainText(entry.caveat![lang]);
		}
		const legend = page.locator('[data-chart="map"] svg');
		await expect(legend).toBeVisible();
		await expect(page.locator('[data-chart="map"]')).not.toContainText(
			lang === 'th' ? '(ดีกว่า)' : '(better)'
		);
		await noSeriousAxe(page);
	});
}

test('national figures with their own definitions are marked on the home page and in the gaps view', async ({
	page
}) => {
	const national = catalog.filter((c) => c.comparable === false && c.group === 'disability');
	expect(national.length).toBeGreaterThan(0);
	await page.goto('./');
	for (const c of national)
		await expect(page.locator(`.card[data-indicator="${c.id}"] [data-not-comparable]`)).toHaveText(
			'Not comparable across countries'
		);
	await page.goto('./gaps/disability/');
	for (const c of national)
		await expect(page.locator(`tr[data-indicator="${c.id}"] [data-not-comparable]`)).toBeVisible();
	await page.goto(`./indicator/${national[0].id}/`);
	await expect(page.locator('[data-chart="ranked"] [data-ranking-caveat]')).toContainText(
		'Not comparable across countries'
	);
});

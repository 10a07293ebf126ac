import AxeBuilder from '@axe-core/playwright';
import { expect, readCatalog, readObservations, test } from './fixtures';

type Surveys = Record<string, { code: string; year: number; name: { en: string; th: string } }>;

/** From the committed CSV alone: the country where the two employment figures are furthest apart. */
function widestEmploymentGap() {
	const rows = readObservations().filter((r) => r.sex === 'total');
	const value = (id: string, iso3: string) =>
		rows.find((r) => r.indicator_id === id && r.iso3 === iso3)?.value;
	const countries = [
		...new Set(
			rows.filter((r) => r.indicator_id === 'employment-with-disabilities').map((r) => r.iso3)
		)
	];
	const gaps = countries.map((iso3) => ({
		iso3,
		with: Number(value('employment-with-disabilities', iso3)),
		without: Number(value('employment-without-disabilities', iso3))
	}));
	gaps.sort((a, b) => Math.abs(b.without - b.with) - Math.abs(a.without - a.with));
	const entry = readCatalog().find((c) => c.id === 'employment-with-disabilities') as unknown as {
		surveys: Surveys;
	};
	return { ...gaps[0], count: gaps.length, survey: entry.surveys[gaps[0].iso3] };
}

for (const lang of ['en', 'th'] as const) {
	test(`from the home page, the widest employment gap and its survey are found (${lang})`, async ({
		page
	}) => {
		const expected = widestEmploymentGap();
		expect(expected.count).toBe(5);
		await page.goto(lang === 'th' ? './th/' : './');
		const group = page.locator('section[data-group="disability"]');
		await group
			.getByRole('link', {
				name: lang === 'th' ? 'ช่องว่างด้านความพิการ' : 'Disability gap',
				exact: false
			})
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText(
			lang === 'th' ? 'ช่องว่างด้านความพิการ' : 'Disability gap'
		);
		const table = page.locator('table[data-outcome="employment-with-disabilities"]');
		await expect(table.locator('tbody tr')).toHaveCount(5);
		const first = table.locator('tbody tr').first();
		await expect(first).toHaveAttribute('data-iso3', expected.iso3);
		await expect(first).toHaveAttribute('data-survey', expected.survey.code);
		await expect(first.locator('th')).toContainText(lang === 'th' ? 'กว้างที่สุด' : 'widest gap');
		await expect(first.locator('td').last()).toHaveText(expected.survey.name[lang]);
		const shown = first.locator('td.num');
		expect(Number((await shown.nth(0).innerText()).replace(',', ''))).toBe(
			Number(expected.with.toFixed(1))
		);
		expect(Number((await shown.nth(1).innerText()).replace(',', ''))).toBe(
			Number(expected.without.toFixed(1))
		);
		const results = await new AxeBuilder({ page }).analyze();
		const serious = results.violations.filter(
			(v) => v.impact === 'serious' || v.impact === 'critical'
		);
		expect(serious.map((v) => v.id)).toEqual([]);
	});
}

test('a DDI indicator page names the method and each country’s survey', async ({ page }) => {
	await page.goto('./indicator/employment-with-disabilities/');
	const about = page.locator('section.about');
	await expect(about).toContainText('Washington Group');
	await expect(about.locator('li[data-iso3="PHL"]')).toContainText(
		'Philippines Census of Population and Housing 2020'
	);
	await expect(about.getByRole('link', { name: /without disabilities/ })).toHaveAttribute(
		'href',
		/employment-without-disabilities/
	);
});

test('an SDG indicator page names its vintage and the break in method', async ({ page }) => {
	await page.goto('./th/indicator/disability-benefit-coverage/');
	const about = page.locator('section.about');
	await expect(about.locator('dd[data-vintage="2023"]')).toContainText('2566');
	await expect(about.locator('li[data-break="VNM-2020"]')).toContainText('เวียดนาม');
});

test('the disability data-gaps page shows the four kinds of evidence per member', async ({
	page
}) => {
	await page.goto('./gaps/disability/');
	const evidence = page.locator('section.evidence');
	await expect(evidence.locator('tbody tr')).toHaveCount(4);
	const prevalence = evidence.locator('tr[data-evidence="prevalence"]');
	await expect(prevalence.locator('td[data-iso3="KHM"]')).not.toHaveAttribute('data-n', '0');
	// Thailand's only prevalence figure is a national one, not comparable
	await expect(prevalence.locator('td[data-iso3="THA"]')).toHaveAttribute('data-n', '0');
	await expect(
		evidence.locator('tr[data-evidence="benefit"] td[data-iso3="THA"]')
	).not.toHaveAttribute('data-n', '0');
});

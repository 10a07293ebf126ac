import AxeBuilder from '@axe-core/playwright';
import { expect, readCatalog, test } from './fixtures';

test('home lists every indicator by target group, in English', async ({ page }) => {
	await page.goto('./');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'ASEAN Social Welfare Dashboard'
	);
	const catalog = readCatalog();
	for (const group of ['women', 'children', 'older-persons', 'disability', 'context']) {
		const section = page.locator(`section[data-group="${group}"]`);
		await expect(section.locator('li.card')).toHaveCount(
			catalog.filter((i) => i.group === group).length
		);
	}
	const first = catalog[0];
	const card = page.locator(`li[data-indicator="${first.id}"]`);
	await expect(card.getByRole('link')).toHaveText(first.name.en);
	await expect(card.locator('.headline')).not.toBeEmpty();
});

test('search finds indicators by English or Thai name', async ({ page }) => {
	await page.goto('./');
	const catalog = readCatalog();
	const target = catalog[catalog.length - 1];
	const search = page.getByRole('searchbox', { name: 'Search indicators' });
	await search.fill(target.name.th);
	await expect(page.locator(`li[data-indicator="${target.id}"]`)).toBeVisible();
	const shown = await page.locator('li.card').count();
	expect(shown).toBeLessThan(catalog.length);
	await search.fill(target.name.en.toLowerCase());
	await expect(page.locator(`li[data-indicator="${target.id}"]`)).toBeVisible();
	await search.fill('zzzz-no-such-indicator');
	await expect(page.locator('li.card')).toHaveCount(0);
	await expect(page.getByText('No indicator matches')).toBeVisible();
});

test('home has no serious accessibility violations', async ({ page }) => {
	await page.goto('./');
	const results = await new AxeBuilder({ page }).analyze();
	const serious = results.violations.filter(
		(v) => v.impact === 'serious' || v.impact === 'critical'
	);
	expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

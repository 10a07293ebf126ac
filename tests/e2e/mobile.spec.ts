import { expect, test, wellCoveredIndicator } from './fixtures';

/**
 * Issue 12, "Done when": on a 390×844 phone no page scrolls sideways; wide tables scroll inside
 * their card with the name column fixed; tapping a bar shows its tooltip.
 */
const PHONE = { width: 390, height: 844 };
const { id } = wellCoveredIndicator();
const pages = [
	'/',
	`/indicator/${id}/`,
	...['map', 'trend', 'multiples', 'gender-gap'].map((chart) => `/indicator/${id}/?chart=${chart}`),
	'/country/THA/',
	'/scatter/',
	'/gaps/women/',
	'/disability-gap/',
	'/about/'
];

test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

for (const lang of ['', '/th']) {
	test(`no page scrolls sideways at 390 px (${lang || 'en'})`, async ({ page }) => {
		test.setTimeout(30_000 + pages.length * 10_000);
		const wide: string[] = [];
		for (const path of pages) {
			await page.goto(`.${lang}${path}`);
			await page.waitForLoadState('networkidle');
			const { scrollWidth, innerWidth, culprits } = await page.evaluate(() => {
				const width = window.innerWidth;
				// The deepest elements reaching past the screen, outside anything that scrolls itself.
				const culprits = [...document.querySelectorAll('body *')]
					.filter((el) => {
						const box = el.getBoundingClientRect();
						if (box.width === 0 || box.right <= width + 1) return false;
						for (let p = el.parentElement; p; p = p.parentElement) {
							const style = getComputedStyle(p);
							if (/(auto|scroll|hidden|clip)/.test(style.overflowX)) return false;
						}
						return true;
					})
					.slice(-3)
					.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
				return {
					scrollWidth: document.scrollingElement!.scrollWidth,
					innerWidth: width,
					culprits
				};
			});
			if (scrollWidth > innerWidth) wide.push(`${lang}${path}: ${scrollWidth}px (${culprits})`);
		}
		expect(wide).toEqual([]);
	});
}

test('a profile table scrolls inside its card, keeping the indicator names in view', async ({
	page
}) => {
	await page.goto('./country/THA/');
	const wrap = page.locator('.table-wrap').first();
	const name = wrap.locator('tbody th[scope="row"]').first();
	const before = await name.boundingBox();
	await wrap.evaluate((el) => (el.scrollLeft = el.scrollWidth));
	expect(await wrap.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
	const after = await name.boundingBox();
	expect(after!.x).toBeCloseTo(before!.x, 0);
	// The last column is reachable inside the card: the value is not cut off by the page edge.
	const lastCell = wrap.locator('tbody tr').first().locator('td').last();
	const box = await lastCell.boundingBox();
	expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width + 1);
});

test('tapping a bar on a phone shows its tooltip', async ({ page }) => {
	await page.goto(`./indicator/${id}/`);
	const bar = page.locator('[data-chart="ranked"] svg .row').first();
	await bar.locator('rect').first().tap();
	const tip = page.locator('[data-chart="ranked"] .tip');
	await expect(tip).toBeVisible();
	await expect(tip).toContainText((await bar.getAttribute('aria-label'))!.split(':')[0]);
});

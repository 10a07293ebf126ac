import { expect, test } from './fixtures';
import {
	fixture,
	HAS_FIXTURES,
	importNow,
	openMyData,
	SKIP_REASON,
	upload
} from './upload-helpers';

/** Two tabs of the dashboard: an import or a delete in one shows in the other, no reload. */
test.describe('uploads across tabs', () => {
	test.skip(!HAS_FIXTURES, SKIP_REASON);

	test('import and delete in one tab reach the profile, home and My data of another', async ({
		page,
		context
	}) => {
		// A Thai national file about Thailand only (B.E. years), so the Thailand profile lists it.
		const path = fixture('bad', '17_buddhist_era_years_tidy.csv');
		const other = await context.newPage();
		await other.goto('./country/THA/');
		await expect(other.locator('main h1')).toBeVisible();
		await expect(other.locator('section[data-group="mine"]')).toHaveCount(0);

		await openMyData(page);
		await upload(page, path);
		await importNow(page);
		await expect(other.locator('section[data-group="mine"] tbody tr').first()).toBeVisible({
			timeout: 30_000
		});

		await other.goto('./');
		const name = (await page.getByTestId('datasets').locator('li').first().textContent()) ?? '';
		expect(name).toContain('17_buddhist_era_years_tidy');
		await expect(other.locator('section[data-group="mine"]')).toContainText(
			'17_buddhist_era_years_tidy'
		);

		await openMyData(other);
		await expect(other.getByTestId('datasets')).toContainText('17_buddhist_era_years_tidy');
		await page.getByRole('button', { name: 'Delete' }).first().click();
		await page.locator('.confirm button.danger').click();
		await expect(page.getByTestId('datasets')).toContainText('No uploads yet.');
		await expect(other.getByTestId('datasets')).toContainText('No uploads yet.');
		await other.close();
	});
});

import { expect, test } from './fixtures';
import {
	fileLines,
	fixture,
	HAS_FIXTURES,
	openMyData,
	SKIP_REASON,
	upload
} from './upload-helpers';

/** In the Thai interface the importer speaks Thai: every notice by its code, numbers filled in. */
test.describe('importer notices in Thai', () => {
	test.skip(!HAS_FIXTURES, SKIP_REASON);
	const THAI = /[\u0E00-\u0E7F]/;
	const ENGLISH = /\b(the row was skipped|Line \d|values? but the header|is never closed)\b/;

	test('a file with ragged rows: each skipped line is named in Thai', async ({ page }) => {
		const path = fixture('bad', '08_ragged_rows.csv');
		// The lines whose field count differs from the header's, read from the file itself
		// (trailing empty fields are tolerated, so they are not counted as different).
		const lines = fileLines(path);
		const width = lines[0].split(',').length;
		const ragged = lines
			.map((line, i) => ({ n: i + 1, line }))
			.filter(
				({ n, line }) => n > 1 && line !== '' && line.replace(/,+$/, '').split(',').length !== width
			)
			.map(({ n }) => n);
		expect(ragged.length).toBeGreaterThan(0);

		await openMyData(page, './th/data/');
		await upload(page, path);
		const items = page.getByTestId('notices').locator('li[data-code="ragged-row"]');
		await expect(items.first()).toBeVisible();
		const texts = await items.allTextContents();
		for (const n of ragged) {
			const text = texts.find((t) => new RegExp(`บรรทัด ${n}\\b`).test(t));
			expect(text, `line ${n}`).toBeTruthy();
		}
		for (const text of await page.getByTestId('notices').locator('li').allTextContents()) {
			expect(text).toMatch(THAI);
			expect(text).not.toMatch(ENGLISH);
			expect(text).not.toMatch(/\{\w+\}/);
		}

		// The check's report lists the same skipped lines, each reason in Thai.
		const skipped = page.locator('details[data-reason="ragged"]');
		await skipped.locator('summary').click();
		const reasons = await skipped.locator('li').allTextContents();
		expect(reasons.length).toBeGreaterThan(0);
		for (const text of reasons) {
			expect(text).toMatch(THAI);
			expect(text).not.toMatch(ENGLISH);
			expect(text).not.toMatch(/\{\w+\}/);
		}
		for (const n of ragged.slice(0, reasons.length)) {
			expect(
				reasons.some((t) => new RegExp(`บรรทัด ${n}\\b`).test(t)),
				`line ${n}`
			).toBe(true);
		}
	});

	test('an unterminated quote: the refusal is in Thai and names the line', async ({ page }) => {
		const path = fixture('bad', '22_unterminated_quote.csv');
		const lines = fileLines(path);
		// The first line with an odd number of quote marks opens the quote that never closes.
		const opened = lines.findIndex((line) => (line.match(/"/g)?.length ?? 0) % 2 === 1) + 1;
		expect(opened).toBeGreaterThan(0);

		await openMyData(page, './th/data/');
		await upload(page, path);
		const refusal = page.getByTestId('refusal').locator('li[data-code="unterminated-quote"]');
		await expect(refusal).toBeVisible();
		const text = (await refusal.textContent()) ?? '';
		expect(text).toMatch(THAI);
		expect(text).toMatch(new RegExp(`บรรทัด ${opened}\\b`));
		expect(text).not.toMatch(ENGLISH);
	});
});

test('a historical name is offered as the member by its Thai name, never merged', async ({
	page
}) => {
	await openMyData(page, './th/data/');
	await page.locator('input[type=file]').setInputFiles({
		name: 'old-names.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from('Country,Year,Value\nBurma,2000,1\nThailand,2000,2\n')
	});
	await expect(page.locator('section.upload')).toHaveAttribute('data-phase', 'review', {
		timeout: 30_000
	});
	const suggestion = page.getByTestId('suggestion');
	await expect(suggestion).toContainText('เมียนมา (MMR)');
	await expect(suggestion.locator('xpath=..')).toContainText('Burma');
});

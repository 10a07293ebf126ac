import { readFileSync } from 'node:fs';
import { readPng } from '../../src/lib/export/png-text';
import type { Page } from '@playwright/test';
import { downloadFrom, expect, readCatalog, test } from './fixtures';

/**
 * Issue 12, "Done when": on every indicator in Thai, no word (as Intl.Segmenter finds words), no
 * member's name, no number range ("15–19") and no era with its year ("พ.ศ. 2563") is split across
 * two lines, in the page's titles and labels or in the exported SVG. A phone's width makes the
 * titles wrap, so the check has line breaks to look at.
 */
const catalog = readCatalog();
const THAI_NAMES = [
	'บรูไนดารุสซาลาม',
	'กัมพูชา',
	'อินโดนีเซีย',
	'สปป. ลาว',
	'มาเลเซีย',
	'เมียนมา',
	'ฟิลิปปินส์',
	'สิงคโปร์',
	'ไทย',
	'ติมอร์-เลสเต',
	'เวียดนาม'
];

test.use({ viewport: { width: 390, height: 844 } });

/** Same as in precision.spec: move inside the app so one page load serves the whole walk. */
async function visit(page: Page, path: string) {
	if (page.url() === 'about:blank') return void (await page.goto(`.${path}`));
	const target = new URL(`.${path}`, `${new URL(page.url()).origin}/`).pathname;
	await page.evaluate((target) => {
		const link = document.createElement('a');
		link.href = target;
		document.body.append(link);
		link.click();
		link.remove();
	}, target);
	await page.waitForURL((url) => url.pathname === target);
}

/**
 * For every title and label on the page: each run that must stay whole, measured with
 * Range.getClientRects; a run whose boxes sit on two line tops is split. Also counts the
 * elements that wrapped at all, so a page that never wraps cannot pass unseen.
 */
function splitInHtml(page: Page) {
	return page.evaluate((names) => {
		const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
		const selector =
			'main h1, main h2, main h3, .chart-title, .chart-subtitle, main label, main legend, .legend-entry, main th';
		const problems: string[] = [];
		let wrapped = 0;
		for (const el of document.querySelectorAll<HTMLElement>(selector)) {
			if (!el.offsetParent || !el.textContent?.trim()) continue;
			const nodes: { node: Text; start: number }[] = [];
			let text = '';
			const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
				nodes.push({ node: n, start: text.length });
				text += n.data;
			}
			const at = (offset: number, end: boolean) => {
				const found =
					nodes.findLast((n) => (end ? n.start < offset : n.start <= offset)) ?? nodes[0];
				return [found.node, offset - found.start] as const;
			};
			const lineTops = (from: number, to: number) => {
				const range = document.createRange();
				range.setStart(...at(from, false));
				range.setEnd(...at(to, true));
				const tops = [...range.getClientRects()]
					.filter((r) => r.width > 0.5)
					.map((r) => Math.round(r.top));
				return new Set(tops.map((t) => tops.find((u) => Math.abs(u - t) <= 3))).size;
			};
			// A run can only be split where the element wraps at all.
			if (lineTops(0, text.length) < 2) continue;
			wrapped++;
			const runs: [number, number][] = [];
			for (const s of segmenter.segment(text)) {
				if (s.isWordLike && /[\u0E00-\u0E7F]/u.test(s.segment)) {
					runs.push([s.index, s.index + s.segment.length]);
				}
			}
			for (const pattern of [/(?:พ\.ศ\.|ค\.ศ\.)\s*\d+/gu, /\d+\s*[–-]\s*\d+/gu]) {
				for (const m of text.matchAll(pattern)) runs.push([m.index, m.index + m[0].length]);
			}
			for (const name of names) {
				for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
					runs.push([i, i + name.length]);
				}
			}
			for (const [from, to] of runs) {
				if (lineTops(from, to) > 1) problems.push(`"${text.slice(from, to)}" in "${text.trim()}"`);
			}
		}
		return { problems, wrapped };
	}, THAI_NAMES);
}

/**
 * The exported SVG's text lines, grouped by block; each break between two lines is checked
 * against the text the page shows for that block (so a break at a space is told from one inside
 * a word). The credit line is not on the page: only its era, ranges and names are checked.
 */
function splitInSvg(page: Page, svg: string, shown: Record<string, string>) {
	return page.evaluate(
		({ svg, names, shown }) => {
			const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
			const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
			const blocks = new Map<string, string[]>();
			for (const t of doc.querySelectorAll('text[class^="export-"]')) {
				const kind = t.getAttribute('class')!.replace('export-', '');
				blocks.set(kind, [...(blocks.get(kind) ?? []), t.textContent ?? '']);
			}
			const problems: string[] = [];
			let breaks = 0;
			for (const [kind, lines] of blocks) {
				const original = shown[kind]?.replace(/\s+/gu, ' ').trim();
				if (
					original !== undefined &&
					lines.join('').replace(/\s/gu, '') !== original.replace(/\s/gu, '')
				) {
					problems.push(`${kind} lines do not spell the shown text: "${lines.join('|')}"`);
					continue;
				}
				// Where each line ends in the original text
				let at = 0;
				const ends: number[] = [];
				for (const line of lines) {
					for (const ch of line.trim()) {
						while (original !== undefined && original[at] !== ch && at < original.length) at++;
						at++;
					}
					ends.push(at);
				}
				const boundaries =
					original === undefined
						? null
						: new Set([...segmenter.segment(original)].map((seg) => seg.index));
				for (let i = 0; i + 1 < lines.length; i++) {
					breaks++;
					const [a, b] = [lines[i], lines[i + 1]];
					const bad = (why: string) => problems.push(`${kind}, ${why}: "${a}" | "${b}"`);
					if (/(พ\.ศ\.|ค\.ศ\.)\s*$/u.test(a) && /^\s*\d/u.test(b)) bad('era and year');
					if (/\d\s*[–-]\s*$/u.test(a) || (/\d\s*$/u.test(a) && /^\s*[–-]\s*\d/u.test(b))) {
						bad('number range');
					}
					const joined = `${a.trimEnd()} ${b.trimStart()}`;
					const cut = a.trimEnd().length;
					for (const name of names) {
						for (let k = joined.indexOf(name); k >= 0; k = joined.indexOf(name, k + 1)) {
							if (k < cut && k + name.length > cut) bad(`name ${name}`);
						}
					}
					if (original !== undefined && boundaries) {
						const end = ends[i];
						const atSpace =
							/\s/u.test(original[end] ?? ' ') || /\s/u.test(original[end - 1] ?? ' ');
						if (!atSpace && !boundaries.has(end)) bad('word');
					}
				}
			}
			return { problems, breaks };
		},
		{ svg, names: THAI_NAMES, shown }
	);
}

const half = Math.ceil(catalog.length / 2);
for (const [part, indicators] of [catalog.slice(0, half), catalog.slice(half)].entries()) {
	test(`no Thai word is split in titles, labels or the exported SVG (indicators, part ${part + 1})`, async ({
		page
	}) => {
		test.setTimeout(60_000 + indicators.length * 5_000);
		const problems: string[] = [];
		let wrapped = 0;
		let breaks = 0;
		for (const indicator of indicators) {
			await visit(page, `/th/indicator/${indicator.id}/`);
			await expect(page.locator('h1')).toHaveText(indicator.name.th);
			// Phrasing slips that composed messages make: "… 5 ปี ปี พ.ศ.", "ปี ค่าล่าสุด…".
			const text = await page.locator('main').innerText();
			for (const m of text.matchAll(
				/(?<![\u0E00-\u0E7F])([\u0E00-\u0E7F]+) \1(?![\u0E00-\u0E7F])/gu
			)) {
				problems.push(`${indicator.id} page: doubled "${m[0]}"`);
			}
			for (const m of text.matchAll(/(?<!\d )ปี (?:ค่า)?ล่าสุด|พ\.ศ\. \d+–พ\.ศ\./gu)) {
				problems.push(`${indicator.id} page: "${m[0]}"`);
			}
			const html = await splitInHtml(page);
			problems.push(...html.problems.map((p) => `${indicator.id} page: ${p}`));
			wrapped += html.wrapped;
			const file = await downloadFrom(
				page,
				page
					.locator('[data-chart="ranked"]')
					.getByRole('button', { name: 'ดาวน์โหลด SVG', exact: true })
			);
			const svg = readFileSync((await file.path())!).toString('utf8');
			const frame = page.locator('[data-chart="ranked"]');
			const shown = {
				title: await frame.locator('.chart-title').innerText(),
				subtitle: await frame.locator('.chart-subtitle').innerText(),
				source: await frame.locator('.chart-source').innerText()
			};
			const exported = await splitInSvg(page, svg, shown);
			problems.push(...exported.problems.map((p) => `${indicator.id} SVG: ${p}`));
			breaks += exported.breaks;
		}
		expect(problems).toEqual([]);
		// The walk saw wrapped titles and multi-line exports: the checks had something to check.
		expect(wrapped).toBeGreaterThan(indicators.length);
		expect(breaks).toBeGreaterThan(indicators.length);
	});
}

test('exported images carry the site name, the chart link and the access date', async ({
	page
}) => {
	const { id } = catalog[0];
	await page.goto(`./th/indicator/${id}/`);
	const frame = page.locator('[data-chart="ranked"]');
	const download = async (name: string) => {
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			frame.getByRole('button', { name, exact: true }).click()
		]);
		return readFileSync((await file.path())!);
	};
	// The Thai calendar writes the access date with its B.E. year: "2 ธันวาคม พ.ศ. 2569".
	const today = new Intl.DateTimeFormat('th-TH', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date());
	const svg = (await download('ดาวน์โหลด SVG')).toString('utf8');
	const credit = [...svg.matchAll(/<text[^>]*class="export-credit"[^>]*>([^<]*)<\/text>/g)]
		.map((m) => m[1])
		.join(' ');
	expect(credit).toContain('แดชบอร์ดสวัสดิการสังคมอาเซียน');
	expect(credit).toContain(`/th/indicator/${id}/`);
	expect(credit.replace(/\s+/g, ' ')).toContain(`เข้าถึงเมื่อ ${today}`);
	const png = readPng(new Uint8Array(await download('ดาวน์โหลด PNG')));
	expect(png.text.Comment).toContain('แดชบอร์ดสวัสดิการสังคมอาเซียน');
	expect(png.text.Comment).toContain(`/th/indicator/${id}/`);
	expect(png.text.Comment).toContain(today);
});

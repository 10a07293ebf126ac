import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBytes, detectBinary } from './decode';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Windows-874 puts Thai U+0E01–U+0E5B at 0xA1–0xFB. */
function windows874(text: string): Uint8Array {
	return Uint8Array.from(
		[...text].map((ch) => {
			const cp = ch.codePointAt(0) as number;
			return cp >= 0x0e01 && cp <= 0x0e5b ? cp - 0x0e00 + 0xa0 : cp;
		})
	);
}

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
	const bytes: number[] = bom ? (littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		if (littleEndian) bytes.push(unit & 0xff, unit >> 8);
		else bytes.push(unit >> 8, unit & 0xff);
	}
	return Uint8Array.from(bytes);
}

function decoded(bytes: Uint8Array, encoding?: Parameters<typeof decodeBytes>[1]) {
	const result = decodeBytes(bytes, encoding);
	if (!result.ok) throw new Error(result.notices[0].message);
	return result;
}

describe('decodeBytes', () => {
	it('reads UTF-8 with and without BOM, stripping the BOM', () => {
		expect(decoded(utf8('\uFEFFCountry,ค่า\n'))).toMatchObject({
			encoding: 'utf-8',
			bom: true,
			text: 'Country,ค่า\n',
			confidence: 1
		});
		expect(decoded(utf8('Country,ค่า\n'))).toMatchObject({
			encoding: 'utf-8',
			bom: false,
			text: 'Country,ค่า\n'
		});
	});

	it('reads UTF-16 by BOM, and without BOM by the NUL pattern', () => {
		const text = 'country,value\nThailand,1.5\n';
		expect(decoded(utf16(text, true, true))).toMatchObject({
			encoding: 'utf-16le',
			text,
			bom: true
		});
		expect(decoded(utf16(text, false, true))).toMatchObject({
			encoding: 'utf-16be',
			text,
			bom: true
		});
		expect(decoded(utf16(text, true, false))).toMatchObject({
			encoding: 'utf-16le',
			text,
			bom: false
		});
		expect(decoded(utf16(text, false, false))).toMatchObject({
			encoding: 'utf-16be',
			text,
			bom: false
		});
	});

	it('tells Thai Windows-874 from Western Windows-1252', () => {
		const thai = decoded(windows874('ประเทศ,ปี\nไทย,2562\n'));
		expect(thai).toMatchObject({ encoding: 'windows-874', text: 'ประเทศ,ปี\nไทย,2562\n' });
		expect(thai.alternatives).toContain('windows-1252');
		expect(thai.notices[0]).toMatchObject({ level: 'warning', code: 'encoding-detected' });
		const latin = decoded(Uint8Array.from([...utf8('170, C'), 0xf4, ...utf8("te d'Ivoire,0.4\n")]));
		expect(latin).toMatchObject({ encoding: 'windows-1252', text: "170, Côte d'Ivoire,0.4\n" });
	});

	it('decodes with a forced encoding and warns about undecodable bytes', () => {
		const bytes = windows874('ไทย');
		expect(decoded(bytes, { encoding: 'windows-1252' }).encoding).toBe('windows-1252');
		const forced = decoded(bytes, { encoding: 'utf-8' });
		expect(forced.text).toContain('\uFFFD');
		expect(forced.notices.map((n) => n.code)).toContain('encoding-replacement-chars');
	});

	it('refuses empty and binary files with a message saying what they look like', () => {
		expect(decodeBytes(new Uint8Array())).toMatchObject({
			ok: false,
			notices: [{ code: 'file-empty' }]
		});
		const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]);
		const refused = decodeBytes(zip);
		expect(refused.ok).toBe(false);
		expect(refused.notices[0].code).toBe('binary-file');
		expect(refused.notices[0].message.toLowerCase()).toContain(
			'not a text csv — looks like an excel/zip file; export as csv'
		);
		expect(
			detectBinary(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
		).toContain('.xls');
		expect(detectBinary(utf8('%PDF-1.7\n'))).toBe('a PDF file');
		expect(detectBinary(Uint8Array.from([0x61, 0x2c, 0x00, 0x00, 0x00, 0x62, 0x0a, 0x63]))).toBe(
			'a binary file'
		);
		expect(detectBinary(utf8('a,b\n1,2\n'))).toBeNull();
	});

	it('never shows U+FFFD for Thai text saved as Windows-874', () => {
		const thaiWord = fc.string({
			unit: fc.constantFrom(...'กขคงจฉชซญดตถทนบปผพฟมยรลวศษสหอฮะัาำิีึืุูเแโใไ็่้๊๋์'.split('')),
			minLength: 2,
			maxLength: 12
		});
		fc.assert(
			fc.property(
				fc.array(fc.tuple(thaiWord, fc.integer({ min: 2500, max: 2570 })), {
					minLength: 1,
					maxLength: 10
				}),
				(rows) => {
					const text = `ประเทศ,ปี\n${rows.map(([w, y]) => `${w},${y}`).join('\n')}\n`;
					const result = decoded(windows874(text));
					expect(result.encoding).toBe('windows-874');
					expect(result.text).toBe(text);
				}
			)
		);
	});

	it('never shows U+FFFD for accented Latin names saved as Windows-1252', () => {
		const accented = fc.constantFrom(...'àáâãäçèéêëìíîïñòóôõöùúûüÿ'.split(''));
		const name = fc.tuple(
			fc.constantFrom('C', 'Mal', 'Re', 'Cura', 'S'),
			accented,
			fc.constantFrom('te', 'o', 'union', 'cao', 'n')
		);
		fc.assert(
			fc.property(fc.array(name, { minLength: 1, maxLength: 10 }), (names) => {
				const text = names.map(([a, b, c]) => `${a}${b}${c},1.5`).join('\n');
				const bytes = Uint8Array.from([...text].map((ch) => ch.charCodeAt(0)));
				const result = decoded(bytes);
				expect(result.encoding).toBe('windows-1252');
				expect(result.text).toBe(text);
			})
		);
	});
});

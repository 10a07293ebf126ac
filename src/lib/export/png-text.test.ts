import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isPng, readPng, withPngText } from './png-text';

/** A real 2×1 PNG, written here so the test needs no image file. */
function tinyPng(): Uint8Array {
	const chunk = (type: string, data: Buffer) => {
		const len = Buffer.alloc(4);
		len.writeUInt32BE(data.length);
		const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
		const crc = Buffer.alloc(4);
		crc.writeUInt32BE(crc32(body));
		return Buffer.concat([len, body, crc]);
	};
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(2, 0);
	ihdr.writeUInt32BE(1, 4);
	ihdr[8] = 8;
	ihdr[9] = 2;
	const raw = Buffer.from([0, 255, 0, 0, 0, 0, 255]);
	return new Uint8Array(
		Buffer.concat([
			Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
			chunk('IHDR', ihdr),
			chunk('IDAT', deflateSync(raw)),
			chunk('IEND', Buffer.alloc(0))
		])
	);
}

function crc32(bytes: Uint8Array): number {
	let crc = 0xffffffff;
	for (const byte of bytes) {
		crc ^= byte;
		for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
	}
	return (crc ^ 0xffffffff) >>> 0;
}

describe('PNG text metadata', () => {
	it('adds UTF-8 title and source that read back, keeping the image valid', () => {
		const png = withPngText(tinyPng(), {
			Title: 'อัตราส่วนการตายของมารดา, 2020',
			Source: 'UNDP HDR. Licence: CC BY 3.0 IGO'
		});
		expect(isPng(png)).toBe(true);
		const info = readPng(png);
		expect(info.width).toBe(2);
		expect(info.height).toBe(1);
		expect(info.text).toEqual({
			Title: 'อัตราส่วนการตายของมารดา, 2020',
			Source: 'UNDP HDR. Licence: CC BY 3.0 IGO'
		});
	});

	it('rejects bytes that are not a PNG, and a corrupted chunk', () => {
		expect(() => withPngText(new Uint8Array([1, 2, 3]), {})).toThrow('not a PNG');
		const broken = withPngText(tinyPng(), { Title: 'x' });
		broken[40] ^= 0xff;
		expect(() => readPng(broken)).toThrow(/bad CRC/);
	});
});

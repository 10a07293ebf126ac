/**
 * PNG text chunks: the exported image carries its title and source as iTXt metadata (UTF-8, so
 * Thai survives), which image viewers and catalogues show and which tests can read back.
 */
const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

let crcTable: Uint32Array | undefined;

function crc32(bytes: Uint8Array): number {
	if (!crcTable) {
		crcTable = new Uint32Array(256);
		for (let n = 0; n < 256; n++) {
			let c = n;
			for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
			crcTable[n] = c >>> 0;
		}
	}
	let crc = 0xffffffff;
	for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
	const out = new Uint8Array(12 + data.length);
	const view = new DataView(out.buffer);
	view.setUint32(0, data.length);
	for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
	out.set(data, 8);
	view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
	return out;
}

/** An iTXt chunk: keyword (Latin-1), no compression, no language tag, UTF-8 text. */
function itxt(keyword: string, text: string): Uint8Array {
	const encoder = new TextEncoder();
	const key = encoder.encode(keyword);
	const value = encoder.encode(text);
	const data = new Uint8Array(key.length + 5 + value.length);
	data.set(key, 0);
	// keyword NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL
	data.set(value, key.length + 5);
	return chunk('iTXt', data);
}

export function isPng(bytes: Uint8Array): boolean {
	return SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Inserts text entries right after the IHDR chunk, where readers look first. */
export function withPngText(
	png: Uint8Array,
	entries: Record<string, string>
): Uint8Array<ArrayBuffer> {
	if (!isPng(png)) throw new Error('not a PNG image');
	const ihdrEnd = 8 + 12 + new DataView(png.buffer, png.byteOffset).getUint32(8);
	const chunks = Object.entries(entries).map(([k, v]) => itxt(k, v));
	const size = chunks.reduce((n, c) => n + c.length, 0);
	const out = new Uint8Array(png.length + size);
	out.set(png.subarray(0, ihdrEnd), 0);
	let at = ihdrEnd;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	out.set(png.subarray(ihdrEnd), at);
	return out;
}

export interface PngInfo {
	width: number;
	height: number;
	text: Record<string, string>;
}

/** Reads size and iTXt/tEXt entries, and checks every chunk's CRC. */
export function readPng(png: Uint8Array): PngInfo {
	if (!isPng(png)) throw new Error('not a PNG image');
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	const decoder = new TextDecoder();
	const info: PngInfo = { width: 0, height: 0, text: {} };
	let at = 8;
	while (at + 12 <= png.length) {
		const length = view.getUint32(at);
		const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
		const data = png.subarray(at + 8, at + 8 + length);
		if (crc32(png.subarray(at + 4, at + 8 + length)) !== view.getUint32(at + 8 + length)) {
			throw new Error(`bad CRC in ${type} chunk`);
		}
		if (type === 'IHDR') {
			info.width = view.getUint32(at + 8);
			info.height = view.getUint32(at + 12);
		} else if (type === 'iTXt' || type === 'tEXt') {
			const nul = data.indexOf(0);
			const keyword = decoder.decode(data.subarray(0, nul));
			let rest = data.subarray(nul + 1);
			if (type === 'iTXt') {
				rest = rest.subarray(2);
				rest = rest.subarray(rest.indexOf(0) + 1);
				rest = rest.subarray(rest.indexOf(0) + 1);
			}
			info.text[keyword] = decoder.decode(rest);
		}
		if (type === 'IEND') break;
		at += 12 + length;
	}
	return info;
}

import { withPngText } from './png-text';

/**
 * Rasterises an SVG document to PNG at `scale` times its size, on a white background. The SVG
 * goes in as a data: URL, so nothing is fetched and the canvas is not tainted.
 */
export async function svgToPng(
	svgString: string,
	width: number,
	height: number,
	scale = 2
): Promise<Blob> {
	const image = new Image(width, height);
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgString)}`;
	try {
		await image.decode();
	} catch {
		throw new Error('The browser could not read the chart as an image, so no PNG was made.');
	}
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(width * scale);
	canvas.height = Math.round(height * scale);
	const context = canvas.getContext('2d');
	if (!context) throw new Error('This browser cannot draw on a canvas, so no PNG can be made.');
	context.fillStyle = '#ffffff';
	context.fillRect(0, 0, canvas.width, canvas.height);
	context.scale(scale, scale);
	context.drawImage(image, 0, 0, width, height);
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(blob) =>
				blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG image.')),
			'image/png'
		)
	);
}

/**
 * `svgToPng`, with the image's title, description, source, credit and address written into the
 * PNG's own text chunks, so the file says what it shows wherever it is copied.
 */
export async function taggedPng(
	svgString: string,
	size: { width: number; height: number; scale?: number },
	text: Record<string, string>
): Promise<Uint8Array<ArrayBuffer>> {
	const png = await svgToPng(svgString, size.width, size.height, size.scale);
	return withPngText(new Uint8Array(await png.arrayBuffer()), text);
}

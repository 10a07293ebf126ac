/** The HTML that embeds a chart: a titled, responsive 16:9 frame. */
export function iframeCode(url: string, title: string): string {
	const attr = (text: string) =>
		text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
	return `<iframe src="${attr(url)}" title="${attr(title)}" style="width:100%;aspect-ratio:16/9;border:0" loading="lazy"></iframe>`;
}

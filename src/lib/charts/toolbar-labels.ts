/** Visible text and accessible names of the toolbar; English defaults, the page passes its language. */
export interface ChartToolbarLabels {
	/** Accessible name of the toolbar itself */
	toolbar: string;
	png: string;
	svg: string;
	csv: string;
	copy: string;
	/** Announced after a copy, followed by the address */
	copied: string;
	/** Announced when an export fails, followed by the reason */
	failed: string;
	/** The credit line of PNG and SVG: site name, the chart's link and the access date */
	credit?: (link: string) => string;
	slidePng?: string;
	slideSvg?: string;
	embed?: string;
	/** Labels of the embed panel's two fields */
	embedUrl?: string;
	embedCode?: string;
}

export const DEFAULT_TOOLBAR_LABELS: ChartToolbarLabels = {
	toolbar: 'Download or share this chart',
	png: 'Download PNG',
	svg: 'Download SVG',
	csv: 'Download CSV',
	copy: 'Copy link',
	copied: 'Link copied',
	failed: 'Export failed',
	slidePng: 'Slide PNG (16:9)',
	slideSvg: 'Slide SVG',
	embed: 'Embed',
	embedUrl: 'Address of the embedded chart',
	embedCode: 'Code to paste into a web page'
};

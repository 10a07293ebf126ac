/** What a slide's footer says about its chart, in the slide's language. */
export interface SlideInfo {
	source: string;
	dataYear: string;
	/** The indicator's caveat, printed on exported slides beside the source */
	caveat?: string;
	/** The chart's own address in the explorer, credited on exported slides */
	link: string;
}

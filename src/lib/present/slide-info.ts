/** What a slide's footer says about its chart, in the slide's language. */
export interface SlideInfo {
	source: string;
	dataYear: string;
}

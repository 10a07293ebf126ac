/** One line of a line chart: a country, or a country and sex when female and male are compared. */
export interface Series {
	/** `${iso3}|${sex}`, as the points are keyed */
	key: string;
	iso3: string;
	/** Text at the end of the line and in tooltips */
	label: string;
	/** The second sex of a country gets hollow markers */
	hollow?: boolean;
}

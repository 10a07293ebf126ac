/** The rows the view queries return, as the charts take them. */
export type { Point, RankedRow } from '$lib/dataset/types';

export interface MedianPoint {
	year: number;
	value: number;
	countries: number;
}

export interface ScatterPoint {
	iso3: string;
	x: number | null;
	x_year: number | null;
	y: number | null;
	y_year: number | null;
}

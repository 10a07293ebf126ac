import { getContext, hasContext, setContext } from 'svelte';
import type { Margin } from './scales';
import type { ChartText } from './text';

/** A numeric scale as marks use it: d3's continuous scales fit. */
export interface Scale {
	(value: number): number;
	domain(): number[];
	range(): number[];
	ticks?(count?: number): number[];
}

/** A tooltip shown by a mark on hover, tap or keyboard focus; one per chart. */
export interface Tip {
	/** Text of the tip, at a point in the chart's own coordinates */
	show(text: string, x: number, y: number): void;
	hide(): void;
}

/**
 * What a chart hands its marks (the LayerCake shape): its size, margins and scales, the words
 * and number formats, and the tooltip. Getters, so marks follow the chart as it changes.
 */
export interface ChartContext {
	readonly width: number;
	readonly height: number;
	readonly margin: Margin;
	readonly x: Scale;
	readonly y: Scale;
	readonly text: ChartText;
	readonly tip: Tip;
}

/** What the frame (the card around a chart) hands its chart: the width it measured. */
export interface FrameContext {
	readonly width: number;
	/** The chart scales to fill the frame (an embed) instead of being drawn at its own size */
	readonly fit?: boolean;
}

const chartKey = Symbol('chart');
const frameKey = Symbol('chart-frame');

export function setChartContext(context: ChartContext): ChartContext {
	return setContext(chartKey, context);
}

export function getChartContext(): ChartContext {
	if (!hasContext(chartKey)) {
		throw new Error('Chart context is missing: draw this mark inside a <ChartSvg>');
	}
	return getContext<ChartContext>(chartKey);
}

export function setFrameContext(context: FrameContext): FrameContext {
	return setContext(frameKey, context);
}

/** The frame's measured width, or undefined outside a ChartFrame (a sparkline in a table). */
export function frameWidth(): number | undefined {
	return hasContext(frameKey) ? getContext<FrameContext>(frameKey).width : undefined;
}

/** The frame around a chart, or undefined outside one; read its fields where they may change. */
export function frameContext(): FrameContext | undefined {
	return hasContext(frameKey) ? getContext<FrameContext>(frameKey) : undefined;
}

const textScaleKey = Symbol('chart-text-scale');

/**
 * Presenter mode enlarges the text of every chart below it, not its geometry, so labels read from
 * the back of a room while rows and bars keep their layout. Charts widen their label gutters by
 * the same factor; their CSS reads it as `--chart-text-scale`.
 */
export function setChartTextScale(scale: number): number {
	return setContext(textScaleKey, scale);
}

/** How much a chart's text is enlarged: 1 everywhere but presenter mode. */
export function chartTextScale(): number {
	return hasContext(textScaleKey) ? getContext<number>(textScaleKey) : 1;
}

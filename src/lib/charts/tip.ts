import type { Tip } from './chart.context';

/**
 * Event handlers that show a mark's tooltip on hover, on tap (a tap ends with a click) and on
 * keyboard focus, and hide it on leave and blur. Spread onto the mark: `{...tipEvents(…)}`.
 */
export function tipEvents(tip: Tip, text: () => string, at: () => [number, number]) {
	const show = () => {
		const [x, y] = at();
		tip.show(text(), x, y);
	};
	return {
		onpointerenter: show,
		onpointerleave: (event: PointerEvent) => {
			// A finger lifts before its click: the click that follows shows the tip and keeps it.
			if (event.pointerType === 'mouse') tip.hide();
		},
		onclick: show,
		onfocus: show,
		onblur: () => tip.hide()
	};
}

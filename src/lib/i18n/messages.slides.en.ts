/** English strings of play over the years, slide exports and embeds; Thai in messages.slides.th.ts. */
export const slidesEn = {
	'play.group': 'Play over the years',
	'play.play': 'Play',
	'play.pause': 'Pause',
	'play.back': 'One year back',
	'play.forward': 'One year forward',
	'play.end': 'Jump to the last year',
	'play.speed': 'Speed',
	'play.speedOption': '{s} s per year',
	'play.year': 'Year shown: {year}'
} as const;

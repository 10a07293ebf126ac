/** English strings of play over the years, slide exports and embeds; Thai in messages.slides.th.ts. */
export const slidesEn = {
	'embed.unknownChart':
		'This link asks for a chart called “{chart}”, which this page does not have. Choose one of its charts:',
	'embed.chart.ranked': 'Members ranked',
	'embed.chart.map': 'Map',
	'embed.chart.trend': 'Over time',
	'embed.chart.multiples': 'One panel per member',
	'embed.chart.gender-gap': 'Women and men',
	'export.tablesSource':
		'Sources and licences of every indicator: the Sources page of the dashboard',
	'play.group': 'Play over the years',
	'play.play': 'Play',
	'play.pause': 'Pause',
	'play.back': 'One year back',
	'play.forward': 'One year forward',
	'play.end': 'Jump to the last year',
	'play.speed': 'Speed',
	'play.speedOption': '{s} s per year',
	'play.year': 'Year shown: {year}',
	'export.slidePng': 'Slide PNG (16:9)',
	'export.slideSvg': 'Slide SVG',
	'export.embed': 'Embed',
	'export.embedUrl': 'Address of the embedded chart',
	'export.embedCode': 'Code to paste into a web page'
} as const;

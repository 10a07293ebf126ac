/** English strings for how recent the data are, method breaks and survey labels (issue 10). */
export const dataEn = {
	'fresh.title': 'How recent the data are',
	'fresh.rule':
		'“Older than 5 years” marks a most recent figure from before {from}: more than 5 years before {reference}, the newest year in the whole dataset.',
	'fresh.caption': 'Most recent year with data, per member: {name}',
	'fresh.latest': 'Most recent year',
	'fresh.old': 'older than 5 years',
	'fresh.summary': '{n} of the {m} members with data have no figure from {from} or later.',
	'fresh.summary.none': 'Every member with data has a figure from {from} or later.',
	'home.fresh.sort': 'Order',
	'home.fresh.sort.topic': 'By topic',
	'home.fresh.sort.recent': 'Most recent data first',
	'home.fresh.only': 'Only indicators with data from {from} or later',
	'home.fresh.newest': 'Most recent data: {year}',
	'home.fresh.none': 'No indicator matches.',
	'profile.fresh.summary':
		'{n} of the {m} figures shown are older than 5 years (from before {from}; the newest year in the dataset is {reference}), marked “older than 5 years”.',
	'profile.fresh.none':
		'None of the {m} figures shown is older than 5 years (all from {from} or later).',
	'chart.break.mark': 'new method',
	'chart.break.note':
		'The line is not joined across a break in method (marked ┆ new method): {list}.',
	'chart.break.item': '{country} from {year}',
	'table.break': 'new method from this year',
	'chart.survey': '{survey}, {year}',
	'notcomparable.short': 'Not comparable across countries',
	'ranked.caveat': 'How to read this ranking'
} as const;

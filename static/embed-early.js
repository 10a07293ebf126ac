// Loaded before the prerendered body is shown: an embedded chart (?embed=1) keeps the page hidden
// until the app has drawn only that chart, instead of flashing the whole indicator page inside
// someone's iframe. The CSP forbids inline scripts, hence a file of its own.
if (/[?&]embed=1(&|$)/.test(location.search)) {
	document.documentElement.classList.add('embed-pending');
	// Never leave a blank frame if the app fails to start.
	setTimeout(() => document.documentElement.classList.remove('embed-pending'), 8000);
}

/** English strings of the upload and "My data" views; Thai in messages.upload.th.ts. */
export const uploadEn = {
	'nav.mydata': 'My data'
} as const;

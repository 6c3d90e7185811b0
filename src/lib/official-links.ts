/**
 * Where the official text and the official status of the Convention live (from the project's research notes on the
 * official text). Pages link here whenever they show a summary.
 */
export const officialLinks = {
	/** The adopting resolution with the Convention in its annex: the authoritative text, stable link for citations. */
	resolution: { label: 'A/RES/79/243', url: 'https://docs.un.org/en/A/RES/79/243' },
	/** UNODC's web page with the full text of the Convention. */
	unodcFullText: {
		label: 'UNODC full text',
		url: 'https://www.unodc.org/unodc/en/cybercrime/convention/text/convention-full-text.html',
	},
	/** The depositary's status page: signatures, ratifications, declarations. */
	treatyStatus: {
		label: 'UN Treaty Collection status page',
		url: 'https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml',
	},
} as const;

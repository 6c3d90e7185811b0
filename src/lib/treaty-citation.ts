/**
 * Citations of a provision of the Convention in the forms readers need: plain (with our URL and the version date),
 * OSCOLA and Bluebook. These cite the treaty itself; the plain form also points to our summary. Hand-written rather
 * than produced with a CSL style, because CSL has no treaty-pinpoint form that OSCOLA and Bluebook agree on, and the
 * one document cited here is always the same.
 */
import { describeRef, formatRef, type ProvisionRef } from './citation.ts';
import { formatPartialDate } from './dates.ts';

/** The Convention's name and the resolution that adopted it (A/RES/79/243, 24 December 2024). */
const name = 'United Nations Convention against Cybercrime';
const adopted = '24 December 2024';

/** "article 28, paragraph 4 (a)" in running text; "preamble": the reading form, lower-cased. */
function pinpointWords(ref: ProvisionRef): string {
	if (ref.kind === 'preamble') return 'preamble';
	const words = describeRef(ref);
	return `${words.charAt(0).toLowerCase()}${words.slice(1)}`;
}

/** "art 28(4)" (OSCOLA) or "art. 28(4)" (Bluebook); "arts 7-11"; "pmbl". */
function pinpointShort(ref: ProvisionRef, dot: boolean): string {
	const art = dot ? 'art.' : 'art';
	const arts = dot ? 'arts.' : 'arts';
	if (ref.kind === 'preamble') return dot ? 'pmbl.' : 'pmbl';
	if (ref.kind === 'range') return `${arts} ${ref.from}–${ref.to}`;
	return `${art} ${formatRef(ref)}`;
}

/** Plain citation with the URL of our summary and the version date. */
export function plainCitation(ref: ProvisionRef, url: string, versionDate: string): string {
	return `${name}, ${pinpointWords(ref)} (annex to UN General Assembly resolution 79/243, adopted ${adopted}). Editors' summary: ${url} (version of ${formatPartialDate(versionDate)}).`;
}

/** OSCOLA (4th ed.) form for a treaty adopted by a General Assembly resolution and not yet in force. */
export function oscolaCitation(ref: ProvisionRef): string {
	return `${name} (adopted ${adopted}, not yet in force) UNGA Res 79/243, annex, ${pinpointShort(ref, false)}`;
}

/** Bluebook (21st ed.) form, as used for conventions adopted by a General Assembly resolution. */
export function bluebookCitation(ref: ProvisionRef): string {
	return `${name}, G.A. Res. 79/243, annex, ${pinpointShort(ref, true)} (Dec. 24, 2024)`;
}

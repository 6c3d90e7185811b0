/**
 * Dates as readers see them. Partial dates stay partial: "2024-08" reads "August 2024", never "1 August 2024".
 */
const months = [
	'January', 'February', 'March', 'April', 'May', 'June',
	'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** "2024-12-24" -> "24 December 2024"; "2024-08" -> "August 2024"; "2024" -> "2024". */
export function formatPartialDate(value: string): string {
	const [year, month, day] = value.split('-');
	if (month === undefined) return year ?? value;
	const name = months[Number(month) - 1];
	if (name === undefined) throw new RangeError(`Not a month: ${value}`);
	return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
}

/** A date range in reading form: "25-26 October 2025"; a single date when there is no end. */
export function formatDateRange(start: string, end?: string): string {
	if (end === undefined || end === start) return formatPartialDate(start);
	const [startYear, startMonth, startDay] = start.split('-');
	const [endYear, endMonth, endDay] = end.split('-');
	if (startYear === endYear && startMonth === endMonth && startDay && endDay) {
		return `${Number(startDay)}–${formatPartialDate(end)}`;
	}
	return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
}

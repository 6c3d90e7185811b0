/**
 * When the site's content was built, for citations ("version of 22 November 2026"). Taken from SOURCE_DATE_EPOCH
 * when set (reproducible builds), otherwise the time of the build.
 */
const epoch = process.env.SOURCE_DATE_EPOCH;

/** The build date, ISO: 2026-11-22. */
export const buildDate: string = (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString().slice(0, 10);
